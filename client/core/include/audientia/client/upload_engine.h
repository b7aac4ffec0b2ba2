#pragma once

// The resumable upload engine shared by audientiactl and the desktop client (no Qt).
//
// It uploads one local file, or one capture directory (manifest.json written by the capture
// engine, see media/capture_manifest.h), to a hearing, through the journal (upload_journal.h):
//   file:    CreateUpload without the digest (idempotent on the journal's upload id; its answer
//            is the durable offset) -> WriteUpload from there, the file hashed in the same read
//            pass as it is sent (a resumed upload first hashes the part the server holds) ->
//            CompleteUpload with the SHA-256 -> journal "done". An item journaled with its
//            digest at creation (by an earlier version), or a server that wants it there, is
//            hashed first and created with it, as before.
//   capture: every segment listed in the manifest is one such upload (package id + sequence,
//            its SHA-256 checked against the manifest); with FollowMode::kFollow the directory
//            is polled for new segments until the manifest is sealed; then CompleteRecording
//            with the manifest's bytes. An unsealed capture whose process is gone is refused
//            with a hint to run `audientiactl capture recover DIR --seal`.
// Running the same item again (after a crash of either side) continues from the server's
// durable offset; hashes are reused unless the file's size or mtime changed.
// Why one pass and 4 MiB chunks: docs/adr/0009-uploads-end-to-end.md.
//
// Failures: UNAVAILABLE, DEADLINE_EXCEEDED, ABORTED, RESOURCE_EXHAUSTED, INTERNAL and UNKNOWN
// (a broken stream) are retried with exponential backoff, asking the status again each time,
// until RetryPolicy::giveUpAfter passes without progress. FAILED_PRECONDITION / OUT_OF_RANGE
// from WriteUpload (an offset the server did not expect) re-ask the status and continue. A
// DATA_LOSS from CompleteUpload (digest mismatch; the server reset the upload to 0) sends the
// file again once, hashing it anew (a digest declared at creation: re-hashed first, and a
// changed file gets a new upload id).
// Anything else fails with the server's message; the item stays pending in the journal when
// running it again may succeed, and becomes failed otherwise.
//
// Threads: run on any thread (never a UI thread: calls block). One call at a time per engine;
// cancel() may be called from any other thread and makes the running call return CANCELLED
// soon (within one chunk or one backoff wake-up), the journal keeping what was done.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/client/recordings_api.h"
#include "audientia/client/upload_journal.h"
#include "audientia/client/uploads_api.h"
#include "audientia/v1/recordings.pb.h"

