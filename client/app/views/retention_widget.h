#pragma once

// The Retention tab (admins): the retention policies (*Set policy…* Ctrl+Shift+P for an office
// and/or a kind of hearing and a number of days, *Delete policy* after asking) and the legal
// holds (*Place hold…* Ctrl+Shift+H on a hearing id with a reason, *Release…* with a reason,
// *Show released holds*). Over RetentionViewModel; its messages go to statusMessage.

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableView;

namespace audientia::gui {

class RetentionViewModel;

class RetentionWidget : public QWidget {
  Q_OBJECT

 public:
  RetentionWidget(RetentionViewModel& viewModel, QWidget* parent);

  QTableView* policiesView() const { return policies_; }
  QTableView* holdsView() const { return holds_; }

 signals:
  void statusMessage(const QString& message);

 private:
  void setPolicy();
  void deletePolicy();
  void placeHold();
  void releaseHold();
  void updateButtons();

  RetentionViewModel& viewModel_;
  QTableView* policies_ = nullptr;
  QTableView* holds_ = nullptr;
  QPushButton* setPolicy_ = nullptr;
  QPushButton* deletePolicy_ = nullptr;
  QPushButton* placeHold_ = nullptr;
  QPushButton* releaseHold_ = nullptr;
  QCheckBox* showReleased_ = nullptr;
};

}  // namespace audientia::gui
