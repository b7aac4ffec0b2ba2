#pragma once

// The application's flow: the login dialog (or an automatic login with a password from stdin),
// then the main window; logging out returns to the dialog. With a screenshot path, it grabs the
// main window once the hearing list (and the first hearing's details) have loaded, then quits.

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "services/connection_defaults.h"

namespace audientia::gui {

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
  void takeScreenshot();
  void fail(const QString& message);

  ApiService& api_;
  ClientOptions options_;
  LoginViewModel* login_ = nullptr;
  HearingsViewModel* hearings_ = nullptr;
  // Top-level widgets have no parent; they are owned here.
  std::unique_ptr<LoginDialog> dialog_;
  std::unique_ptr<MainWindow> window_;
  bool automatic_ = false;
  bool screenshotPending_ = false;
};

}  // namespace audientia::gui
