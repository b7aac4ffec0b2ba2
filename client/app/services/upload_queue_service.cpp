#include "services/upload_queue_service.h"

#include <QMetaObject>
#include <exception>
#include <utility>

#include "audientia/client/local_copy_cleanup.h"

namespace audientia::gui {
namespace {

using client::UploadItemState;
using client::UploadPhase;

// Progress bars move smoothly at this rate; more would only keep the UI thread busy.
constexpr std::chrono::milliseconds kReportInterval{100};

QString qs(const std::string& text) {
  return QString::fromStdString(text);
}

// The server's (or the engine's) message, which says what failed on what.
QString errorText(const Error& error) {
  return qs(error.message().empty() ? error.toString() : error.message());
}

}  // namespace

UploadQueueService::UploadQueueService(std::shared_ptr<client::UploadsApi> uploads,
                                       std::shared_ptr<client::RecordingsApi> recordings,
                                       client::UploadJournal journal, std::string server,
                                       client::UploadEngineOptions options, QObject* parent)
    : QObject(parent),
      uploads_(std::move(uploads)),
      recordings_(std::move(recordings)),
      server_(std::move(server)),
      queue_(*uploads_, *recordings_, std::move(journal), server_, std::move(options)) {
  qRegisterMetaType<client::UploadProgress>();
  thread_.setObjectName(QStringLiteral("uploads"));
  worker_ = new QObject;
  worker_->moveToThread(&thread_);
  abortPool_.setMaxThreadCount(1);
  thread_.start();
}

UploadQueueService::~UploadQueueService() {
  closing_.store(true);
  queue_.cancel();
  thread_.quit();
  thread_.wait();
  abortPool_.waitForDone();
  delete worker_;
}

Expected<std::vector<client::UploadJournalEntry>> UploadQueueService::items() const {
  return queue_.items();
}

Expected<int> UploadQueueService::start() {
  AUDIENTIA_TRY(const std::vector<client::UploadJournalEntry> entries, queue_.items());
  int pending = 0;
  for (const auto& entry : entries) {
    if (entry.state == UploadItemState::kPending) ++pending;
  }
  started_.store(true);
  wake();
  return pending;
}

Expected<client::UploadJournalEntry> UploadQueueService::enqueue(const std::string& hearingId,
                                                                 const std::filesystem::path& path,
                                                                 client::FollowMode follow) {
  AUDIENTIA_TRY(client::UploadJournalEntry entry, queue_.enqueue(hearingId, path, follow));
  emit itemsChanged();
  // Adding a file again that failed or was aborted means: try it again.
  if (entry.state == UploadItemState::kFailed || entry.state == UploadItemState::kAborted) {
    retry(entry.key);
  } else if (entry.state == UploadItemState::kPending) {
    std::lock_guard lock(mutex_);
    skipped_.erase(entry.key);
  }
  wake();
  return entry;
}

void UploadQueueService::pause() {
  paused_.store(true);
  queue_.cancel();
}

void UploadQueueService::resume() {
  paused_.store(false);
  queue_.resetCancel();
  wake();
}

void UploadQueueService::retry(const std::string& key) {
  {
    std::lock_guard lock(mutex_);
    skipped_.erase(key);
    retry_.insert(key);
  }
  wake();
}

void UploadQueueService::abort(const std::string& key) {
  {
    std::lock_guard lock(mutex_);
    if (!aborting_.insert(key).second) return;
    retry_.erase(key);
    if (running_ == key) {
      // The engine must not be running the item it aborts: the worker aborts it once the run
      // has returned.
      abortAfterRun_ = key;
      queue_.cancel();
      return;
    }
  }
  abortPool_.start([this, key] { runAbort(key); });
}

void UploadQueueService::removeVerifiedCaptures(const std::filesystem::path& captureRoot,
                                                std::chrono::hours keep) {
  abortPool_.start([this, captureRoot, keep] {
    if (closing_.load()) return;
    auto cleanup =
        client::removeVerifiedCaptures(queue_.journal(), *recordings_, server_, captureRoot, keep,
                                       std::chrono::system_clock::now());
    if (!cleanup) {
      const QString message = QString::fromStdString(cleanup.error().message());
      QMetaObject::invokeMethod(
          this, [this, message] { emit errorOccurred(message); }, Qt::QueuedConnection);
      return;
    }
    if (cleanup->removed.empty()) return;
    QStringList dirs;
    for (const auto& dir : cleanup->removed) dirs << QString::fromStdString(dir.string());
    QMetaObject::invokeMethod(
        this,
        [this, dirs] {
          emit localCopiesRemoved(dirs);
          emit itemsChanged();
        },
        Qt::QueuedConnection);
  });
}

Status UploadQueueService::remove(const std::string& key) {
  AUDIENTIA_TRY_STATUS(queue_.remove(key));
  emit itemsChanged();
  return ok();
}

Expected<std::size_t> UploadQueueService::removeFinished() {
  AUDIENTIA_TRY(const std::size_t removed, queue_.removeFinished());
  if (removed > 0) emit itemsChanged();
  return removed;
}

std::string UploadQueueService::runningKey() const {
  std::lock_guard lock(mutex_);
  return running_;
}

void UploadQueueService::wake() {
  if (!started_.load() || paused_.load() || closing_.load()) return;
  // One drain queued is enough: it runs until nothing is left.
  if (wakePosted_.exchange(true)) return;
  QMetaObject::invokeMethod(
      worker_, [this] { drain(); }, Qt::QueuedConnection);
}

std::string UploadQueueService::nextKey() {
  auto entries = queue_.items();
  if (!entries) {
    QMetaObject::invokeMethod(
        this,
        [this, message = errorText(entries.error())] {
          emit errorOccurred(tr("Reading the upload queue failed: %1").arg(message));
        },
        Qt::QueuedConnection);
    return {};
  }
  std::lock_guard lock(mutex_);
  for (const auto& entry : *entries) {
    if (aborting_.count(entry.key) > 0) continue;
    const bool retried = retry_.erase(entry.key) > 0;
    const bool runnable =
        entry.state == UploadItemState::kPending && skipped_.count(entry.key) == 0;
    if (retried || runnable) {
      running_ = entry.key;
      return entry.key;
    }
  }
  return {};
}

void UploadQueueService::drain() {
  wakePosted_.store(false);
  while (!closing_.load() && !paused_.load()) {
    const std::string key = nextKey();
    if (key.empty()) break;
    lastPhase_ = UploadPhase::kUnspecified;
    QMetaObject::invokeMethod(
        this, [this, key] { emit itemStarted(qs(key)); }, Qt::QueuedConnection);
    // The thread edge: nothing thrown below may escape into Qt.
    Expected<client::UploadOutcome> outcome = [&]() -> Expected<client::UploadOutcome> {
      try {
        return queue_.engine().run(
            key, [this](const client::UploadProgress& progress) { reportProgress(progress); });
      } catch (const std::exception& e) {
        return Error(ErrorCode::kInternal, std::string("unexpected failure: ") + e.what());
      }
    }();
    const bool cancelled = !outcome && outcome.error().code() == ErrorCode::kCancelled;
    bool abortNow = false;
    {
      std::lock_guard lock(mutex_);
      running_.clear();
      abortNow = abortAfterRun_ == key;
      if (abortNow) abortAfterRun_.clear();
      if (!outcome && !cancelled) skipped_.insert(key);
    }
    QString hearingId;
    QString recordingId;
    QString error;
    if (outcome) {
      hearingId = qs(outcome->entry.hearingId);
      recordingId = qs(outcome->entry.recordingId);
    } else {
      error = errorText(outcome.error());
      if (auto entry = queue_.journal().find(key); entry && *entry) {
        hearingId = qs((*entry)->hearingId);
      }
    }
    QMetaObject::invokeMethod(
        this,
        [this, key, hearingId, recordingId, error, cancelled] {
          emit itemFinished(qs(key), hearingId, recordingId, error, cancelled);
          emit itemsChanged();
        },
        Qt::QueuedConnection);
    if (abortNow) runAbort(key);
    // A cancel meant for one item (to abort it) must not stop the next.
    if (cancelled && !paused_.load() && !closing_.load()) queue_.resetCancel();
  }
  if (!closing_.load()) {
    QMetaObject::invokeMethod(
        this, [this] { emit idle(); }, Qt::QueuedConnection);
  }
}

void UploadQueueService::reportProgress(const client::UploadProgress& progress) {
  const auto now = std::chrono::steady_clock::now();
  const bool phaseChanged = progress.phase != lastPhase_;
  if (!phaseChanged && now - lastReport_ < kReportInterval) return;
  lastPhase_ = progress.phase;
  lastReport_ = now;
  QMetaObject::invokeMethod(
      this, [this, progress] { emit progressed(progress); }, Qt::QueuedConnection);
}

void UploadQueueService::runAbort(const std::string& key) {
  Status status = [&]() -> Status {
    try {
      return queue_.abort(key);
    } catch (const std::exception& e) {
      return Error(ErrorCode::kInternal, std::string("unexpected failure: ") + e.what());
    }
  }();
  {
    std::lock_guard lock(mutex_);
    aborting_.erase(key);
  }
  QMetaObject::invokeMethod(
      this,
      [this, key, status = std::move(status)] {
        if (status) {
          emit aborted(qs(key));
        } else {
          emit errorOccurred(tr("Aborting the upload failed: %1").arg(errorText(status.error())));
        }
        emit itemsChanged();
      },
      Qt::QueuedConnection);
}

}  // namespace audientia::gui
