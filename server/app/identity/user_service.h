#pragma once

// User administration by admins (within their office's subtree) and a user's own password.
// Users outside the caller's scope read as missing (kNotFound). Disabling a user, and resetting
// their password, revokes all their sessions; changing one's own password revokes the others.

#include <string>

#include "app/identity/access_policy.h"
#include "app/identity/auth_service.h"
#include "app/identity/office_service.h"
#include "app/identity/password_hasher.h"
#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "ports/repositories.h"

namespace audientia::app {

struct NewUserRequest {
  std::string username;
  std::string officeId;
  domain::Role role = domain::Role::kUnspecified;
  std::string password;
};

class UserService {
 public:
  UserService(ports::UserRepository& users, ports::SessionRepository& sessions,
              ports::OfficeRepository& offices, const PasswordHasher& hasher)
      : users_(users),
        sessions_(sessions),
        offices_(offices),
        officeTree_(offices),
        hasher_(hasher) {}

  Expected<domain::User> create(const domain::User& caller, const NewUserRequest& request);
  // officeId empty: every office of the caller's subtree.
  Expected<domain::Page<domain::User>> list(const domain::User& caller, const std::string& officeId,
                                            int pageSize, const std::string& pageToken);
  Expected<domain::User> setDisabled(const domain::User& caller, const std::string& username,
                                     bool disabled);
  Expected<domain::User> resetPassword(const domain::User& caller, const std::string& username,
                                       const std::string& newPassword);
  Expected<domain::User> changeRole(const domain::User& caller, const std::string& username,
                                    domain::Role role);
  // Keeps the session the call came with (caller.tokenHash), revokes the others.
  Status changeOwnPassword(const Caller& caller, const std::string& currentPassword,
                           const std::string& newPassword);

 private:
  Expected<domain::UserCredentials> target(const domain::User& caller, Action action,
                                           const std::string& username);

  ports::UserRepository& users_;
  ports::SessionRepository& sessions_;
  ports::OfficeRepository& offices_;
  OfficeService officeTree_;
  const PasswordHasher& hasher_;
};

}  // namespace audientia::app
