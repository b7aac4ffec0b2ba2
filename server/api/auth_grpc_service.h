#pragma once

#include <spdlog/spdlog.h>

#include <memory>

#include "app/auth_service.h"
#include "app/office_service.h"
#include "audientia/v1/auth.grpc.pb.h"

namespace audientia::api {

class AuthGrpcService final : public v1::AuthService::Service {
 public:
  AuthGrpcService(app::AuthService& auth, app::OfficeService& offices,
                  std::shared_ptr<spdlog::logger> log)
      : auth_(auth), offices_(offices), log_(std::move(log)) {}

  grpc::Status Login(grpc::ServerContext* context, const v1::LoginRequest* request,
                     v1::LoginResponse* response) override;
  grpc::Status Logout(grpc::ServerContext* context, const v1::LogoutRequest* request,
                      v1::LogoutResponse* response) override;
  grpc::Status WhoAmI(grpc::ServerContext* context, const v1::WhoAmIRequest* request,
                      v1::WhoAmIResponse* response) override;

 private:
  app::AuthService& auth_;
  app::OfficeService& offices_;
  std::shared_ptr<spdlog::logger> log_;
};

}  // namespace audientia::api
