#pragma once

#include "api/call_support.h"
#include "app/keeping/maintenance_service.h"
#include "audientia/v1/maintenance.grpc.pb.h"

namespace audientia::api {

class MaintenanceGrpcService final : public v1::MaintenanceService::Service {
 public:
  MaintenanceGrpcService(CallGate& gate, app::MaintenanceService& maintenance)
      : gate_(gate), maintenance_(maintenance) {}

  grpc::Status RunFixity(grpc::ServerContext* context, const v1::RunFixityRequest* request,
                         v1::RunFixityResponse* response) override;
  grpc::Status GetFixityStatus(grpc::ServerContext* context,
                               const v1::GetFixityStatusRequest* request,
                               v1::GetFixityStatusResponse* response) override;
  grpc::Status ListAlerts(grpc::ServerContext* context, const v1::ListAlertsRequest* request,
                          v1::ListAlertsResponse* response) override;
  grpc::Status AcknowledgeAlert(grpc::ServerContext* context,
                                const v1::AcknowledgeAlertRequest* request,
                                v1::Alert* response) override;
  grpc::Status ListJobs(grpc::ServerContext* context, const v1::ListJobsRequest* request,
                        v1::ListJobsResponse* response) override;
  grpc::Status RetryJob(grpc::ServerContext* context, const v1::RetryJobRequest* request,
                        v1::Job* response) override;

 private:
  CallGate& gate_;
  app::MaintenanceService& maintenance_;
};

}  // namespace audientia::api
