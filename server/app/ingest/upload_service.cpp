#include "app/ingest/upload_service.h"

#include <algorithm>
#include <vector>

#include "app/identity/access_policy.h"
#include "app/identity/secure_random.h"
#include "domain/rules.h"

namespace audientia::app {

namespace {

constexpr std::size_t kRehashBlock = std::size_t{1} << 20;
constexpr int kMaxSegmentSequence = 1000000;

Status validateRequest(const CreateUploadRequest& request, std::int64_t maxSize) {
  if (request.uploadId.empty()) return invalidArgument("upload_id is required");
  if (!domain::isUuid(request.uploadId)) {
    return invalidArgument("upload_id must be a UUID, got '" + request.uploadId + "'");
  }
  AUDIENTIA_TRY_STATUS(domain::validateId("hearing_id", request.hearingId));
  AUDIENTIA_TRY_STATUS(domain::validateFileName(request.fileName));
  if (request.sizeBytes < 0) return invalidArgument("size_bytes must not be negative");
  if (request.sizeBytes > maxSize) {
    return invalidArgument("size_bytes " + std::to_string(request.sizeBytes) +
                           " is more than this server accepts (" + std::to_string(maxSize) +
                           " bytes)");
  }
  // Empty: declared at completion by a client that hashes while it sends.
  if (!request.sha256.empty() && !isSha256Hex(request.sha256)) {
    return invalidArgument("sha256 must be 64 lower-case hex digits");
  }
  if (request.packageId.empty()) {
    if (request.segmentSequence != 0) {
      return invalidArgument("segment_sequence is only for segments of a package (package_id)");
    }
    return ok();
  }
  if (!domain::isUuid(request.packageId)) {
    return invalidArgument("package_id must be a UUID, got '" + request.packageId + "'");
  }
  if (request.segmentSequence < 1 || request.segmentSequence > kMaxSegmentSequence) {
    return invalidArgument("segment_sequence must be from 1 to " +
                           std::to_string(kMaxSegmentSequence) + " for a segment of package " +
                           request.packageId);
  }
  return ok();
}

// The first field in which an existing upload differs from a repeated create, or "".
std::string differingField(const domain::Upload& upload, const domain::Recording& recording,
                           const CreateUploadRequest& request) {
  std::string wantedRecording = request.packageId.empty() ? request.uploadId : request.packageId;
  if (recording.hearingId != request.hearingId) return "hearing_id";
  if (upload.recordingId != wantedRecording) return "package_id";
  if (upload.sequence != request.segmentSequence) return "segment_sequence";
  if (upload.fileName != request.fileName) return "file_name";
  if (upload.sizeBytes != request.sizeBytes) return "size_bytes";
  if (upload.sha256 != request.sha256) return "sha256";
  return {};
}

}  // namespace

Expected<std::string> randomUuid() {
  AUDIENTIA_TRY(auto bytes, randomBytes(16));
  bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x40);
  bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80);
  std::string hex = toHex(bytes);
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20);
}

std::string uploadStateName(domain::UploadState state) {
  switch (state) {
    case domain::UploadState::kReceiving:
      return "receiving";
    case domain::UploadState::kComplete:
      return "complete";
    case domain::UploadState::kExpired:
      return "expired";
    case domain::UploadState::kAborted:
      return "aborted";
    case domain::UploadState::kUnspecified:
      break;
  }
  return "unspecified";
}

std::string contentTypeFor(const std::string& fileName) {
  auto dot = fileName.rfind('.');
  std::string ext = dot == std::string::npos ? "" : fileName.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == "mp4" || ext == "m4v") return "video/mp4";
  if (ext == "mkv") return "video/x-matroska";
  if (ext == "mov") return "video/quicktime";
  if (ext == "webm") return "video/webm";
  if (ext == "m4a") return "audio/mp4";
  if (ext == "wav") return "audio/wav";
  if (ext == "mp3") return "audio/mpeg";
  if (ext == "json") return "application/json";
  return "application/octet-stream";
}

