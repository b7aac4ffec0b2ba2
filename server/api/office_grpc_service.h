#pragma once

#include <spdlog/spdlog.h>

#include <memory>

#include "app/auth_service.h"
#include "app/office_service.h"
#include "audientia/v1/offices.grpc.pb.h"

namespace audientia::api {

class OfficeGrpcService final : public v1::OfficeService::Service {
 public:
  OfficeGrpcService(app::AuthService& auth, app::OfficeService& offices,
                    std::shared_ptr<spdlog::logger> log)
      : auth_(auth), offices_(offices), log_(std::move(log)) {}

  grpc::Status CreateOffice(grpc::ServerContext* context, const v1::CreateOfficeRequest* request,
                            v1::CreateOfficeResponse* response) override;
  grpc::Status ListOffices(grpc::ServerContext* context, const v1::ListOfficesRequest* request,
                           v1::ListOfficesResponse* response) override;

 private:
  app::AuthService& auth_;
  app::OfficeService& offices_;
  std::shared_ptr<spdlog::logger> log_;
};

}  // namespace audientia::api
