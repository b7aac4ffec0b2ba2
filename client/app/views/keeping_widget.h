#pragma once

// The Keeping tab (admins), in three sections: Jobs (the queue, filtered by state; "Retry" for a
// failed one), Alerts (the open ones, or all; "Acknowledge") and Fixity (the last runs and the
// archive's totals; "Run fixity now"). Refresh (F5 in the window) reloads the three.

#include <QWidget>

#include "viewmodels/keeping_view_model.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace audientia::gui {

class KeepingWidget : public QWidget {
  Q_OBJECT

 public:
  explicit KeepingWidget(KeepingViewModel& viewModel, QWidget* parent = nullptr);

  QTabWidget* sections() const { return sections_; }
  QTableView* jobsView() const { return jobs_; }
  QTableView* alertsView() const { return alerts_; }
  QTableView* fixityView() const { return runs_; }
  QComboBox* stateFilter() const { return stateFilter_; }
  QPushButton* retryButton() const { return retry_; }
  QCheckBox* showAcknowledgedBox() const { return showAcknowledged_; }
  QPushButton* acknowledgeButton() const { return acknowledge_; }
  QPushButton* runFixityButton() const { return runFixity_; }
  QLabel* fixityLabel() const { return fixityStatus_; }

 signals:
  void statusMessage(const QString& message);

 private:
  QWidget* makeJobsPage();
  QWidget* makeAlertsPage();
  QWidget* makeFixityPage();
  void showJobs();
  void showAlerts();
  void showFixity();
  void updateButtons();

  KeepingViewModel& viewModel_;
  QTabWidget* sections_ = nullptr;
  QComboBox* stateFilter_ = nullptr;
  QPushButton* retry_ = nullptr;
  QTableView* jobs_ = nullptr;
  QLabel* jobsStatus_ = nullptr;
  QCheckBox* showAcknowledged_ = nullptr;
  QPushButton* acknowledge_ = nullptr;
  QTableView* alerts_ = nullptr;
  QLabel* alertsStatus_ = nullptr;
  QPushButton* runFixity_ = nullptr;
  QLabel* fixityStatus_ = nullptr;
  QTableView* runs_ = nullptr;
};

}  // namespace audientia::gui
