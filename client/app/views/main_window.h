#pragma once

// The hearings of the user's office (filterable, sortable) above the selected hearing's
// details and recordings (prosecutors, clerks); for admins, the "Administration" and "Keeping"
// tabs instead; for auditors "Audit trail"; for prosecutors also "Uploads" (the upload queue; its
// title counts the uploads to do). Toolbar: refresh (of the tab shown), logout, and who is logged
// in where; the Account menu has "Change my password…" (every user) and "Log out"; Settings ▸
// Language chooses the language of the next start. Errors go to the status bar in red and, unless
// quiet, to a message box, always with the server's text.

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace audientia::gui {

class AccountViewModel;
class AdminViewModel;
class AdminWidget;
class AuditViewModel;
class AuditWidget;
class CaptureViewModel;
class CaptureWidget;
class AnnotationsViewModel;
class DownloadViewModel;
class HearingsViewModel;
class HearingDetailsWidget;
class PlayerViewModel;
class PlayerWindow;
class KeepingViewModel;
class KeepingWidget;
class RetentionViewModel;
class RetentionWidget;
class SearchViewModel;
class SearchWidget;
class UploadsViewModel;
class UploadsWidget;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  enum class ErrorDisplay { kUnspecified = 0, kMessageBox, kStatusBarOnly };

  enum class Tab {
    kUnspecified = 0,
    kHearings,
    kAdministration,
    kUploads,
    kHearingRoom,
    kSearch,
    kAudit,
    kKeeping,
    kRetention
  };

  // showHearings: the Hearings tab (prosecutors and clerks; the server lets no other role read
  // hearings). admin: null for users who are not admins (no Administration tab). A window with
  // neither says what the role can do instead. uploads: null for users who do not upload (no
  // Uploads tab, no "Add recording…").
  MainWindow(HearingsViewModel& viewModel, bool showHearings, AdminViewModel* admin,
             UploadsViewModel* uploads, AccountViewModel& account, ErrorDisplay errorDisplay,
             QWidget* parent);

  QTableView* hearingsView() const { return hearings_; }
  // Null without the Administration tab.
  AdminWidget* adminWidget() const { return adminWidget_; }
  // Null without the Uploads tab.
  UploadsWidget* uploadsWidget() const { return uploadsWidget_; }
  // Shows a tab; false when the window has no such tab.
  bool showTab(Tab tab);
  // The "Hearing room" tab (prosecutors): record a hearing. With it, closing the window or
  // logging out while a hearing records asks first; "Record into this hearing" (Ctrl+Shift+R)
  // takes the selected hearing there for another session.
  void addCaptureTab(CaptureViewModel& capture);
  // The "Search" tab (prosecutors and clerks): one query box over the hearings they may read;
  // a hit opens on the Hearings tab (Ctrl+Shift+F from anywhere).
  void addSearchTab(SearchViewModel& search);
  // Null without the Search tab.
  SearchWidget* searchWidget() const { return searchWidget_; }
  // The "Audit trail" tab (auditors): the events, filtered, and the verification of the chain;
  // it replaces the note that the role has nothing else to show.
  void addAuditTab(AuditViewModel& audit);
  // Null without the Audit trail tab.
  AuditWidget* auditWidget() const { return auditWidget_; }
  // The "Keeping" tab (admins): the job queue, the alerts and the fixity checks.
  void addKeepingTab(KeepingViewModel& keeping);
  // Null without the Keeping tab.
  KeepingWidget* keepingWidget() const { return keepingWidget_; }
  // The "Retention" tab (admins): retention policies and legal holds.
  void addRetentionTab(RetentionViewModel& retention);
  // Null without the Retention tab.
  RetentionWidget* retentionWidget() const { return retentionWidget_; }
  // The selected recording's annotations on the Hearings tab (prosecutors and clerks), with
  // adding, editing, deleting and their history; their errors shown like the window's others.
  void addAnnotations(AnnotationsViewModel& annotations);
  HearingDetailsWidget* detailsWidget() const { return details_; }
  // The player (prosecutors and clerks): "Play" in the hearing view opens the selected recording
  // in the player window, with the annotations beside it (annotations: null for none); a search
  // hit plays from its moment. downloads: exports clips from the player (null: no export).
  void addPlayer(PlayerViewModel& player, AnnotationsViewModel* annotations,
                 DownloadViewModel* downloads = nullptr);
  // Null until a recording was played.
  PlayerWindow* playerWindow() const { return playerWindow_; }
  // Opens a hearing on the Hearings tab; with a recording, that recording at atMs.
  void openHearing(const QString& hearingId, const QString& recordingId, qint64 atMs);
  // Null without the Hearing room tab.
  CaptureWidget* captureWidget() const { return captureWidget_; }

 protected:
  void closeEvent(QCloseEvent* event) override;

 signals:
  void logoutRequested();

 private:
  void showSession();
  void onHearingsLoaded(int count);
  void onCurrentHearingChanged();
  void onBusyChanged();
  void showError(const QString& message);
  void showStatus(const QString& message);
  void refreshCurrentTab();
  void changeOwnPassword();
  void updateUploadsTitle();

  HearingsViewModel& viewModel_;
  AdminViewModel* admin_;
  UploadsViewModel* uploads_;
  AccountViewModel& account_;
  QTabWidget* tabs_ = nullptr;
  QWidget* hearingsTab_ = nullptr;
  AdminWidget* adminWidget_ = nullptr;
  UploadsWidget* uploadsWidget_ = nullptr;
  CaptureViewModel* capture_ = nullptr;
  CaptureWidget* captureWidget_ = nullptr;
  SearchWidget* searchWidget_ = nullptr;
  AuditViewModel* audit_ = nullptr;
  AuditWidget* auditWidget_ = nullptr;
  KeepingViewModel* keeping_ = nullptr;
  KeepingWidget* keepingWidget_ = nullptr;
  RetentionViewModel* retention_ = nullptr;
  RetentionWidget* retentionWidget_ = nullptr;
  QWidget* nothingTab_ = nullptr;  // the note for a role with no tab
  ErrorDisplay errorDisplay_;
  QAction* refresh_ = nullptr;
  QAction* logout_ = nullptr;
  QLabel* sessionLabel_ = nullptr;
  QLineEdit* filter_ = nullptr;
  QStackedWidget* listStack_ = nullptr;
  QLabel* noHearings_ = nullptr;
  QTableView* hearings_ = nullptr;
  HearingDetailsWidget* details_ = nullptr;
  PlayerViewModel* player_ = nullptr;
  AnnotationsViewModel* playerAnnotations_ = nullptr;
  DownloadViewModel* playerDownloads_ = nullptr;
  PlayerWindow* playerWindow_ = nullptr;
  QProgressBar* busy_ = nullptr;
  QLabel* countLabel_ = nullptr;
  bool firstLoad_ = true;
};

}  // namespace audientia::gui
