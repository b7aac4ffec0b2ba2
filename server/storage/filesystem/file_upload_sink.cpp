#include "storage/filesystem/file_upload_sink.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "audientia/base/aside.h"
#include "audientia/base/sha256.h"
#include "storage/filesystem/object_placement.h"

namespace audientia::storage::filesystem {

using posix::readAt;
using posix::syncDirectory;
using posix::systemError;
using posix::UniqueFd;
using posix::writeAllAt;

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kBlock = FilesystemUploadSink::kBlockBytes;

std::uint64_t blockStart(std::uint64_t offset) {
  return offset & ~(kBlock - 1);
}

Error writeError(int error, const fs::path& path) {
  if (error == ENOSPC || error == EDQUOT) {
    return storeFullError("appending to " + path.string(), std::strerror(error));
  }
  return systemError(error, "appending to", path);
}

}  // namespace

Expected<std::unique_ptr<FilesystemUploadSink>> FilesystemUploadSink::open(
    fs::path path, fs::path objectsDir, std::shared_ptr<StoreQuota> quota, bool create,
    std::optional<std::uint64_t> directFrom, std::shared_ptr<DirectIoSlots> slots) {
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
  auto sink = std::unique_ptr<FilesystemUploadSink>(new FilesystemUploadSink(
      std::move(fd), std::move(path), std::move(objectsDir), std::move(quota),
      static_cast<std::uint64_t>(info.st_size), directFrom, std::move(slots)));
  sink->openDirectFor(sink->size_);
  return sink;
}

FilesystemUploadSink::FilesystemUploadSink(UniqueFd fd, fs::path path, fs::path objectsDir,
                                           std::shared_ptr<StoreQuota> quota, std::uint64_t size,
                                           std::optional<std::uint64_t> directFrom,
                                           std::shared_ptr<DirectIoSlots> slots)
    : fd_(std::move(fd)),
      directFrom_(directFrom),
      slots_(std::move(slots)),
      path_(std::move(path)),
      objectsDir_(std::move(objectsDir)),
      quota_(std::move(quota)),
      size_(size),
      bufferStart_(blockStart(size)),
      inFile_(size) {}

void FilesystemUploadSink::openDirectFor(std::uint64_t end) {
  if (directTried_ || !directFrom_ || end < *directFrom_ || !fd_.valid()) return;
  // Every slot taken: this append goes through the page cache; the next one asks again.
  if (slots_ && !slots_->tryTake()) return;
  holdsSlot_ = slots_ != nullptr;
  directTried_ = true;
  // Filesystems without direct I/O refuse O_DIRECT (EINVAL): appends go through the page cache.
  directFd_ = UniqueFd(::open(path_.c_str(), O_WRONLY | O_DIRECT | O_CLOEXEC));
  if (!directFd_.valid()) giveSlot();
}

void FilesystemUploadSink::giveSlot() {
  if (!holdsSlot_) return;
  holdsSlot_ = false;
  slots_->give();
}

FilesystemUploadSink::~FilesystemUploadSink() {
  // A failed write behind drops what it did not write (and releases its quota).
  if (fd_.valid()) (void)awaitWrite();
  if (fd_.valid() && size_ > inFile_) quota_->release(size_ - inFile_);
  giveSlot();
}

Status FilesystemUploadSink::requireOpen() const {
  if (fd_.valid()) return ok();
  if (aborted_) {
    return Error(ErrorCode::kFailedPrecondition,
                 "upload file " + path_.string() + " was aborted and removed");
  }
  return Error(ErrorCode::kFailedPrecondition,
               "staging file " + path_.string() + " was already committed as " + committedAs_);
}

Status FilesystemUploadSink::resumeAt(std::uint64_t size) {
  AUDIENTIA_TRY_STATUS(requireOpen());
  AUDIENTIA_TRY_STATUS(awaitWrite());
  if (size > size_) {
    return Error(ErrorCode::kDataLoss, "staging file " + path_.string() + " holds " +
                                           std::to_string(size_) + " bytes, fewer than the " +
                                           std::to_string(size) + " it should keep");
  }
  if (size == size_) return ok();
  const bool inBuffer = !buffer_.empty() && size >= bufferStart_;
  if (!inBuffer || inFile_ > size) {
    if (::ftruncate(fd_.get(), static_cast<off_t>(size)) != 0) {
      return systemError(errno, "truncating", path_);
    }
    inFile_ = std::min(inFile_, size);
  }
  if (!inBuffer) {
    // The buffer is filled again from the file by the next append.
    buffer_ = AlignedBuffer();
    bufferStart_ = blockStart(size);
    inFile_ = size;
  }
  quota_->release(size_ - size);
  size_ = size;
  return ok();
}

