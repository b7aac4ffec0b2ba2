#pragma once

// What the viewmodels need from the server, as asynchronous calls. Every call returns at once;
// `done` runs later on the thread of `context` (the UI thread), and never runs if `context` was
// destroyed in the meantime. Calls complete in the order they were made.

#include <QObject>
#include <QString>
#include <functional>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/v1/auth.pb.h"
#include "audientia/v1/hearings.pb.h"

namespace audientia::gui {

struct LoginParams {
  QString server;  // HOST:PORT
  QString caFile;  // PEM of the CA that signed the server certificate
  QString username;
  QString password;
};

// Who is logged in, where.
struct SessionInfo {
  v1::User user;
  std::string officeName;
  std::string server;
};

class ApiService {
 public:
  template <class T>
  using Done = std::function<void(Expected<T>)>;

  virtual ~ApiService() = default;

  // Connects over TLS, logs in and asks who the user is.
  virtual void login(const LoginParams& params, QObject* context, Done<SessionInfo> done) = 0;
  // Revokes the session on the server and forgets the token (also when the server fails).
  virtual void logout(QObject* context, Done<void> done) = 0;
  // officeId empty: every office the user may see.
  virtual void listHearings(const std::string& officeId, QObject* context,
                            Done<std::vector<v1::Hearing>> done) = 0;
  virtual void getHearing(const std::string& hearingId, QObject* context,
                          Done<v1::GetHearingResponse> done) = 0;
};

}  // namespace audientia::gui
