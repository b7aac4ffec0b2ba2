#include "upload_run.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <limits>
#include <thread>

#include "audientia/base/posix_file.h"
#include "audientia/base/sha256.h"

namespace audientia::client {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

namespace {

constexpr std::size_t kHashBlockBytes = 1 << 20;
// The smallest chunk pacing under a rate limit makes, and the longest stream in seconds of the
// limit (see UploadEngineOptions::chunkBytes and streamBytes).
constexpr std::size_t kMinPacedChunkBytes = 64 << 10;
constexpr std::uint64_t kPacedStreamSeconds = 8;
// FAILED_PRECONDITION about an offset, answered by asking the status again: more than this many
// in a row without a new durable byte means client and server disagree for good.
constexpr int kMaxOffsetRetries = 5;

struct FileStat {
  std::uint64_t size = 0;
  std::int64_t mtimeNs = 0;
};

Expected<FileStat> statFile(const fs::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    return Error(ErrorCode::kNotFound,
                 "cannot read " + path.string() + ": " + posix::errnoText(errno));
  }
  if (!S_ISREG(info.st_mode)) {
    return Error(ErrorCode::kInvalidArgument, path.string() + " is not a regular file");
  }
  return FileStat{
      static_cast<std::uint64_t>(info.st_size),
      static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
}

}  // namespace

Expected<UploadOutcome> UploadRun::run() {
  if (entry_.server != engine_.server()) {
    return Error(ErrorCode::kInvalidArgument, "journal item " + entry_.key + " belongs to server " +
                                                  entry_.server + ", not " + engine_.server());
  }
  AUDIENTIA_TRY(UploadJournal::ItemLock lock, engine_.journal_.lock(entry_.key));
  // Re-read under the lock: another process may have moved the item on since it was listed.
  AUDIENTIA_TRY(auto current, engine_.journal_.find(entry_.key));
  if (current) entry_ = std::move(*current);
  if (entry_.state == UploadItemState::kDone) {
    UploadOutcome outcome;
    outcome.alreadyDone = true;
    auto recording = engine_.recordings_.getRecording(entry_.recordingId);
    if (recording) outcome.recording = std::move(*recording);
    outcome.entry = entry_;
    outcome.resumedFromBytes = entry_.totalBytes();
    return outcome;
  }
  // Failed or aborted items start again; their upload ids are renewed when the server says
  // they are gone (CreateUpload answers ABORTED or EXPIRED).
  entry_.state = UploadItemState::kPending;
  entry_.error.clear();
  AUDIENTIA_TRY_STATUS(save());
  return entry_.kind == UploadItemKind::kCapture ? runCapture() : runFile();
}

Expected<UploadOutcome> UploadRun::runFile() {
  if (entry_.files.size() != 1) {
    return stopWith(Error(ErrorCode::kInternal, "journal item " + entry_.key +
                                                    " of a file does not list exactly one file"));
  }
  auto stat = statFile(entry_.path);
  if (!stat) return stopWith(stat.error());
  if (stat->size != entry_.sizeBytes || stat->mtimeNs != entry_.mtimeNs) {
    Error error(ErrorCode::kFailedPrecondition,
                entry_.path.string() +
                    " changed since its upload was queued (size or modification time); upload "
                    "it again to send the file as it is now");
    entry_.state = UploadItemState::kFailed;
    entry_.error = error.message();
    (void)save();
    return error;
  }
  v1::Recording recording;
  AUDIENTIA_TRY_STATUS(uploadOne(0, entry_.path, &recording));
  entry_.recordingId = recording.id().empty() ? entry_.files[0].uploadId : recording.id();
  return finish(std::move(recording));
}

Expected<UploadOutcome> UploadRun::finish(v1::Recording recording) {
  entry_.state = UploadItemState::kDone;
  entry_.error.clear();
  AUDIENTIA_TRY_STATUS(save());
  if (recording.id().empty()) {
    auto fetched = engine_.recordings_.getRecording(entry_.recordingId);
    if (fetched) recording = std::move(*fetched);
  }
  report(UploadPhase::kDone, {}, 0, entry_.totalBytes());
  UploadOutcome outcome;
  outcome.entry = entry_;
  outcome.recording = std::move(recording);
  outcome.resumedFromBytes = resumedFrom_;
  return outcome;
}

v1::CreateUploadRequest UploadRun::createRequest(std::size_t index) const {
  const JournalFile& file = entry_.files[index];
  v1::CreateUploadRequest request;
  request.set_upload_id(file.uploadId);
  request.set_hearing_id(entry_.hearingId);
  request.set_file_name(file.fileName);
  request.set_size_bytes(static_cast<std::int64_t>(file.sizeBytes));
  // Repeated creates must carry the same fields: a digest declared at completion never here.
  if (!file.digestAtCompletion) request.set_sha256(file.sha256);
  if (entry_.kind == UploadItemKind::kCapture) {
    request.set_package_id(entry_.recordingId);
    request.set_segment_sequence(file.sequence);
  }
  return request;
}

Status UploadRun::uploadOne(std::size_t index, const fs::path& local, v1::Recording* completed) {
  if (entry_.files[index].complete) return ok();
  if (!entry_.files[index].digestAtCompletion) {
    AUDIENTIA_TRY_STATUS(ensureHashed(index, local, /*force=*/false));
  }
  // digestAtCompletion: the file's hash, taken while it is sent; not needed when the journal
  // holds the digest of the file as it is (a run that stopped before completing).
  PrefixHash prefix;
  bool restartedAfterDataLoss = false;
  bool renewedAfterConflict = false;
  for (;;) {
    auto status = retrying("creating the upload of " + entry_.files[index].fileName,
                           [&] { return engine_.uploads_.createUpload(createRequest(index)); });
    if (!status && status.error().code() == ErrorCode::kInvalidArgument &&
        entry_.files[index].digestAtCompletion &&
        status.error().message().find("sha256") != std::string::npos) {
      // A server that wants the digest at creation: hash first, as it expects.
      entry_.files[index].digestAtCompletion = false;
      AUDIENTIA_TRY_STATUS(ensureHashed(index, local, /*force=*/false));
      continue;
    }
    if (!status && status.error().code() == ErrorCode::kAlreadyExists && !renewedAfterConflict) {
      // The id is taken with other fields: a digest that changed after a crash between hashing
      // and saving. A new id is safe: the old upload never completed under these fields.
      renewedAfterConflict = true;
      AUDIENTIA_TRY_STATUS(renewUploadId(index, status.error().message()));
      continue;
    }
    if (!status) return stopWith(status.error());
    if (status->state() == v1::UPLOAD_STATE_COMPLETE) {
      entry_.files[index].complete = true;
      entry_.files[index].durableBytes = entry_.files[index].sizeBytes;
      return save();
    }
    if (status->state() == v1::UPLOAD_STATE_EXPIRED ||
        status->state() == v1::UPLOAD_STATE_ABORTED) {
      AUDIENTIA_TRY_STATUS(renewUploadId(
          index, "the server discarded upload " + entry_.files[index].uploadId + " (" +
                     (status->state() == v1::UPLOAD_STATE_EXPIRED ? "expired" : "aborted") + ")"));
      continue;
    }
    std::int64_t durable = status->durable_offset();
    noteResume(index, durable);
    noteDurable(index, durable);
    const bool hashing =
        entry_.files[index].digestAtCompletion && knownDigest(index, local).empty();
    AUDIENTIA_TRY_STATUS(sendRemaining(index, local, durable, hashing ? &prefix : nullptr));
    std::string declared;
    if (entry_.files[index].digestAtCompletion) {
      AUDIENTIA_TRY(declared, completeDigest(index, local, prefix));
    }

    report(UploadPhase::kCompleting, entry_.files[index].fileName, entry_.files[index].sequence,
           entry_.durableBytes());
    auto done = retrying("completing the upload of " + entry_.files[index].fileName, [&] {
      return engine_.uploads_.completeUpload(entry_.files[index].uploadId, declared);
    });
    if (done) {
      entry_.files[index].complete = true;
      entry_.files[index].durableBytes = entry_.files[index].sizeBytes;
      if (completed != nullptr) *completed = std::move(*done->mutable_recording());
      return save();
    }
    if (done.error().code() == ErrorCode::kDataLoss && !restartedAfterDataLoss) {
      // The server's digest of what it received differs from ours; it reset the upload to 0.
      // The file may have changed under us: hash it again and send it once more.
      restartedAfterDataLoss = true;
      report(UploadPhase::kRetrying, entry_.files[index].fileName, entry_.files[index].sequence,
             entry_.durableBytes(), done.error().toString() + "; sending the file again");
      if (entry_.files[index].digestAtCompletion) {
        // Nothing was declared at creation: the next pass hashes the file as it is now.
        prefix = PrefixHash{};
        entry_.files[index].sha256.clear();
        AUDIENTIA_TRY_STATUS(save());
        continue;
      }
      const std::string before = entry_.files[index].sha256;
      AUDIENTIA_TRY_STATUS(ensureHashed(index, local, /*force=*/true));
      if (entry_.files[index].sha256 != before) {
        if (entry_.kind == UploadItemKind::kCapture) {
          return stopWith(
              Error(ErrorCode::kDataLoss, local.string() +
                                              " changed on disk after the capture listed it "
                                              "(run 'audientiactl capture verify " +
                                              entry_.path.string() + "')"));
        }
        AUDIENTIA_TRY_STATUS(renewUploadId(index, "the file changed while it was uploaded"));
      }
      continue;
    }
    if (done.error().code() == ErrorCode::kDataLoss) {
      return stopWith(
          Error(ErrorCode::kDataLoss, "the server received " + local.string() +
                                          " twice with a SHA-256 other than the file's (" +
                                          done.error().message() +
                                          "); check the disk and the line, then upload it again"));
    }
    // A completion that succeeded on the server but whose answer was lost looks like a failure
    // on the retry: the status tells.
    auto after = engine_.uploads_.getUploadStatus(entry_.files[index].uploadId);
    if (after && after->state() == v1::UPLOAD_STATE_COMPLETE) {
      entry_.files[index].complete = true;
      entry_.files[index].durableBytes = entry_.files[index].sizeBytes;
      return save();
    }
    return stopWith(done.error());
  }
}

std::string UploadRun::knownDigest(std::size_t index, const fs::path& local) const {
  const JournalFile& file = entry_.files[index];
  if (file.sha256.empty()) return {};
  auto stat = statFile(local);
  if (!stat || stat->mtimeNs != file.mtimeNs || stat->size != file.sizeBytes) return {};
  return file.sha256;
}

Expected<std::string> UploadRun::completeDigest(std::size_t index, const fs::path& local,
                                                PrefixHash& prefix) {
  JournalFile& file = entry_.files[index];
  const auto size = static_cast<std::int64_t>(file.sizeBytes);
  if (prefix.end == 0) {
    // Nothing was read for sending in this run: every byte was on the server already.
    if (std::string known = knownDigest(index, local); !known.empty()) return known;
  }
  if (prefix.end < size) AUDIENTIA_TRY_STATUS(hashRange(index, local, prefix, file.sizeBytes));
  auto stat = statFile(local);
  if (!stat) return stopWith(stat.error());
  if (prefix.end != size || stat->size != file.sizeBytes || stat->mtimeNs != entry_.mtimeNs) {
    // Each byte was hashed as it was sent, so the server would accept what was read: a file
    // written to meanwhile would be stored torn. Refused instead, as at the start of a run.
    Error error(ErrorCode::kFailedPrecondition,
                local.string() +
                    " changed while it was uploaded (size or modification time); upload it "
                    "again to send the file as it is now");
    entry_.state = UploadItemState::kFailed;
    entry_.error = error.message();
    (void)save();
    return error;
  }
  file.sha256 = toHex(prefix.hash.finish());
  prefix = PrefixHash{};
  file.mtimeNs = stat->mtimeNs;
  // Kept before completing: a run after a lost answer declares the same digest without reading.
  AUDIENTIA_TRY_STATUS(save());
  return file.sha256;
}

Status UploadRun::sendRemaining(std::size_t index, const fs::path& local, std::int64_t& durable,
                                PrefixHash* prefix) {
  const auto& options = engine_.options();
  const auto size = static_cast<std::int64_t>(entry_.files[index].sizeBytes);
  auto delay = options.retry.initialDelay;
  int offsetRetries = 0;
  std::size_t chunkBytes = options.chunkBytes;
  auto streamBytes = static_cast<std::int64_t>(std::max<std::uint64_t>(options.streamBytes, 1));
  if (options.maxBytesPerSecond > 0) {
    chunkBytes =
        std::clamp<std::size_t>(static_cast<std::size_t>(options.maxBytesPerSecond / 4),
                                std::min<std::size_t>(kMinPacedChunkBytes, chunkBytes), chunkBytes);
    const std::uint64_t paced = options.maxBytesPerSecond * kPacedStreamSeconds;
    streamBytes = std::min(streamBytes,
                           static_cast<std::int64_t>(std::max<std::uint64_t>(chunkBytes, paced)));
  }
  while (durable < size) {
    if (engine_.cancelled()) return cancelledError();
    if (prefix != nullptr && prefix->end < durable) {
      // The server holds bytes this run did not read (a resumed upload): hash them here.
      AUDIENTIA_TRY_STATUS(hashRange(index, local, *prefix, static_cast<std::uint64_t>(durable)));
      if (prefix->end < durable) {
        return stopWith(Error(ErrorCode::kFailedPrecondition,
                              local.string() + " ends at " + std::to_string(prefix->end) +
                                  " bytes, before what the server holds of it: it changed; "
                                  "upload it again"));
      }
    }
    WriteUploadRequest request;
    request.uploadId = entry_.files[index].uploadId;
    request.file = local;
    request.offset = durable;
    request.end = std::min<std::int64_t>(size, durable + streamBytes);
    request.chunkBytes = chunkBytes;
    request.hash = prefix;
    const std::uint64_t before = entry_.durableBytes();
    const auto streamStart = Clock::now();
    streamStart_ = streamStart;
    streaming_ = true;
    std::uint64_t sentInStream = 0;
    auto onChunk = [&](std::uint64_t done, std::uint64_t) {
      const std::uint64_t fresh = done - sentInStream;
      sentInStream = done;
      sentThisRun_ += fresh;
      // Pacing for --limit-rate: sleep until this run's average is back under the limit.
      const auto elapsed = sendingTime_ + (Clock::now() - streamStart);
      if (options.maxBytesPerSecond > 0) {
        const auto due = std::chrono::duration<double>(
            static_cast<double>(sentThisRun_) / static_cast<double>(options.maxBytesPerSecond));
        const auto ahead = std::chrono::duration_cast<milliseconds>(due - elapsed);
        if (ahead.count() > 0 && !engine_.sleepUnlessCancelled(ahead)) return false;
      }
      report(UploadPhase::kSending, entry_.files[index].fileName, entry_.files[index].sequence,
             before + done);
      return !engine_.cancelled();
    };
    auto written = engine_.uploads_.writeUpload(request, onChunk);
    sendingTime_ += Clock::now() - streamStart;
    streaming_ = false;
    if (written) {
      if (written->durable_offset() <= durable) {
        if (++offsetRetries > kMaxOffsetRetries) {
          return stopWith(Error(ErrorCode::kInternal,
                                "the server accepted a stream for " + request.file.string() +
                                    " but its durable offset stayed at " +
                                    std::to_string(written->durable_offset())));
        }
      } else {
        offsetRetries = 0;
      }
      durable = written->durable_offset();
      noteDurable(index, durable);
      AUDIENTIA_TRY_STATUS(save());
      continue;
    }
    const Error error = written.error();
    if (error.code() == ErrorCode::kCancelled && engine_.cancelled()) return cancelledError();
    if (isTransientUploadError(error.code())) {
      AUDIENTIA_TRY_STATUS(backoff(error, "sending " + entry_.files[index].fileName, delay));
    } else if (error.code() == ErrorCode::kFailedPrecondition ||
               error.code() == ErrorCode::kOutOfRange) {
      if (++offsetRetries > kMaxOffsetRetries) return stopWith(error);
    } else {
      return stopWith(error);
    }
    auto status = retrying("asking the status of " + entry_.files[index].fileName,
                           [&] { return engine_.uploads_.getUploadStatus(request.uploadId); });
    if (!status) return stopWith(status.error());
    if (status->state() == v1::UPLOAD_STATE_COMPLETE) return ok();
    if (status->state() == v1::UPLOAD_STATE_EXPIRED ||
        status->state() == v1::UPLOAD_STATE_ABORTED) {
      return stopWith(Error(ErrorCode::kAborted, "the server discarded upload " + request.uploadId +
                                                     " while it was sent; run the upload again"));
    }
    if (status->durable_offset() > durable) delay = options.retry.initialDelay;
    durable = status->durable_offset();
    noteDurable(index, durable);
  }
  return ok();
}

Status UploadRun::ensureHashed(std::size_t index, const fs::path& local, bool force) {
  AUDIENTIA_TRY(const FileStat stat, statFile(local));
  JournalFile& file = entry_.files[index];
  if (!force && !file.sha256.empty() && file.mtimeNs == stat.mtimeNs &&
      file.sizeBytes == stat.size) {
    return ok();
  }
  if (entry_.kind == UploadItemKind::kCapture && stat.size != file.sizeBytes) {
    return stopWith(Error(ErrorCode::kDataLoss,
                          local.string() + " has " + std::to_string(stat.size) +
                              " bytes but the capture manifest lists " +
                              std::to_string(file.sizeBytes) +
                              " (run 'audientiactl capture verify " + entry_.path.string() + "')"));
  }
  AUDIENTIA_TRY(const std::string digest, hashFile(index, local));
  if (entry_.kind == UploadItemKind::kCapture && !file.sha256.empty() && digest != file.sha256) {
    return stopWith(Error(ErrorCode::kDataLoss,
                          local.string() + ": SHA-256 is " + digest +
                              " but the capture manifest says " + file.sha256 +
                              "; the capture was modified (run 'audientiactl capture verify " +
                              entry_.path.string() + "')"));
  }
  file.sha256 = digest;
  file.sizeBytes = stat.size;
  file.mtimeNs = stat.mtimeNs;
  return save();
}

Expected<std::string> UploadRun::hashFile(std::size_t index, const fs::path& local) {
  PrefixHash prefix;
  AUDIENTIA_TRY_STATUS(hashRange(index, local, prefix, std::numeric_limits<std::uint64_t>::max()));
  return toHex(prefix.hash.finish());
}

Status UploadRun::hashRange(std::size_t index, const fs::path& local, PrefixHash& prefix,
                            std::uint64_t to) {
  posix::UniqueFd fd(::open(local.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd.valid()) {
    return stopWith(Error(ErrorCode::kNotFound,
                          "cannot open " + local.string() + ": " + posix::errnoText(errno)));
  }
  std::string buffer(kHashBlockBytes, '\0');
  UploadProgress progress;
  progress.phase = UploadPhase::kHashing;
  progress.itemKey = entry_.key;
  progress.path = entry_.path;
  progress.fileName = entry_.files[index].fileName;
  progress.sequence = entry_.files[index].sequence;
  progress.hashTotalBytes = std::min<std::uint64_t>(to, entry_.files[index].sizeBytes);
  progress.totalBytes = entry_.totalBytes();
  progress.durableBytes = entry_.durableBytes();
  while (static_cast<std::uint64_t>(prefix.end) < to) {
    if (engine_.cancelled()) return cancelledError();
    const auto want = static_cast<std::size_t>(
        std::min<std::uint64_t>(buffer.size(), to - static_cast<std::uint64_t>(prefix.end)));
    const ssize_t got = ::pread(fd.get(), buffer.data(), want, prefix.end);
    if (got < 0) {
      if (errno == EINTR) continue;
      return stopWith(Error(ErrorCode::kDataLoss,
                            "reading " + local.string() + ": " + posix::errnoText(errno)));
    }
    if (got == 0) break;
    prefix.hash.update(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
    prefix.end += got;
    progress.hashedBytes = static_cast<std::uint64_t>(prefix.end);
    if (progress_) progress_(progress);
  }
  return ok();
}

Status UploadRun::renewUploadId(std::size_t index, const std::string& why) {
  JournalFile& file = entry_.files[index];
  const std::string old = file.uploadId;
  file.uploadId = newUploadId();
  file.durableBytes = 0;
  file.complete = false;
  if (entry_.kind == UploadItemKind::kFile) entry_.recordingId = file.uploadId;
  report(UploadPhase::kRetrying, file.fileName, file.sequence, entry_.durableBytes(),
         why + "; starting again as upload " + file.uploadId);
  return save();
}

void UploadRun::noteDurable(std::size_t index, std::int64_t durable) {
  auto& file = entry_.files[index];
  if (static_cast<std::uint64_t>(durable) > file.durableBytes) lastProgressAt_ = Clock::now();
  file.durableBytes = static_cast<std::uint64_t>(std::max<std::int64_t>(0, durable));
}

void UploadRun::noteResume(std::size_t index, std::int64_t durable) {
  if (resumeNoted_) return;
  resumeNoted_ = true;
  std::uint64_t before = 0;
  for (std::size_t i = 0; i < entry_.files.size(); ++i) {
    if (i != index) before += entry_.files[i].complete ? entry_.files[i].sizeBytes : 0;
  }
  resumedFrom_ = before + static_cast<std::uint64_t>(std::max<std::int64_t>(0, durable));
  if (resumedFrom_ > 0) {
    report(UploadPhase::kResuming, entry_.files[index].fileName, entry_.files[index].sequence,
           resumedFrom_);
  }
}

Status UploadRun::backoff(const Error& error, const std::string& what, milliseconds& delay) {
  const auto& retry = engine_.options().retry;
  if (Clock::now() - lastProgressAt_ >= retry.giveUpAfter) {
    return stopWith(error.withContext(
        what + ": giving up after " +
        std::to_string(
            std::chrono::duration_cast<std::chrono::seconds>(retry.giveUpAfter).count()) +
        " s without progress (run the same upload again to continue)"));
  }
  report(UploadPhase::kRetrying, {}, 0, entry_.durableBytes(),
         what + ": " + error.toString() + "; trying again in " + std::to_string(delay.count()) +
             " ms");
  if (!engine_.sleepUnlessCancelled(delay)) return cancelledError();
  delay = std::min(delay * 2, retry.maxDelay);
  return ok();
}

Error UploadRun::cancelledError() const {
  return Error(ErrorCode::kCancelled,
               "upload of " + entry_.path.string() + " cancelled; running it again continues it");
}

Status UploadRun::save() {
  return engine_.journal_.save(entry_);
}

Error UploadRun::stopWith(Error error) {
  const ErrorCode code = error.code();
  const bool mayHelpLater = code == ErrorCode::kCancelled ||
                            code == ErrorCode::kFailedPrecondition || isTransientUploadError(code);
  if (!mayHelpLater) entry_.state = UploadItemState::kFailed;
  entry_.error = error.message();
  (void)save();  // the error is what the caller needs; a journal that cannot be written shows later
  return error;
}

void UploadRun::report(UploadPhase phase, std::string fileName, int sequence,
                       std::uint64_t sentBytes, std::string detail) {
  if (!progress_) return;
  UploadProgress progress;
  progress.phase = phase;
  progress.itemKey = entry_.key;
  progress.path = entry_.path;
  progress.fileName = std::move(fileName);
  progress.sequence = sequence;
  progress.sentBytes = sentBytes;
  progress.durableBytes = entry_.durableBytes();
  progress.totalBytes = entry_.totalBytes();
  const auto sending =
      sendingTime_ + (streaming_ ? Clock::now() - streamStart_ : Clock::duration{});
  const double seconds = std::chrono::duration<double>(sending).count();
  progress.bytesPerSecond = seconds > 0.05 ? static_cast<double>(sentThisRun_) / seconds : 0.0;
  progress.detail = std::move(detail);
  progress_(progress);
}

}  // namespace audientia::client
