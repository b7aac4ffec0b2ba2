#include "audientia/base/posix_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

namespace audientia::posix {

namespace fs = std::filesystem;

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
  if (this != &other) {
    reset();
    fd_ = other.release();
  }
  return *this;
}

int UniqueFd::release() {
  const int fd = fd_;
  fd_ = -1;
  return fd;
}

void UniqueFd::reset() {
  if (fd_ >= 0) ::close(release());
}

Status UniqueFd::close(const fs::path& path) {
  if (fd_ < 0) return ok();
  if (::close(release()) != 0) {
    return Error(ErrorCode::kDataLoss, "closing " + path.string() + ": " + errnoText(errno));
  }
  return ok();
}

std::string errnoText(int error) {
  return std::strerror(error);
}

ErrorCode codeForErrno(int error) {
  switch (error) {
    case ENOENT:
      return ErrorCode::kNotFound;
    case EACCES:
    case EPERM:
      return ErrorCode::kPermissionDenied;
    case ENOSPC:
    case EDQUOT:
      return ErrorCode::kResourceExhausted;
    case EEXIST:
      return ErrorCode::kAlreadyExists;
    default:
      return ErrorCode::kInternal;
  }
}

Error systemError(int error, const std::string& what, const fs::path& path) {
  return {codeForErrno(error), what + " " + path.string() + ": " + errnoText(error)};
}

Expected<std::size_t> readAt(int fd, std::span<std::byte> buffer, std::uint64_t offset,
                             const fs::path& path) {
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

Status writeAll(int fd, std::string_view data, const fs::path& path) {
  while (!data.empty()) {
    const ssize_t written = ::write(fd, data.data(), data.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return systemError(errno, "writing", path);
    }
    if (written == 0) return systemError(ENOSPC, "writing", path);
    data.remove_prefix(static_cast<std::size_t>(written));
  }
  return ok();
}

Status syncFile(int fd, const fs::path& path) {
  if (::fsync(fd) != 0) {
    return Error(ErrorCode::kDataLoss, "fsync of " + path.string() + ": " + errnoText(errno));
  }
  return ok();
}

Status syncDirectory(const fs::path& directory) {
  const fs::path dir = directory.empty() ? fs::path(".") : directory;
  UniqueFd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd.valid()) return systemError(errno, "opening directory", dir);
  AUDIENTIA_TRY_STATUS(syncFile(fd.get(), dir));
  return fd.close(dir);
}

Status syncFilesystem(const fs::path& directory) {
  UniqueFd fd(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd.valid()) return systemError(errno, "opening directory", directory);
  if (::syncfs(fd.get()) != 0) {
    return Error(ErrorCode::kDataLoss,
                 "syncfs of the filesystem of " + directory.string() + ": " + errnoText(errno));
  }
  return fd.close(directory);
}

Status ensureDirectory(const fs::path& dir, unsigned mode) {
  if (::mkdir(dir.c_str(), static_cast<mode_t>(mode)) == 0) {
    return syncDirectory(dir.parent_path());
  }
  if (errno != EEXIST) return systemError(errno, "creating directory", dir);
  struct stat info {};
  if (::stat(dir.c_str(), &info) != 0) return systemError(errno, "examining", dir);
  if (!S_ISDIR(info.st_mode)) {
    return Error(ErrorCode::kFailedPrecondition, dir.string() + " exists but is not a directory");
  }
  return ok();
}

Status renameDurably(const fs::path& from, const fs::path& to) {
  if (::rename(from.c_str(), to.c_str()) != 0) {
    const int error = errno;
    return Error(codeForErrno(error),
                 "renaming " + from.string() + " to " + to.string() + ": " + errnoText(error));
  }
  return syncDirectory(to.parent_path());
}

namespace {

std::string randomSuffix() {
  std::random_device device;
  static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string suffix;
  for (int i = 0; i < 8; ++i) suffix.push_back(kChars[device() % (sizeof(kChars) - 1)]);
  return suffix;
}

}  // namespace

Status writeFileAtomically(const fs::path& target, std::string_view content, mode_t mode,
                           Durability durability) {
  const bool synced = durability != Durability::kAtomicOnly;
  const fs::path temp = target.string() + ".tmp-" + randomSuffix();
  UniqueFd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode));
  if (!fd.valid()) return systemError(errno, "creating", temp);
  auto fail = [&temp](Error error) {
    ::unlink(temp.c_str());
    return error;
  };
  // The umask may have removed bits; the caller asked for exactly `mode`.
  if (::fchmod(fd.get(), mode) != 0) return fail(systemError(errno, "chmod of", temp));
  if (auto status = writeAll(fd.get(), content, temp); !status) return fail(status.error());
  if (synced) {
    if (auto status = syncFile(fd.get(), temp); !status) return fail(status.error());
  }
  if (auto status = fd.close(temp); !status) return fail(status.error());
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    return fail(systemError(errno, "renaming into", target));
  }
  return synced ? syncDirectory(target.parent_path()) : ok();
}

}  // namespace audientia::posix
