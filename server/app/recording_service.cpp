#include "app/recording_service.h"

#include "app/access_policy.h"
#include "audientia/base/sha256.h"
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

Expected<std::unique_ptr<UploadSession>> RecordingService::beginUpload(const domain::User& caller,
                                                                       UploadHeader header) {
  AUDIENTIA_TRY_STATUS(domain::validateId("hearing_id", header.hearingId));
  AUDIENTIA_TRY_STATUS(domain::validateFileName(header.fileName));
  if (header.sizeBytes < 0) return invalidArgument("size_bytes must not be negative");
  if (header.sha256.empty()) return invalidArgument("sha256 is required");
  if (!isSha256Hex(header.sha256)) {
    return invalidArgument("sha256 must be 64 lower-case hex digits");
  }
  AUDIENTIA_TRY(domain::Hearing hearing,
                hearings_.find(caller, header.hearingId, Action::kUploadRecording));
  if (hearing.status == domain::HearingStatus::kClosed) {
    return Error(ErrorCode::kFailedPrecondition,
                 "hearing " + hearing.id + " is closed: no further recordings");
  }
  AUDIENTIA_TRY(auto writer, store_.createWriter());
  return std::make_unique<UploadSession>(std::move(header), caller.id, std::move(writer),
                                         inspector_, recordings_);
}

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
    std::string* officeId) {
  if (offset < 0) return invalidArgument("offset must not be negative");
  if (length < 0) return invalidArgument("length must not be negative");
  AUDIENTIA_TRY(domain::Recording recording, get(caller, id, Action::kDownloadRecording, officeId));
  auto size = static_cast<std::uint64_t>(recording.sizeBytes);
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
  AUDIENTIA_TRY(auto reader, store_.openReader(recording.sha256));
  if (reader->size() != size) {
    return Error(ErrorCode::kDataLoss, "stored object " + recording.sha256 + " has " +
                                           std::to_string(reader->size()) + " bytes, recording " +
                                           id + " says " + std::to_string(size));
  }
  return std::make_unique<RecordingDownload>(std::move(recording), std::move(reader), begin, end);
}

}  // namespace audientia::app
