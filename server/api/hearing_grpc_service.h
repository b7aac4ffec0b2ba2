#pragma once

#include <spdlog/spdlog.h>

#include <memory>

#include "app/auth_service.h"
#include "app/hearing_service.h"
#include "audientia/v1/hearings.grpc.pb.h"

namespace audientia::api {

class HearingGrpcService final : public v1::HearingService::Service {
 public:
  HearingGrpcService(app::AuthService& auth, app::HearingService& hearings,
                     std::shared_ptr<spdlog::logger> log)
      : auth_(auth), hearings_(hearings), log_(std::move(log)) {}

  grpc::Status CreateHearing(grpc::ServerContext* context, const v1::CreateHearingRequest* request,
                             v1::CreateHearingResponse* response) override;
  grpc::Status GetHearing(grpc::ServerContext* context, const v1::GetHearingRequest* request,
                          v1::GetHearingResponse* response) override;
  grpc::Status ListHearings(grpc::ServerContext* context, const v1::ListHearingsRequest* request,
                            v1::ListHearingsResponse* response) override;

 private:
  app::AuthService& auth_;
  app::HearingService& hearings_;
  std::shared_ptr<spdlog::logger> log_;
};

}  // namespace audientia::api
