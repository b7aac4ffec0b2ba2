#include "api/maintenance_grpc_service.h"

#include "api/keeping_mapping.h"

namespace audientia::api {

grpc::Status MaintenanceGrpcService::RunFixity(grpc::ServerContext* context,
                                               const v1::RunFixityRequest* request,
                                               v1::RunFixityResponse* response) {
  return runCall(gate_, "/audientia.v1.MaintenanceService/RunFixity", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("job", {}, {});
                   AUDIENTIA_TRY(domain::Job job, maintenance_.runFixity());
                   call.audit.objectId = std::to_string(job.id);
                   toProto(job, response->mutable_job());
                   return ok();
                 });
}

grpc::Status MaintenanceGrpcService::GetFixityStatus(grpc::ServerContext* context,
                                                     const v1::GetFixityStatusRequest* request,
                                                     v1::GetFixityStatusResponse* response) {
  return runCall(gate_, "/audientia.v1.MaintenanceService/GetFixityStatus", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("fixity", {}, {});
                   AUDIENTIA_TRY(auto status, maintenance_.fixityStatus(request->runs()));
                   toProto(status, response);
                   return ok();
                 });
}

grpc::Status MaintenanceGrpcService::ListAlerts(grpc::ServerContext* context,
                                                const v1::ListAlertsRequest* request,
                                                v1::ListAlertsResponse* response) {
  return runCall(gate_, "/audientia.v1.MaintenanceService/ListAlerts", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("alert", {}, {});
                   AUDIENTIA_TRY(auto alerts,
                                 maintenance_.listAlerts(request->include_acknowledged()));
                   for (const auto& alert : alerts) toProto(alert, response->add_alerts());
                   return ok();
                 });
}

grpc::Status MaintenanceGrpcService::AcknowledgeAlert(grpc::ServerContext* context,
                                                      const v1::AcknowledgeAlertRequest* request,
                                                      v1::Alert* response) {
  return runCall(gate_, "/audientia.v1.MaintenanceService/AcknowledgeAlert", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("alert", std::to_string(request->alert_id()), {});
                   AUDIENTIA_TRY(auto alert,
                                 maintenance_.acknowledgeAlert(call.user(), request->alert_id()));
                   call.audit.details.emplace_back("kind", alert.kind);
                   call.audit.details.emplace_back("subject", alert.subject);
                   toProto(alert, response);
                   return ok();
                 });
}

grpc::Status MaintenanceGrpcService::ListJobs(grpc::ServerContext* context,
                                              const v1::ListJobsRequest* request,
                                              v1::ListJobsResponse* response) {
  return runCall(gate_, "/audientia.v1.MaintenanceService/ListJobs", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("job", {}, {});
                   AUDIENTIA_TRY(auto jobs, maintenance_.listJobs(fromProto(request->state()),
                                                                  request->limit()));
                   for (const auto& job : jobs) toProto(job, response->add_jobs());
                   return ok();
                 });
}

grpc::Status MaintenanceGrpcService::RetryJob(grpc::ServerContext* context,
                                              const v1::RetryJobRequest* request,
                                              v1::Job* response) {
  return runCall(gate_, "/audientia.v1.MaintenanceService/RetryJob", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("job", std::to_string(request->job_id()), {});
                   AUDIENTIA_TRY(auto job, maintenance_.retryJob(request->job_id()));
                   call.audit.details.emplace_back("kind", job.kind);
                   call.audit.details.emplace_back("subject", job.subject);
                   toProto(job, response);
                   return ok();
                 });
}

}  // namespace audientia::api
