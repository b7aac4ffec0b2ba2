#pragma once

// Seeding a real audientia-server (ServerProcess) through the real client API, for tests that
// drive the desktop client against it. (The CLI end-to-end tests seed through audientiactl
// itself, since that is what they test: tests/e2e/e2e_fixture.h.)

#include <memory>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"

namespace audientia::testing {

// TLS connection options for the server (its CA), without a token.
client::ConnectionOptions connectionTo(const ServerProcess& server);

// A client signed in as the server's first admin, and the admin's (root) office id.
struct AdminSession {
  std::unique_ptr<client::ApiClient> api;
  std::string rootOfficeId;
};
Expected<AdminSession> signInAsAdmin(const ServerProcess& server);

// As the admin: a new office under the root and a user of `role` in it; then signs in as that
// user (admins see no hearings, so tests that make hearings act as the user).
struct SeededUser {
  std::unique_ptr<client::ApiClient> api;  // carries the user's token
  v1::Office office;
  v1::User user;
};
Expected<SeededUser> seedOfficeAndUser(const ServerProcess& server, const std::string& officeName,
                                       const std::string& username, v1::Role role,
                                       const std::string& password);

}  // namespace audientia::testing
