#include "storage/filesystem/resumable_staging.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "audientia/base/sha256.h"
#include "storage/filesystem/object_placement.h"

namespace audientia::storage::filesystem {

namespace fs = std::filesystem;

Expected<std::unique_ptr<FilesystemResumableStaging>> FilesystemResumableStaging::open(
    fs::path path, fs::path objectsDir, std::shared_ptr<StoreQuota> quota, bool create) {
  UniqueFd fd;
  bool created = false;
  if (create) {
    fd = UniqueFd(::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    created = fd.valid();
    if (!created && errno != EEXIST) return systemError(errno, "creating staging file", path);
  }
  if (!fd.valid()) {
    fd = UniqueFd(::open(path.c_str(), O_RDWR | O_CLOEXEC));
    if (!fd.valid()) {
      if (errno == ENOENT) return notFound("no staging file for this upload at " + path.string());
      return systemError(errno, "opening staging file", path);
    }
  }
  // The file must still be there after a crash, or a resumed upload would find it gone.
  if (created) AUDIENTIA_TRY_STATUS(syncDirectory(path.parent_path()));
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return systemError(errno, "examining", path);
  return std::unique_ptr<FilesystemResumableStaging>(
      new FilesystemResumableStaging(std::move(fd), std::move(path), std::move(objectsDir),
                                     std::move(quota), static_cast<std::uint64_t>(info.st_size)));
}

Status FilesystemResumableStaging::requireOpen() const {
  if (fd_.valid()) return ok();
  return Error(ErrorCode::kFailedPrecondition,
               "staging file " + path_.string() + " was already committed as " + committedAs_);
}

Status FilesystemResumableStaging::truncate(std::uint64_t size) {
  AUDIENTIA_TRY_STATUS(requireOpen());
  if (size > size_) {
    return Error(ErrorCode::kDataLoss, "staging file " + path_.string() + " holds " +
                                           std::to_string(size_) + " bytes, fewer than the " +
                                           std::to_string(size) + " it should keep");
  }
  if (size == size_) return ok();
  if (::ftruncate(fd_.get(), static_cast<off_t>(size)) != 0) {
    return systemError(errno, "truncating", path_);
  }
  quota_->release(size_ - size);
  size_ = size;
  return ok();
}

Status FilesystemResumableStaging::append(std::span<const std::byte> data) {
  AUDIENTIA_TRY_STATUS(requireOpen());
  if (data.empty()) return ok();
  AUDIENTIA_TRY_STATUS(quota_->reserve(data.size()));
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::pwrite(fd_.get(), data.data() + done, data.size() - done,
                               static_cast<off_t>(size_ + done));
    if (n >= 0) {
      done += static_cast<std::size_t>(n);
      continue;
    }
    const int error = errno;
    if (error == EINTR) continue;
    // Nothing of this call may remain: cut the file back to where it was.
    const bool cutBack = ::ftruncate(fd_.get(), static_cast<off_t>(size_)) == 0;
    quota_->release(data.size());
    if (!cutBack) {
      return internalError("appending to " + path_.string() + " failed (" + std::strerror(error) +
                           ") and cutting it back to " + std::to_string(size_) +
                           " bytes failed too: " + std::strerror(errno));
    }
    if (error == ENOSPC || error == EDQUOT) {
      return storeFullError("appending to " + path_.string(), std::strerror(error));
    }
    return systemError(error, "appending to", path_);
  }
  size_ += data.size();
  return ok();
}

Status FilesystemResumableStaging::sync() {
  AUDIENTIA_TRY_STATUS(requireOpen());
  if (::fdatasync(fd_.get()) != 0) return systemError(errno, "syncing", path_);
  return ok();
}

Expected<std::size_t> FilesystemResumableStaging::read(std::uint64_t offset,
                                                       std::span<std::byte> buffer) {
  AUDIENTIA_TRY_STATUS(requireOpen());
  std::size_t total = 0;
  while (total < buffer.size() && offset + total < size_) {
    const ssize_t n = ::pread(fd_.get(), buffer.data() + total, buffer.size() - total,
                              static_cast<off_t>(offset + total));
    if (n < 0) {
      if (errno == EINTR) continue;
      return systemError(errno, "reading", path_);
    }
    if (n == 0) break;
    total += static_cast<std::size_t>(n);
  }
  return total;
}

Expected<std::string> FilesystemResumableStaging::commitAs(const std::string& sha256) {
  if (!fd_.valid() && committedAs_ == sha256) return sha256;
  AUDIENTIA_TRY_STATUS(requireOpen());
  if (!isSha256Hex(sha256)) {
    return invalidArgument("media store key '" + sha256 + "' is not 64 lower-case hex digits");
  }
  if (::fsync(fd_.get()) != 0) return systemError(errno, "syncing", path_);
  if (::fchmod(fd_.get(), 0444) != 0) return systemError(errno, "making read-only", path_);
  AUDIENTIA_TRY_STATUS(fd_.close(path_));
  AUDIENTIA_TRY(const bool alreadyStored, placeObject(path_, objectsDir_, sha256));
  if (alreadyStored) quota_->release(size_);
  // The staging file's removal from uploads/ is made durable too, so that it does not come
  // back after a crash as an upload to resume.
  AUDIENTIA_TRY_STATUS(syncDirectory(path_.parent_path()));
  committedAs_ = sha256;
  return sha256;
}

}  // namespace audientia::storage::filesystem
