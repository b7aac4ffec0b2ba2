#include "app/upload_session.h"

namespace audientia::app {

UploadSession::UploadSession(UploadHeader header, std::string uploadedBy,
                             std::unique_ptr<ports::ObjectWriter> writer,
                             ports::MediaInspector& inspector,
                             ports::RecordingRepository& recordings)
    : header_(std::move(header)),
      uploadedBy_(std::move(uploadedBy)),
      writer_(std::move(writer)),
      inspector_(inspector),
      recordings_(recordings) {}

Error UploadSession::fail(Error error) {
  writer_.reset();  // discards the staged bytes
  return error;
}

Status UploadSession::append(std::int64_t offset, std::span<const std::byte> data) {
  if (!writer_) {
    return Error(ErrorCode::kFailedPrecondition,
                 "upload of " + header_.fileName + " has already finished or failed");
  }
  if (offset != received_) {
    return fail(invalidArgument("chunk offset: expected " + std::to_string(received_) + ", got " +
                                std::to_string(offset)));
  }
  auto size = static_cast<std::int64_t>(data.size());
  if (size > header_.sizeBytes - received_) {
    return fail(invalidArgument("chunk at offset " + std::to_string(offset) + " of " +
                                std::to_string(size) + " bytes goes past the declared size_bytes " +
                                std::to_string(header_.sizeBytes)));
  }
  auto written = writer_->write(data);
  if (!written) return fail(written.error().withContext("storing " + header_.fileName));
  received_ += size;
  return ok();
}

Expected<domain::Recording> UploadSession::finish() {
  if (!writer_) {
    return Error(ErrorCode::kFailedPrecondition,
                 "upload of " + header_.fileName + " has already finished or failed");
  }
  if (received_ != header_.sizeBytes) {
    return fail(invalidArgument("received " + std::to_string(received_) +
                                " bytes but the header declared size_bytes " +
                                std::to_string(header_.sizeBytes)));
  }
  std::string actual = writer_->sha256Hex();
  if (actual != header_.sha256) {
    return fail(invalidArgument("declared sha256 " + header_.sha256 + " does not match received " +
                                actual));
  }
  domain::NewRecording recording{
      header_.hearingId, header_.fileName, header_.sizeBytes, actual, std::nullopt, {},
      uploadedBy_};
  auto staged = writer_->stagedPath();
  if (!staged) return fail(staged.error());
  auto info = inspector_.inspect(*staged);
  if (info) {
    recording.mediaInfo = std::move(*info);
  } else {
    // Not media: kept, and marked with the reason, naming the file as the client knows it
    // rather than by its staging path.
    recording.mediaError = info.error().message();
    if (recording.mediaError.empty()) recording.mediaError = info.error().toString();
    const std::string stagedName = staged->string();
    for (auto at = recording.mediaError.find(stagedName); at != std::string::npos;
         at = recording.mediaError.find(stagedName, at + header_.fileName.size())) {
      recording.mediaError.replace(at, stagedName.size(), header_.fileName);
    }
  }
  auto key = writer_->commit();
  if (!key) return fail(key.error().withContext("storing " + header_.fileName));
  writer_.reset();
  if (*key != actual) {
    return internalError("media store returned key " + *key + " for sha256 " + actual);
  }
  return recordings_.create(recording);
}

}  // namespace audientia::app
