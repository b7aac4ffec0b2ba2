#pragma once

// Keeping calls (MaintenanceService, RetentionService): fixity, alerts, jobs, retention policies
// and legal holds; admins, auditors read fixity and alerts. One part of ApiClient (api_client.h
// says how to create one, and its threads, deadlines and errors).

#include <cstdint>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/v1/maintenance.pb.h"
#include "audientia/v1/retention.pb.h"

namespace audientia::client {

class KeepingApi {
 public:
  virtual ~KeepingApi() = default;

  virtual Expected<v1::Job> runFixity() = 0;
  virtual Expected<v1::GetFixityStatusResponse> getFixityStatus(int runs) = 0;
  virtual Expected<std::vector<v1::Alert>> listAlerts(bool includeAcknowledged) = 0;
  virtual Expected<v1::Alert> acknowledgeAlert(std::int64_t alertId) = 0;
  virtual Expected<std::vector<v1::Job>> listJobs(v1::JobState state, int limit) = 0;
  virtual Expected<v1::Job> retryJob(std::int64_t jobId) = 0;

  virtual Expected<v1::RetentionPolicy> setRetentionPolicy(
      const v1::SetRetentionPolicyRequest& request) = 0;
  virtual Expected<std::vector<v1::RetentionPolicy>> listRetentionPolicies() = 0;
  virtual Status deleteRetentionPolicy(const std::string& policyId) = 0;
  virtual Expected<v1::LegalHold> placeLegalHold(const std::string& hearingId,
                                                 const std::string& reason) = 0;
  virtual Expected<v1::LegalHold> releaseLegalHold(const std::string& hearingId,
                                                   const std::string& reason) = 0;
  virtual Expected<std::vector<v1::LegalHold>> listLegalHolds(const std::string& hearingId,
                                                              bool includeReleased) = 0;
  virtual Expected<v1::RunRetentionResponse> runRetention() = 0;
};

}  // namespace audientia::client
