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

Expected<std::size_t> readAt(int fd, std::span<std::byte> buffer, std::uint64_t offset,
                             const std::filesystem::path& path) {
  std::size_t total = 0;
  while (total < buffer.size()) {
    const ssize_t n = ::pread(fd, buffer.data() + total, buffer.size() - total,
                              static_cast<off_t>(offset + total));
    if (n < 0) {
      if (errno == EINTR) continue;
      return systemError(errno, "reading", path);
    }
    if (n == 0) break;
    total += static_cast<std::size_t>(n);
  }
  return total;
}

int writeAllAt(int fd, std::span<const std::byte> data, std::uint64_t offset,
               std::size_t* written) {
  std::size_t done = 0;
  int error = 0;
  while (done < data.size() && error == 0) {
    const ssize_t n =
        ::pwrite(fd, data.data() + done, data.size() - done, static_cast<off_t>(offset + done));
    if (n > 0) {
      done += static_cast<std::size_t>(n);
    } else if (n == 0) {
      error = ENOSPC;
    } else if (errno != EINTR) {
      error = errno;
    }
  }
  if (written != nullptr) *written = done;
  return error;
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
