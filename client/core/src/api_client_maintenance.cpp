// GrpcApiClient: maintenance (jobs, fixity, alerts) and retention (policies, legal holds).

#include "grpc_api_client.h"

namespace audientia::client::detail {

Expected<v1::Job> GrpcApiClient::runFixity() {
  AUDIENTIA_TRY(auto response,
                unary<v1::RunFixityResponse>(v1::RunFixityRequest(), Auth::kBearer,
                                             [this](auto* context, const auto& req, auto* resp) {
                                               return maintenance_->RunFixity(context, req, resp);
                                             }));
  return std::move(*response.mutable_job());
}

Expected<v1::GetFixityStatusResponse> GrpcApiClient::getFixityStatus(int runs) {
  v1::GetFixityStatusRequest request;
  request.set_runs(runs);
  return unary<v1::GetFixityStatusResponse>(
      request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
        return maintenance_->GetFixityStatus(context, req, resp);
      });
}

Expected<std::vector<v1::Alert>> GrpcApiClient::listAlerts(bool includeAcknowledged) {
  v1::ListAlertsRequest request;
  request.set_include_acknowledged(includeAcknowledged);
  AUDIENTIA_TRY(auto response,
                unary<v1::ListAlertsResponse>(request, Auth::kBearer,
                                              [this](auto* context, const auto& req, auto* resp) {
                                                return maintenance_->ListAlerts(context, req, resp);
                                              }));
  return std::vector<v1::Alert>(std::make_move_iterator(response.mutable_alerts()->begin()),
                                std::make_move_iterator(response.mutable_alerts()->end()));
}

Expected<v1::Alert> GrpcApiClient::acknowledgeAlert(std::int64_t alertId) {
  v1::AcknowledgeAlertRequest request;
  request.set_alert_id(alertId);
  return unary<v1::Alert>(request, Auth::kBearer,
                          [this](auto* context, const auto& req, auto* resp) {
                            return maintenance_->AcknowledgeAlert(context, req, resp);
                          });
}

Expected<std::vector<v1::Job>> GrpcApiClient::listJobs(v1::JobState state, int limit) {
  v1::ListJobsRequest request;
  request.set_state(state);
  request.set_limit(limit);
  AUDIENTIA_TRY(auto response,
                unary<v1::ListJobsResponse>(request, Auth::kBearer,
                                            [this](auto* context, const auto& req, auto* resp) {
                                              return maintenance_->ListJobs(context, req, resp);
                                            }));
  return std::vector<v1::Job>(std::make_move_iterator(response.mutable_jobs()->begin()),
                              std::make_move_iterator(response.mutable_jobs()->end()));
}

Expected<v1::Job> GrpcApiClient::retryJob(std::int64_t jobId) {
  v1::RetryJobRequest request;
  request.set_job_id(jobId);
  return unary<v1::Job>(request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
    return maintenance_->RetryJob(context, req, resp);
  });
}

Expected<v1::RetentionPolicy> GrpcApiClient::setRetentionPolicy(
    const v1::SetRetentionPolicyRequest& request) {
  return unary<v1::RetentionPolicy>(request, Auth::kBearer,
                                    [this](auto* context, const auto& req, auto* resp) {
                                      return retention_->SetRetentionPolicy(context, req, resp);
                                    });
}

Expected<std::vector<v1::RetentionPolicy>> GrpcApiClient::listRetentionPolicies() {
  AUDIENTIA_TRY(auto response, unary<v1::ListRetentionPoliciesResponse>(
                                   v1::ListRetentionPoliciesRequest(), Auth::kBearer,
                                   [this](auto* context, const auto& req, auto* resp) {
                                     return retention_->ListRetentionPolicies(context, req, resp);
                                   }));
  return std::vector<v1::RetentionPolicy>(
      std::make_move_iterator(response.mutable_policies()->begin()),
      std::make_move_iterator(response.mutable_policies()->end()));
}

Status GrpcApiClient::deleteRetentionPolicy(const std::string& policyId) {
  v1::DeleteRetentionPolicyRequest request;
  request.set_policy_id(policyId);
  auto response = unary<v1::DeleteRetentionPolicyResponse>(
      request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
        return retention_->DeleteRetentionPolicy(context, req, resp);
      });
  if (!response) return std::move(response).error();
  return ok();
}

Expected<v1::LegalHold> GrpcApiClient::placeLegalHold(const std::string& hearingId,
                                                      const std::string& reason) {
  v1::PlaceLegalHoldRequest request;
  request.set_hearing_id(hearingId);
  request.set_reason(reason);
  return unary<v1::LegalHold>(request, Auth::kBearer,
                              [this](auto* context, const auto& req, auto* resp) {
                                return retention_->PlaceLegalHold(context, req, resp);
                              });
}

Expected<v1::LegalHold> GrpcApiClient::releaseLegalHold(const std::string& hearingId,
                                                        const std::string& reason) {
  v1::ReleaseLegalHoldRequest request;
  request.set_hearing_id(hearingId);
  request.set_reason(reason);
  return unary<v1::LegalHold>(request, Auth::kBearer,
                              [this](auto* context, const auto& req, auto* resp) {
                                return retention_->ReleaseLegalHold(context, req, resp);
                              });
}

Expected<std::vector<v1::LegalHold>> GrpcApiClient::listLegalHolds(const std::string& hearingId,
                                                                   bool includeReleased) {
  v1::ListLegalHoldsRequest request;
  request.set_hearing_id(hearingId);
  request.set_include_released(includeReleased);
  AUDIENTIA_TRY(auto response,
                unary<v1::ListLegalHoldsResponse>(
                    request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                      return retention_->ListLegalHolds(context, req, resp);
                    }));
  return std::vector<v1::LegalHold>(std::make_move_iterator(response.mutable_holds()->begin()),
                                    std::make_move_iterator(response.mutable_holds()->end()));
}

Expected<v1::RunRetentionResponse> GrpcApiClient::runRetention() {
  // Deleting expired hearings can take a while: no unary deadline.
  grpc::ClientContext context;
  prepare(context, Auth::kBearer, Deadline::kNone);
  v1::RunRetentionResponse response;
  const grpc::Status status =
      retention_->RunRetention(&context, v1::RunRetentionRequest(), &response);
  if (!status.ok()) return mapped(status);
  return response;
}

}  // namespace audientia::client::detail
