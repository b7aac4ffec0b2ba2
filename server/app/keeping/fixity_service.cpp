#include "app/keeping/fixity_service.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>
#include <vector>

#include "app/common/object_chunks.h"
#include "audientia/base/sha256.h"

namespace audientia::app {

// A token bucket of one second's worth of bytes: reading may burst up to that, then waits
// for the bucket to refill at the configured rate.
class RateLimiter {
 public:
  explicit RateLimiter(std::int64_t bytesPerSecond)
      : rate_(bytesPerSecond),
        tokens_(static_cast<double>(bytesPerSecond)),
        last_(std::chrono::steady_clock::now()) {}

  void take(std::int64_t bytes) {
    if (rate_ <= 0) return;
    refill();
    tokens_ -= static_cast<double>(bytes);
    if (tokens_ < 0) {
      std::this_thread::sleep_for(
          std::chrono::duration<double>(-tokens_ / static_cast<double>(rate_)));
      refill();
    }
  }

 private:
  void refill() {
    auto now = std::chrono::steady_clock::now();
    tokens_ = std::min(
        static_cast<double>(rate_),
        tokens_ + std::chrono::duration<double>(now - last_).count() * static_cast<double>(rate_));
    last_ = now;
  }
  std::int64_t rate_;
  double tokens_;
  std::chrono::steady_clock::time_point last_;
};

FixityService::Hashed FixityService::rehash(const std::string& key, RateLimiter& limiter) {
  Hashed result;
  auto reader = store_.openReader(key);
  if (!reader) {
    result.error = reader.error();
    return result;
  }
  Sha256 hash;
  std::vector<std::byte> buffer(1 << 20);
  auto read = forEachChunk(**reader, buffer, [&](std::span<const std::byte> chunk) {
    limiter.take(static_cast<std::int64_t>(chunk.size()));
    hash.update(chunk);
    result.bytes += static_cast<std::int64_t>(chunk.size());
    return ok();
  });
  if (!read) {
    result.error = read.error();
    return result;
  }
  result.sha256 = toHex(hash.finish());
  return result;
}

Status FixityService::reportFailure(const domain::FixityTarget& target,
                                    const domain::FixityCheck& check, bool missing) {
  const std::string what = "object " + target.sha256 + " (file " + target.fileName +
                           " of recording " + target.recordingId + ")";
  domain::NewAlert alert;
  alert.kind = missing ? domain::kAlertFixityMissing : domain::kAlertFixityMismatch;
  alert.subject = target.sha256;
  alert.recordingId = target.recordingId;
  alert.detail = missing ? what + " cannot be read from the media store: " + check.error
                         : what + " now hashes to " + check.actualSha256;
  bool created = false;
  AUDIENTIA_TRY(auto raised, alerts_.raise(alert, &created));
  (void)raised;
  // An alert still open was already reported to the trail by the sweep that raised it.
  if (!created) return ok();

  domain::NewAuditEvent event;
  event.actorUsername = "system";
  event.action = missing ? "fixity.missing" : "fixity.mismatch";
  event.objectType = "recording";
  event.objectId = target.recordingId;
  if (auto recording = recordings_.get(target.recordingId)) {
    if (auto hearing = hearings_.get(recording->hearingId)) event.officeId = hearing->officeId;
  }
  event.outcome = domain::AuditOutcome::kFailure;
  nlohmann::json details = {{"expected_sha256", target.sha256},
                            {"actual_sha256", check.actualSha256},
                            {"file_name", target.fileName},
                            {"size_bytes", target.sizeBytes}};
  if (!check.error.empty()) details["error"] = check.error;
  event.detailsJson = details.dump();
  AUDIENTIA_TRY(auto appended, audit_.append(event));
  (void)appended;
  return ok();
}

Expected<domain::FixityRun> FixityService::sweep(std::int64_t jobId, Trigger trigger) {
  AUDIENTIA_TRY(domain::FixityRun run, fixity_.startRun(jobId));
  const auto started = clock_.now();
  // A scheduled sweep takes what was checked a little less than an interval ago too: the
  // previous sweep, one interval back, took time itself, and its objects are due again now.
  const auto checkedBefore =
      trigger == Trigger::kManual ? started : started - options_.interval * 9 / 10;
  RateLimiter limiter(options_.bytesPerSecond);
  std::set<std::string> seen;  // each object once per sweep, whatever the clock does
  Status status = ok();
  for (bool more = true; more && status;) {
    auto due = fixity_.due(checkedBefore, options_.batchSize);
    if (!due) {
      status = due.error();
      break;
    }
    more = false;
    for (const auto& target : *due) {
      if (!seen.insert(target.sha256).second) continue;
      more = true;
      Hashed hashed = rehash(target.sha256, limiter);
      domain::FixityCheck check;
      check.sha256 = target.sha256;
      check.checkedAt = clock_.now();
      check.actualSha256 = hashed.sha256;
      check.ok = hashed.sha256 == target.sha256;
      check.runId = run.id;
      if (!hashed.sha256.empty() && !check.ok) {
        check.error = "stored bytes hash to " + hashed.sha256;
      } else if (hashed.sha256.empty()) {
        check.error = hashed.error.message();
      }
      ++run.objectsChecked;
      run.bytesChecked += hashed.bytes;
      if (auto recorded = fixity_.record(check); !recorded) {
        status = recorded.error();
        break;
      }
      if (check.ok) continue;
      // Unreadable counts as missing: either way the recorded bytes cannot be produced.
      const bool missing = hashed.sha256.empty();
      ++(missing ? run.missing : run.mismatches);
      if (auto reported = reportFailure(target, check, missing); !reported) {
        status = reported.error();
        break;
      }
    }
  }
  run.finishedAt = clock_.now();
  if (!status) run.error = status.error().message();
  AUDIENTIA_TRY_STATUS(fixity_.finishRun(run));
  if (!status) return status.error();
  return run;
}

Status FixityService::runJob(const domain::Job& job) {
  auto payload = nlohmann::json::parse(job.payloadJson, nullptr, /*allow_exceptions=*/false);
  const bool manual = payload.is_object() && payload.contains("manual") &&
                      payload["manual"].is_boolean() && payload["manual"].get<bool>();
  AUDIENTIA_TRY(auto run, sweep(job.id, manual ? Trigger::kManual : Trigger::kScheduled));
  (void)run;
  return ok();
}

}  // namespace audientia::app
