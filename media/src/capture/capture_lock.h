#pragma once

// The lock of a capture directory (capture.lock): held by a recording session for its whole
// life and by crash recovery while it repairs; the kernel drops it when the process dies, which
// is how recovery and the uploader tell a dead capture from a running one.

#include <filesystem>
#include <string>
#include <utility>

#include "audientia/base/expected.h"
#include "audientia/base/file_lock.h"
#include "audientia/media/capture_manifest.h"

namespace audientia::media {

// kFailedPrecondition with `busy` when another process holds it.
inline Expected<posix::FileLock> lockCaptureDirectory(const std::filesystem::path& dir,
                                                      const std::string& busy) {
  auto lock =
      posix::FileLock::tryAcquire(dir / kCaptureLockFileName, posix::FileLock::Mode::kExclusive);
  if (!lock) return lock.error();
  if (!*lock) return Error(ErrorCode::kFailedPrecondition, busy);
  return std::move(**lock);
}

}  // namespace audientia::media
