#pragma once

// The desktop client's upload queue: client::UploadQueue (the engine audientiactl uses, over the
// same journal in $AUDIENTIA_CONFIG_DIR/uploads) run on a worker QThread of its own, so that no
// hashing or sending ever blocks the UI thread. Every signal is delivered on the thread that
// created the service (the UI thread); progress at most ~10 times a second per item, and always
// when the phase changes.
//
// Items run one after another, oldest first. One whose run ends with an error other than a
// cancellation is not run again by this service until retry() (or the next service: the next
// start of the client); the engine itself already retried transient failures with backoff.
// pause() cancels the running item (it stays pending, continuing from the server's durable
// offset on resume()); destroying the service does the same, so the client may close at any time.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/client/recordings_api.h"
#include "audientia/client/upload_queue.h"
#include "audientia/client/uploads_api.h"

namespace audientia::gui {

class UploadQueueService : public QObject {
  Q_OBJECT

 public:
  // uploads, recordings: the logged-in client's calls the queue makes (usually both the one
  // ApiClient, shared with other callers: its RPCs are thread-safe). server: HOST:PORT as the
  // session names it (the journal's key). Nothing runs before start().
  UploadQueueService(std::shared_ptr<client::UploadsApi> uploads,
                     std::shared_ptr<client::RecordingsApi> recordings,
                     client::UploadJournal journal, std::string server,
                     client::UploadEngineOptions options = {}, QObject* parent = nullptr);
  // Cancels the running item and waits for the worker (at most about one chunk); every
  // unfinished item stays pending in the journal.
  ~UploadQueueService() override;
  UploadQueueService(const UploadQueueService&) = delete;
  UploadQueueService& operator=(const UploadQueueService&) = delete;

  const std::string& server() const { return server_; }

  // This server's journal items, oldest first (small local files; no network).
  Expected<std::vector<client::UploadJournalEntry>> items() const;
  // Starts running the pending items; returns how many there are (the ones being resumed).
  Expected<int> start();
  // Puts a file or capture directory on the queue and returns at once (the journal item is on
  // disk before this returns); the worker picks it up unless paused.
  Expected<client::UploadJournalEntry> enqueue(const std::string& hearingId,
                                               const std::filesystem::path& path,
                                               client::FollowMode follow);
  // Stops the running item (it stays pending) and starts no other until resume().
  void pause();
  void resume();
  bool isPaused() const { return paused_.load(); }
  // Runs an item again that stopped with an error or failed.
  void retry(const std::string& key);
  // Aborts an unfinished item on the server (a running one is cancelled first); the outcome
  // arrives as aborted() or errorOccurred().
  void abort(const std::string& key);
  // Removes a finished (done, failed, aborted) item from the journal.
  Status remove(const std::string& key);
  // Removes every done item; returns how many.
  Expected<std::size_t> removeFinished();

  // The item being run, empty when none.
  std::string runningKey() const;

  // In the background: removes the local copies of captures under captureRoot that the server
  // has verified, once `keep` has passed since their upload (audientia/client/
  // local_copy_cleanup.h); localCopiesRemoved() says which (only when there were some).
  void removeVerifiedCaptures(const std::filesystem::path& captureRoot, std::chrono::hours keep);

 signals:
  void itemStarted(const QString& key);
  void progressed(const audientia::client::UploadProgress& progress);
  // A run ended: the recording exists (recordingId set), or error says why it stopped
  // (cancelled: true when it was paused or the service is closing; it stays pending).
  void itemFinished(const QString& key, const QString& hearingId, const QString& recordingId,
                    const QString& error, bool cancelled);
  void aborted(const QString& key);
  // The journal changed in a way items() shows (enqueued, removed, aborted, an item ended).
  void itemsChanged();
  // Nothing left to run (or paused).
  void idle();
  void errorOccurred(const QString& message);
  void localCopiesRemoved(const QStringList& dirs);

 private:
  void wake();
  // On the worker thread: runs pending items until none is left, paused or closing.
  void drain();
  // The next pending item not skipped or being aborted; empty when none.
  std::string nextKey();
  void reportProgress(const client::UploadProgress& progress);
  void runAbort(const std::string& key);

  // Kept alive while the queue uses them.
  std::shared_ptr<client::UploadsApi> uploads_;
  std::shared_ptr<client::RecordingsApi> recordings_;
  std::string server_;
  client::UploadQueue queue_;
  QThread thread_;
  QObject* worker_ = nullptr;  // lives on thread_: drain() runs in its context
  QThreadPool abortPool_;      // AbortUpload calls for items not being run
  std::atomic<bool> paused_{false};
  std::atomic<bool> closing_{false};
  std::atomic<bool> started_{false};
  std::atomic<bool> wakePosted_{false};

  mutable std::mutex mutex_;  // guards what follows
  std::string running_;
  std::string abortAfterRun_;       // abort the running item once its run returned
  std::set<std::string> skipped_;   // stopped with an error this session
  std::set<std::string> retry_;     // run again even when failed or skipped
  std::set<std::string> aborting_;  // an abort is under way

  // Worker thread only: the throttle of progress reports.
  std::chrono::steady_clock::time_point lastReport_{};
  client::UploadPhase lastPhase_ = client::UploadPhase::kUnspecified;
};

}  // namespace audientia::gui

Q_DECLARE_METATYPE(audientia::client::UploadProgress)
