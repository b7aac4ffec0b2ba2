#pragma once

// One run of one journal item by the UploadEngine: the steps of upload_engine.h, with the
// retries, the journal updates and the progress reports. upload_run.cpp holds the per-file
// protocol, upload_capture.cpp the capture directory.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

#include "audientia/client/upload_engine.h"

namespace audientia::client {

class UploadRun {
 public:
  UploadRun(UploadEngine& engine, UploadJournalEntry entry, const UploadProgressCallback& progress)
      : engine_(engine), entry_(std::move(entry)), progress_(progress) {}

  Expected<UploadOutcome> run();

 private:
  using Clock = std::chrono::steady_clock;

  Expected<UploadOutcome> runFile();
  Expected<UploadOutcome> runCapture();
  Expected<UploadOutcome> finish(v1::Recording recording);

  // Uploads entry_.files[index] from `local` until the server completed it; *completed gets
  // the recording CompleteUpload returned (left alone when it was completed before).
  Status uploadOne(std::size_t index, const std::filesystem::path& local, v1::Recording* completed);
  // Sends [durable, size) in streams of streamBytes. With `prefix`, the bytes are hashed as they
  // are read for sending (a gap below a stream's start is hashed first, from the local file).
  Status sendRemaining(std::size_t index, const std::filesystem::path& local, std::int64_t& durable,
                       PrefixHash* prefix);
  // Hashes local when its size or mtime differ from what the journal hashed (or it never was).
  Status ensureHashed(std::size_t index, const std::filesystem::path& local, bool force);
  Expected<std::string> hashFile(std::size_t index, const std::filesystem::path& local);
  // Extends prefix by reading local up to byte `to` (or its end, whichever is first), reporting
  // kHashing.
  Status hashRange(std::size_t index, const std::filesystem::path& local, PrefixHash& prefix,
                   std::uint64_t to);
  // The journal's digest when it is of the file as it is now (size and mtime), else "".
  std::string knownDigest(std::size_t index, const std::filesystem::path& local) const;
  // digestAtCompletion: the digest CompleteUpload declares, from prefix (hashing what the
  // streams did not read), kept in the journal with the file's size and mtime.
  Expected<std::string> completeDigest(std::size_t index, const std::filesystem::path& local,
                                       PrefixHash& prefix);
  v1::CreateUploadRequest createRequest(std::size_t index) const;
  // A fresh upload id for entry_.files[index] (the server discarded the old one, or the
  // file's digest changed).
  Status renewUploadId(std::size_t index, const std::string& why);
  void noteDurable(std::size_t index, std::int64_t durable);
  void noteResume(std::size_t index, std::int64_t durable);

  // Transient failure handling: waits with backoff; returns the error to give up with, if any.
  Status backoff(const Error& error, const std::string& what, std::chrono::milliseconds& delay);
  template <class Call>
  auto retrying(const std::string& what, Call&& call) -> decltype(call());

  Error cancelledError() const;
  Status save();
  // Keeps the error; the item stays pending when running it again may succeed.
  Error stopWith(Error error);
  void report(UploadPhase phase, std::string fileName = {}, int sequence = 0,
              std::uint64_t sentBytes = 0, std::string detail = {});

  UploadEngine& engine_;
  UploadJournalEntry entry_;
  const UploadProgressCallback& progress_;
  Clock::time_point lastProgressAt_ = Clock::now();
  std::uint64_t sentThisRun_ = 0;
  Clock::duration sendingTime_{};  // of finished streams
  Clock::time_point streamStart_{};
  bool streaming_ = false;
  bool resumeNoted_ = false;
  std::uint64_t resumedFrom_ = 0;
};

template <class Call>
auto UploadRun::retrying(const std::string& what, Call&& call) -> decltype(call()) {
  auto delay = engine_.options().retry.initialDelay;
  for (;;) {
    if (engine_.cancelled()) return cancelledError();
    auto result = call();
    if (result.has_value() || !isTransientUploadError(result.error().code())) return result;
    if (auto status = backoff(result.error(), what, delay); !status) {
      return std::move(status).error();
    }
  }
}

}  // namespace audientia::client
