#pragma once

// In-memory fakes of the ingest and keeping ports that uploads use: the upload repository (which
// creates recordings in a FakeRecordingRepository, as the database does in one transaction), the
// job queue and the key locks. For testing use cases without PostgreSQL; the PostgreSQL adapters
// are tested in tests/pg.

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "audientia/testing/fakes/hearing_fakes.h"
#include "domain/ingest.h"
#include "domain/keeping.h"
#include "ports/ingest_repositories.h"
#include "ports/keeping_repositories.h"
#include "ports/key_locks.h"

namespace audientia::testing {

class FakeUploadRepository : public ports::UploadRepository {
 public:
  explicit FakeUploadRepository(FakeRecordingRepository& recordings) : recordings_(recordings) {}

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
  Expected<domain::Upload*> find(const std::string& id);

  std::mutex mutex_;  // advance() runs on the upload session's sync thread
  FakeRecordingRepository& recordings_;
  std::map<std::string, domain::Upload> uploads_;
};

// A queue without workers: jobs wait until a test claims them.
class FakeJobQueue : public ports::JobQueue {
 public:
  Expected<domain::Job> enqueue(const domain::NewJob& job) override;
  Expected<std::optional<domain::Job>> claim(const std::string& worker, std::chrono::seconds lease,
                                             const std::vector<std::string>& kinds) override;
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

  std::vector<domain::Job> jobs_;

 private:
  Expected<domain::Job*> find(std::int64_t id);
};

// Key locks within one process (the real ones are PostgreSQL advisory locks shared by every
// server): enough for use cases run by one process.
class ProcessKeyLocks : public ports::KeyLocks {
 public:
  Expected<std::unique_ptr<ports::KeyLock>> lock(const std::string& key) override;

 private:
  class Held;
  std::mutex mutex_;
  std::condition_variable released_;
  std::set<std::string> held_;
};

}  // namespace audientia::testing
