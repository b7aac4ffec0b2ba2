#include "storage/filesystem/posix_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace audientia::storage::filesystem {

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
  if (this != &other) {
    reset();
    fd_ = other.release();
  }
  return *this;
}

int UniqueFd::release() {
  int fd = fd_;
  fd_ = -1;
  return fd;
}

void UniqueFd::reset() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

Status UniqueFd::close(const std::filesystem::path& path) {
  int fd = release();
  if (fd >= 0 && ::close(fd) != 0) return systemError(errno, "closing", path);
  return ok();
}

Error systemError(int errnum, const std::string& what, const std::filesystem::path& path) {
  ErrorCode code = ErrorCode::kInternal;
  if (errnum == ENOSPC || errnum == EDQUOT) code = ErrorCode::kResourceExhausted;
  if (errnum == ENOENT) code = ErrorCode::kNotFound;
  return {code, what + " " + path.string() + ": " + std::strerror(errnum)};
}

Status syncDirectory(const std::filesystem::path& dir) {
  UniqueFd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd.valid()) return systemError(errno, "opening directory", dir);
  if (::fsync(fd.get()) != 0) return systemError(errno, "syncing directory", dir);
  return ok();
}

Status ensureDirectory(const std::filesystem::path& dir, unsigned mode) {
  if (::mkdir(dir.c_str(), static_cast<mode_t>(mode)) == 0) {
    return syncDirectory(dir.parent_path().empty() ? std::filesystem::path(".")
                                                   : dir.parent_path());
  }
  if (errno != EEXIST) return systemError(errno, "creating directory", dir);
  struct stat info {};
  if (::stat(dir.c_str(), &info) != 0) return systemError(errno, "examining", dir);
  if (!S_ISDIR(info.st_mode)) {
    return Error(ErrorCode::kFailedPrecondition, dir.string() + " exists but is not a directory");
  }
  return ok();
}

}  // namespace audientia::storage::filesystem
