#pragma once

// Small RAII and error helpers over POSIX file calls, for the filesystem store.

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

#include "audientia/base/expected.h"

namespace audientia::storage::filesystem {

// Owns a file descriptor; closes it on destruction.
class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  ~UniqueFd() { reset(); }
  UniqueFd(UniqueFd&& other) noexcept : fd_(other.release()) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept;
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;

  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }
  int release();
  void reset();
  // close() with its result: a failing close after writes can mean lost data.
  Status close(const std::filesystem::path& path);

 private:
  int fd_ = -1;
};

// pread()s into buffer at offset until it is full or the file ends; the bytes read.
Expected<std::size_t> readAt(int fd, std::span<std::byte> buffer, std::uint64_t offset,
                             const std::filesystem::path& path);

// pwrite()s all of data at offset; 0, or the errno of the failure (ENOSPC when the device
// takes no more without saying why). written, when given, gets the bytes that were written.
int writeAllAt(int fd, std::span<const std::byte> data, std::uint64_t offset,
               std::size_t* written = nullptr);

// An Error for a failed system call: ENOSPC/EDQUOT -> kResourceExhausted, ENOENT -> kNotFound,
// others kInternal. The message is "<what> <path>: <strerror>".
Error systemError(int errnum, const std::string& what, const std::filesystem::path& path);

// fsyncs a directory so that renames and creations in it are durable.
Status syncDirectory(const std::filesystem::path& dir);

// Creates dir (mode) if missing; fsyncs its parent when it created it.
Status ensureDirectory(const std::filesystem::path& dir, unsigned mode);

}  // namespace audientia::storage::filesystem
