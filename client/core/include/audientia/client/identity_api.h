#pragma once

// Identity calls (AuthService, UserService): the session (log in, who am I, log out, the token
// every call carries), the caller's own password, and the users (admins). One part of ApiClient
// (api_client.h says how to create one, and its threads, deadlines and errors).

#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/v1/auth.pb.h"
#include "audientia/v1/common.pb.h"
#include "audientia/v1/users.pb.h"

namespace audientia::client {

class IdentityApi {
 public:
  virtual ~IdentityApi() = default;

  // The session token sent with every call of the client (not only the identity calls).
  virtual void setToken(std::string token) = 0;
  virtual const std::string& token() const = 0;

  virtual Expected<v1::LoginResponse> login(const std::string& username,
                                            const std::string& password) = 0;
  virtual Status logout() = 0;
  virtual Expected<v1::WhoAmIResponse> whoAmI() = 0;

  virtual Expected<v1::User> createUser(const v1::CreateUserRequest& request) = 0;
  // Every page; officeId empty: every office the caller administers.
  virtual Expected<std::vector<v1::User>> listUsers(const std::string& officeId) = 0;
  virtual Expected<v1::User> setUserDisabled(const std::string& username, bool disabled) = 0;
  virtual Expected<v1::User> resetPassword(const std::string& username,
                                           const std::string& newPassword) = 0;
  virtual Expected<v1::User> changeRole(const std::string& username, v1::Role role) = 0;
  virtual Status changeOwnPassword(const std::string& currentPassword,
                                   const std::string& newPassword) = 0;
};

}  // namespace audientia::client
