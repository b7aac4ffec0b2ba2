#include "partial_file.h"

#include <fcntl.h>

#include <cerrno>
#include <system_error>

namespace audientia::client::detail {

namespace fs = std::filesystem;

Expected<PartialFile> PartialFile::create(const fs::path& out, Digest digest) {
  const fs::path partial = out.string() + ".partial";
  AUDIENTIA_TRY(auto file,
                posix::SequentialFileWriter::create(partial, O_WRONLY | O_CREAT | O_TRUNC, 0644));
  return PartialFile(out, std::move(file), digest);
}

PartialFile::PartialFile(fs::path out, posix::SequentialFileWriter file, Digest digest)
    : out_(std::move(out)),
      partial_(out_.string() + ".partial"),
      file_(std::move(file)),
      digest_(digest) {}

PartialFile::PartialFile(PartialFile&& other) noexcept
    : out_(std::move(other.out_)),
      partial_(std::move(other.partial_)),
      file_(std::move(other.file_)),
      hash_(std::move(other.hash_)),
      digest_(other.digest_),
      committed_(other.committed_) {
  other.committed_ = true;  // the moved-from object owns nothing to remove
}

PartialFile::~PartialFile() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove(partial_, ignored);
}

Status PartialFile::write(std::string_view data) {
  AUDIENTIA_TRY_STATUS(file_.write(data));
  if (digest_ == Digest::kSha256) hash_.update(data);
  return ok();
}

Status PartialFile::commit(const std::string& expectedSha256, const std::string& label) {
  if (!expectedSha256.empty()) {
    if (digest_ != Digest::kSha256) {
      return internalError(label + ": a digest was expected of a file written without one");
    }
    const std::string actual = toHex(hash_.finish());
    if (actual != expectedSha256) {
      return Error(ErrorCode::kDataLoss, label + " arrived with SHA-256 " + actual +
                                             " but the server recorded " + expectedSha256 +
                                             "; the partial file was removed");
    }
  }
  AUDIENTIA_TRY_STATUS(file_.close());
  AUDIENTIA_TRY_STATUS(posix::renameDurably(partial_, out_));
  committed_ = true;
  return ok();
}

}  // namespace audientia::client::detail
