#include "audientia/testing/fakes/ingest_fakes.h"

#include <algorithm>
#include <chrono>

namespace audientia::testing {

using domain::UploadState;

Expected<domain::Upload*> FakeUploadRepository::find(const std::string& id) {
  auto found = uploads_.find(id);
  if (found == uploads_.end()) return notFound("upload " + id);
  return &found->second;
}

Expected<domain::Upload> FakeUploadRepository::create(const domain::NewUpload& upload) {
  std::lock_guard lock(mutex_);
  if (uploads_.count(upload.id) != 0) {
    return Error(ErrorCode::kAlreadyExists, "upload " + upload.id + " exists");
  }
  for (const auto& [id, other] : uploads_) {
    if (other.recordingId == upload.recordingId && other.role == upload.role &&
        other.sequence == upload.sequence &&
        (other.state == UploadState::kReceiving || other.state == UploadState::kComplete)) {
      return Error(ErrorCode::kAlreadyExists, "upload " + id + " already sends that file");
    }
  }
  if (auto recording = recordings_.get(upload.recordingId); recording) {
    if (recording->hearingId != upload.hearingId || recording->kind != upload.recordingKind) {
      return Error(ErrorCode::kFailedPrecondition,
                   "recording " + upload.recordingId + " belongs to another hearing or kind");
    }
  } else {
    domain::Recording created;
    created.id = upload.recordingId;
    created.hearingId = upload.hearingId;
    created.kind = upload.recordingKind;
    created.fileName = upload.fileName;
    created.state = domain::RecordingState::kUploading;
    created.uploadedBy = upload.createdBy;
    recordings_.insert(created);
  }
  domain::Upload stored;
  stored.id = upload.id;
  stored.recordingId = upload.recordingId;
  stored.role = upload.role;
  stored.sequence = upload.sequence;
  stored.fileName = upload.fileName;
  stored.sizeBytes = upload.sizeBytes;
  stored.sha256 = upload.sha256;
  stored.createdBy = upload.createdBy;
  stored.createdAt = stored.updatedAt = std::chrono::system_clock::now();
  stored.expiresAt = upload.expiresAt;
  uploads_[upload.id] = stored;
  return stored;
}

Expected<domain::Upload> FakeUploadRepository::get(const std::string& id) {
  std::lock_guard lock(mutex_);
  AUDIENTIA_TRY(domain::Upload * upload, find(id));
  return *upload;
}

Expected<bool> FakeUploadRepository::advance(const std::string& id, std::int64_t expected,
                                             std::int64_t offset, domain::Timestamp expiresAt) {
  std::lock_guard lock(mutex_);
  AUDIENTIA_TRY(domain::Upload * upload, find(id));
  if (upload->state != UploadState::kReceiving || upload->durableOffset != expected) return false;
  upload->durableOffset = offset;
  upload->expiresAt = expiresAt;
  return true;
}

Status FakeUploadRepository::reset(const std::string& id) {
  std::lock_guard lock(mutex_);
  AUDIENTIA_TRY(domain::Upload * upload, find(id));
  upload->durableOffset = 0;
  return ok();
}

Expected<domain::Upload> FakeUploadRepository::complete(const std::string& id,
                                                        const domain::RecordingFile& file) {
  std::lock_guard lock(mutex_);
  AUDIENTIA_TRY(domain::Upload * upload, find(id));
  if (upload->state != UploadState::kReceiving) {
    return Error(ErrorCode::kFailedPrecondition, "upload " + id + " is not receiving");
  }
  AUDIENTIA_TRY_STATUS(recordings_.addFile(file, false));
  if (upload->sha256.empty()) upload->sha256 = file.sha256;  // declared at completion
  upload->state = UploadState::kComplete;
  return *upload;
}

Expected<domain::Upload> FakeUploadRepository::setState(const std::string& id, UploadState state) {
  std::lock_guard lock(mutex_);
  AUDIENTIA_TRY(domain::Upload * upload, find(id));
  upload->state = state;
  return *upload;
}

Expected<std::vector<domain::Upload>> FakeUploadRepository::listExpired(domain::Timestamp now,
                                                                        int limit) {
  std::lock_guard lock(mutex_);
  std::vector<domain::Upload> expired;
  for (const auto& [id, upload] : uploads_) {
    if (static_cast<int>(expired.size()) >= limit) break;
    if (upload.state == UploadState::kReceiving && upload.expiresAt < now) {
      expired.push_back(upload);
    }
  }
  return expired;
}

Expected<std::vector<domain::Upload>> FakeUploadRepository::listByRecording(
    const std::string& recordingId) {
  std::lock_guard lock(mutex_);
  std::vector<domain::Upload> found;
  for (const auto& [id, upload] : uploads_) {
    if (upload.recordingId == recordingId) found.push_back(upload);
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.sequence < b.sequence; });
  return found;
}

Expected<domain::Job*> FakeJobQueue::find(std::int64_t id) {
  for (auto& job : jobs_) {
    if (job.id == id) return &job;
  }
  return notFound("job " + std::to_string(id));
}

Expected<domain::Job> FakeJobQueue::enqueue(const domain::NewJob& job) {
  for (const auto& existing : jobs_) {
    if (existing.kind == job.kind && existing.subject == job.subject &&
        (existing.state == domain::JobState::kQueued ||
         existing.state == domain::JobState::kRunning)) {
      return existing;
    }
  }
  domain::Job queued;
  queued.id = static_cast<std::int64_t>(jobs_.size()) + 1;
  queued.kind = job.kind;
  queued.subject = job.subject;
  queued.payloadJson = job.payloadJson;
  queued.maxAttempts = job.maxAttempts;
  queued.createdAt = std::chrono::system_clock::now();
  queued.runAfter = job.runAfter.value_or(queued.createdAt);
  jobs_.push_back(queued);
  return queued;
}

