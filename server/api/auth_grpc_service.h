#pragma once

#include "api/call_support.h"
#include "app/identity/auth_service.h"
#include "app/identity/office_service.h"
#include "app/identity/user_service.h"
#include "audientia/v1/auth.grpc.pb.h"
#include "audientia/v1/users.grpc.pb.h"

namespace audientia::api {

class AuthGrpcService final : public v1::AuthService::Service {
 public:
  AuthGrpcService(CallGate& gate, app::OfficeService& offices) : gate_(gate), offices_(offices) {}

  grpc::Status Login(grpc::ServerContext* context, const v1::LoginRequest* request,
                     v1::LoginResponse* response) override;
  grpc::Status Logout(grpc::ServerContext* context, const v1::LogoutRequest* request,
                      v1::LogoutResponse* response) override;
  grpc::Status WhoAmI(grpc::ServerContext* context, const v1::WhoAmIRequest* request,
                      v1::WhoAmIResponse* response) override;

 private:
  CallGate& gate_;
  app::OfficeService& offices_;
};

class UserGrpcService final : public v1::UserService::Service {
 public:
  UserGrpcService(CallGate& gate, app::UserService& users) : gate_(gate), users_(users) {}

  grpc::Status CreateUser(grpc::ServerContext* context, const v1::CreateUserRequest* request,
                          v1::CreateUserResponse* response) override;
  grpc::Status ListUsers(grpc::ServerContext* context, const v1::ListUsersRequest* request,
                         v1::ListUsersResponse* response) override;
  grpc::Status DisableUser(grpc::ServerContext* context, const v1::DisableUserRequest* request,
                           v1::DisableUserResponse* response) override;
  grpc::Status EnableUser(grpc::ServerContext* context, const v1::EnableUserRequest* request,
                          v1::EnableUserResponse* response) override;
  grpc::Status ResetPassword(grpc::ServerContext* context, const v1::ResetPasswordRequest* request,
                             v1::ResetPasswordResponse* response) override;
  grpc::Status ChangeRole(grpc::ServerContext* context, const v1::ChangeRoleRequest* request,
                          v1::ChangeRoleResponse* response) override;
  grpc::Status ChangeOwnPassword(grpc::ServerContext* context,
                                 const v1::ChangeOwnPasswordRequest* request,
                                 v1::ChangeOwnPasswordResponse* response) override;

 private:
  CallGate& gate_;
  app::UserService& users_;
};

}  // namespace audientia::api
