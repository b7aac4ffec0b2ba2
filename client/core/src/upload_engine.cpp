#include "audientia/client/upload_engine.h"

#include <sys/stat.h>

#include "audientia/media/capture_manifest.h"
#include "upload_run.h"

namespace audientia::client {

namespace fs = std::filesystem;

const char* toString(UploadPhase phase) {
  switch (phase) {
    case UploadPhase::kHashing:
      return "hashing";
    case UploadPhase::kResuming:
      return "resuming";
    case UploadPhase::kSending:
      return "sending";
    case UploadPhase::kRetrying:
      return "retrying";
    case UploadPhase::kWaiting:
      return "waiting";
    case UploadPhase::kCompleting:
      return "completing";
    case UploadPhase::kDone:
      return "done";
    case UploadPhase::kUnspecified:
      break;
  }
  return "unspecified";
}

bool isTransientUploadError(ErrorCode code) {
  switch (code) {
    case ErrorCode::kUnavailable:
    case ErrorCode::kDeadlineExceeded:
    case ErrorCode::kAborted:
    case ErrorCode::kResourceExhausted:
    case ErrorCode::kInternal:
    case ErrorCode::kUnknown:
      return true;
    default:
      return false;
  }
}

UploadEngine::UploadEngine(UploadsApi& uploads, RecordingsApi& recordings,
                           const UploadJournal& journal, std::string server,
                           UploadEngineOptions options)
    : uploads_(uploads),
      recordings_(recordings),
      journal_(journal),
      server_(std::move(server)),
      options_(std::move(options)) {}

Expected<UploadOutcome> UploadEngine::upload(const std::string& hearingId, const fs::path& path,
                                             FollowMode follow,
                                             const UploadProgressCallback& progress) {
  AUDIENTIA_TRY(const UploadJournalEntry entry, enqueue(hearingId, path, follow));
  return run(entry.key, progress);
}

Expected<UploadJournalEntry> UploadEngine::enqueue(const std::string& hearingId,
                                                   const fs::path& path, FollowMode follow) {
  if (hearingId.empty()) return invalidArgument("no hearing given for " + path.string());
  std::error_code error;
  const fs::path canonical = fs::canonical(path, error);
  if (error) {
    return Error(ErrorCode::kNotFound, "cannot upload " + path.string() + ": " + error.message());
  }
  UploadJournalEntry entry;
  entry.server = server_;
  entry.hearingId = hearingId;
  entry.path = canonical;
  entry.follow = follow == FollowMode::kFollow ? FollowMode::kFollow : FollowMode::kNoFollow;
  if (fs::is_directory(canonical, error)) {
    if (!fs::exists(canonical / media::kManifestFileName, error)) {
      return invalidArgument(path.string() + " is a directory without " + media::kManifestFileName +
                             ": only capture directories made by 'audientiactl capture' can be "
                             "uploaded as a whole");
    }
    AUDIENTIA_TRY(const media::CaptureManifest manifest, media::readManifest(canonical));
    // Refused before any byte is sent (the server refuses it at completion too).
    if (!manifest.hearingId.empty() && manifest.hearingId != hearingId) {
      return Error(ErrorCode::kFailedPrecondition,
                   "the capture in " + path.string() + " was recorded for hearing " +
                       manifest.hearingId + ", not for hearing " + hearingId +
                       ": upload it to the hearing it was recorded for");
    }
    entry.kind = UploadItemKind::kCapture;
    entry.sessionId = manifest.sessionId;
    entry.key = captureItemKey(server_, hearingId, canonical, manifest.sessionId);
  } else {
    struct stat info {};
    if (::stat(canonical.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
      return invalidArgument(path.string() + " is neither a regular file nor a capture directory");
    }
    entry.kind = UploadItemKind::kFile;
    entry.sizeBytes = static_cast<std::uint64_t>(info.st_size);
    entry.mtimeNs =
        static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
    entry.key = fileItemKey(server_, hearingId, canonical, entry.sizeBytes, entry.mtimeNs);
  }

  AUDIENTIA_TRY(std::optional<UploadJournalEntry> existing, journal_.find(entry.key));
  if (existing) {
    if (existing->follow != entry.follow && existing->kind == UploadItemKind::kCapture) {
      // The latest command says whether to wait for the seal; the lock keeps this from racing
      // with a run of the item.
      AUDIENTIA_TRY(UploadJournal::ItemLock lock, journal_.lock(entry.key));
      AUDIENTIA_TRY(existing, journal_.find(entry.key));
      if (existing) {
        existing->follow = entry.follow;
        AUDIENTIA_TRY_STATUS(journal_.save(*existing));
        return *existing;
      }
    } else {
      return *existing;
    }
  }
  // The ids are on disk before any server hears of them: a crash after CreateUpload finds them.
  entry.recordingId = newUploadId();
  if (entry.kind == UploadItemKind::kFile) {
    JournalFile file;
    file.fileName = canonical.filename().string();
    file.sizeBytes = entry.sizeBytes;
    file.uploadId = entry.recordingId;
    file.digestAtCompletion = true;  // hashed while it is sent
    entry.files.push_back(std::move(file));
  }
  entry.state = UploadItemState::kPending;
  AUDIENTIA_TRY_STATUS(journal_.save(entry));
  return entry;
}

Expected<UploadOutcome> UploadEngine::run(const std::string& key,
                                          const UploadProgressCallback& progress) {
  AUDIENTIA_TRY(std::optional<UploadJournalEntry> entry, journal_.find(key));
  if (!entry) return notFound("no upload journal item " + key);
  UploadRun run(*this, std::move(*entry), progress);
  return run.run();
}

void UploadEngine::cancel() {
  {
    std::lock_guard lock(sleepMutex_);
    cancelled_.store(true);
  }
  sleepWake_.notify_all();
}

void UploadEngine::resetCancel() {
  cancelled_.store(false);
}

bool UploadEngine::sleepUnlessCancelled(std::chrono::milliseconds delay) {
  std::unique_lock lock(sleepMutex_);
  return !sleepWake_.wait_for(lock, delay, [this] { return cancelled_.load(); });
}

}  // namespace audientia::client