UploadService::UploadService(HearingService& hearings, ports::UploadRepository& uploads,
                             ports::RecordingRepository& recordings, ports::MediaStore& store,
                             ports::KeyLocks& keyLocks, ports::JobQueue& jobs, ports::Clock& clock,
                             UploadOptions options)
    : hearings_(hearings),
      uploads_(uploads),
      recordings_(recordings),
      store_(store),
      keyLocks_(keyLocks),
      jobs_(jobs),
      clock_(clock),
      options_(options) {}

UploadService::~UploadService() = default;

domain::Timestamp UploadService::expiresAt() const {
  return clock_.now() + options_.expiry;
}

Expected<std::unique_lock<std::timed_mutex>> UploadService::takeBusy(OpenUpload& state,
                                                                     const std::string& uploadId) {
  std::unique_lock lock(state.busy, options_.busyWait);
  if (!lock.owns_lock()) {
    return Error(ErrorCode::kAborted, "upload " + uploadId + " is being written by another stream");
  }
  return lock;
}

std::shared_ptr<OpenUpload> UploadService::openState(const std::string& uploadId) {
  std::lock_guard guard(openMutex_);
  auto& state = open_[uploadId];
  if (!state) state = std::make_shared<OpenUpload>();
  return state;
}

void UploadService::dropState(const std::string& uploadId) {
  std::lock_guard guard(openMutex_);
  open_.erase(uploadId);
}

Expected<UploadService::Located> UploadService::locate(const domain::User& caller,
                                                       const std::string& uploadId, Action action,
                                                       std::string* officeId) {
  if (uploadId.empty()) return invalidArgument("upload_id is required");
  if (!domain::isUuid(uploadId)) {
    return invalidArgument("upload_id must be a UUID, got '" + uploadId + "'");
  }
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(action)));
  const std::string missing = "upload " + uploadId + " does not exist";
  auto upload = uploads_.get(uploadId);
  if (!upload) {
    if (isMissing(upload.error())) return notFound(missing);
    return upload.error();
  }
  AUDIENTIA_TRY(domain::Recording recording, recordings_.get(upload->recordingId));
  auto hearing = hearings_.find(caller, recording.hearingId, action);
  if (!hearing) {
    if (hearing.error().code() == ErrorCode::kNotFound) return notFound(missing);
    return hearing.error();
  }
  if (officeId != nullptr) *officeId = hearing->officeId;
  return Located{std::move(*upload), std::move(recording), std::move(*hearing)};
}

Expected<domain::Upload> UploadService::create(const domain::User& caller,
                                               const CreateUploadRequest& request,
                                               std::string* officeId) {
  AUDIENTIA_TRY_STATUS(validateRequest(request, options_.maxSizeBytes));
  AUDIENTIA_TRY(domain::Hearing hearing,
                hearings_.find(caller, request.hearingId, Action::kCreateUpload));
  if (officeId != nullptr) *officeId = hearing.officeId;
  auto repeated = [&]() -> Expected<domain::Upload> {
    auto existing = locate(caller, request.uploadId, Action::kCreateUpload, nullptr);
    if (!existing) {
      if (existing.error().code() == ErrorCode::kNotFound) {
        return Error(ErrorCode::kAlreadyExists, "upload " + request.uploadId + " already exists");
      }
      return existing.error();
    }
    std::string field = differingField(existing->upload, existing->recording, request);
    if (!field.empty()) {
      return Error(ErrorCode::kAlreadyExists,
                   "upload " + request.uploadId + " already exists with another " + field);
    }
    return existing->upload;
  };
  if (auto existing = uploads_.get(request.uploadId); existing) return repeated();
  if (hearing.status == domain::HearingStatus::kClosed) {
    return Error(ErrorCode::kFailedPrecondition,
                 "hearing " + hearing.id + " is closed: no further recordings");
  }
  domain::NewUpload upload;
  upload.id = request.uploadId;
  upload.hearingId = hearing.id;
  upload.fileName = request.fileName;
  upload.sizeBytes = request.sizeBytes;
  upload.sha256 = request.sha256;
  upload.createdBy = caller.id;
  upload.expiresAt = expiresAt();
  if (request.packageId.empty()) {
    upload.recordingId = request.uploadId;
    upload.recordingKind = domain::RecordingKind::kFile;
    upload.role = domain::FileRole::kOriginal;
    upload.sequence = 0;
  } else {
    upload.recordingId = request.packageId;
    upload.recordingKind = domain::RecordingKind::kCapture;
    upload.role = domain::FileRole::kSegment;
    upload.sequence = request.segmentSequence;
    if (auto package = recordings_.get(request.packageId); package) {
      if (package->hearingId != hearing.id) {
        return Error(ErrorCode::kFailedPrecondition,
                     "package " + request.packageId + " belongs to another hearing");
      }
      if (package->state != domain::RecordingState::kUploading) {
        return Error(ErrorCode::kFailedPrecondition,
                     "recording " + request.packageId +
                         " is already completed: no further segments can be added");
      }
    }
  }
  auto created = uploads_.create(upload);
  if (!created && created.error().code() == ErrorCode::kAlreadyExists) {
    // Two creates with the same id raced: the other one won, which is fine if it matches.
    if (auto existing = uploads_.get(request.uploadId); existing) return repeated();
  }
  return created;
}

