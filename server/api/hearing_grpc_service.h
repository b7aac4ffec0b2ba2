#pragma once

#include "api/call_support.h"
#include "app/hearings/hearing_service.h"
#include "audientia/v1/hearings.grpc.pb.h"

namespace audientia::api {

class HearingGrpcService final : public v1::HearingService::Service {
 public:
  HearingGrpcService(CallGate& gate, app::HearingService& hearings)
      : gate_(gate), hearings_(hearings) {}

  grpc::Status CreateHearing(grpc::ServerContext* context, const v1::CreateHearingRequest* request,
                             v1::CreateHearingResponse* response) override;
  grpc::Status GetHearing(grpc::ServerContext* context, const v1::GetHearingRequest* request,
                          v1::GetHearingResponse* response) override;
  grpc::Status ListHearings(grpc::ServerContext* context, const v1::ListHearingsRequest* request,
                            v1::ListHearingsResponse* response) override;

 private:
  CallGate& gate_;
  app::HearingService& hearings_;
};

}  // namespace audientia::api
