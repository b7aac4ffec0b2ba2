#include "audientia/base/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>

#include <cerrno>

namespace audientia::posix {

Expected<std::optional<FileLock>> FileLock::tryAcquire(const std::filesystem::path& path,
                                                       Mode lockMode, mode_t mode) {
  UniqueFd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, mode));
  if (!fd.valid()) return systemError(errno, "opening", path);
  const int operation = (lockMode == Mode::kShared ? LOCK_SH : LOCK_EX) | LOCK_NB;
  if (::flock(fd.get(), operation) != 0) {
    if (errno == EWOULDBLOCK) return std::optional<FileLock>();
    return systemError(errno, "locking", path);
  }
  return std::optional<FileLock>(FileLock(std::move(fd)));
}

bool FileLock::isHeld(const std::filesystem::path& path) {
  UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd.valid()) return false;
  if (::flock(fd.get(), LOCK_SH | LOCK_NB) != 0) return errno == EWOULDBLOCK;
  ::flock(fd.get(), LOCK_UN);
  return false;
}

}  // namespace audientia::posix