Expected<domain::Upload> UploadService::status(const domain::User& caller,
                                               const std::string& uploadId, std::string* officeId) {
  AUDIENTIA_TRY(Located located, locate(caller, uploadId, Action::kReadUpload, officeId));
  return located.upload;
}

Status UploadService::prepare(OpenUpload& state, const domain::Upload& upload) {
  if (state.loaded && state.durable == upload.durableOffset && state.end == state.durable) {
    if (state.sink) return ok();
    // The running hash is of [0, durable): the sink, closed when the last stream ended, only
    // needs opening again at that offset. Anything else takes the full path below.
    auto sink = store_.openUploadSink(upload.id, false);
    const auto durable = static_cast<std::uint64_t>(upload.durableOffset);
    if (sink && (*sink)->size() >= durable &&
        ((*sink)->size() == durable || (*sink)->resumeAt(durable))) {
      state.sink = std::move(*sink);
      return ok();
    }
  }
  state.loaded = false;
  state.sink.reset();
  auto sink = store_.openUploadSink(upload.id, upload.durableOffset == 0);
  auto lost = [&](const std::string& what) -> Status {
    // The server lost bytes it had called durable (its file removed by hand, disk replaced).
    // Start over rather than build on a hole.
    if (sink) (void)(*sink)->abort();
    AUDIENTIA_TRY_STATUS(uploads_.reset(upload.id));
    return Error(ErrorCode::kDataLoss, "the staging file of upload " + upload.id + " " + what +
                                           "; the upload was reset to offset 0");
  };
  if (!sink) {
    if (sink.error().code() == ErrorCode::kNotFound) return lost("is missing");
    return sink.error().withContext("opening the sink of upload " + upload.id);
  }
  auto& file = **sink;
  auto durable = static_cast<std::uint64_t>(upload.durableOffset);
  if (file.size() < durable) {
    return lost("holds " + std::to_string(file.size()) + " bytes, fewer than its durable offset " +
                std::to_string(durable));
  }
  // Bytes past the durable offset were never acknowledged: drop them.
  if (file.size() > durable) AUDIENTIA_TRY_STATUS(file.resumeAt(durable));
  Sha256 hash;
  std::vector<std::byte> buffer(kRehashBlock);
  for (std::uint64_t at = 0; at < durable;) {
    std::size_t want =
        static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), durable - at));
    AUDIENTIA_TRY(std::size_t got, file.read(at, std::span(buffer).first(want)));
    if (got == 0) return lost("ends early at " + std::to_string(at));
    hash.update(std::span(buffer).first(got));
    at += got;
  }
  state.sink = std::move(*sink);
  state.hash = std::move(hash);
  state.end = upload.durableOffset;
  state.durable = upload.durableOffset;
  state.loaded = true;
  return ok();
}

