#pragma once

// UploadSink on a local filesystem (one file that grows): root/uploads/<uploadId>.part, kept across
// restarts.
//
// Until the file holds `directFrom` bytes (never, without it) every append is a plain pwrite into
// the page cache; the kernel writes it back while appends go on.
//
// Direct I/O (from `directFrom` on; the store's default is from 32 MiB, so large uploads only):
// where the filesystem takes O_DIRECT (ext4, xfs, tmpfs since Linux 6.6), appended bytes are
// gathered in an 8 MiB aligned buffer and written in whole 4 KiB blocks with O_DIRECT, past the
// page cache, which saves the CPU of copying into it (docs/upload-performance.md). The
// unaligned tail is written through the page cache when the file is synced, read or committed,
// and kept in the buffer so that the next block write starts aligned.
//
// Write-behind (direct I/O): a full buffer is written on a thread of its own while appends fill
// a second one, so that the disk write overlaps the copying of the next chunks. This was written
// when appends ran on the receiving thread; UploadSession now appends behind too, so for an
// upload this is a second layer, kept because with it the append that fills a buffer does not
// wait for the disk. 8 MiB rather than 4 MiB per write keeps two requests in flight on a device
// that takes 4 MiB each (bench/README.md). A failed write is reported by the next append, flush or
// sync; what it wrote is kept and every byte after is dropped (none of them was durable); size()
// tells where the file ends.

#include <atomic>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "audientia/base/aligned_buffer.h"
#include "audientia/base/posix_file.h"
#include "ports/media_store.h"
#include "storage/filesystem/store_quota.h"

namespace audientia::storage::filesystem {

// How many upload sinks may write with O_DIRECT, and so hold its 16 MiB of buffers, at once;
// shared by a store and its sinks. A sink that finds none free goes on through the page cache
// and asks again at its next append.
class DirectIoSlots {
 public:
  explicit DirectIoSlots(int max) : max_(max) {}
  bool tryTake() {
    int taken = taken_.load();
    while (taken < max_) {
      if (taken_.compare_exchange_weak(taken, taken + 1)) return true;
    }
    return false;
  }
  void give() { taken_.fetch_sub(1); }
  int taken() const { return taken_.load(); }

 private:
  const int max_;
  std::atomic<int> taken_{0};
};

class FilesystemUploadSink final : public ports::UploadSink {
 public:
  // Opens (create: creating it when missing) the staging file at path. directFrom: use O_DIRECT,
  // where the filesystem accepts it, once the file holds that many bytes (0: from the start;
  // nullopt: never), holding one of `slots` meanwhile (nullptr: no limit).
  static Expected<std::unique_ptr<FilesystemUploadSink>> open(
      std::filesystem::path path, std::filesystem::path objectsDir,
      std::shared_ptr<StoreQuota> quota, bool create, std::optional<std::uint64_t> directFrom,
      std::shared_ptr<DirectIoSlots> slots = nullptr);
  // Bytes appended but not flushed are dropped (they were never durable).
  ~FilesystemUploadSink() override;

  std::uint64_t size() const override { return size_; }
  Status append(std::uint64_t offset, std::span<const std::byte> data) override;
  Status flush() override;
  Status syncFlushed() override;
  Status resumeAt(std::uint64_t offset) override;
  Expected<std::size_t> read(std::uint64_t offset, std::span<std::byte> buffer) override;
  Expected<std::string> commit(const std::string& sha256) override;
  Status abort() override;

  // The file (its bytes up to the last flush()).
  const std::filesystem::path& path() const { return path_; }

  // Whether appends go through O_DIRECT (false where the filesystem refused it).
  bool directIo() const { return directFd_.valid(); }

  // The outcome of a write behind: its errno (0: all written) and the bytes it wrote.
  struct Written {
    int error = 0;
    std::size_t bytes = 0;
  };

  static constexpr std::size_t kBlockBytes = 4096;
  static constexpr std::size_t kBufferBytes = std::size_t{8} << 20;

 private:
  FilesystemUploadSink(posix::UniqueFd fd, std::filesystem::path path,
                       std::filesystem::path objectsDir, std::shared_ptr<StoreQuota> quota,
                       std::uint64_t size, std::optional<std::uint64_t> directFrom,
                       std::shared_ptr<DirectIoSlots> slots);
  Status requireOpen() const;
  // Opens directFd_ once the file is to grow past directFrom_ and a slot is free (at most once:
  // a filesystem that refuses O_DIRECT keeps the page cache).
  void openDirectFor(std::uint64_t end);
  // Gives the slot back once the buffers are gone (commit, abort, destruction).
  void giveSlot();
  Status appendDirect(std::span<const std::byte> data);
  Status appendPlain(std::span<const std::byte> data);
  // Fills the buffer with the file's bytes of the block that holds its end.
  Status startBuffer();
  // Writes the buffer's whole blocks with O_DIRECT and keeps the rest at its front.
  Status writeWholeBlocks();
  // Waits for the write behind, if any; on failure drops every byte not in the file.
  Status awaitWrite();
  // After a failed write: keeps only what is in the file, [0, inFile_).
  void dropUnwritten();

  posix::UniqueFd fd_;
  posix::UniqueFd directFd_;  // O_DIRECT, when the filesystem takes it
  std::optional<std::uint64_t> directFrom_;
  std::shared_ptr<DirectIoSlots> slots_;
  bool holdsSlot_ = false;
  bool directTried_ = false;
  std::filesystem::path path_;
  std::filesystem::path objectsDir_;
  std::shared_ptr<StoreQuota> quota_;
  std::uint64_t size_;  // bytes appended (in the file or still in the buffer)
  // With directFd_: the buffer holds bytes [bufferStart_, size_) (bufferStart_ a multiple of
  // kBlockBytes) once the first append allocated it; the file holds [0, inFile_), and nothing
  // after, with bufferStart_ <= inFile_ <= size_ while no write is behind (see writing_).
  // Without: the file holds [0, size_).
  AlignedBuffer buffer_;
  std::uint64_t bufferStart_ = 0;
  std::uint64_t inFile_ = 0;
  // The write behind: `writing_` holds bytes [writingStart_, bufferStart_) of the file, being
  // written by `written_` (its errno, 0 when done); `spare_` is the buffer to fill next.
  AlignedBuffer writing_;
  std::uint64_t writingStart_ = 0;
  std::future<Written> written_;
  AlignedBuffer spare_;
  std::string committedAs_;
  bool aborted_ = false;
};

}  // namespace audientia::storage::filesystem
