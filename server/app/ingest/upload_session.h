#pragma once

// One stream of chunks into a resumable upload (see upload_service.h).
//
// Contract: every chunk starts at the upload's current end and does not go past its declared
// size; at most 4 MiB each. Bytes are appended to the upload's sink (ports::UploadSink) and hashed
// as they arrive: a large chunk is hashed and stored behind, on threads of their own, while the
// caller reads the next one (the session keeps the chunk's buffer until then); a store that failed
// is reported by the next append or by finish(). Every `syncEveryBytes` the sink is flushed and
// then synced on a background thread while further chunks are written (when the disk is slower than
// that, the next sync starts once the one before has ended); only once a sync returned is the new
// durable offset recorded. finish() waits for it and syncs the rest. A refused chunk is not kept.
// Call finish() however the stream ended (also after an error) so that what arrived is kept.

#include <chrono>
#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <span>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/base/sha256.h"
#include "domain/ingest.h"
#include "ports/clock.h"
#include "ports/ingest_repositories.h"
#include "ports/media_store.h"

namespace audientia::app {

// What the server keeps of an upload between streams. `busy` is held by the one stream (or
// completion) working on it.
struct OpenUpload {
  std::timed_mutex busy;
  // Open while a stream or a completion works on the upload (closed when a stream ends).
  std::unique_ptr<ports::UploadSink> sink;
  Sha256 hash;               // of the sink's bytes [0, end)
  std::int64_t end = 0;      // bytes in the sink, all hashed
  std::int64_t durable = 0;  // synced and recorded in the database
  bool loaded = false;
};

// What a session needs from the service that opened it, given by constructor.
struct UploadSessionContext {
  ports::UploadRepository& uploads;  // advance() records durable offsets; get() at the end
  ports::Clock& clock;
  std::chrono::seconds expiry;  // each recorded offset extends the upload to now + expiry
  std::int64_t syncEveryBytes;
};

class UploadSession {
 public:
  // At most this many bytes per chunk (one gRPC message).
  static constexpr std::size_t kMaxChunkBytes = std::size_t{4} << 20;

  UploadSession(UploadSessionContext context, domain::Upload upload,
                std::shared_ptr<OpenUpload> state, std::unique_lock<std::timed_mutex> lock);
  ~UploadSession();
  UploadSession(const UploadSession&) = delete;
  UploadSession& operator=(const UploadSession&) = delete;

  // Appends a chunk's bytes, taking them: `data` is swapped with a buffer the session is done
  // with (empty, or the bytes of an earlier chunk), so the caller's next chunk reuses its memory
  // and no byte is copied to keep the chunk while it is hashed.
  Status append(std::int64_t offset, std::string& data);
  // Makes everything appended durable and returns the upload as recorded.
  Expected<domain::Upload> finish();

  const domain::Upload& upload() const { return upload_; }
  std::int64_t end() const { return state_->end; }

 private:
  // Flushes the sink and starts its fsync and the recording of the new durable offset on a
  // background thread (after the previous one finished).
  Status startSync();
  // Waits for the background sync, if any, and takes in its result.
  Status awaitSync();
  // Takes in the result of recording a durable offset `to`.
  Status recorded(Expected<bool> advanced, std::int64_t to);
  // Waits for the background sync, then makes every appended byte durable and records it.
  Status syncAndRecord();
  // Waits until the chunk taken last, if any, is hashed and stored; returns stored(...).
  Status awaitChunk();
  // Takes in the result of storing a chunk. A refused chunk drops the cached state (the next
  // stream hashes the sink again from its durable offset); on a full store what fit is made
  // durable first and the error names the offset to resume from.
  Status stored(Status appended);

  // A chunk at least this large is hashed and stored behind; a smaller one here and now.
  static constexpr std::size_t kBehindBytes = 512 * 1024;

  domain::Timestamp expiresAt() const { return context_.clock.now() + context_.expiry; }

  UploadSessionContext context_;
  domain::Upload upload_;
  std::shared_ptr<OpenUpload> state_;
  std::unique_lock<std::timed_mutex> lock_;
  bool broken_ = false;  // the cached state was dropped; nothing more is written
  std::string chunk_;    // the chunk taken last, hashed and stored behind while these run:
  std::future<void> hashing_;
  std::future<Status> storing_;
  std::future<Expected<bool>> syncing_;  // the background sync to syncingTo_, if any
  std::int64_t syncingTo_ = 0;
};

}  // namespace audientia::app
