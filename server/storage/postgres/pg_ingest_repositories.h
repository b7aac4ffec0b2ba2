#pragma once

// The PostgreSQL implementations of ports/ingest_repositories.h (same conventions as
// pg_repositories.h: one transaction per method, ids that are not uuids are kNotFound).

#include "pg_pool.h"
#include "ports/ingest_repositories.h"
#include "ports/keeping_repositories.h"

namespace audientia::storage::postgres {

class PgUploadRepository final : public ports::UploadRepository {
 public:
  explicit PgUploadRepository(PgPool& pool) : pool_(pool) {}
  Expected<domain::Upload> create(const domain::NewUpload& upload) override;
  Expected<domain::Upload> get(const std::string& id) override;
  Expected<bool> advance(const std::string& id, std::int64_t expected, std::int64_t offset,
                         domain::Timestamp expiresAt) override;
  Status reset(const std::string& id) override;
  Expected<domain::Upload> complete(const std::string& id,
                                    const domain::RecordingFile& file) override;
  Expected<domain::Upload> setState(const std::string& id, domain::UploadState state) override;
  Expected<std::vector<domain::Upload>> listExpired(domain::Timestamp now, int limit) override;
  Expected<std::vector<domain::Upload>> listByRecording(const std::string& recordingId) override;

 private:
  PgPool& pool_;
};

// Times of leases come from the database's clock (clock_timestamp()), so that server instances
// with skewed clocks agree on when a lease ran out; retry times come from the caller.
class PgJobQueue final : public ports::JobQueue {
 public:
  explicit PgJobQueue(PgPool& pool) : pool_(pool) {}
  Expected<domain::Job> enqueue(const domain::NewJob& job) override;
  Expected<std::optional<domain::Job>> claim(const std::string& worker, std::chrono::seconds lease,
                                             const std::vector<std::string>& kinds = {}) override;
  Status extendLease(std::int64_t id, const std::string& worker,
                     std::chrono::seconds lease) override;
  Status markDone(std::int64_t id, const std::string& worker) override;
  Expected<domain::Job> markFailed(std::int64_t id, const std::string& worker,
                                   const std::string& error, domain::Timestamp retryAt) override;
  Expected<domain::Job> markDeferred(std::int64_t id, const std::string& worker,
                                     const std::string& error, domain::Timestamp retryAt) override;
  Expected<domain::Job> get(std::int64_t id) override;
  Expected<std::vector<domain::Job>> list(domain::JobState state, int limit) override;
  Expected<domain::Job> retry(std::int64_t id) override;
  Expected<std::optional<domain::Job>> lastFinished(const std::string& kind) override;

 private:
  PgPool& pool_;
};

class PgFixityRepository final : public ports::FixityRepository {
 public:
  explicit PgFixityRepository(PgPool& pool) : pool_(pool) {}
  Expected<domain::FixityRun> startRun(std::int64_t jobId) override;
  Status finishRun(const domain::FixityRun& run) override;
  Expected<std::vector<domain::FixityTarget>> due(domain::Timestamp checkedBefore,
                                                  int limit) override;
  Status record(const domain::FixityCheck& check) override;
  Expected<std::vector<domain::FixityRun>> recentRuns(int limit) override;
  Expected<std::vector<std::pair<domain::FixityCheck, domain::FixityTarget>>> failures(
      int limit) override;
  Expected<domain::FixitySummary> summary() override;
  Expected<std::optional<domain::FixityCheck>> lastCheck(const std::string& sha256) override;

 private:
  PgPool& pool_;
};

class PgAlertRepository final : public ports::AlertRepository {
 public:
  explicit PgAlertRepository(PgPool& pool) : pool_(pool) {}
  Expected<domain::Alert> raise(const domain::NewAlert& alert, bool* created = nullptr) override;
  Expected<std::vector<domain::Alert>> list(bool includeAcknowledged, int limit) override;
  Expected<domain::Alert> acknowledge(std::int64_t id, const std::string& userId) override;

 private:
  PgPool& pool_;
};

class PgRetentionRepository final : public ports::RetentionRepository {
 public:
  explicit PgRetentionRepository(PgPool& pool) : pool_(pool) {}
  Expected<domain::RetentionPolicy> setPolicy(const domain::RetentionPolicy& policy) override;
  Expected<std::vector<domain::RetentionPolicy>> listPolicies() override;
  Expected<domain::RetentionPolicy> getPolicy(const std::string& id) override;
  Status deletePolicy(const std::string& id) override;
  Expected<domain::LegalHold> placeHold(const std::string& hearingId, const std::string& reason,
                                        const std::string& userId) override;
  Expected<domain::LegalHold> releaseHold(const std::string& hearingId, const std::string& reason,
                                          const std::string& userId) override;
  Expected<std::vector<domain::LegalHold>> listHolds(const std::string& hearingId,
                                                     bool includeReleased) override;
  Expected<std::vector<domain::ExpiredHearing>> expired(domain::Timestamp now, int limit) override;
  Expected<domain::DeletionRecord> deleteHearing(const std::string& hearingId) override;

 private:
  PgPool& pool_;
};

}  // namespace audientia::storage::postgres
