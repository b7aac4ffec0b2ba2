#pragma once

// Reads a byte range of a file in chunks on a thread of its own, a few chunks ahead of the
// caller, so that an upload sends one chunk while the next is read from disk.
//
// Why: a sender that read each chunk only after the previous one was on the wire spent a fifth
// of an upload's time reading, with the connection idle (bench/upload_bench.cpp).
//
// Buffers circulate: next() hands the caller's previous buffer back to the reader, which reads
// into it again, so a long upload allocates (and faults in) its buffers once.
// Memory: at most depth + 1 chunks.
//
// An observer, when given, sees every chunk on the reader's thread as soon as it is read, in
// order (an upload hashes the file there: one read pass, the digest taken while the sender
// encrypts and sends the chunks before).

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::client::detail {

class FileReadAhead {
 public:
  // Called on the reader's thread with each chunk read and its offset, before the caller gets it.
  using ReadObserver = std::function<void(std::int64_t offset, std::string_view bytes)>;
  static constexpr std::size_t kDefaultDepth = 2;

  // Reads [offset, end) of fd (which stays the caller's and must outlive this) in chunks of
  // chunkBytes; path names the file in errors. onRead (may be empty) must outlive this too.
  FileReadAhead(int fd, std::filesystem::path path, std::int64_t offset, std::int64_t end,
                std::size_t chunkBytes, std::size_t depth = kDefaultDepth,
                ReadObserver onRead = {});
  ~FileReadAhead();  // stops the reader
  FileReadAhead(const FileReadAhead&) = delete;
  FileReadAhead& operator=(const FileReadAhead&) = delete;

  // Replaces `chunk` with the next chunk of the range (chunk's old buffer goes back to the
  // reader) and returns its offset; an empty chunk once the range is done. Errors: the file
  // could not be read (kDataLoss) or ends before the range does (kFailedPrecondition).
  Expected<std::int64_t> next(std::string& chunk);

 private:
  struct Chunk {
    std::int64_t offset = 0;
    std::string data;
  };
  void run();
  Expected<std::size_t> readInto(std::string& buffer, std::int64_t offset, std::size_t want);

  const int fd_;
  const std::filesystem::path path_;
  const std::int64_t end_;
  const std::size_t chunkBytes_;
  const std::size_t depth_;
  const ReadObserver onRead_;
  std::int64_t nextOffset_;  // the reader's; read by the caller only once the range is done

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Chunk> ready_;
  std::vector<std::string> spare_;
  std::optional<Error> error_;
  bool done_ = false;      // the reader has read the whole range or failed
  bool stopping_ = false;  // the destructor asks the reader to stop
  std::thread reader_;
};

}  // namespace audientia::client::detail
