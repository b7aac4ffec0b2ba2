#pragma once

// What the viewmodels need from the server, as asynchronous calls. Every call returns at once;
// `done` runs later on the thread of `context` (the UI thread), and never runs if `context` was
// destroyed in the meantime. Calls complete in the order they were made.

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/client/api_client.h"
#include "audientia/v1/auth.pb.h"
#include "audientia/v1/hearings.pb.h"
#include "audientia/v1/offices.pb.h"
#include "audientia/v1/users.pb.h"

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

  // Offices (admins). Every page of the offices the caller may see.
  virtual void listOffices(QObject* context, Done<std::vector<v1::Office>> done) = 0;
  // parentId empty: a root office.
  virtual void createOffice(const std::string& name, const std::string& parentId, QObject* context,
                            Done<v1::Office> done) = 0;
  virtual void renameOffice(const std::string& officeId, const std::string& name, QObject* context,
                            Done<v1::Office> done) = 0;
  virtual void moveOffice(const std::string& officeId, const std::string& newParentId,
                          QObject* context, Done<v1::Office> done) = 0;
  // Deactivates (false) or reactivates (true).
  virtual void setOfficeActive(const std::string& officeId, bool active, QObject* context,
                               Done<v1::Office> done) = 0;

  // Users (admins), named by username. officeId empty: every office the caller administers.
  virtual void listUsers(const std::string& officeId, QObject* context,
                         Done<std::vector<v1::User>> done) = 0;
  virtual void createUser(const v1::CreateUserRequest& request, QObject* context,
                          Done<v1::User> done) = 0;
  virtual void setUserDisabled(const std::string& username, bool disabled, QObject* context,
                               Done<v1::User> done) = 0;
  virtual void resetPassword(const std::string& username, const std::string& newPassword,
                             QObject* context, Done<v1::User> done) = 0;
  virtual void changeRole(const std::string& username, v1::Role role, QObject* context,
                          Done<v1::User> done) = 0;
  // Any logged-in user, for themselves.
  virtual void changeOwnPassword(const std::string& currentPassword, const std::string& newPassword,
                                 QObject* context, Done<void> done) = 0;

  // The logged-in client itself, for work with a thread of its own (the upload queue); its RPCs
  // may run concurrently with these calls. UNAUTHENTICATED before login.
  virtual void sessionClient(QObject* context, Done<std::shared_ptr<client::ApiClient>> done) = 0;
};

}  // namespace audientia::gui
