#pragma once

// Logging in: checks the form, calls the service off the UI thread, reports busy state and the
// server's message on failure.

#include <QObject>
#include <QString>

#include "services/session_api_service.h"
#include "viewmodels/user_role.h"

namespace audientia::gui {

class LoginViewModel : public QObject {
  Q_OBJECT

 public:
  explicit LoginViewModel(SessionApiService& api, QObject* parent = nullptr);

  // Starts logging in; ignored while a login is already running.
  void login(const LoginParams& params);
  bool isBusy() const { return busy_; }
  const SessionInfo& session() const { return session_; }
  // Of session(), for the views: the user's name and role, the server (HOST:PORT).
  QString username() const;
  UserRole role() const;
  QString server() const;

 signals:
  void busyChanged(bool busy);
  void loggedIn();
  // The server's message (or what was wrong with the form).
  void loginFailed(const QString& message);

 private:
  void setBusy(bool busy);

  SessionApiService& api_;
  bool busy_ = false;
  SessionInfo session_;
};

// What is wrong with the form, or an empty string when it can be sent.
QString validateLogin(const LoginParams& params);

// The message shown for a failed call: the server's text, with a hint where it helps.
QString errorText(const Error& error);

}  // namespace audientia::gui
