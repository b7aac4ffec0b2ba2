#pragma once

// The hearings of the user's office (filterable, sortable) above the selected hearing's
// details and recordings. Toolbar: refresh, logout, and who is logged in where. Errors go to
// the status bar in red and, unless quiet, to a message box, always with the server's text.

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QTableView;

namespace audientia::gui {

class HearingsViewModel;
class HearingDetailsWidget;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  enum class ErrorDisplay { kUnspecified = 0, kMessageBox, kStatusBarOnly };

  MainWindow(HearingsViewModel& viewModel, ErrorDisplay errorDisplay, QWidget* parent);

  QTableView* hearingsView() const { return hearings_; }

 signals:
  void logoutRequested();

 private:
  void showSession();
  void onHearingsLoaded(int count);
  void onCurrentHearingChanged();
  void onBusyChanged(bool busy);
  void showError(const QString& message);

  HearingsViewModel& viewModel_;
  ErrorDisplay errorDisplay_;
  QAction* refresh_ = nullptr;
  QAction* logout_ = nullptr;
  QLabel* sessionLabel_ = nullptr;
  QLineEdit* filter_ = nullptr;
  QStackedWidget* listStack_ = nullptr;
  QLabel* noHearings_ = nullptr;
  QTableView* hearings_ = nullptr;
  HearingDetailsWidget* details_ = nullptr;
  QProgressBar* busy_ = nullptr;
  QLabel* countLabel_ = nullptr;
  bool firstLoad_ = true;
};

}  // namespace audientia::gui
