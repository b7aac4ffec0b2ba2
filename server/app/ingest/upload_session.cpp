#include "app/ingest/upload_session.h"

#include <chrono>

#include "audientia/base/aside.h"

namespace audientia::app {

UploadSession::UploadSession(UploadSessionContext context, domain::Upload upload,
                             std::shared_ptr<OpenUpload> state,
                             std::unique_lock<std::timed_mutex> lock)
    : context_(context),
      upload_(std::move(upload)),
      state_(std::move(state)),
      lock_(std::move(lock)) {}

UploadSession::~UploadSession() {
  // The chunk behind and the background sync use the sink, the hash and the upload: they
  // must end before the upload is let go.
  (void)awaitChunk();
  if (syncing_.valid()) syncing_.wait();
  // Between streams only the running hash is kept: an upload whose client went away holds no
  // file and no write buffers (16 MiB with O_DIRECT). The next stream opens the sink again.
  state_->sink.reset();
}

Status UploadSession::append(std::int64_t offset, std::string& data) {
  const std::string& id = upload_.id;
  // A refused store of the chunk before ends the stream here.
  AUDIENTIA_TRY_STATUS(awaitChunk());
  if (broken_ || !state_->loaded) {
    return Error(ErrorCode::kAborted, "upload " + id + " can take no more chunks on this stream");
  }
  auto size = static_cast<std::int64_t>(data.size());
  if (data.size() > kMaxChunkBytes) {
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
  std::swap(chunk_, data);
  const auto bytes = std::as_bytes(std::span(chunk_));
  if (bytes.size() >= kBehindBytes) {
    hashing_ = aside([hash = &state_->hash, bytes] { hash->update(bytes); });
    storing_ = aside([sink = state_->sink.get(), offset, bytes] {
      return sink->append(static_cast<std::uint64_t>(offset), bytes);
    });
  } else {
    state_->hash.update(bytes);
    AUDIENTIA_TRY_STATUS(stored(state_->sink->append(static_cast<std::uint64_t>(offset), bytes)));
  }
  state_->end += size;
  if (state_->end - state_->durable >= context_.syncEveryBytes) return startSync();
  return ok();
}

Status UploadSession::awaitChunk() {
  if (hashing_.valid()) hashing_.get();
  if (!storing_.valid()) return ok();
  return stored(storing_.get());
}

Status UploadSession::stored(Status appended) {
  if (appended) return ok();
  // The running hash took in bytes that were not kept, and the sink may have dropped
  // earlier bytes it could not write: the next stream hashes the file again from its durable
  // offset.
  state_->loaded = false;
  state_->end = static_cast<std::int64_t>(state_->sink->size());
  const std::string& id = upload_.id;
  if (appended.error().code() != ErrorCode::kResourceExhausted) {
    return appended.error().withContext("storing upload " + id);
  }
  // Keep what did fit; the client resumes from the durable offset once space is back.
  if (!broken_) (void)syncAndRecord();
  return Error(ErrorCode::kResourceExhausted,
               "the media store is full (" + appended.error().message() + "); upload " + id +
                   " holds " + std::to_string(state_->durable) +
                   " durable bytes and can resume from there once space is freed");
}

Status UploadSession::startSync() {
  // A sync still running is not waited for: chunks go on being written and the next sync
  // starts with the first chunk after it ended. (Waiting for each fdatasync and database
  // update took a third of the receiving worker's time in bench/upload_bench.cpp.)
  if (syncing_.valid() && syncing_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
    return ok();
  }
  AUDIENTIA_TRY_STATUS(awaitSync());
  if (state_->end - state_->durable < context_.syncEveryBytes) return ok();
  AUDIENTIA_TRY_STATUS(awaitChunk());
  AUDIENTIA_TRY_STATUS(state_->sink->flush());
  syncingTo_ = state_->end;
  syncing_ = aside([this, sink = state_->sink.get(), from = state_->durable, to = state_->end,
                    expires = expiresAt()]() -> Expected<bool> {
    AUDIENTIA_TRY_STATUS(sink->syncFlushed());
    return context_.uploads.advance(upload_.id, from, to, expires);
  });
  return ok();
}

Status UploadSession::awaitSync() {
  if (!syncing_.valid()) return ok();
  return recorded(syncing_.get(), syncingTo_);
}

Status UploadSession::syncAndRecord() {
  AUDIENTIA_TRY_STATUS(awaitChunk());
  AUDIENTIA_TRY_STATUS(awaitSync());
  if (broken_ || state_->end == state_->durable) return ok();
  AUDIENTIA_TRY_STATUS(state_->sink->sync());
  return recorded(context_.uploads.advance(upload_.id, state_->durable, state_->end, expiresAt()),
                  state_->end);
}

Status UploadSession::recorded(Expected<bool> advanced, std::int64_t to) {
  if (!advanced) return advanced.error();
  if (!*advanced) {
    broken_ = true;
    state_->loaded = false;
    state_->sink.reset();  // the next stream reopens it from the durable offset
    return Error(ErrorCode::kAborted, "upload " + upload_.id +
                                          " was changed by another writer; ask for its status "
                                          "and continue from its durable offset");
  }
  state_->durable = to;
  upload_.durableOffset = to;
  return ok();
}

Expected<domain::Upload> UploadSession::finish() {
  // A refused store of the last chunk is reported once what was kept before it is durable.
  Status last = awaitChunk();
  if (!broken_) AUDIENTIA_TRY_STATUS(syncAndRecord());
  if (!last) return last.error();
  return context_.uploads.get(upload_.id);
}

}  // namespace audientia::app
