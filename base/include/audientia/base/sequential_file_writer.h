#pragma once

// A new file written once from its start, in order, past the page cache where the filesystem
// allows it (O_DIRECT on ext4, xfs, btrfs; tmpfs since Linux 6.6). Bytes are gathered in an
// aligned buffer and written in whole blocks with O_DIRECT; the tail (less than a buffer at the
// end) goes through the page cache when the file is finished. For large files that are written
// once and not read back at once, such as the files of an evidence package: on this project's
// machines the copy into the page cache was most of the CPU of writing them, and the fsync at
// the end had a whole file left to write (docs/export.md, "How fast"). Where O_DIRECT is
// refused, every byte goes through the page cache as with write(2).

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>

#include "audientia/base/aligned_buffer.h"
#include "audientia/base/expected.h"
#include "audientia/base/posix_file.h"

namespace audientia::posix {

class SequentialFileWriter {
 public:
  static constexpr std::size_t kBlockBytes = 4096;
  static constexpr std::size_t kBufferBytes = std::size_t{8} << 20;

  // open(2)s path with `flags` (O_WRONLY | O_CREAT and what else the caller wants) and mode.
  static Expected<SequentialFileWriter> create(const std::filesystem::path& path, int flags,
                                               mode_t mode);
  SequentialFileWriter(SequentialFileWriter&&) noexcept = default;
  SequentialFileWriter& operator=(SequentialFileWriter&&) noexcept = default;
  SequentialFileWriter(const SequentialFileWriter&) = delete;
  SequentialFileWriter& operator=(const SequentialFileWriter&) = delete;

  // Appends data (after an error, every call returns it again).
  Status write(std::string_view data);
  // Writes what is gathered to the file (not yet durable).
  Status flush();
  // flush(), then fsync: every byte written so far is on the disk.
  Status sync();
  // sync() (or only flush() when `sync` is false: the caller makes the file durable, say with
  // one syncfs(2) for many files), then closes the file.
  Status close(bool sync = true);

  std::uint64_t size() const { return size_; }
  // Whether whole blocks go past the page cache (false where the filesystem refused O_DIRECT).
  bool direct() const { return directFd_.valid(); }

 private:
  SequentialFileWriter(std::filesystem::path path, UniqueFd fd, UniqueFd directFd);
  // Writes the buffer's whole blocks with O_DIRECT (all of it with `all`, the tail through the
  // page cache) and keeps what is left at its front.
  Status drain(bool all);

  std::filesystem::path path_;
  UniqueFd fd_;
  UniqueFd directFd_;
  AlignedBuffer buffer_;
  std::size_t buffered_ = 0;    // bytes at the buffer's front, from file offset inFile_
  std::uint64_t inFile_ = 0;    // bytes written to the file
  std::uint64_t size_ = 0;      // bytes appended
  std::optional<Error> error_;  // the first failure, returned by every later call
};

}  // namespace audientia::posix