namespace {
// The digest completion checks against: the one declared at creation, else the one given now.
Expected<std::string> declaredDigest(const domain::Upload& upload, const std::string& given) {
  if (upload.sha256.empty()) {
    if (given.empty()) {
      return Error(ErrorCode::kFailedPrecondition,
                   "upload " + upload.id +
                       " was created without its SHA-256: give it (sha256) to complete it");
    }
    return given;
  }
  if (!given.empty() && given != upload.sha256) {
    return invalidArgument("sha256 " + given + " differs from the " + upload.sha256 + " upload " +
                           upload.id + " was created with");
  }
  return upload.sha256;
}

Error notReceiving(const domain::Upload& upload) {
  if (upload.state == domain::UploadState::kComplete) {
    return Error(ErrorCode::kFailedPrecondition, "upload " + upload.id + " is already complete");
  }
  return Error(ErrorCode::kFailedPrecondition, "upload " + upload.id + " is " +
                                                   uploadStateName(upload.state) +
                                                   ": create a new upload to send the file again");
}
}  // namespace

Expected<std::unique_ptr<UploadSession>> UploadService::openWrite(const domain::User& caller,
                                                                  const std::string& uploadId,
                                                                  std::string* officeId) {
  AUDIENTIA_TRY(Located located, locate(caller, uploadId, Action::kWriteUpload, officeId));
  if (located.upload.state != domain::UploadState::kReceiving) return notReceiving(located.upload);
  auto state = openState(uploadId);
  AUDIENTIA_TRY(auto lock, takeBusy(*state, uploadId));
  // Read again under the lock: the stream that held it may have moved the offset.
  AUDIENTIA_TRY(located.upload, uploads_.get(uploadId));
  if (located.upload.state != domain::UploadState::kReceiving) return notReceiving(located.upload);
  AUDIENTIA_TRY_STATUS(prepare(*state, located.upload));
  return std::make_unique<UploadSession>(
      UploadSessionContext{uploads_, clock_, options_.expiry, options_.syncEveryBytes},
      std::move(located.upload), std::move(state), std::move(lock));
}

Expected<domain::Recording> UploadService::startProcessing(const std::string& recordingId) {
  AUDIENTIA_TRY_STATUS(recordings_.transition(recordingId, domain::RecordingState::kUploading,
                                              domain::RecordingState::kVerifying));
  AUDIENTIA_TRY_STATUS(recordings_.transition(recordingId, domain::RecordingState::kVerifying,
                                              domain::RecordingState::kProcessing));
  AUDIENTIA_TRY(domain::Recording recording, recordings_.get(recordingId));
  if (recording.state == domain::RecordingState::kProcessing) {
    domain::NewJob job;
    job.kind = domain::kJobProcessRecording;
    job.subject = recordingId;
    AUDIENTIA_TRY_STATUS(jobs_.enqueue(job));
    if (onEnqueued_) onEnqueued_();
  }
  return recording;
}

Expected<CompletedUpload> UploadService::complete(const domain::User& caller,
                                                  const std::string& uploadId,
                                                  std::string* officeId) {
  return complete(caller, uploadId, std::string(), officeId);
}

