#pragma once

// A file written under `out` + ".partial" and given its name only when complete: commit()
// checks the SHA-256 of what was written (when one is expected), syncs, and renames durably.
// Whole blocks go past the page cache where the filesystem allows (posix::SequentialFileWriter).
// Destroyed without a commit, it removes the partial file: a download or export that fails or
// is cancelled never leaves anything that looks complete.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "audientia/base/expected.h"
#include "audientia/base/posix_file.h"
#include "audientia/base/sequential_file_writer.h"
#include "audientia/base/sha256.h"

namespace audientia::client::detail {

class PartialFile {
 public:
  // kNone: the bytes are not hashed (an evidence package's files, which audientia-verify checks
  // against the bag's manifests); commit() then takes no expected digest.
  enum class Digest { kSha256, kNone };

  static Expected<PartialFile> create(const std::filesystem::path& out,
                                      Digest digest = Digest::kSha256);
  PartialFile(PartialFile&& other) noexcept;
  PartialFile& operator=(PartialFile&&) = delete;
  ~PartialFile();

  Status write(std::string_view data);
  std::int64_t written() const { return static_cast<std::int64_t>(file_.size()); }
  // `label` names the file in messages ("the master of recording X"); expectedSha256 empty:
  // no check.
  Status commit(const std::string& expectedSha256, const std::string& label);

 private:
  PartialFile(std::filesystem::path out, posix::SequentialFileWriter file, Digest digest);

  std::filesystem::path out_;
  std::filesystem::path partial_;
  posix::SequentialFileWriter file_;
  Sha256 hash_;
  Digest digest_ = Digest::kSha256;
  bool committed_ = false;
};

}  // namespace audientia::client::detail