Status FilesystemUploadSink::append(std::uint64_t offset, std::span<const std::byte> data) {
  AUDIENTIA_TRY_STATUS(requireOpen());
  if (offset != size_) {
    return Error(ErrorCode::kFailedPrecondition, "a part at offset " + std::to_string(offset) +
                                                     " does not continue " + path_.string() +
                                                     ", which ends at " + std::to_string(size_));
  }
  if (data.empty()) return ok();
  // The page cache while the file is small; past directFrom_, the append that crosses it and
  // every later one go through the aligned buffer (startBuffer() takes up the partial block).
  openDirectFor(size_ + data.size());
  return directFd_.valid() || !buffer_.empty() ? appendDirect(data) : appendPlain(data);
}

Status FilesystemUploadSink::appendPlain(std::span<const std::byte> data) {
  AUDIENTIA_TRY_STATUS(quota_->reserve(data.size()));
  if (const int error = writeAllAt(fd_.get(), data, size_); error != 0) {
    // Nothing of this call may remain: cut the file back to where it was.
    const bool cutBack = ::ftruncate(fd_.get(), static_cast<off_t>(size_)) == 0;
    quota_->release(data.size());
    if (!cutBack) {
      return internalError("appending to " + path_.string() + " failed (" + std::strerror(error) +
                           ") and cutting it back to " + std::to_string(size_) +
                           " bytes failed too: " + std::strerror(errno));
    }
    return writeError(error, path_);
  }
  size_ += data.size();
  inFile_ = size_;
  return ok();
}

Status FilesystemUploadSink::startBuffer() {
  // Both buffers now, so that an append never fails half way for want of the second.
  buffer_ = spare_.empty() ? AlignedBuffer(kBlock, kBufferBytes) : std::move(spare_);
  spare_ = AlignedBuffer(kBlock, kBufferBytes);
  if (buffer_.empty() || spare_.empty()) {
    buffer_ = AlignedBuffer();
    return Error(ErrorCode::kResourceExhausted,
                 "no memory for the write buffers of " + path_.string());
  }
  bufferStart_ = blockStart(size_);
  const auto held = static_cast<std::size_t>(size_ - bufferStart_);
  auto got = readAt(fd_.get(), buffer_.span().first(held), bufferStart_, path_);
  if (!got || *got != held) {
    buffer_ = AlignedBuffer();
    if (!got) return got.error().withContext("reading the last block of " + path_.string());
    return Error(ErrorCode::kDataLoss, "staging file " + path_.string() + " ends before " +
                                           std::to_string(size_) + " bytes");
  }
  return ok();
}

Status FilesystemUploadSink::appendDirect(std::span<const std::byte> data) {
  if (buffer_.empty()) AUDIENTIA_TRY_STATUS(startBuffer());
  AUDIENTIA_TRY_STATUS(quota_->reserve(data.size()));
  std::size_t done = 0;
  while (done < data.size()) {
    const auto held = static_cast<std::size_t>(size_ - bufferStart_);
    const std::size_t take = std::min(buffer_.size() - held, data.size() - done);
    std::memcpy(buffer_.data() + held, data.data() + done, take);
    size_ += take;
    done += take;
    if (held + take < buffer_.size()) continue;
    if (Status written = writeWholeBlocks(); !written) {
      // The bytes of this call taken so far were dropped with the rest (dropUnwritten).
      quota_->release(data.size() - done);
      return written;
    }
  }
  return ok();
}

Status FilesystemUploadSink::writeWholeBlocks() {
  AUDIENTIA_TRY_STATUS(awaitWrite());
  const auto held = static_cast<std::size_t>(size_ - bufferStart_);
  const std::size_t whole = held - held % kBlock;
  if (whole == 0) return ok();
  // The partial block at the end starts the next buffer; the whole blocks are written behind.
  std::memcpy(spare_.data(), buffer_.data() + whole, held - whole);
  writing_ = std::move(buffer_);
  buffer_ = std::move(spare_);
  writingStart_ = bufferStart_;
  bufferStart_ += whole;
  const int fd = directFd_.valid() ? directFd_.get() : fd_.get();
  written_ = aside([fd, blocks = writing_.span().first(whole), offset = writingStart_] {
    Written result;
    result.error = writeAllAt(fd, blocks, offset, &result.bytes);
    return result;
  });
  return ok();
}

