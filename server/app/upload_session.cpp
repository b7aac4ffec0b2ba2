#include "app/upload_session.h"

#include "app/upload_service.h"

namespace audientia::app {

UploadSession::UploadSession(UploadService& service, domain::Upload upload,
                             std::shared_ptr<OpenUpload> state, std::unique_lock<std::mutex> lock)
    : service_(service),
      upload_(std::move(upload)),
      state_(std::move(state)),
      lock_(std::move(lock)) {}

UploadSession::~UploadSession() = default;

Status UploadSession::append(std::int64_t offset, std::span<const std::byte> data) {
  const std::string& id = upload_.id;
  if (broken_) {
    return Error(ErrorCode::kAborted, "upload " + id + " can take no more chunks on this stream");
  }
  auto size = static_cast<std::int64_t>(data.size());
  if (data.size() > UploadService::kMaxChunkBytes) {
    return invalidArgument("chunk.data: at most 4 MiB per message, got " + std::to_string(size) +
                           " bytes at offset " + std::to_string(offset));
  }
  if (offset < 0 || offset > upload_.sizeBytes || size > upload_.sizeBytes - offset) {
    return Error(ErrorCode::kOutOfRange,
                 "chunk at offset " + std::to_string(offset) + " of " + std::to_string(size) +
                     " bytes goes past the declared size of upload " + id + " (" +
                     std::to_string(upload_.sizeBytes) + " bytes); it continues at " +
                     std::to_string(state_->end));
  }
  if (offset != state_->end) {
    return Error(ErrorCode::kFailedPrecondition, "chunk at offset " + std::to_string(offset) +
                                                     " but upload " + id + " continues at " +
                                                     std::to_string(state_->end));
  }
  if (size == 0) return ok();
  auto appended = state_->staging->append(data);
  if (!appended) {
    if (appended.error().code() != ErrorCode::kResourceExhausted) {
      return appended.error().withContext("storing upload " + id);
    }
    // Keep what did fit; the client resumes from the durable offset once space is back.
    auto kept = finish();
    std::int64_t durable = kept ? kept->durableOffset : state_->durable;
    return Error(ErrorCode::kResourceExhausted,
                 "the media store is full (" + appended.error().message() + "); upload " + id +
                     " holds " + std::to_string(durable) +
                     " durable bytes and can resume from there once space is freed");
  }
  state_->hash.update(data);
  state_->end += size;
  if (state_->end - state_->durable >= service_.options().syncEveryBytes) {
    return syncAndRecord();
  }
  return ok();
}

Status UploadSession::syncAndRecord() {
  if (state_->end == state_->durable) return ok();
  AUDIENTIA_TRY_STATUS(state_->staging->sync());
  auto advanced =
      service_.uploads_.advance(upload_.id, state_->durable, state_->end, service_.expiresAt());
  if (!advanced) return advanced.error();
  if (!*advanced) {
    broken_ = true;
    state_->loaded = false;
    state_->staging.reset();
    service_.dropState(upload_.id);
    return Error(ErrorCode::kAborted, "upload " + upload_.id +
                                          " was changed by another writer; ask for its status "
                                          "and continue from its durable offset");
  }
  state_->durable = state_->end;
  upload_.durableOffset = state_->end;
  return ok();
}

Expected<domain::Upload> UploadSession::finish() {
  if (!broken_) AUDIENTIA_TRY_STATUS(syncAndRecord());
  return service_.uploads_.get(upload_.id);
}

}  // namespace audientia::app
