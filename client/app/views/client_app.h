#pragma once

// The application's flow: the login dialog (or an automatic login with a password from stdin),
// then the main window; logging out returns to the dialog. With a screenshot path, it grabs the
// main window once the hearing list (and the first hearing's details) have loaded, then quits;
// with the Administration tab chosen (admins), once the offices and the users have loaded.

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "services/connection_defaults.h"

namespace audientia::gui {

class AccountViewModel;
class AdminViewModel;
class ApiService;
class HearingsViewModel;
class LoginDialog;
class LoginViewModel;
class MainWindow;

struct ClientOptions {
  ConnectionDefaults connection;
  // Set: log in with it at once, without the dialog (--password-stdin).
  std::optional<QString> password;
  QString screenshotFile;  // --screenshot FILE
  bool adminTab = false;   // --tab admin: start on the Administration tab (admins)
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
  // Top-level widgets have no parent; they are owned here.
  std::unique_ptr<LoginDialog> dialog_;
  std::unique_ptr<MainWindow> window_;
  bool automatic_ = false;
  bool screenshotPending_ = false;
};

}  // namespace audientia::gui
