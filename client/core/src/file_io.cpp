#include "file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

namespace audientia::client::detail {

namespace fs = std::filesystem;

FileDescriptor::~FileDescriptor() {
  if (fd_ >= 0) ::close(fd_);
}

FileDescriptor& FileDescriptor::operator=(FileDescriptor&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.release();
  }
  return *this;
}

int FileDescriptor::release() {
  const int fd = fd_;
  fd_ = -1;
  return fd;
}

Status FileDescriptor::close(const fs::path& path) {
  if (fd_ < 0) return ok();
  const int fd = release();
  if (::close(fd) != 0) {
    return Error(ErrorCode::kDataLoss, "closing " + path.string() + ": " + errnoText(errno));
  }
  return ok();
}

std::string errnoText(int error) {
  return std::strerror(error);
}

static ErrorCode codeForErrno(int error) {
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

Expected<FileDescriptor> openForWriting(const fs::path& path, mode_t mode) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0) {
    const int error = errno;
    return Error(codeForErrno(error), "cannot create " + path.string() + ": " + errnoText(error));
  }
  return FileDescriptor(fd);
}

Status writeAll(int fd, std::string_view data, const fs::path& path) {
  while (!data.empty()) {
    const ssize_t written = ::write(fd, data.data(), data.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      const int error = errno;
      return Error(codeForErrno(error), "writing " + path.string() + ": " + errnoText(error));
    }
    data.remove_prefix(static_cast<std::size_t>(written));
  }
  return ok();
}

Status syncFile(int fd, const fs::path& path) {
  if (::fsync(fd) != 0) {
    const int error = errno;
    return Error(ErrorCode::kDataLoss, "fsync of " + path.string() + ": " + errnoText(error));
  }
  return ok();
}

Status syncDirectory(const fs::path& directory) {
  const fs::path dir = directory.empty() ? fs::path(".") : directory;
  FileDescriptor fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd.valid()) {
    const int error = errno;
    return Error(codeForErrno(error),
                 "cannot open directory " + dir.string() + ": " + errnoText(error));
  }
  AUDIENTIA_TRY_STATUS(syncFile(fd.get(), dir));
  return fd.close(dir);
}

Status renameDurably(const fs::path& from, const fs::path& to) {
  if (::rename(from.c_str(), to.c_str()) != 0) {
    const int error = errno;
    return Error(codeForErrno(error),
                 "cannot rename " + from.string() + " to " + to.string() + ": " + errnoText(error));
  }
  return syncDirectory(to.parent_path());
}

static std::string randomSuffix() {
  std::random_device device;
  static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string suffix;
  for (int i = 0; i < 8; ++i) suffix.push_back(kChars[device() % (sizeof(kChars) - 1)]);
  return suffix;
}

Status writeFileAtomically(const fs::path& target, std::string_view content, mode_t mode) {
  const fs::path temp = target.string() + ".tmp-" + randomSuffix();
  FileDescriptor fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode));
  if (!fd.valid()) {
    const int error = errno;
    return Error(codeForErrno(error), "cannot create " + temp.string() + ": " + errnoText(error));
  }
  auto fail = [&temp](Error error) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    return error;
  };
  // The umask may have removed bits; the caller asked for exactly `mode`.
  if (::fchmod(fd.get(), mode) != 0) {
    const int error = errno;
    return fail(Error(codeForErrno(error), "chmod of " + temp.string() + ": " + errnoText(error)));
  }
  if (auto status = writeAll(fd.get(), content, temp); !status) return fail(status.error());
  if (auto status = syncFile(fd.get(), temp); !status) return fail(status.error());
  if (auto status = fd.close(temp); !status) return fail(status.error());
  if (auto status = renameDurably(temp, target); !status) return fail(status.error());
  return ok();
}

}  // namespace audientia::client::detail