Expected<CompletedUpload> UploadService::complete(const domain::User& caller,
                                                  const std::string& uploadId,
                                                  const std::string& sha256,
                                                  std::string* officeId) {
  if (!sha256.empty() && !isSha256Hex(sha256)) {
    return invalidArgument("sha256 must be 64 lower-case hex digits");
  }
  AUDIENTIA_TRY(Located located, locate(caller, uploadId, Action::kCompleteUpload, officeId));
  auto finishRecording = [&](domain::Upload upload) -> Expected<CompletedUpload> {
    if (located.recording.kind == domain::RecordingKind::kFile) {
      AUDIENTIA_TRY(domain::Recording recording, startProcessing(upload.recordingId));
      return CompletedUpload{std::move(upload), std::move(recording)};
    }
    AUDIENTIA_TRY(domain::Recording recording, recordings_.get(upload.recordingId));
    return CompletedUpload{std::move(upload), std::move(recording)};
  };
  if (located.upload.state == domain::UploadState::kComplete) {
    return finishRecording(std::move(located.upload));
  }
  if (located.upload.state != domain::UploadState::kReceiving) return notReceiving(located.upload);
  auto state = openState(uploadId);
  AUDIENTIA_TRY(auto lock, takeBusy(*state, uploadId));
  AUDIENTIA_TRY(domain::Upload upload, uploads_.get(uploadId));
  if (upload.state == domain::UploadState::kComplete) return finishRecording(std::move(upload));
  if (upload.state != domain::UploadState::kReceiving) return notReceiving(upload);
  AUDIENTIA_TRY(const std::string declared, declaredDigest(upload, sha256));
  if (upload.durableOffset != upload.sizeBytes) {
    return Error(ErrorCode::kFailedPrecondition,
                 "upload " + uploadId + " holds " + std::to_string(upload.durableOffset) + " of " +
                     std::to_string(upload.sizeBytes) +
                     " bytes: " + std::to_string(upload.sizeBytes - upload.durableOffset) +
                     " bytes are missing; continue at offset " +
                     std::to_string(upload.durableOffset));
  }
  AUDIENTIA_TRY_STATUS(prepare(*state, upload));
  std::string actual = toHex(state->hash.finish());
  state->loaded = false;  // the running hash is consumed
  if (actual != declared) {
    (void)state->sink->abort();
    state->sink.reset();
    dropState(uploadId);
    AUDIENTIA_TRY_STATUS(uploads_.reset(uploadId));
    return Error(ErrorCode::kDataLoss, "received bytes hash to " + actual + ", declared " +
                                           declared + "; the upload was reset to offset 0");
  }
  // Until the row references the object, retention must not remove it (ports/key_locks.h).
  AUDIENTIA_TRY(auto keyLock, keyLocks_.lock(actual));
  auto key = state->sink->commit(actual);
  state->sink.reset();
  dropState(uploadId);
  if (!key) return key.error().withContext("storing upload " + uploadId);
  domain::RecordingFile file;
  file.recordingId = upload.recordingId;
  file.role = upload.role;
  file.sequence = upload.sequence;
  file.fileName = upload.fileName;
  file.sizeBytes = upload.sizeBytes;
  file.sha256 = actual;
  file.contentType = contentTypeFor(upload.fileName);
  AUDIENTIA_TRY(domain::Upload completed, uploads_.complete(uploadId, file));
  keyLock.reset();
  return finishRecording(std::move(completed));
}

Expected<domain::Upload> UploadService::abort(const domain::User& caller,
                                              const std::string& uploadId, std::string* officeId) {
  AUDIENTIA_TRY(Located located, locate(caller, uploadId, Action::kAbortUpload, officeId));
  if (located.upload.state == domain::UploadState::kAborted) return located.upload;
  if (located.upload.state == domain::UploadState::kComplete) {
    return Error(ErrorCode::kFailedPrecondition,
                 "upload " + uploadId + " is already complete and cannot be aborted");
  }
  auto state = openState(uploadId);
  AUDIENTIA_TRY(auto lock, takeBusy(*state, uploadId));
  AUDIENTIA_TRY(domain::Upload aborted, uploads_.setState(uploadId, domain::UploadState::kAborted));
  Status removed = state->sink ? state->sink->abort() : store_.removeUploadSink(uploadId);
  state->sink.reset();
  state->loaded = false;
  dropState(uploadId);
  AUDIENTIA_TRY_STATUS(removed);
  return aborted;
}

Status UploadService::abandon(const std::string& uploadId, const std::string& reason) {
  AUDIENTIA_TRY(domain::Upload upload, uploads_.get(uploadId));
  if (upload.state == domain::UploadState::kReceiving) {
    AUDIENTIA_TRY_STATUS(uploads_.setState(uploadId, domain::UploadState::kAborted));
  }
  dropState(uploadId);
  AUDIENTIA_TRY_STATUS(store_.removeUploadSink(uploadId));
  AUDIENTIA_TRY(domain::Recording recording, recordings_.get(upload.recordingId));
  if (recording.state == domain::RecordingState::kUploading) {
    AUDIENTIA_TRY_STATUS(
        recordings_.setState(recording.id, domain::RecordingState::kFailed, reason));
  }
  return ok();
}

}  // namespace audientia::app
