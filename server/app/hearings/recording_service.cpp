#include "app/hearings/recording_service.h"

#include "app/identity/access_policy.h"
#include "domain/rules.h"

namespace audientia::app {

Expected<std::size_t> RecordingDownload::next(std::span<std::byte> buffer) {
  if (position_ >= end_) return std::size_t{0};
  std::uint64_t want = std::min<std::uint64_t>(buffer.size(), end_ - position_);
  AUDIENTIA_TRY(std::size_t got, reader_->read(position_, buffer.first(want)));
  if (got == 0) {
    return Error(ErrorCode::kDataLoss, "stored object of recording " + recording_.id + " ends at " +
                                           std::to_string(position_) +
                                           ", before its recorded size");
  }
  position_ += got;
  return got;
}

std::string fileRoleName(domain::FileRole role) {
  switch (role) {
    case domain::FileRole::kOriginal:
      return "original";
    case domain::FileRole::kSegment:
      return "segment";
    case domain::FileRole::kManifest:
      return "manifest";
    case domain::FileRole::kMaster:
      return "master";
    case domain::FileRole::kThumbnail:
      return "thumbnail";
    case domain::FileRole::kWaveform:
      return "waveform";
    case domain::FileRole::kUnspecified:
      break;
  }
  return "unspecified";
}

namespace {

const domain::RecordingFile* findFile(const domain::Recording& recording, domain::FileRole role,
                                      int sequence) {
  for (const auto& file : recording.files) {
    if (file.role == role && file.sequence == sequence) return &file;
  }
  return nullptr;
}

bool verified(domain::RecordingState state) {
  return state == domain::RecordingState::kProcessing ||
         state == domain::RecordingState::kAvailable || state == domain::RecordingState::kFailed;
}

std::string stateName(domain::RecordingState state) {
  switch (state) {
    case domain::RecordingState::kUploading:
      return "still uploading";
    case domain::RecordingState::kVerifying:
      return "still being verified";
    default:
      return "not ready";
  }
}

// The file a download selects, or why there is none to give.
Expected<domain::RecordingFile> selectFile(const domain::Recording& recording,
                                           FileSelector selector) {
  const std::string& id = recording.id;
  if (selector.role == domain::FileRole::kUnspecified) {
    if (const auto* master = findFile(recording, domain::FileRole::kMaster, 0)) return *master;
    if (recording.kind == domain::RecordingKind::kCapture) {
      return Error(ErrorCode::kFailedPrecondition,
                   "recording " + id +
                       " is still processing: it has no master yet; download a segment or the "
                       "manifest by role");
    }
    selector.role = domain::FileRole::kOriginal;
    selector.sequence = 0;
  }
  bool original = selector.role == domain::FileRole::kOriginal ||
                  selector.role == domain::FileRole::kSegment ||
                  selector.role == domain::FileRole::kManifest;
  if (original && !verified(recording.state)) {
    return Error(ErrorCode::kFailedPrecondition,
                 "recording " + id + " is " + stateName(recording.state) + ": its " +
                     fileRoleName(selector.role) + " cannot be downloaded yet");
  }
  const auto* file = findFile(recording, selector.role, selector.sequence);
  if (file == nullptr) {
    std::string what = fileRoleName(selector.role);
    if (selector.role == domain::FileRole::kSegment ||
        selector.role == domain::FileRole::kThumbnail) {
      what += " " + std::to_string(selector.sequence);
    }
    return notFound("recording " + id + " has no " + what);
  }
  return *file;
}

}  // namespace

Expected<domain::Recording> RecordingService::get(const domain::User& caller, const std::string& id,
                                                  Action action, std::string* officeId) {
  AUDIENTIA_TRY_STATUS(domain::validateId("recording_id", id));
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(action)));
  const std::string missing = "recording " + id + " does not exist";
  auto recording = recordings_.get(id);
  if (!recording) {
    if (isMissing(recording.error())) return notFound(missing);
    return recording.error();
  }
  auto hearing = hearings_.find(caller, recording->hearingId, action);
  if (!hearing) {
    // Out of scope reads exactly like a missing recording.
    if (hearing.error().code() == ErrorCode::kNotFound) return notFound(missing);
    return hearing.error();
  }
  if (officeId != nullptr) *officeId = hearing->officeId;
  return recording;
}

Expected<std::unique_ptr<RecordingDownload>> RecordingService::openDownload(
    const domain::User& caller, const std::string& id, std::int64_t offset, std::int64_t length,
    FileSelector selector, std::string* officeId) {
  if (offset < 0) return invalidArgument("offset must not be negative");
  if (length < 0) return invalidArgument("length must not be negative");
  if (selector.sequence < 0) return invalidArgument("sequence must not be negative");
  AUDIENTIA_TRY(domain::Recording recording, get(caller, id, Action::kDownloadRecording, officeId));
  AUDIENTIA_TRY(domain::RecordingFile file, selectFile(recording, selector));
  auto size = static_cast<std::uint64_t>(file.sizeBytes);
  auto begin = static_cast<std::uint64_t>(offset);
  if (begin > size) {
    return Error(ErrorCode::kOutOfRange, "offset " + std::to_string(offset) +
                                             " is beyond the size of recording " + id + " (" +
                                             std::to_string(size) + " bytes)");
  }
  std::uint64_t end = length == 0 ? size : begin + static_cast<std::uint64_t>(length);
  if (end > size) {
    return Error(ErrorCode::kOutOfRange, "range " + std::to_string(begin) + "-" +
                                             std::to_string(end - 1) + " goes past the end of " +
                                             "recording " + id + " (" + std::to_string(size) +
                                             " bytes)");
  }
  AUDIENTIA_TRY(auto reader, store_.openReader(file.sha256));
  if (reader->size() != size) {
    return Error(ErrorCode::kDataLoss, "stored object " + file.sha256 + " has " +
                                           std::to_string(reader->size()) + " bytes, recording " +
                                           id + " says " + std::to_string(size));
  }
  return std::make_unique<RecordingDownload>(std::move(recording), std::move(file),
                                             std::move(reader), begin, end);
}

}  // namespace audientia::app
