#pragma once

// Persistent state of keeping: the job queue, fixity, alerts, retention and holds. Implemented
// by storage/postgres. Same error conventions as repositories.h; each method is one
// transaction.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audientia/base/expected.h"
#include "domain/keeping.h"

namespace audientia::ports {

// The job queue shared by every server instance.
class JobQueue {
 public:
  virtual ~JobQueue() = default;
  // Idempotent per (kind, subject): when a queued or running job exists, returns it.
  virtual Expected<domain::Job> enqueue(const domain::NewJob& job) = 0;
  // Claims the next runnable job (queued and due, or running with an expired lease) with
  // FOR UPDATE SKIP LOCKED; increments attempts and leases it to `worker` until now + lease.
  // nullopt when there is none. kinds empty: any kind.
  virtual Expected<std::optional<domain::Job>> claim(
      const std::string& worker, std::chrono::seconds lease,
      const std::vector<std::string>& kinds = {}) = 0;
  virtual Status extendLease(std::int64_t id, const std::string& worker,
                             std::chrono::seconds lease) = 0;
  virtual Status markDone(std::int64_t id, const std::string& worker) = 0;
  // Records the error; queues the job again at retryAt when attempts < max_attempts, else marks
  // it failed. Returns the job as it is now.
  virtual Expected<domain::Job> markFailed(std::int64_t id, const std::string& worker,
                                           const std::string& error, domain::Timestamp retryAt) = 0;
  // Records the error and queues the job again at retryAt without counting the attempt: the
  // machine failed it (a full disk), not the job, so it must not run out of attempts while an
  // operator frees space. Returns the job as it is now.
  virtual Expected<domain::Job> markDeferred(std::int64_t id, const std::string& worker,
                                             const std::string& error,
                                             domain::Timestamp retryAt) = 0;
  virtual Expected<domain::Job> get(std::int64_t id) = 0;
  // Newest first; state kUnspecified: all.
  virtual Expected<std::vector<domain::Job>> list(domain::JobState state, int limit) = 0;
  // A failed job back to queued with attempts 0; kFailedPrecondition when it is not failed.
  virtual Expected<domain::Job> retry(std::int64_t id) = 0;
  // The last finished job of a kind (for periodic scheduling), if any.
  virtual Expected<std::optional<domain::Job>> lastFinished(const std::string& kind) = 0;
};

class FixityRepository {
 public:
  virtual ~FixityRepository() = default;
  virtual Expected<domain::FixityRun> startRun(std::int64_t jobId) = 0;
  virtual Status finishRun(const domain::FixityRun& run) = 0;
  // Distinct keys of recording files whose last check is before `checkedBefore` (or never),
  // least recently checked first.
  virtual Expected<std::vector<domain::FixityTarget>> due(domain::Timestamp checkedBefore,
                                                          int limit) = 0;
  virtual Status record(const domain::FixityCheck& check) = 0;
  // Newest first.
  virtual Expected<std::vector<domain::FixityRun>> recentRuns(int limit) = 0;
  // Objects whose last check failed, with one referencing file each.
  virtual Expected<std::vector<std::pair<domain::FixityCheck, domain::FixityTarget>>> failures(
      int limit) = 0;
  virtual Expected<domain::FixitySummary> summary() = 0;
  // The last check of one object (none when it was never checked).
  virtual Expected<std::optional<domain::FixityCheck>> lastCheck(const std::string& sha256) = 0;
};

class AlertRepository {
 public:
  virtual ~AlertRepository() = default;
  // When an open alert of the same (kind, subject) exists, returns it unchanged (created=false).
  virtual Expected<domain::Alert> raise(const domain::NewAlert& alert, bool* created = nullptr) = 0;
  // Newest first.
  virtual Expected<std::vector<domain::Alert>> list(bool includeAcknowledged, int limit) = 0;
  virtual Expected<domain::Alert> acknowledge(std::int64_t id, const std::string& userId) = 0;
};

class RetentionRepository {
 public:
  virtual ~RetentionRepository() = default;
  // Creates or replaces the policy for (officeId, hearingKind).
  virtual Expected<domain::RetentionPolicy> setPolicy(const domain::RetentionPolicy& policy) = 0;
  virtual Expected<std::vector<domain::RetentionPolicy>> listPolicies() = 0;
  virtual Expected<domain::RetentionPolicy> getPolicy(const std::string& id) = 0;
  virtual Status deletePolicy(const std::string& id) = 0;

  // kAlreadyExists when the hearing already has an active hold.
  virtual Expected<domain::LegalHold> placeHold(const std::string& hearingId,
                                                const std::string& reason,
                                                const std::string& userId) = 0;
  // kNotFound when the hearing has no active hold.
  virtual Expected<domain::LegalHold> releaseHold(const std::string& hearingId,
                                                  const std::string& reason,
                                                  const std::string& userId) = 0;
  // hearingId empty: all. Newest first.
  virtual Expected<std::vector<domain::LegalHold>> listHolds(const std::string& hearingId,
                                                             bool includeReleased) = 0;
  // Hearings whose most specific policy ran out before `now`, oldest first; underHold set for
  // those with an active hold.
  virtual Expected<std::vector<domain::ExpiredHearing>> expired(domain::Timestamp now,
                                                                int limit) = 0;
  // Deletes the hearing with its recordings, files, uploads and participants in one
  // transaction, returning what was deleted (files included) and which keys no recording
  // references any more. kFailedPrecondition when the hearing is under an active hold.
  virtual Expected<domain::DeletionRecord> deleteHearing(const std::string& hearingId) = 0;
};

}  // namespace audientia::ports