namespace audientia::client {

struct RetryPolicy {
  std::chrono::milliseconds initialDelay{500};
  std::chrono::milliseconds maxDelay{std::chrono::seconds(30)};
  // Consecutive failures without any new durable byte for this long: give up (the item stays
  // pending, so running it again continues).
  std::chrono::milliseconds giveUpAfter{std::chrono::minutes(10)};
};

struct UploadEngineOptions {
  // Bytes per WriteUpload message (at most 4 MiB). Under maxBytesPerSecond a chunk is at most a
  // quarter of a second's worth (at least 64 KiB), so that pacing stays smooth.
  std::size_t chunkBytes = 4 << 20;
  // Bytes per WriteUpload stream: each stream's end waits for the server to make it durable and
  // is an update of the journal. The server syncs every 64 MiB within a stream anyway (what a
  // resume continues from); fewer stream ends keep the line busy. Under maxBytesPerSecond a
  // stream is at most 8 seconds' worth, so that the journal keeps up with a slow line.
  std::uint64_t streamBytes = std::uint64_t{256} << 20;
  std::uint64_t maxBytesPerSecond = 0;  // 0: as fast as the line allows
  RetryPolicy retry;
  std::chrono::milliseconds followInterval{2000};  // polling a capture directory
};

enum class UploadPhase {
  kUnspecified = 0,
  kHashing,   // reading a file only to compute its SHA-256 (sending hashes as it goes)
  kResuming,  // the server already holds durableBytes of this item (reported once per run)
  kSending,
  kRetrying,    // a transient failure; detail says which, the next try follows a backoff
  kWaiting,     // a followed capture: waiting for the next segment or the seal
  kCompleting,  // CompleteUpload / CompleteRecording
  kDone,
};
const char* toString(UploadPhase phase);  // "hashing", "resuming", ...

struct UploadProgress {
  UploadPhase phase = UploadPhase::kUnspecified;
  std::string itemKey;
  std::filesystem::path path;  // the file or capture directory
  std::string fileName;        // the file being worked on (a segment's name for captures)
  int sequence = 0;            // the segment's, 0 for a plain file
  // Over the whole item (every segment known so far). sentBytes counts what the server had
  // before this run too, so sentBytes / totalBytes is the share done.
  std::uint64_t sentBytes = 0;
  std::uint64_t durableBytes = 0;
  std::uint64_t totalBytes = 0;   // grows while a followed capture records
  std::uint64_t hashedBytes = 0;  // kHashing: of the file being hashed
  std::uint64_t hashTotalBytes = 0;
  double bytesPerSecond = 0;  // bytes sent by this run per second of sending
  std::string detail;         // kRetrying: the error; kWaiting: what for
};
// Called on the engine's thread; keep it short (it is called at least once per chunk).
using UploadProgressCallback = std::function<void(const UploadProgress&)>;

struct UploadOutcome {
  UploadJournalEntry entry;  // the journal item as it ended (state kDone)
  // The recording as the server returned it at completion; for an item already done before
  // this run, fetched with GetRecording (left empty when that fails).
  v1::Recording recording;
  bool alreadyDone = false;            // nothing left to do when this run started
  std::uint64_t resumedFromBytes = 0;  // durable bytes on the server when this run started
};

class UploadEngine {
 public:
  // uploads: the resumable upload calls; recordings: GetRecording, for an item completed before
  // (usually both are one ApiClient). server: HOST:PORT as the journal keys it (the address the
  // client talks to).
  UploadEngine(UploadsApi& uploads, RecordingsApi& recordings, const UploadJournal& journal,
               std::string server, UploadEngineOptions options = {});

  // Finds or creates the journal item for path (a regular file or a capture directory) and
  // runs it to the end. An item that is done already returns alreadyDone. An aborted or
  // failed item is started again with fresh upload ids.
  Expected<UploadOutcome> upload(const std::string& hearingId, const std::filesystem::path& path,
                                 FollowMode follow, const UploadProgressCallback& progress = {});
  // Writes the journal item for path without any network call (the desktop queue: an item is
  // on record before its upload starts, and survives a restart). Returns it (an existing one
  // when there is one).
  Expected<UploadJournalEntry> enqueue(const std::string& hearingId,
                                       const std::filesystem::path& path, FollowMode follow);
  // Runs an existing journal item (of this engine's server) to the end.
  Expected<UploadOutcome> run(const std::string& key, const UploadProgressCallback& progress = {});

  // Any thread. The running call returns CANCELLED; calls made later too, until resetCancel().
  void cancel();
  void resetCancel();
  bool cancelled() const { return cancelled_.load(); }

  const std::string& server() const { return server_; }
  const UploadEngineOptions& options() const { return options_; }

 private:
  friend class UploadRun;
  // Sleeps up to `delay`; false when cancelled meanwhile.
  bool sleepUnlessCancelled(std::chrono::milliseconds delay);

  UploadsApi& uploads_;
  RecordingsApi& recordings_;
  const UploadJournal& journal_;
  std::string server_;
  UploadEngineOptions options_;
  std::atomic<bool> cancelled_{false};
  std::mutex sleepMutex_;
  std::condition_variable sleepWake_;
};

// True for the codes the engine retries (see above).
bool isTransientUploadError(ErrorCode code);

}  // namespace audientia::client
