#include "partial_file.h"

#include <fcntl.h>

#include <cerrno>
#include <system_error>

namespace audientia::client::detail {

namespace fs = std::filesystem;

Expected<PartialFile> PartialFile::create(const fs::path& out, Digest digest) {
  const fs::path partial = out.string() + ".partial";
  posix::UniqueFd fd(::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (!fd.valid()) return posix::systemError(errno, "cannot create", partial);
  return PartialFile(out, std::move(fd), digest);
}

PartialFile::PartialFile(fs::path out, posix::UniqueFd fd, Digest digest)
    : out_(std::move(out)),
      partial_(out_.string() + ".partial"),
      fd_(std::move(fd)),
      digest_(digest) {}

PartialFile::PartialFile(PartialFile&& other) noexcept
    : out_(std::move(other.out_)),
      partial_(std::move(other.partial_)),
      fd_(std::move(other.fd_)),
      hash_(std::move(other.hash_)),
      digest_(other.digest_),
      written_(other.written_),
      committed_(other.committed_) {
  other.committed_ = true;  // the moved-from object owns nothing to remove
}

PartialFile::~PartialFile() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove(partial_, ignored);
}

Status PartialFile::write(std::string_view data) {
  AUDIENTIA_TRY_STATUS(posix::writeAll(fd_.get(), data, partial_));
  if (digest_ == Digest::kSha256) hash_.update(data);
  written_ += std::ssize(data);
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
  AUDIENTIA_TRY_STATUS(posix::syncFile(fd_.get(), partial_));
  AUDIENTIA_TRY_STATUS(fd_.close(partial_));
  AUDIENTIA_TRY_STATUS(posix::renameDurably(partial_, out_));
  committed_ = true;
  return ok();
}

}  // namespace audientia::client::detail
