#include "app/keeping/retention_service.h"

#include <ctime>
#include <nlohmann/json.hpp>
#include <set>

#include "app/hearings/recording_service.h"
#include "domain/rules.h"

namespace audientia::app {
namespace {

constexpr int kMinRetainDays = 1;
constexpr int kMaxRetainDays = 36500;
constexpr std::size_t kMaxReasonChars = 1000;
constexpr int kExpiredBatch = 500;

std::string isoTime(domain::Timestamp time) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
  std::tm utc{};
  ::gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// The content of the deletion certificate: enough to say, years later, what was destroyed and
// why, and to match it against any copy by digest. No evidence content, no participants.
std::string certificate(const domain::ExpiredHearing& expired,
                        const domain::DeletionRecord& deleted, domain::Timestamp deletedAt,
                        std::size_t objectsRemoved) {
  const auto& hearing = deleted.hearing;
  nlohmann::json recordings = nlohmann::json::array();
  for (const auto& entry : deleted.recordings) {
    const auto& recording = entry.recording;
    nlohmann::json files = nlohmann::json::array();
    for (const auto& file : recording.files) {
      files.push_back({{"role", fileRoleName(file.role)},
                       {"sequence", file.sequence},
                       {"name", file.fileName},
                       {"size_bytes", file.sizeBytes},
                       {"sha256", file.sha256}});
    }
    recordings.push_back({{"recording_id", recording.id},
                          {"file_name", recording.fileName},
                          {"size_bytes", recording.sizeBytes},
                          {"sha256", recording.sha256},
                          {"files", std::move(files)}});
  }
  nlohmann::json details = {
      {"policy_id", expired.policy.id},
      {"policy_office_id", expired.policy.officeId},
      {"policy_hearing_kind", std::string(domain::hearingKindName(expired.policy.hearingKind))},
      {"retain_days", expired.policy.retainDays},
      {"hearing_id", hearing.id},
      {"case_number", hearing.caseNumber},
      {"kind", std::string(domain::hearingKindName(hearing.kind))},
      {"created_at", isoTime(hearing.createdAt)},
      {"expired_at", isoTime(expired.expiredAt)},
      {"deleted_at", isoTime(deletedAt)},
      {"recordings", std::move(recordings)},
      {"objects_removed", objectsRemoved}};
  return details.dump();
}

Status validateReason(const std::string& reason) {
  return domain::requireText("reason", reason, kMaxReasonChars);
}

}  // namespace

Status RetentionService::requireRootAdmin(const domain::User& caller, Action action) {
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(action)));
  AUDIENTIA_TRY(domain::Office office, offices_.get(caller.officeId));
  if (office.parentId) {
    return Error(ErrorCode::kPermissionDenied,
                 "a retention policy for every office can only be managed by an administrator "
                 "of a root office; " +
                     caller.username + " belongs to " + office.name +
                     ": give office_id for a policy of an office in your subtree");
  }
  return ok();
}

Status RetentionService::authorizePolicyScope(const domain::User& caller, Action action,
                                              const std::string& officeId,
                                              const std::string& missing) {
  if (officeId.empty()) return requireRootAdmin(caller, action);
  return authorizeObject(caller, action, officeId, offices_, missing);
}

Expected<domain::RetentionPolicy> RetentionService::setPolicy(const domain::User& caller,
                                                              const std::string& officeId,
                                                              domain::HearingKind kind,
                                                              int retainDays) {
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(Action::kSetRetentionPolicy)));
  if (retainDays < kMinRetainDays || retainDays > kMaxRetainDays) {
    return invalidArgument("retain_days must be from 1 to 36500, got " +
                           std::to_string(retainDays));
  }
  if (officeId.empty() && kind == domain::HearingKind::kUnspecified) {
    return invalidArgument(
        "a retention policy needs office_id, hearing_kind or both (a policy for everything "
        "would delete every hearing)");
  }
  if (!officeId.empty()) AUDIENTIA_TRY_STATUS(domain::validateId("office_id", officeId));
  AUDIENTIA_TRY_STATUS(authorizePolicyScope(caller, Action::kSetRetentionPolicy, officeId,
                                            "office " + officeId + " does not exist"));
  domain::RetentionPolicy policy;
  policy.officeId = officeId;
  policy.hearingKind = kind;
  policy.retainDays = retainDays;
  policy.createdBy = caller.id;
  return retention_.setPolicy(policy);
}

Expected<std::vector<domain::RetentionPolicy>> RetentionService::listPolicies(
    const domain::User& caller) {
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(Action::kListRetentionPolicies)));
  return retention_.listPolicies();
}

Status RetentionService::deletePolicy(const domain::User& caller, const std::string& policyId,
                                      domain::RetentionPolicy* deleted) {
  AUDIENTIA_TRY_STATUS(domain::validateId("policy_id", policyId));
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(Action::kDeleteRetentionPolicy)));
  const std::string missing = "retention policy " + policyId + " does not exist";
  auto policy = retention_.getPolicy(policyId);
  if (!policy) {
    if (isMissing(policy.error())) return notFound(missing);
    return policy.error();
  }
  AUDIENTIA_TRY_STATUS(
      authorizePolicyScope(caller, Action::kDeleteRetentionPolicy, policy->officeId, missing));
  if (deleted) *deleted = *policy;
  return retention_.deletePolicy(policyId);
}

