#include "viewmodels/login_view_model.h"

#include <QFileInfo>
#include <utility>

#include "audientia/client/grpc_status.h"

namespace audientia::gui {

LoginViewModel::LoginViewModel(SessionApiService& api, QObject* parent)
    : QObject(parent), api_(api) {}

QString validateLogin(const LoginParams& params) {
  if (params.server.trimmed().isEmpty()) {
    return LoginViewModel::tr("Enter the server address as HOST:PORT.");
  }
  if (!params.caFile.isEmpty() && !QFileInfo(params.caFile).isFile()) {
    return LoginViewModel::tr("The CA file %1 does not exist.").arg(params.caFile);
  }
  const QString cert = params.certFile.trimmed();
  const QString key = params.keyFile.trimmed();
  if (cert.isEmpty() != key.isEmpty()) {
    return LoginViewModel::tr(
        "Choose both the client certificate and its key, or neither (they are needed only "
        "when the server asks for a workstation certificate).");
  }
  if (!cert.isEmpty() && !QFileInfo(cert).isFile()) {
    return LoginViewModel::tr("The client certificate %1 does not exist.").arg(cert);
  }
  if (!key.isEmpty() && !QFileInfo(key).isFile()) {
    return LoginViewModel::tr("The client key %1 does not exist.").arg(key);
  }
  if (params.username.trimmed().isEmpty()) return LoginViewModel::tr("Enter your user name.");
  if (params.password.isEmpty()) return LoginViewModel::tr("Enter your password.");
  return {};
}

QString errorText(const Error& error) {
  const QString message = QString::fromStdString(error.message());
  if (client::isServerDatabaseUnavailable(error)) {
    return LoginViewModel::tr(
        "The server is running, but its database is unavailable. It usually comes back by "
        "itself within a minute: try again in a moment, and tell the administrator if it "
        "lasts.");
  }
  if (error.code() == ErrorCode::kUnavailable) {
    return LoginViewModel::tr("The server cannot be reached: %1").arg(message);
  }
  return message.isEmpty() ? QString::fromStdString(error.toString()) : message;
}

void LoginViewModel::login(const LoginParams& params) {
  if (busy_) return;
  if (const QString problem = validateLogin(params); !problem.isEmpty()) {
    emit loginFailed(problem);
    return;
  }
  setBusy(true);
  api_.login(params, this, [this](Expected<SessionInfo> result) {
    setBusy(false);
    if (!result) {
      emit loginFailed(errorText(result.error()));
      return;
    }
    session_ = std::move(result).value();
    emit loggedIn();
  });
}

QString LoginViewModel::username() const {
  return QString::fromStdString(session_.user.username());
}

UserRole LoginViewModel::role() const {
  return userRoleOf(session_.user.role());
}

QString LoginViewModel::server() const {
  return QString::fromStdString(session_.server);
}

void LoginViewModel::setBusy(bool busy) {
  if (busy_ == busy) return;
  busy_ = busy;
  emit busyChanged(busy_);
}

}  // namespace audientia::gui