Expected<std::optional<domain::Job>> FakeJobQueue::claim(const std::string& worker,
                                                         std::chrono::seconds lease,
                                                         const std::vector<std::string>& kinds) {
  const auto now = std::chrono::system_clock::now();
  for (auto& job : jobs_) {
    const bool kindWanted =
        kinds.empty() || std::find(kinds.begin(), kinds.end(), job.kind) != kinds.end();
    const bool due = (job.state == domain::JobState::kQueued && job.runAfter <= now) ||
                     (job.state == domain::JobState::kRunning && job.lockedUntil < now);
    if (!kindWanted || !due) continue;
    job.state = domain::JobState::kRunning;
    ++job.attempts;
    job.lockedBy = worker;
    job.lockedUntil = now + lease;
    return std::optional<domain::Job>(job);
  }
  return std::optional<domain::Job>();
}

Status FakeJobQueue::extendLease(std::int64_t id, const std::string& worker,
                                 std::chrono::seconds lease) {
  AUDIENTIA_TRY(domain::Job * job, find(id));
  if (job->lockedBy != worker) return Error(ErrorCode::kFailedPrecondition, "not the worker");
  job->lockedUntil = std::chrono::system_clock::now() + lease;
  return ok();
}

Status FakeJobQueue::markDone(std::int64_t id, const std::string& worker) {
  AUDIENTIA_TRY(domain::Job * job, find(id));
  if (job->lockedBy != worker) return Error(ErrorCode::kFailedPrecondition, "not the worker");
  job->state = domain::JobState::kDone;
  job->finishedAt = std::chrono::system_clock::now();
  return ok();
}

Expected<domain::Job> FakeJobQueue::markFailed(std::int64_t id, const std::string& worker,
                                               const std::string& error,
                                               domain::Timestamp retryAt) {
  AUDIENTIA_TRY(domain::Job * job, find(id));
  if (job->lockedBy != worker) return Error(ErrorCode::kFailedPrecondition, "not the worker");
  job->lastError = error;
  job->lockedBy.clear();
  job->lockedUntil.reset();
  if (job->attempts < job->maxAttempts) {
    job->state = domain::JobState::kQueued;
    job->runAfter = retryAt;
  } else {
    job->state = domain::JobState::kFailed;
    job->finishedAt = std::chrono::system_clock::now();
  }
  return *job;
}

Expected<domain::Job> FakeJobQueue::markDeferred(std::int64_t id, const std::string& worker,
                                                 const std::string& error,
                                                 domain::Timestamp retryAt) {
  AUDIENTIA_TRY(domain::Job * job, find(id));
  if (job->lockedBy != worker) return Error(ErrorCode::kFailedPrecondition, "not the worker");
  job->lastError = error;
  job->lockedBy.clear();
  job->lockedUntil.reset();
  job->attempts = std::max(0, job->attempts - 1);
  job->state = domain::JobState::kQueued;
  job->runAfter = retryAt;
  return *job;
}

Expected<domain::Job> FakeJobQueue::get(std::int64_t id) {
  AUDIENTIA_TRY(domain::Job * job, find(id));
  return *job;
}

Expected<std::vector<domain::Job>> FakeJobQueue::list(domain::JobState state, int limit) {
  std::vector<domain::Job> found;
  for (auto it = jobs_.rbegin(); it != jobs_.rend(); ++it) {
    if (static_cast<int>(found.size()) >= limit) break;
    if (state == domain::JobState::kUnspecified || it->state == state) found.push_back(*it);
  }
  return found;
}

Expected<domain::Job> FakeJobQueue::retry(std::int64_t id) {
  AUDIENTIA_TRY(domain::Job * job, find(id));
  if (job->state != domain::JobState::kFailed) {
    return Error(ErrorCode::kFailedPrecondition, "job " + std::to_string(id) + " is not failed");
  }
  job->state = domain::JobState::kQueued;
  job->attempts = 0;
  job->runAfter = std::chrono::system_clock::now();
  return *job;
}

Expected<std::optional<domain::Job>> FakeJobQueue::lastFinished(const std::string& kind) {
  std::optional<domain::Job> last;
  for (const auto& job : jobs_) {
    if (job.kind == kind && job.finishedAt && (!last || *job.finishedAt >= *last->finishedAt)) {
      last = job;
    }
  }
  return last;
}

class ProcessKeyLocks::Held : public ports::KeyLock {
 public:
  Held(ProcessKeyLocks& locks, std::string key) : locks_(locks), key_(std::move(key)) {}
  ~Held() override {
    std::lock_guard lock(locks_.mutex_);
    locks_.held_.erase(key_);
    locks_.released_.notify_all();
  }

 private:
  ProcessKeyLocks& locks_;
  std::string key_;
};

Expected<std::unique_ptr<ports::KeyLock>> ProcessKeyLocks::lock(const std::string& key) {
  std::unique_lock lock(mutex_);
  released_.wait(lock, [&] { return held_.count(key) == 0; });
  held_.insert(key);
  return std::unique_ptr<ports::KeyLock>(std::make_unique<Held>(*this, key));
}

}  // namespace audientia::testing
