#include "audientia/base/sequential_file_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace audientia::posix {

namespace fs = std::filesystem;

Expected<SequentialFileWriter> SequentialFileWriter::create(const fs::path& path, int flags,
                                                            mode_t mode) {
  UniqueFd fd(::open(path.c_str(), flags | O_CLOEXEC, mode));
  if (!fd.valid()) return systemError(errno, "cannot create", path);
  // A second descriptor for the whole blocks; EINVAL: this filesystem has no direct I/O.
  UniqueFd directFd(::open(path.c_str(), O_WRONLY | O_DIRECT | O_CLOEXEC));
  return SequentialFileWriter(path, std::move(fd), std::move(directFd));
}

SequentialFileWriter::SequentialFileWriter(fs::path path, UniqueFd fd, UniqueFd directFd)
    : path_(std::move(path)), fd_(std::move(fd)), directFd_(std::move(directFd)) {}

Status SequentialFileWriter::write(std::string_view data) {
  if (error_) return *error_;
  if (!directFd_.valid()) {
    if (auto written = writeAll(fd_.get(), data, path_); !written) error_ = written.error();
    if (error_) return *error_;
    size_ += data.size();
    return ok();
  }
  if (buffer_.empty()) {
    buffer_ = AlignedBuffer(kBlockBytes, kBufferBytes);
    if (buffer_.empty()) {
      error_ = Error(ErrorCode::kResourceExhausted, "no memory to write " + path_.string());
      return *error_;
    }
  }
  while (!data.empty()) {
    const std::size_t take = std::min(data.size(), buffer_.size() - buffered_);
    std::memcpy(buffer_.data() + buffered_, data.data(), take);
    buffered_ += take;
    size_ += take;
    data.remove_prefix(take);
    if (buffered_ == buffer_.size()) AUDIENTIA_TRY_STATUS(drain(false));
  }
  return ok();
}

Status SequentialFileWriter::drain(bool all) {
  const std::size_t blocks = buffered_ / kBlockBytes * kBlockBytes;
  std::size_t done = 0;
  if (blocks > 0 && directFd_.valid()) {
    const int failed =
        writeAllAt(directFd_.get(), std::span(buffer_.data(), blocks), inFile_, &done);
    if (failed == EINVAL && done == 0) {
      directFd_.reset();  // the filesystem opened it but takes no aligned writes: page cache
    } else if (failed != 0) {
      error_ = systemError(failed, "cannot write", path_);
      return *error_;
    }
  }
  const std::size_t plain = all || !directFd_.valid() ? buffered_ : done;
  if (plain > done) {
    std::size_t more = 0;
    const int failed = writeAllAt(fd_.get(), std::span(buffer_.data() + done, plain - done),
                                  inFile_ + done, &more);
    if (failed != 0) {
      error_ = systemError(failed, "cannot write", path_);
      return *error_;
    }
    done += more;
  }
  inFile_ += done;
  buffered_ -= done;
  if (buffered_ > 0) std::memmove(buffer_.data(), buffer_.data() + done, buffered_);
  return ok();
}

Status SequentialFileWriter::flush() {
  if (error_) return *error_;
  return drain(true);
}

Status SequentialFileWriter::sync() {
  AUDIENTIA_TRY_STATUS(flush());
  if (auto synced = syncFile(fd_.get(), path_); !synced) error_ = synced.error();
  if (error_) return *error_;
  return ok();
}

Status SequentialFileWriter::close(bool sync) {
  AUDIENTIA_TRY_STATUS(sync ? this->sync() : flush());
  directFd_.reset();
  return fd_.close(path_);
}

}  // namespace audientia::posix
