#include "audientia/testing/server_seed.h"

namespace audientia::testing {

client::ConnectionOptions connectionTo(const ServerProcess& server) {
  client::ConnectionOptions options;
  options.server = server.address();
  options.caFile = server.caFile();
  return options;
}

Expected<AdminSession> signInAsAdmin(const ServerProcess& server) {
  AUDIENTIA_TRY(std::unique_ptr<client::ApiClient> api,
                client::ApiClient::create(connectionTo(server)));
  AUDIENTIA_TRY(v1::LoginResponse login, api->login("admin", server.adminPassword()));
  api->setToken(login.token());
  return AdminSession{std::move(api), login.user().office_id()};
}

Expected<SeededUser> seedOfficeAndUser(const ServerProcess& server, const std::string& officeName,
                                       const std::string& username, v1::Role role,
                                       const std::string& password) {
  AUDIENTIA_TRY(AdminSession admin, signInAsAdmin(server));
  AUDIENTIA_TRY(v1::Office office, admin.api->createOffice(officeName, admin.rootOfficeId));
  v1::CreateUserRequest request;
  request.set_username(username);
  request.set_office_id(office.id());
  request.set_role(role);
  request.set_password(password);
  AUDIENTIA_TRY(v1::User user, admin.api->createUser(request));
  AUDIENTIA_TRY(v1::LoginResponse asUser, admin.api->login(username, password));
  admin.api->setToken(asUser.token());
  return SeededUser{std::move(admin.api), std::move(office), std::move(user)};
}

}  // namespace audientia::testing
