#include "bootstrap/data_dir_lock.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <string>

namespace audientia::bootstrap {

Expected<std::unique_ptr<DataDirLock>> DataDirLock::acquire(const std::filesystem::path& dataDir) {
  const std::filesystem::path path = dataDir / "server.lock";
  AUDIENTIA_TRY(auto lock, posix::FileLock::tryAcquire(path, posix::FileLock::Mode::kExclusive));
  if (!lock) {
    std::string owner = "unknown";
    posix::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    char buffer[32] = {};
    const ssize_t n = fd.valid() ? ::pread(fd.get(), buffer, sizeof(buffer) - 1, 0) : -1;
    if (n > 0) owner = std::string(buffer, static_cast<std::size_t>(n));
    while (!owner.empty() && (owner.back() == '\n' || owner.back() == ' ')) owner.pop_back();
    return Error(ErrorCode::kFailedPrecondition,
                 "data dir " + dataDir.string() + " is in use by another audientia-server (pid " +
                     owner + ")");
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(lock->fd(), 0) != 0 ||
      ::pwrite(lock->fd(), pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
    return posix::systemError(errno, "writing the pid to", path);
  }
  return std::unique_ptr<DataDirLock>(new DataDirLock(std::move(*lock)));
}

}  // namespace audientia::bootstrap
