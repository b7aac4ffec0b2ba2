#pragma once

// Exclusive ownership of a data dir by one server process: flock(2) on DIR/server.lock, held
// for the lifetime of the object (the kernel drops it if the process dies). The file holds
// the owner's pid so that a second server can name it.

#include <filesystem>
#include <memory>
#include <utility>

#include "audientia/base/expected.h"
#include "audientia/base/file_lock.h"

namespace audientia::bootstrap {

class DataDirLock {
 public:
  // kFailedPrecondition "data dir DIR is in use by another audientia-server (pid N)" when
  // another process holds it.
  static Expected<std::unique_ptr<DataDirLock>> acquire(const std::filesystem::path& dataDir);

 private:
  explicit DataDirLock(posix::FileLock lock) : lock_(std::move(lock)) {}
  posix::FileLock lock_;
};

}  // namespace audientia::bootstrap
