#include "app/keeping/maintenance_service.h"

namespace audientia::app {
namespace {

constexpr int kFailuresShown = 100;

}  // namespace

Expected<domain::Job> MaintenanceService::runFixity() {
  domain::NewJob job;
  job.kind = domain::kJobFixitySweep;
  job.payloadJson = R"({"manual":true})";
  AUDIENTIA_TRY(domain::Job queued, jobs_.enqueue(job));
  if (onEnqueued_) onEnqueued_();
  return queued;
}

Expected<FixityStatus> MaintenanceService::fixityStatus(int runs) {
  if (runs < 0 || runs > 100) {
    return invalidArgument("runs must be from 1 to 100 (0 for the default of 5), got " +
                           std::to_string(runs));
  }
  FixityStatus status;
  AUDIENTIA_TRY(status.runs, fixity_.recentRuns(runs == 0 ? 5 : runs));
  AUDIENTIA_TRY(status.failures, fixity_.failures(kFailuresShown));
  AUDIENTIA_TRY(status.summary, fixity_.summary());
  return status;
}

Expected<std::vector<domain::Alert>> MaintenanceService::listAlerts(bool includeAcknowledged) {
  return alerts_.list(includeAcknowledged, 1000);
}

Expected<domain::Alert> MaintenanceService::acknowledgeAlert(const domain::User& caller,
                                                             std::int64_t alertId) {
  if (alertId <= 0) return invalidArgument("alert_id must be a positive number");
  auto acknowledged = alerts_.acknowledge(alertId, caller.id);
  if (!acknowledged && acknowledged.error().code() == ErrorCode::kNotFound) {
    return notFound("alert " + std::to_string(alertId) + " does not exist");
  }
  return acknowledged;
}

Expected<std::vector<domain::Job>> MaintenanceService::listJobs(domain::JobState state, int limit) {
  if (limit < 0 || limit > 1000) {
    return invalidArgument("limit must be from 1 to 1000 (0 for the default of 100), got " +
                           std::to_string(limit));
  }
  return jobs_.list(state, limit == 0 ? 100 : limit);
}

Expected<domain::Job> MaintenanceService::retryJob(std::int64_t jobId) {
  if (jobId <= 0) return invalidArgument("job_id must be a positive number");
  auto retried = jobs_.retry(jobId);
  if (!retried) {
    if (retried.error().code() == ErrorCode::kNotFound) {
      return notFound("job " + std::to_string(jobId) + " does not exist");
    }
    return retried.error();
  }
  if (onEnqueued_) onEnqueued_();
  return retried;
}

}  // namespace audientia::app
