#pragma once

// Resumable, verified uploads and the completion of capture packages: THE ingest path of the
// server (the one-call UploadRecording RPC is built on it too).
//
// An upload is created with a client-chosen id, its size and (unless the client declares it at
// completion, having hashed the file while it sent it) its SHA-256. Bytes arrive over
// streams (UploadSession), each appending at the upload's end; the upload sink is synced and
// the durable offset recorded in the database every `syncEveryBytes` (or, on a disk slower than
// that, as soon as the sync before has ended) and at the end of every stream, so what a client was
// told is durable survives a crash of the server. complete() verifies size and SHA-256 and only
// then stores the file under its digest and attaches it to its recording.
//
// Expiry of abandoned uploads is app/upload_expiry.h (a job).
//
// One stream writes an upload at a time in this process (a second one waits up to
// UploadOptions::busyWait for it to end, then is kAborted). The
// running hash is cached between streams, and each stream opens the upload sink again at the
// durable offset (an idle upload holds no file and no write buffers); after a restart (no
// cache) the sink is cut back to the durable offset and that prefix is hashed again.

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "app/hearings/hearing_service.h"
#include "app/ingest/upload_session.h"
#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "domain/ingest.h"
#include "ports/clock.h"
#include "ports/ingest_repositories.h"
#include "ports/keeping_repositories.h"
#include "ports/key_locks.h"
#include "ports/media_store.h"
#include "ports/repositories.h"

namespace audientia::app {

struct UploadOptions {
  // An upload nobody wrote to for this long expires; every successful write extends it.
  std::chrono::seconds expiry = std::chrono::hours(72);
  // fsync and record the durable offset this often within one stream (a sync is not waited
  // for: while one runs, the next waits for it to end rather than holding up the stream).
  std::int64_t syncEveryBytes = std::int64_t{64} << 20;
  std::int64_t maxSizeBytes = std::int64_t{1} << 40;  // 1 TiB
  // How long a write, completion or abort waits for the stream that holds the upload to end
  // before it is refused (a stream the client cancelled first stores what it received).
  std::chrono::milliseconds busyWait = std::chrono::seconds(5);
};

struct CreateUploadRequest {
  std::string uploadId;
  std::string hearingId;
  std::string fileName;
  std::int64_t sizeBytes = 0;
  std::string sha256;     // empty: declared at complete()
  std::string packageId;  // empty: a kFile recording whose id is uploadId
  int segmentSequence = 0;
};

struct CompletedUpload {
  domain::Upload upload;
  domain::Recording recording;
};

// What completing a capture anchors in the audit trail.
struct CaptureCompletion {
  domain::Recording recording;
  int segmentCount = 0;
};

class UploadService {
 public:
  static constexpr std::size_t kMaxChunkBytes = UploadSession::kMaxChunkBytes;
  static constexpr std::size_t kMaxManifestBytes = std::size_t{8} << 20;

  UploadService(HearingService& hearings, ports::UploadRepository& uploads,
                ports::RecordingRepository& recordings, ports::MediaStore& store,
                ports::KeyLocks& keyLocks, ports::JobQueue& jobs, ports::Clock& clock,
                UploadOptions options = {});
  ~UploadService();
  UploadService(const UploadService&) = delete;
  UploadService& operator=(const UploadService&) = delete;

  const UploadOptions& options() const { return options_; }
  // Called after a processing job was queued, so an idle job runner starts it at once.
  void onEnqueued(std::function<void()> callback) { onEnqueued_ = std::move(callback); }

  // Idempotent on uploadId: the same fields again give the upload as it is; other fields are
  // kAlreadyExists naming the first that differs. officeId (when given) receives the office of
  // the hearing, for the audit trail; likewise below.
  Expected<domain::Upload> create(const domain::User& caller, const CreateUploadRequest& request,
                                  std::string* officeId = nullptr);
  Expected<domain::Upload> status(const domain::User& caller, const std::string& uploadId,
                                  std::string* officeId = nullptr);
  // Starts one stream of chunks; kAborted while another stream writes the same upload.
  Expected<std::unique_ptr<UploadSession>> openWrite(const domain::User& caller,
                                                     const std::string& uploadId,
                                                     std::string* officeId = nullptr);
  // Checks the received bytes against the SHA-256 declared at create(), else against `sha256`
  // (a client that hashed while it sent declares it only now; kFailedPrecondition when neither
  // did, kInvalidArgument when both did and they differ). A mismatch is kDataLoss and resets the
  // upload to offset 0. The completed upload carries the digest either way.
  Expected<CompletedUpload> complete(const domain::User& caller, const std::string& uploadId,
                                     std::string* officeId = nullptr);
  Expected<CompletedUpload> complete(const domain::User& caller, const std::string& uploadId,
                                     const std::string& sha256, std::string* officeId = nullptr);
  Expected<domain::Upload> abort(const domain::User& caller, const std::string& uploadId,
                                 std::string* officeId = nullptr);
  Expected<CaptureCompletion> completeRecording(const domain::User& caller,
                                                const std::string& recordingId,
                                                const std::string& manifestJson,
                                                std::string* officeId = nullptr);

  // The one-call upload gave up (bad chunk, wrong digest, client gone): discards the upload
  // and marks its recording failed with the reason, so nothing stays "uploading" forever.
  Status abandon(const std::string& uploadId, const std::string& reason);

 private:
  struct Located {
    domain::Upload upload;
    domain::Recording recording;
    domain::Hearing hearing;
  };
  // The upload, its recording and hearing, if the caller may do `action` on it (kNotFound
  // otherwise, the same as for a missing upload).
  Expected<Located> locate(const domain::User& caller, const std::string& uploadId, Action action,
                           std::string* officeId);
  std::shared_ptr<OpenUpload> openState(const std::string& uploadId);
  // The upload's busy lock, waiting up to options_.busyWait for the stream that holds it
  // (kAborted naming the upload after that).
  Expected<std::unique_lock<std::timed_mutex>> takeBusy(OpenUpload& state,
                                                        const std::string& uploadId);
  void dropState(const std::string& uploadId);
  // Brings the cached state in line with the database (reopening and re-hashing the sink
  // when needed). The caller holds state.busy.
  Status prepare(OpenUpload& state, const domain::Upload& upload);
  // Moves a FILE recording on to processing and queues its job (also repairs a half-done
  // completion after a crash).
  Expected<domain::Recording> startProcessing(const std::string& recordingId);
  domain::Timestamp expiresAt() const;

  HearingService& hearings_;
  ports::UploadRepository& uploads_;
  ports::RecordingRepository& recordings_;
  ports::MediaStore& store_;
  ports::KeyLocks& keyLocks_;
  ports::JobQueue& jobs_;
  ports::Clock& clock_;
  UploadOptions options_;
  std::function<void()> onEnqueued_;

  std::mutex openMutex_;
  std::map<std::string, std::shared_ptr<OpenUpload>> open_;
};

// A random (version 4) UUID, for uploads the server names itself.
Expected<std::string> randomUuid();
std::string uploadStateName(domain::UploadState state);
// A content type for a file name by its extension (application/octet-stream otherwise).
std::string contentTypeFor(const std::string& fileName);

}  // namespace audientia::app
