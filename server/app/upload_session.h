#pragma once

// One stream of chunks into a resumable upload (see upload_service.h).
//
// Contract: every chunk starts at the upload's current end and does not go past its declared
// size; at most 4 MiB each. Bytes are appended to the upload's staging file and hashed as they
// arrive (a large chunk is hashed on a second thread while it is written). Every
// `syncEveryBytes` the staging is flushed and then fsynced on a background thread while further
// chunks are written (when the disk is slower than that, the next sync starts once the one
// before has ended); only once a sync returned is the new durable offset recorded. finish()
// waits for it and syncs the rest. A refused chunk is not kept. Call finish() however the stream
// ended (also after an error) so that what arrived is kept.

#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <span>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/base/sha256.h"
#include "domain/ingest.h"
#include "ports/media_store.h"

namespace audientia::app {

class UploadService;

// What the server keeps of an upload between streams. `busy` is held by the one stream (or
// completion) working on it.
struct OpenUpload {
  std::timed_mutex busy;
  std::unique_ptr<ports::ResumableStaging> staging;
  Sha256 hash;               // of staging bytes [0, end)
  std::int64_t end = 0;      // bytes in the staging file, all hashed
  std::int64_t durable = 0;  // synced and recorded in the database
  bool loaded = false;
};

class UploadSession {
 public:
  UploadSession(UploadService& service, domain::Upload upload, std::shared_ptr<OpenUpload> state,
                std::unique_lock<std::timed_mutex> lock);
  ~UploadSession();
  UploadSession(const UploadSession&) = delete;
  UploadSession& operator=(const UploadSession&) = delete;

  Status append(std::int64_t offset, std::span<const std::byte> data);
  // Makes everything appended durable and returns the upload as recorded.
  Expected<domain::Upload> finish();

  const domain::Upload& upload() const { return upload_; }
  std::int64_t end() const { return state_->end; }

 private:
  // Flushes the staging and starts its fsync and the recording of the new durable offset on a
  // background thread (after the previous one finished).
  Status startSync();
  // Waits for the background sync, if any, and takes in its result.
  Status awaitSync();
  // Takes in the result of recording a durable offset `to`.
  Status recorded(Expected<bool> advanced, std::int64_t to);
  // Waits for the background sync, then makes every appended byte durable and records it.
  Status syncAndRecord();

  // A chunk at least this large is hashed on a second thread while it is written.
  static constexpr std::size_t kHashAsideBytes = 512 * 1024;

  UploadService& service_;
  domain::Upload upload_;
  std::shared_ptr<OpenUpload> state_;
  std::unique_lock<std::timed_mutex> lock_;
  bool broken_ = false;                  // the cached state was dropped; nothing more is written
  std::future<Expected<bool>> syncing_;  // the background sync to syncingTo_, if any
  std::int64_t syncingTo_ = 0;
};

}  // namespace audientia::app