Expected<domain::LegalHold> RetentionService::placeHold(const domain::User& caller,
                                                        const std::string& hearingId,
                                                        const std::string& reason,
                                                        std::string* officeId) {
  AUDIENTIA_TRY(domain::Hearing hearing,
                hearings_.find(caller, hearingId, Action::kPlaceLegalHold));
  if (officeId) *officeId = hearing.officeId;
  AUDIENTIA_TRY_STATUS(validateReason(reason));
  auto hold = retention_.placeHold(hearing.id, reason, caller.id);
  if (!hold && hold.error().code() == ErrorCode::kAlreadyExists) {
    return Error(ErrorCode::kAlreadyExists,
                 "hearing " + hearing.id + " is already under a legal hold");
  }
  return hold;
}

Expected<domain::LegalHold> RetentionService::releaseHold(const domain::User& caller,
                                                          const std::string& hearingId,
                                                          const std::string& reason,
                                                          std::string* officeId) {
  AUDIENTIA_TRY(domain::Hearing hearing,
                hearings_.find(caller, hearingId, Action::kReleaseLegalHold));
  if (officeId) *officeId = hearing.officeId;
  AUDIENTIA_TRY_STATUS(validateReason(reason));
  auto hold = retention_.releaseHold(hearing.id, reason, caller.id);
  if (!hold && hold.error().code() == ErrorCode::kNotFound) {
    return notFound("hearing " + hearing.id + " has no active legal hold");
  }
  return hold;
}

Expected<std::vector<domain::LegalHold>> RetentionService::listHolds(const domain::User& caller,
                                                                     const std::string& hearingId,
                                                                     bool includeReleased) {
  if (!hearingId.empty()) {
    AUDIENTIA_TRY(domain::Hearing hearing,
                  hearings_.find(caller, hearingId, Action::kListLegalHolds));
    return retention_.listHolds(hearing.id, includeReleased);
  }
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(Action::kListLegalHolds)));
  AUDIENTIA_TRY(auto holds, retention_.listHolds({}, includeReleased));
  // Only holds on hearings the caller could see.
  std::vector<domain::LegalHold> visible;
  for (auto& hold : holds) {
    auto hearing = hearings_.find(caller, hold.hearingId, Action::kListLegalHolds);
    if (!hearing) {
      if (isMissing(hearing.error())) continue;
      return hearing.error();
    }
    visible.push_back(std::move(hold));
  }
  return visible;
}

Expected<DeletedHearingReport> RetentionService::deleteExpired(
    const domain::ExpiredHearing& expired, const std::optional<domain::User>& actor) {
  AUDIENTIA_TRY(domain::DeletionRecord deleted, retention_.deleteHearing(expired.hearing.id));
  const auto deletedAt = clock_.now();
  domain::NewAuditEvent event;
  if (actor) {
    event.actorId = actor->id;
    event.actorUsername = actor->username;
  } else {
    event.actorUsername = "system";
  }
  event.action = "retention.delete";
  event.objectType = "hearing";
  event.objectId = deleted.hearing.id;
  event.officeId = deleted.hearing.officeId;
  event.outcome = domain::AuditOutcome::kSuccess;
  event.detailsJson = certificate(expired, deleted, deletedAt, deleted.unreferencedKeys.size());
  // The certificate goes in before any byte is removed: bytes without metadata are only
  // orphans, bytes removed without a certificate would be an unexplained loss.
  AUDIENTIA_TRY(domain::AuditEvent appended, audit_.append(event));
  for (const auto& key : deleted.unreferencedKeys) {
    // Objects are content-addressed: an upload of the same bytes may have taken the key up
    // again since the hearing's rows went. Such an object stays; the key's lock keeps one from
    // doing so between the check and the removal.
    auto keyLock = keyLocks_.lock(key);
    if (!keyLock) {
      log_->error("retention: locking object {} of deleted hearing {}: {}; kept", key,
                  deleted.hearing.id, keyLock.error().toString());
      continue;
    }
    auto referenced = recordings_.keyReferenced(key);
    if (!referenced || *referenced) {
      if (!referenced) {
        log_->error("retention: checking object {} of deleted hearing {}: {}; kept", key,
                    deleted.hearing.id, referenced.error().toString());
      }
      continue;
    }
    if (auto removed = store_.remove(key); !removed) {
      log_->error("retention: removing object {} of deleted hearing {}: {}", key,
                  deleted.hearing.id, removed.error().toString());
    }
  }
  log_->info("retention: deleted hearing {} ({}) under policy {}; certificate at audit seq {}",
             deleted.hearing.id, deleted.hearing.caseNumber, expired.policy.id, appended.seq);
  return DeletedHearingReport{deleted.hearing.id, deleted.hearing.caseNumber, expired.policy.id,
                              expired.expiredAt, appended.seq};
}

Expected<RetentionSweepResult> RetentionService::sweep(const std::optional<domain::User>& actor) {
  if (actor) AUDIENTIA_TRY_STATUS(authorizeCall(*actor, ruleFor(Action::kRunRetention)));
  const auto now = clock_.now();
  RetentionSweepResult result;
  std::set<std::string> seen;
  for (;;) {
    AUDIENTIA_TRY(auto batch, retention_.expired(now, kExpiredBatch));
    bool progress = false;
    for (const auto& expired : batch) {
      if (!seen.insert(expired.hearing.id).second) continue;
      progress = true;
      if (expired.underHold) {
        ++result.keptUnderHold;
        continue;
      }
      auto deleted = deleteExpired(expired, actor);
      if (!deleted) {
        // A hold placed since the hearing was listed: the database refused, as it must.
        if (deleted.error().code() == ErrorCode::kFailedPrecondition) {
          ++result.keptUnderHold;
          continue;
        }
        return deleted.error();
      }
      result.deleted.push_back(std::move(*deleted));
    }
    if (!progress) break;
  }
  return result;
}

Status RetentionService::runJob(const domain::Job&) {
  AUDIENTIA_TRY(auto result, sweep(std::nullopt));
  (void)result;
  return ok();
}

}  // namespace audientia::app
