#pragma once

// POSIX file helpers every layer uses: an owning descriptor, errors that name the call and the
// path, and durable writes. "Durable" means fsync of the file and of the directory that names
// it, so that a power cut leaves the old content or the new, never a torn or missing file.

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "audientia/base/expected.h"

namespace audientia::posix {

// Owns one file descriptor; closes it on destruction.
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

std::string errnoText(int error);
// ENOENT -> kNotFound, EACCES/EPERM -> kPermissionDenied, ENOSPC/EDQUOT -> kResourceExhausted,
// EEXIST -> kAlreadyExists, others kInternal.
ErrorCode codeForErrno(int error);
// An Error for a failed system call: "<what> <path>: <strerror>", coded by codeForErrno.
Error systemError(int error, const std::string& what, const std::filesystem::path& path);

// pread()s into buffer at offset until it is full or the file ends; the bytes read.
Expected<std::size_t> readAt(int fd, std::span<std::byte> buffer, std::uint64_t offset,
                             const std::filesystem::path& path);
// pwrite()s all of data at offset; 0, or the errno of the failure (ENOSPC when the device
// takes no more without saying why). written, when given, gets the bytes that were written.
int writeAllAt(int fd, std::span<const std::byte> data, std::uint64_t offset,
               std::size_t* written = nullptr);

// Writes every byte, retrying short writes and EINTR.
Status writeAll(int fd, std::string_view data, const std::filesystem::path& path);
Status syncFile(int fd, const std::filesystem::path& path);
// fsyncs a directory so that renames and creations in it are durable.
Status syncDirectory(const std::filesystem::path& directory);
// syncfs(2) of the filesystem that holds directory: every file and directory written on it so
// far is durable (one device flush for many files, where an fsync each would flush each).
Status syncFilesystem(const std::filesystem::path& directory);
// Creates dir (mode) if missing; fsyncs its parent when it created it.
Status ensureDirectory(const std::filesystem::path& dir, unsigned mode);
// rename(from, to), then fsync of to's directory.
Status renameDurably(const std::filesystem::path& from, const std::filesystem::path& to);

enum class Durability { kUnspecified = 0, kSynced, kAtomicOnly };

// Writes content to a new temporary file beside target with exactly `mode` (not subject to the
// umask) and renames it over target: readers see the old file or the new one, never part of
// one. kSynced (the default) also fsyncs the file before the rename and the directory after;
// kAtomicOnly skips both, for scratch files whose loss in a power cut does not matter. The
// temporary is removed when anything fails.
Status writeFileAtomically(const std::filesystem::path& target, std::string_view content,
                           mode_t mode, Durability durability = Durability::kSynced);

}  // namespace audientia::posix
