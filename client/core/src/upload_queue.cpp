#include "audientia/client/upload_queue.h"

namespace audientia::client {

UploadQueue::UploadQueue(UploadsApi& uploads, RecordingsApi& recordings, UploadJournal journal,
                         std::string server, UploadEngineOptions options)
    : uploads_(uploads),
      journal_(std::move(journal)),
      engine_(uploads, recordings, journal_, std::move(server), std::move(options)) {}

Expected<std::vector<UploadJournalEntry>> UploadQueue::items() const {
  AUDIENTIA_TRY(std::vector<UploadJournalEntry> all, journal_.list());
  std::vector<UploadJournalEntry> mine;
  for (auto& entry : all) {
    if (entry.server == engine_.server()) mine.push_back(std::move(entry));
  }
  return mine;
}

Expected<UploadJournalEntry> UploadQueue::enqueue(const std::string& hearingId,
                                                  const std::filesystem::path& path,
                                                  FollowMode follow) {
  return engine_.enqueue(hearingId, path, follow);
}

QueueRunResult UploadQueue::runNext(const UploadProgressCallback& progress) {
  auto entries = items();
  if (!entries) return {{}, {}, entries.error()};
  for (const auto& entry : *entries) {
    if (entry.state != UploadItemState::kPending) continue;
    return {entry.key, entry.path, engine_.run(entry.key, progress)};
  }
  return {{}, {}, Error(ErrorCode::kNotFound, "no pending upload")};
}

std::vector<QueueRunResult> UploadQueue::resumeAll(const UploadProgressCallback& progress) {
  std::vector<QueueRunResult> results;
  auto entries = items();
  if (!entries) {
    results.push_back({{}, {}, entries.error()});
    return results;
  }
  for (const auto& entry : *entries) {
    if (entry.state != UploadItemState::kPending) continue;
    if (engine_.cancelled()) break;
    results.push_back({entry.key, entry.path, engine_.run(entry.key, progress)});
  }
  return results;
}

Status UploadQueue::remove(const std::string& key) {
  AUDIENTIA_TRY(std::optional<UploadJournalEntry> entry, journal_.find(key));
  if (!entry) return ok();
  if (entry->state == UploadItemState::kPending) {
    return Error(ErrorCode::kFailedPrecondition,
                 "the upload of " + entry->path.string() +
                     " is not finished: abort it first (its staged bytes are on the server)");
  }
  return journal_.remove(key);
}

Status UploadQueue::abort(const std::string& key) {
  AUDIENTIA_TRY(UploadJournal::ItemLock lock, journal_.lock(key));
  AUDIENTIA_TRY(std::optional<UploadJournalEntry> entry, journal_.find(key));
  if (!entry) return notFound("no upload journal item " + key);
  if (entry->state == UploadItemState::kDone) {
    return Error(ErrorCode::kFailedPrecondition,
                 "the upload of " + entry->path.string() + " is complete; nothing to abort");
  }
  for (auto& file : entry->files) {
    if (file.complete) continue;
    auto status = uploads_.abortUpload(file.uploadId);
    // NOT_FOUND: the server never heard of this upload (it was queued only).
    if (!status && status.error().code() != ErrorCode::kNotFound) return status.error();
    file.durableBytes = 0;
  }
  entry->state = UploadItemState::kAborted;
  entry->error = "aborted by the user";
  return journal_.save(*entry);
}

Expected<std::size_t> UploadQueue::removeFinished() {
  AUDIENTIA_TRY(std::vector<UploadJournalEntry> entries, items());
  std::size_t removed = 0;
  for (const auto& entry : entries) {
    if (entry.state != UploadItemState::kDone) continue;
    AUDIENTIA_TRY_STATUS(journal_.remove(entry.key));
    ++removed;
  }
  return removed;
}

}  // namespace audientia::client
