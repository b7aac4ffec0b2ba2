#pragma once

// The session, as asynchronous calls (async_call.h): logging in and out, and the logged-in
// client for work on a thread of its own. Used by LoginViewModel (login), HearingsViewModel
// (logout) and ClientApp (the client for the upload queue).

#include <QObject>
#include <QString>
#include <memory>
#include <string>

#include "audientia/v1/common.pb.h"
#include "services/async_call.h"

namespace audientia::client {
class ApiClient;
}  // namespace audientia::client

namespace audientia::gui {

struct LoginParams {
  QString server;  // HOST:PORT
  QString caFile;  // PEM of the CA that signed the server certificate
  QString username;
  QString password;
  // Mutual TLS (a server started with --require-client-cert): this workstation's certificate
  // and key, PEM, issued by the server's CA. Both or neither.
  QString certFile;
  QString keyFile;
};

// Who is logged in, where.
struct SessionInfo {
  v1::User user;
  std::string officeName;
  std::string server;
};

class SessionApiService {
 public:
  virtual ~SessionApiService() = default;

  // Connects over TLS, logs in and asks who the user is.
  virtual void login(const LoginParams& params, QObject* context, Done<SessionInfo> done) = 0;
  // Revokes the session on the server and forgets the token (also when the server fails).
  virtual void logout(QObject* context, Done<void> done) = 0;
  // The logged-in client itself, for work with a thread of its own (the upload queue); its RPCs
  // may run concurrently with these calls. UNAUTHENTICATED before login.
  virtual void sessionClient(QObject* context, Done<std::shared_ptr<client::ApiClient>> done) = 0;
};

}  // namespace audientia::gui
