#include "app/identity/user_service.h"

#include "app/identity/access_policy.h"
#include "domain/password_policy.h"
#include "domain/rules.h"

namespace audientia::app {
namespace {

std::string missingUser(const std::string& username) {
  return "user " + username + " does not exist";
}

Status requireRole(domain::Role role) {
  if (role == domain::Role::kUnspecified) {
    return invalidArgument("role is required: admin, prosecutor, clerk or auditor");
  }
  return ok();
}

}  // namespace

Expected<domain::UserCredentials> UserService::target(const domain::User& caller, Action action,
                                                      const std::string& username) {
  if (username.empty()) return invalidArgument("username is required");
  if (username.size() > 64) return invalidArgument("username: at most 64 characters");
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(action)));
  auto found = users_.findByUsername(username);
  if (!found) {
    if (isMissing(found.error())) return notFound(missingUser(username));
    return found.error();
  }
  AUDIENTIA_TRY_STATUS(
      authorizeObject(caller, action, found->user.officeId, offices_, missingUser(username)));
  return found;
}

Expected<domain::User> UserService::create(const domain::User& caller,
                                           const NewUserRequest& request) {
  AUDIENTIA_TRY_STATUS(domain::validateUsername(request.username));
  AUDIENTIA_TRY_STATUS(domain::validateId("office_id", request.officeId));
  AUDIENTIA_TRY_STATUS(requireRole(request.role));
  AUDIENTIA_TRY_STATUS(domain::checkPasswordPolicy("password", request.password, request.username));
  const std::string missing = "office " + request.officeId + " does not exist";
  AUDIENTIA_TRY_STATUS(
      authorizeObject(caller, Action::kCreateUser, request.officeId, offices_, missing));
  AUDIENTIA_TRY(domain::Office office, offices_.get(request.officeId));
  if (!office.active) {
    return Error(ErrorCode::kFailedPrecondition,
                 "office " + office.name + " is deactivated: no new users can be added to it");
  }
  AUDIENTIA_TRY(std::string hash, hasher_.hash(request.password));
  auto created =
      users_.create(domain::NewUser{request.username, request.officeId, request.role, hash});
  if (!created && created.error().code() == ErrorCode::kAlreadyExists) {
    return Error(ErrorCode::kAlreadyExists, "user " + request.username + " already exists");
  }
  return created;
}

Expected<domain::Page<domain::User>> UserService::list(const domain::User& caller,
                                                       const std::string& officeId, int pageSize,
                                                       const std::string& pageToken) {
  AUDIENTIA_TRY(int limit, domain::effectivePageSize(pageSize));
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(Action::kListUsers)));
  std::vector<std::string> officeIds;
  if (officeId.empty()) {
    AUDIENTIA_TRY(officeIds, officeTree_.subtreeIds(caller.officeId));
  } else {
    AUDIENTIA_TRY_STATUS(domain::validateId("office_id", officeId));
    AUDIENTIA_TRY_STATUS(authorizeObject(caller, Action::kListUsers, officeId, offices_,
                                         "office " + officeId + " does not exist"));
    officeIds.push_back(officeId);
  }
  return users_.list(officeIds, domain::PageRequest{limit, pageToken});
}

Expected<domain::User> UserService::setDisabled(const domain::User& caller,
                                                const std::string& username, bool disabled) {
  Action action = disabled ? Action::kDisableUser : Action::kEnableUser;
  AUDIENTIA_TRY(domain::UserCredentials found, target(caller, action, username));
  if (disabled && found.user.id == caller.id) {
    return Error(ErrorCode::kFailedPrecondition, "user " + username + " cannot disable themselves");
  }
  AUDIENTIA_TRY(domain::User user, users_.setDisabled(found.user.id, disabled));
  if (disabled) AUDIENTIA_TRY_STATUS(sessions_.revokeAllForUser(user.id, {}));
  return user;
}

Expected<domain::User> UserService::resetPassword(const domain::User& caller,
                                                  const std::string& username,
                                                  const std::string& newPassword) {
  AUDIENTIA_TRY(domain::UserCredentials found, target(caller, Action::kResetPassword, username));
  AUDIENTIA_TRY_STATUS(domain::checkPasswordPolicy("new_password", newPassword, username));
  AUDIENTIA_TRY(std::string hash, hasher_.hash(newPassword));
  AUDIENTIA_TRY(domain::User user, users_.setPasswordHash(found.user.id, hash));
  AUDIENTIA_TRY_STATUS(sessions_.revokeAllForUser(user.id, {}));
  return user;
}

Expected<domain::User> UserService::changeRole(const domain::User& caller,
                                               const std::string& username, domain::Role role) {
  AUDIENTIA_TRY_STATUS(requireRole(role));
  AUDIENTIA_TRY(domain::UserCredentials found, target(caller, Action::kChangeRole, username));
  if (found.user.id == caller.id) {
    return Error(ErrorCode::kFailedPrecondition,
                 "user " + username + " cannot change their own role");
  }
  return users_.setRole(found.user.id, role);
}

Status UserService::changeOwnPassword(const Caller& caller, const std::string& currentPassword,
                                      const std::string& newPassword) {
  if (currentPassword.empty()) return invalidArgument("current_password is required");
  AUDIENTIA_TRY_STATUS(
      domain::checkPasswordPolicy("new_password", newPassword, caller.user.username));
  if (newPassword == currentPassword) {
    return invalidArgument("new_password must differ from current_password");
  }
  AUDIENTIA_TRY(domain::UserCredentials self, users_.findByUsername(caller.user.username));
  AUDIENTIA_TRY(bool matches, hasher_.verify(currentPassword, self.passwordHash));
  if (!matches) {
    return Error(ErrorCode::kPermissionDenied, "current_password is not the user's password");
  }
  AUDIENTIA_TRY(std::string hash, hasher_.hash(newPassword));
  AUDIENTIA_TRY_STATUS(users_.setPasswordHash(self.user.id, hash));
  return sessions_.revokeAllForUser(self.user.id, caller.tokenHash);
}

}  // namespace audientia::app
