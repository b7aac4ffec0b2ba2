#include "file_read_ahead.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "audientia/base/posix_file.h"

namespace audientia::client::detail {

FileReadAhead::FileReadAhead(int fd, std::filesystem::path path, std::int64_t offset,
                             std::int64_t end, std::size_t chunkBytes, std::size_t depth,
                             ReadObserver onRead)
    : fd_(fd),
      path_(std::move(path)),
      end_(end),
      chunkBytes_(std::max<std::size_t>(chunkBytes, 1)),
      depth_(std::max<std::size_t>(depth, 1)),
      onRead_(std::move(onRead)),
      nextOffset_(offset),
      reader_([this] { run(); }) {}

FileReadAhead::~FileReadAhead() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  reader_.join();
}

Expected<std::int64_t> FileReadAhead::next(std::string& chunk) {
  std::unique_lock lock(mutex_);
  if (chunk.capacity() > 0) spare_.push_back(std::move(chunk));
  chunk = std::string();
  changed_.notify_all();
  changed_.wait(lock, [&] { return !ready_.empty() || done_; });
  if (!ready_.empty()) {
    Chunk front = std::move(ready_.front());
    ready_.pop_front();
    changed_.notify_all();
    chunk = std::move(front.data);
    return front.offset;
  }
  if (error_) return *error_;
  return end_;
}

void FileReadAhead::run() {
  for (;;) {
    std::string buffer;
    std::int64_t offset = 0;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return stopping_ || ready_.size() < depth_; });
      if (stopping_) return;
      offset = nextOffset_;
      if (offset >= end_) {
        done_ = true;
        changed_.notify_all();
        return;
      }
      if (!spare_.empty()) {
        buffer = std::move(spare_.back());
        spare_.pop_back();
      }
    }
    const auto want = static_cast<std::size_t>(
        std::min<std::int64_t>(end_ - offset, static_cast<std::int64_t>(chunkBytes_)));
    auto got = readInto(buffer, offset, want);
    if (got && onRead_) onRead_(offset, std::string_view(buffer.data(), *got));
    std::lock_guard lock(mutex_);
    if (!got) {
      error_ = got.error();
      done_ = true;
      changed_.notify_all();
      return;
    }
    nextOffset_ = offset + static_cast<std::int64_t>(*got);
    ready_.push_back(Chunk{offset, std::move(buffer)});
    changed_.notify_all();
  }
}

Expected<std::size_t> FileReadAhead::readInto(std::string& buffer, std::int64_t offset,
                                              std::size_t want) {
  // resize() to the same length writes nothing: a recycled buffer is read into as it is.
  buffer.resize(want);
  std::size_t got = 0;
  while (got < want) {
    const ssize_t n =
        ::pread(fd_, buffer.data() + got, want - got, offset + static_cast<std::int64_t>(got));
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error(ErrorCode::kDataLoss,
                   "reading " + path_.string() + ": " + posix::errnoText(errno));
    }
    if (n == 0) {
      return Error(ErrorCode::kFailedPrecondition,
                   path_.string() + " is shorter than when it was hashed (ends at " +
                       std::to_string(offset + static_cast<std::int64_t>(got)) +
                       " bytes); it changed since");
    }
    got += static_cast<std::size_t>(n);
  }
  return got;
}

}  // namespace audientia::client::detail
