#pragma once

// POSIX file helpers for the client core: an owning file descriptor and durable, atomic writes.

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "audientia/base/expected.h"

namespace audientia::client::detail {

// Owns one file descriptor; closes it on destruction.
class FileDescriptor {
 public:
  FileDescriptor() = default;
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor();
  FileDescriptor(FileDescriptor&& other) noexcept : fd_(other.release()) {}
  FileDescriptor& operator=(FileDescriptor&& other) noexcept;
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;

  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }
  int release();
  // Closes now and reports a failed close (which can mean lost data on some file systems).
  Status close(const std::filesystem::path& path);

 private:
  int fd_ = -1;
};

std::string errnoText(int error);

// Opens path for writing, created with mode (subject to umask) and truncated.
Expected<FileDescriptor> openForWriting(const std::filesystem::path& path, mode_t mode);
// Writes every byte, retrying short writes and EINTR.
Status writeAll(int fd, std::string_view data, const std::filesystem::path& path);
Status syncFile(int fd, const std::filesystem::path& path);
Status syncDirectory(const std::filesystem::path& directory);
// Durably replaces from -> to (rename, then fsync of the directory).
Status renameDurably(const std::filesystem::path& from, const std::filesystem::path& to);

// Writes content into a temporary file next to target with exactly `mode` (not subject to the
// umask), fsyncs it and renames it over target: readers see the old or the new file, never a
// partial one.
Status writeFileAtomically(const std::filesystem::path& target, std::string_view content,
                           mode_t mode);

}  // namespace audientia::client::detail
