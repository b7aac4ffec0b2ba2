#pragma once

// The application's flow: the login dialog (or an automatic login with a password from stdin),
// then the main window; logging out returns to the dialog. With a screenshot path, it grabs the
// main window once the hearing list (and the first hearing's details) have loaded, then quits;
// with the Administration tab chosen (admins), once the offices and the users have loaded; with
// the Uploads tab chosen (prosecutors), once the hearings and the upload queue have loaded.
// Prosecutors get the upload queue of the server they logged in to; the items it holds from an
// earlier run resume at once.

#include <QObject>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>

#include "services/connection_defaults.h"

namespace audientia::gui {

class AccountViewModel;
class AnnotationsViewModel;
class AdminViewModel;
class CaptureService;
class CaptureViewModel;
class SearchViewModel;
class AuditViewModel;
class KeepingViewModel;
class RetentionViewModel;
class ApiService;
class HearingsViewModel;
class LoginDialog;
class LoginViewModel;
class MediaStreamServer;
class DownloadViewModel;
class PlayerViewModel;
class MainWindow;
class UploadsViewModel;

struct ClientOptions {
  ConnectionDefaults connection;
  // Set: log in with it at once, without the dialog (--password-stdin).
  std::optional<QString> password;
  QString screenshotFile;   // --screenshot FILE
  bool adminTab = false;    // --tab admin: start on the Administration tab (admins)
  bool uploadsTab = false;  // --tab uploads: start on the Uploads tab (prosecutors)
  bool roomTab = false;     // --tab room: start on the Hearing room tab (prosecutors)
  bool searchTab = false;   // --tab search: start on the Search tab (prosecutors, clerks)
  bool auditTab = false;    // --tab audit: start on the Audit trail tab (auditors)
  std::uint64_t uploadLimitBytesPerSecond = 0;  // --upload-limit; 0: as fast as the line allows
};

class ClientApp : public QObject {
  Q_OBJECT

 public:
  ClientApp(ApiService& api, ClientOptions options, QObject* parent = nullptr);
  ~ClientApp() override;

  // Shows the dialog or logs in automatically.
  void start();

 signals:
  // The application should end with this exit code.
  void finished(int exitCode);

 private:
  void showLoginDialog(const QString& error);
  void onLoggedIn();
  void onLoginFailed(const QString& message);
  void onLoggedOut();
  void onHearingsLoaded(int count);
  void onDetailsChanged();
  void onAdminUsersLoaded();
  // Creates the session's upload service (prosecutors) over the logged-in client.
  void startUploads();
  // The player and the downloads of the hearing view (prosecutors and clerks), reading through
  // the session's client.
  void startPlayer();
  // The Hearing room tab (prosecutors): recording, its uploads, interrupted captures offered.
  void startCapture();
  void onRecordingUploaded(const QString& hearingId);
  // Removes the captures the server verified, past the workstation's keeping time.
  void removeLocalCopies();
  void updateHearingNames();
  void logout();
  void screenshotOfUploadsWhenReady();
  // The screenshot waits for the Administration tab's data rather than the hearings'.
  bool screenshotOfAdmin() const;
  void takeScreenshot();
  void fail(const QString& message);

  ApiService& api_;
  ClientOptions options_;
  LoginViewModel* login_ = nullptr;
  HearingsViewModel* hearings_ = nullptr;
  AdminViewModel* admin_ = nullptr;
  AccountViewModel* account_ = nullptr;
  UploadsViewModel* uploads_ = nullptr;
  // The capture engine's host lives as long as the application; the hearing room's state, one
  // login (prosecutors).
  std::unique_ptr<CaptureService> captureService_;
  CaptureViewModel* capture_ = nullptr;
  SearchViewModel* search_ = nullptr;  // made at login, deleted at logout (no hits survive it)
  AnnotationsViewModel* annotations_ = nullptr;  // the same
  AuditViewModel* audit_ = nullptr;              // the same (auditors)
  KeepingViewModel* keeping_ = nullptr;          // the same (admins)
  RetentionViewModel* retention_ = nullptr;      // the same (admins)
  // The loopback server the player reads from lives as long as the application (its port and
  // secret stay); the player's state, one login.
  std::unique_ptr<MediaStreamServer> streams_;
  PlayerViewModel* player_ = nullptr;
  DownloadViewModel* downloads_ = nullptr;  // "Save file…" in the hearing view; one login

  // Top-level widgets have no parent; they are owned here.
  std::unique_ptr<LoginDialog> dialog_;
  std::unique_ptr<MainWindow> window_;
  bool automatic_ = false;
  bool screenshotPending_ = false;
  bool hearingsLoaded_ = false;
  bool uploadsLoaded_ = false;
};

}  // namespace audientia::gui
