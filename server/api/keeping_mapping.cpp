#include "api/keeping_mapping.h"

#include "api/proto_mapping.h"

namespace audientia::api {
namespace {

std::int64_t optionalUnixMs(const std::optional<domain::Timestamp>& time) {
  return time ? api::toUnixMs(*time) : 0;
}

}  // namespace

v1::JobState toProto(domain::JobState state) {
  switch (state) {
    case domain::JobState::kQueued:
      return v1::JOB_STATE_QUEUED;
    case domain::JobState::kRunning:
      return v1::JOB_STATE_RUNNING;
    case domain::JobState::kDone:
      return v1::JOB_STATE_DONE;
    case domain::JobState::kFailed:
      return v1::JOB_STATE_FAILED;
    case domain::JobState::kUnspecified:
      break;
  }
  return v1::JOB_STATE_UNSPECIFIED;
}

domain::JobState fromProto(v1::JobState state) {
  switch (state) {
    case v1::JOB_STATE_QUEUED:
      return domain::JobState::kQueued;
    case v1::JOB_STATE_RUNNING:
      return domain::JobState::kRunning;
    case v1::JOB_STATE_DONE:
      return domain::JobState::kDone;
    case v1::JOB_STATE_FAILED:
      return domain::JobState::kFailed;
    default:
      return domain::JobState::kUnspecified;
  }
}

void toProto(const domain::Job& job, v1::Job* out) {
  out->set_id(job.id);
  out->set_kind(job.kind);
  out->set_subject(job.subject);
  out->set_state(toProto(job.state));
  out->set_attempts(job.attempts);
  out->set_max_attempts(job.maxAttempts);
  out->set_run_after_unix_ms(api::toUnixMs(job.runAfter));
  out->set_last_error(job.lastError);
  out->set_created_at_unix_ms(api::toUnixMs(job.createdAt));
  out->set_finished_at_unix_ms(optionalUnixMs(job.finishedAt));
}

void toProto(const domain::FixityRun& run, v1::FixityRun* out) {
  out->set_id(run.id);
  out->set_started_at_unix_ms(api::toUnixMs(run.startedAt));
  out->set_finished_at_unix_ms(optionalUnixMs(run.finishedAt));
  out->set_objects_checked(run.objectsChecked);
  out->set_bytes_checked(run.bytesChecked);
  out->set_mismatches(run.mismatches);
  out->set_missing(run.missing);
  out->set_error(run.error);
}

void toProto(const domain::FixityCheck& check, const domain::FixityTarget& target,
             v1::FixityFailure* out) {
  out->set_sha256(check.sha256);
  out->set_actual_sha256(check.actualSha256);
  out->set_recording_id(target.recordingId);
  out->set_file_name(target.fileName);
  out->set_checked_at_unix_ms(api::toUnixMs(check.checkedAt));
  out->set_error(check.error);
}

void toProto(const app::FixityStatus& status, v1::GetFixityStatusResponse* out) {
  for (const auto& run : status.runs) toProto(run, out->add_runs());
  for (const auto& [check, target] : status.failures) toProto(check, target, out->add_failures());
  out->set_objects_total(status.summary.objectsTotal);
  out->set_objects_never_checked(status.summary.objectsNeverChecked);
  out->set_open_alerts(status.summary.openAlerts);
}

void toProto(const domain::Alert& alert, v1::Alert* out) {
  out->set_id(alert.id);
  out->set_kind(alert.kind);
  out->set_subject(alert.subject);
  out->set_recording_id(alert.recordingId);
  out->set_detail(alert.detail);
  out->set_created_at_unix_ms(api::toUnixMs(alert.createdAt));
  out->set_acknowledged_by(alert.acknowledgedBy);
  out->set_acknowledged_at_unix_ms(optionalUnixMs(alert.acknowledgedAt));
}

void toProto(const domain::RetentionPolicy& policy, v1::RetentionPolicy* out) {
  out->set_id(policy.id);
  out->set_office_id(policy.officeId);
  out->set_hearing_kind(api::toProto(policy.hearingKind));
  out->set_retain_days(policy.retainDays);
  out->set_created_by(policy.createdBy);
  out->set_updated_at_unix_ms(api::toUnixMs(policy.updatedAt));
}

void toProto(const domain::LegalHold& hold, v1::LegalHold* out) {
  out->set_id(hold.id);
  out->set_hearing_id(hold.hearingId);
  out->set_reason(hold.reason);
  out->set_placed_by(hold.placedBy);
  out->set_placed_at_unix_ms(api::toUnixMs(hold.placedAt));
  out->set_released_by(hold.releasedBy);
  out->set_released_at_unix_ms(optionalUnixMs(hold.releasedAt));
  out->set_release_reason(hold.releaseReason);
}

void toProto(const app::DeletedHearingReport& deleted, v1::DeletedHearing* out) {
  out->set_hearing_id(deleted.hearingId);
  out->set_case_number(deleted.caseNumber);
  out->set_policy_id(deleted.policyId);
  out->set_expired_at_unix_ms(api::toUnixMs(deleted.expiredAt));
  out->set_audit_seq(deleted.auditSeq);
}

}  // namespace audientia::api
