#pragma once

// An advisory lock on a file (flock(2)) held by this process until the FileLock goes: the
// kernel releases it when the process dies, so a crashed holder never leaves it stuck. Used
// for "one process owns this directory" (the server's data dir, a capture directory, an upload
// journal item). Within one machine only: what several servers share is locked in PostgreSQL.

#include <sys/types.h>

#include <filesystem>
#include <optional>

#include "audientia/base/expected.h"
#include "audientia/base/posix_file.h"

namespace audientia::posix {

class FileLock {
 public:
  enum class Mode { kUnspecified = 0, kExclusive, kShared };

  // Opens path (created with `mode` when missing) and takes the lock without waiting. nullopt
  // when another process (or another open file of this one) holds it; an Error when the file
  // cannot be opened.
  static Expected<std::optional<FileLock>> tryAcquire(const std::filesystem::path& path,
                                                      Mode lockMode, mode_t mode = 0644);
  // True while some holder has the lock on an existing path; false when nobody does or the
  // file does not exist.
  static bool isHeld(const std::filesystem::path& path);

  FileLock(FileLock&&) noexcept = default;
  FileLock& operator=(FileLock&&) noexcept = default;

  // The locked file, open read-write (the data dir lock writes the owner's pid into it).
  int fd() const { return fd_.get(); }

 private:
  explicit FileLock(UniqueFd fd) : fd_(std::move(fd)) {}
  UniqueFd fd_;
};

}  // namespace audientia::posix
