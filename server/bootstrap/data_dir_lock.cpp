#include "bootstrap/data_dir_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace audientia::bootstrap {

Expected<std::unique_ptr<DataDirLock>> DataDirLock::acquire(const std::filesystem::path& dataDir) {
  std::filesystem::path path = dataDir / "server.lock";
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return internalError("opening " + path.string() + ": " + std::strerror(errno));
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int error = errno;
    std::string owner;
    if (error == EWOULDBLOCK) {
      char buffer[32] = {};
      ssize_t n = ::pread(fd, buffer, sizeof(buffer) - 1, 0);
      owner = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string("unknown");
      while (!owner.empty() && (owner.back() == '\n' || owner.back() == ' ')) owner.pop_back();
    }
    ::close(fd);
    if (error == EWOULDBLOCK) {
      return Error(ErrorCode::kFailedPrecondition,
                   "data dir " + dataDir.string() + " is in use by another audientia-server (pid " +
                       owner + ")");
    }
    return internalError("locking " + path.string() + ": " + std::strerror(error));
  }
  std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) != 0 ||
      ::pwrite(fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
    int error = errno;
    ::close(fd);
    return internalError("writing the pid to " + path.string() + ": " + std::strerror(error));
  }
  return std::unique_ptr<DataDirLock>(new DataDirLock(fd));
}

DataDirLock::~DataDirLock() {
  ::close(fd_);
}

}  // namespace audientia::bootstrap