Status FilesystemUploadSink::awaitWrite() {
  if (!written_.valid()) return ok();
  Written result = written_.get();
  const auto blocks = writing_.span().first(static_cast<std::size_t>(bufferStart_ - writingStart_));
  if (result.error == EINVAL && directFd_.valid()) {
    // Direct I/O refused after all (some filesystems open with O_DIRECT but refuse the
    // writes): this and every later write go through the page cache.
    directFd_.reset();
    result.error = writeAllAt(fd_.get(), blocks, writingStart_, &result.bytes);
  }
  spare_ = std::move(writing_);
  if (result.error != 0) {
    // What the write did put in the file before it failed (whole blocks) is kept.
    inFile_ = std::max(inFile_, writingStart_ + blockStart(result.bytes));
    dropUnwritten();
    return writeError(result.error, path_);
  }
  inFile_ = std::max(inFile_, bufferStart_);
  return ok();
}

void FilesystemUploadSink::dropUnwritten() {
  // The failed write may have left part of its range in the file: the file is cut back to
  // what is known to be there. The dropped bytes were never synced: no durable byte is lost.
  (void)::ftruncate(fd_.get(), static_cast<off_t>(inFile_));
  quota_->release(size_ - inFile_);
  size_ = inFile_;
  bufferStart_ = blockStart(inFile_);
  buffer_ = AlignedBuffer();  // filled again from the file by the next append
}

Status FilesystemUploadSink::flush() {
  AUDIENTIA_TRY_STATUS(requireOpen());
  AUDIENTIA_TRY_STATUS(awaitWrite());
  if (buffer_.empty() || inFile_ == size_) return ok();
  AUDIENTIA_TRY_STATUS(writeWholeBlocks());
  AUDIENTIA_TRY_STATUS(awaitWrite());
  if (inFile_ < size_) {
    const auto tail = buffer_.span().subspan(static_cast<std::size_t>(inFile_ - bufferStart_),
                                             static_cast<std::size_t>(size_ - inFile_));
    const int error = writeAllAt(fd_.get(), tail, inFile_);
    if (error != 0) return writeError(error, path_);
    inFile_ = size_;
  }
  return ok();
}

Status FilesystemUploadSink::syncFlushed() {
  AUDIENTIA_TRY_STATUS(requireOpen());
  if (::fdatasync(fd_.get()) != 0) return systemError(errno, "syncing", path_);
  return ok();
}

Expected<std::size_t> FilesystemUploadSink::read(std::uint64_t offset,
                                                 std::span<std::byte> buffer) {
  AUDIENTIA_TRY_STATUS(requireOpen());
  AUDIENTIA_TRY_STATUS(flush());
  if (offset >= size_) return std::size_t{0};
  return readAt(fd_.get(), buffer.first(std::min<std::uint64_t>(buffer.size(), size_ - offset)),
                offset, path_);
}

Expected<std::string> FilesystemUploadSink::commit(const std::string& sha256) {
  if (!fd_.valid() && committedAs_ == sha256) return sha256;
  AUDIENTIA_TRY_STATUS(requireOpen());
  if (!isSha256Hex(sha256)) {
    return invalidArgument("media store key '" + sha256 + "' is not 64 lower-case hex digits");
  }
  AUDIENTIA_TRY_STATUS(flush());
  if (::fsync(fd_.get()) != 0) return systemError(errno, "syncing", path_);
  if (::fchmod(fd_.get(), 0444) != 0) return systemError(errno, "making read-only", path_);
  directFd_.reset();
  buffer_ = AlignedBuffer();
  spare_ = AlignedBuffer();
  giveSlot();
  AUDIENTIA_TRY_STATUS(fd_.close(path_));
  AUDIENTIA_TRY(const bool alreadyStored, placeObject(path_, objectsDir_, sha256));
  if (alreadyStored) quota_->release(size_);
  // The staging file's removal from uploads/ is made durable too, so that it does not come
  // back after a crash as an upload to resume.
  AUDIENTIA_TRY_STATUS(syncDirectory(path_.parent_path()));
  committedAs_ = sha256;
  return sha256;
}

Status FilesystemUploadSink::abort() {
  if (aborted_) return ok();
  AUDIENTIA_TRY_STATUS(requireOpen());
  (void)awaitWrite();
  directFd_.reset();
  buffer_ = AlignedBuffer();
  spare_ = AlignedBuffer();
  giveSlot();
  fd_.reset();
  aborted_ = true;
  if (::unlink(path_.c_str()) != 0 && errno != ENOENT) {
    return systemError(errno, "removing upload file", path_);
  }
  quota_->release(size_);
  size_ = 0;
  // Gone for good, so that a crash cannot bring back an aborted upload's bytes.
  return syncDirectory(path_.parent_path());
}

}  // namespace audientia::storage::filesystem
