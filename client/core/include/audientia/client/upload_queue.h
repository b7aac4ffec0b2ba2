#pragma once

// The workstation's upload queue: the journal's items for one server, run one after another by
// one UploadEngine. The desktop client drives it from a worker thread; because every item is in
// the journal before it starts, a restart of the client finds the queue as it was and
// resumeAll() continues each item from the server's durable offset.
//
// Threads: items(), enqueue(), remove() and removeFinished() may be called from any thread, also
// while runNext()/resumeAll() runs on the worker; cancel() stops the running item (it stays
// pending). runNext()/resumeAll() run on one thread at a time.

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/client/upload_engine.h"
#include "audientia/client/upload_journal.h"

namespace audientia::client {

struct QueueRunResult {
  std::string key;
  std::filesystem::path path;
  Expected<UploadOutcome> outcome;
};

class UploadQueue {
 public:
  // uploads and recordings: as UploadEngine's; AbortUpload goes through uploads.
  UploadQueue(UploadsApi& uploads, RecordingsApi& recordings, UploadJournal journal,
              std::string server, UploadEngineOptions options = {});

  // This server's items, oldest first.
  Expected<std::vector<UploadJournalEntry>> items() const;
  // Puts a file or capture directory on the queue (no network); see UploadEngine::enqueue.
  Expected<UploadJournalEntry> enqueue(const std::string& hearingId,
                                       const std::filesystem::path& path, FollowMode follow);
  // Runs the oldest pending item; when none is pending: an empty key and NOT_FOUND.
  QueueRunResult runNext(const UploadProgressCallback& progress = {});
  // Runs every pending item once, oldest first; stops early when cancelled. Items that fail
  // stay in the journal (pending when a retry may help, failed otherwise).
  std::vector<QueueRunResult> resumeAll(const UploadProgressCallback& progress = {});

  // Removes a finished item (done, failed or aborted) from the journal; a pending one is
  // FAILED_PRECONDITION (abort it first: it may hold staged bytes on the server).
  Status remove(const std::string& key);
  // Aborts a pending item on the server (AbortUpload of each unfinished upload) and marks it
  // aborted. Must not be called for the item being run: cancel() first.
  Status abort(const std::string& key);
  // Removes every done item; returns how many.
  Expected<std::size_t> removeFinished();

  void cancel() { engine_.cancel(); }
  void resetCancel() { engine_.resetCancel(); }
  UploadEngine& engine() { return engine_; }
  const UploadJournal& journal() const { return journal_; }

 private:
  UploadsApi& uploads_;
  UploadJournal journal_;
  UploadEngine engine_;
};

}  // namespace audientia::client
