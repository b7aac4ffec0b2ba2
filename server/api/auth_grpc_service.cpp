#include "api/auth_grpc_service.h"

#include "api/proto_mapping.h"
#include "domain/rules.h"

namespace audientia::api {

grpc::Status AuthGrpcService::Login(grpc::ServerContext* context, const v1::LoginRequest* request,
                                    v1::LoginResponse* response) {
  return runCall(gate_, "/audientia.v1.AuthService/Login", *context, *request,
                 [&](CallState& call) -> Status {
                   // The attempted name is recorded (bounded); the password never is.
                   call.audit.actorUsername = request->username().substr(0, 64);
                   call.audit.objectType = "user";
                   if (request->username().empty()) return invalidArgument("username is required");
                   if (request->password().empty()) return invalidArgument("password is required");
                   std::string failure;
                   auto result = gate_.auth().login(request->username(), request->password(),
                                                    &failure, steadyDeadline(*context));
                   if (!result) {
                     if (!failure.empty()) call.audit.details.emplace_back("reason", failure);
                     return std::move(result).error();
                   }
                   call.audit.actorId = result->user.id;
                   call.object("user", result->user.id, result->user.officeId);
                   response->set_token(result->token);
                   response->set_expires_at_unix_ms(toUnixMs(result->expiresAt));
                   toProto(result->user, response->mutable_user());
                   return ok();
                 });
}

grpc::Status AuthGrpcService::Logout(grpc::ServerContext* context, const v1::LogoutRequest* request,
                                     v1::LogoutResponse*) {
  return runCall(gate_, "/audientia.v1.AuthService/Logout", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("user", call.user().id, call.user().officeId);
                   return gate_.auth().logout(*bearerToken(*context));
                 });
}

grpc::Status AuthGrpcService::WhoAmI(grpc::ServerContext* context, const v1::WhoAmIRequest* request,
                                     v1::WhoAmIResponse* response) {
  return runCall(
      gate_, "/audientia.v1.AuthService/WhoAmI", *context, *request,
      [&](CallState& call) -> Status {
        call.object("user", call.user().id, call.user().officeId);
        toProto(call.user(), response->mutable_user());
        response->set_session_expires_at_unix_ms(toUnixMs(call.caller->sessionExpiresAt));
        auto office = offices_.own(call.user());
        if (office) response->set_office_name(office->name);
        return ok();
      });
}

grpc::Status UserGrpcService::CreateUser(grpc::ServerContext* context,
                                         const v1::CreateUserRequest* request,
                                         v1::CreateUserResponse* response) {
  return runCall(gate_, "/audientia.v1.UserService/CreateUser", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("user", {}, request->office_id());
                   call.audit.details.emplace_back("username", request->username().substr(0, 64));
                   app::NewUserRequest create{request->username(), request->office_id(),
                                              fromProto(request->role()), request->password()};
                   AUDIENTIA_TRY(domain::User user, users_.create(call.user(), create));
                   call.object("user", user.id, user.officeId);
                   call.audit.details.emplace_back("role",
                                                   std::string(domain::roleName(user.role)));
                   toProto(user, response->mutable_user());
                   return ok();
                 });
}

grpc::Status UserGrpcService::ListUsers(grpc::ServerContext* context,
                                        const v1::ListUsersRequest* request,
                                        v1::ListUsersResponse* response) {
  return runCall(gate_, "/audientia.v1.UserService/ListUsers", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("office", request->office_id(), request->office_id());
                   AUDIENTIA_TRY(auto page,
                                 users_.list(call.user(), request->office_id(),
                                             request->page_size(), request->page_token()));
                   for (const auto& user : page.items) toProto(user, response->add_users());
                   response->set_next_page_token(page.nextPageToken);
                   return ok();
                 });
}

grpc::Status UserGrpcService::DisableUser(grpc::ServerContext* context,
                                          const v1::DisableUserRequest* request,
                                          v1::DisableUserResponse* response) {
  return runCall(gate_, "/audientia.v1.UserService/DisableUser", *context, *request,
                 [&](CallState& call) -> Status {
                   call.audit.details.emplace_back("username", request->username().substr(0, 64));
                   AUDIENTIA_TRY(domain::User user,
                                 users_.setDisabled(call.user(), request->username(), true));
                   call.object("user", user.id, user.officeId);
                   toProto(user, response->mutable_user());
                   return ok();
                 });
}

grpc::Status UserGrpcService::EnableUser(grpc::ServerContext* context,
                                         const v1::EnableUserRequest* request,
                                         v1::EnableUserResponse* response) {
  return runCall(gate_, "/audientia.v1.UserService/EnableUser", *context, *request,
                 [&](CallState& call) -> Status {
                   call.audit.details.emplace_back("username", request->username().substr(0, 64));
                   AUDIENTIA_TRY(domain::User user,
                                 users_.setDisabled(call.user(), request->username(), false));
                   call.object("user", user.id, user.officeId);
                   toProto(user, response->mutable_user());
                   return ok();
                 });
}

grpc::Status UserGrpcService::ResetPassword(grpc::ServerContext* context,
                                            const v1::ResetPasswordRequest* request,
                                            v1::ResetPasswordResponse* response) {
  return runCall(gate_, "/audientia.v1.UserService/ResetPassword", *context, *request,
                 [&](CallState& call) -> Status {
                   call.audit.details.emplace_back("username", request->username().substr(0, 64));
                   AUDIENTIA_TRY(domain::User user,
                                 users_.resetPassword(call.user(), request->username(),
                                                      request->new_password()));
                   call.object("user", user.id, user.officeId);
                   toProto(user, response->mutable_user());
                   return ok();
                 });
}

grpc::Status UserGrpcService::ChangeRole(grpc::ServerContext* context,
                                         const v1::ChangeRoleRequest* request,
                                         v1::ChangeRoleResponse* response) {
  return runCall(gate_, "/audientia.v1.UserService/ChangeRole", *context, *request,
                 [&](CallState& call) -> Status {
                   call.audit.details.emplace_back("username", request->username().substr(0, 64));
                   const domain::Role role = fromProto(request->role());
                   call.audit.details.emplace_back("role", std::string(domain::roleName(role)));
                   AUDIENTIA_TRY(domain::User user,
                                 users_.changeRole(call.user(), request->username(), role));
                   call.object("user", user.id, user.officeId);
                   toProto(user, response->mutable_user());
                   return ok();
                 });
}

grpc::Status UserGrpcService::ChangeOwnPassword(grpc::ServerContext* context,
                                                const v1::ChangeOwnPasswordRequest* request,
                                                v1::ChangeOwnPasswordResponse*) {
  return runCall(gate_, "/audientia.v1.UserService/ChangeOwnPassword", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("user", call.user().id, call.user().officeId);
                   return users_.changeOwnPassword(*call.caller, request->current_password(),
                                                   request->new_password());
                 });
}

}  // namespace audientia::api
