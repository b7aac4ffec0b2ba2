#include "storage/filesystem/filesystem_media_store.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>

#include "audientia/base/posix_file.h"
#include "audientia/base/sha256.h"
#include "storage/filesystem/file_upload_sink.h"
#include "storage/filesystem/object_placement.h"
#include "storage/filesystem/store_quota.h"

namespace audientia::storage::filesystem {

using posix::ensureDirectory;
using posix::readAt;
using posix::syncDirectory;
using posix::systemError;
using posix::UniqueFd;
namespace {

namespace fs = std::filesystem;

constexpr unsigned kDirMode = 0700;
constexpr const char* kStagingSuffix = ".part";

Status checkKey(const std::string& key) {
  if (!isSha256Hex(key)) {
    return invalidArgument("media store key '" + key + "' is not 64 lower-case hex digits");
  }
  return ok();
}

Expected<std::string> randomName() {
  std::array<std::uint8_t, 16> bytes{};
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
    return internalError("RAND_bytes failed while naming a staging file");
  }
  return toHex(bytes) + kStagingSuffix;
}

// SHA-256 whose current value can be read without ending it (EVP_MD_CTX_copy_ex).
class RunningSha256 {
 public:
  RunningSha256() : context_(EVP_MD_CTX_new()) {
    if (context_ == nullptr || EVP_DigestInit_ex(context_, EVP_sha256(), nullptr) != 1) {
      EVP_MD_CTX_free(context_);
      context_ = nullptr;
    }
  }
  ~RunningSha256() { EVP_MD_CTX_free(context_); }
  RunningSha256(const RunningSha256&) = delete;
  RunningSha256& operator=(const RunningSha256&) = delete;

  bool update(std::span<const std::byte> data) {
    return context_ != nullptr && EVP_DigestUpdate(context_, data.data(), data.size()) == 1;
  }
  // Hex of everything so far; empty if OpenSSL failed.
  std::string peekHex() const {
    if (context_ == nullptr) return {};
    EVP_MD_CTX* copy = EVP_MD_CTX_new();
    Sha256Digest digest{};
    unsigned length = 0;
    bool done = copy != nullptr && EVP_MD_CTX_copy_ex(copy, context_) == 1 &&
                EVP_DigestFinal_ex(copy, digest.data(), &length) == 1 && length == digest.size();
    EVP_MD_CTX_free(copy);
    return done ? toHex(digest) : std::string();
  }

 private:
  EVP_MD_CTX* context_;
};

class FilesystemObjectWriter : public ports::ObjectWriter {
 public:
  FilesystemObjectWriter(UniqueFd fd, fs::path staged, fs::path objectsDir,
                         std::shared_ptr<StoreQuota> quota)
      : fd_(std::move(fd)),
        staged_(std::move(staged)),
        objectsDir_(std::move(objectsDir)),
        quota_(std::move(quota)) {}

  ~FilesystemObjectWriter() override {
    if (!committed_) {
      fd_.reset();
      ::unlink(staged_.c_str());
      quota_->release(reserved_);
    }
  }

  Status write(std::span<const std::byte> data) override {
    if (committed_ || !fd_.valid()) {
      return Error(ErrorCode::kFailedPrecondition, "write after commit to " + staged_.string());
    }
    AUDIENTIA_TRY_STATUS(quota_->reserve(data.size()));
    reserved_ += data.size();
    const std::byte* cursor = data.data();
    std::size_t left = data.size();
    while (left > 0) {
      ssize_t n = ::write(fd_.get(), cursor, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        failed_ = true;  // part of the data may be on disk: this object can never commit
        return systemError(errno, "writing", staged_);
      }
      cursor += n;
      left -= static_cast<std::size_t>(n);
    }
    if (!hash_.update(data)) return internalError("SHA-256 update failed for " + staged_.string());
    written_ += data.size();
    return ok();
  }

  std::uint64_t bytesWritten() const override { return written_; }

  std::string sha256Hex() const override {
    if (!digest_.empty()) return digest_;
    return hash_.peekHex();
  }

  Expected<std::string> commit() override {
    if (committed_) return digest_;
    if (failed_) {
      return Error(ErrorCode::kFailedPrecondition,
                   "cannot commit " + staged_.string() + ": an earlier write failed");
    }
    if (::fsync(fd_.get()) != 0) return systemError(errno, "syncing", staged_);
    if (::fchmod(fd_.get(), 0444) != 0) return systemError(errno, "making read-only", staged_);
    AUDIENTIA_TRY_STATUS(fd_.close(staged_));
    digest_ = hash_.peekHex();
    if (digest_.empty()) return internalError("SHA-256 of " + staged_.string() + " failed");
    // Identical bytes already stored (same SHA-256): the existing object is kept.
    AUDIENTIA_TRY(const bool alreadyStored, placeObject(staged_, objectsDir_, digest_));
    if (alreadyStored) quota_->release(reserved_);
    committed_ = true;
    return digest_;
  }

 private:
  UniqueFd fd_;
  fs::path staged_;
  fs::path objectsDir_;
  std::shared_ptr<StoreQuota> quota_;
  RunningSha256 hash_;
  std::uint64_t written_ = 0;
  std::uint64_t reserved_ = 0;  // taken from the quota: given back unless committed
  std::string digest_;
  bool committed_ = false;
  bool failed_ = false;
};

class FilesystemObjectReader : public ports::ObjectReader {
 public:
  FilesystemObjectReader(UniqueFd fd, fs::path path, std::uint64_t size)
      : fd_(std::move(fd)), path_(std::move(path)), size_(size) {}

  std::uint64_t size() const override { return size_; }

  Expected<std::size_t> read(std::uint64_t offset, std::span<std::byte> buffer) override {
    if (offset >= size_) return std::size_t{0};
    return readAt(fd_.get(), buffer.first(std::min<std::uint64_t>(buffer.size(), size_ - offset)),
                  offset, path_);
  }

 private:
  UniqueFd fd_;
  fs::path path_;
  std::uint64_t size_;
};

}  // namespace

Expected<std::unique_ptr<FilesystemMediaStore>> FilesystemMediaStore::open(const fs::path& root,
                                                                           Options options) {
  if (root.empty()) return invalidArgument("media store root is empty");
  auto store = std::unique_ptr<FilesystemMediaStore>(new FilesystemMediaStore(root));
  AUDIENTIA_TRY_STATUS(ensureDirectory(root, kDirMode));
  AUDIENTIA_TRY_STATUS(ensureDirectory(root / "objects", kDirMode));
  AUDIENTIA_TRY_STATUS(ensureDirectory(root / "staging", kDirMode));
  AUDIENTIA_TRY_STATUS(ensureDirectory(root / "uploads", kDirMode));
  AUDIENTIA_TRY_STATUS(store->removeStaleStaging());
  // Walking a large store takes a while: only done when there is a quota to enforce.
  std::uint64_t used = 0;
  if (options.maxBytes != 0) {
    AUDIENTIA_TRY(const std::uint64_t objects, bytesUnder(root / "objects"));
    AUDIENTIA_TRY(const std::uint64_t uploads, bytesUnder(root / "uploads"));
    used = objects + uploads;
  }
  store->quota_ = std::make_shared<StoreQuota>(options.maxBytes, used);
  switch (options.directIo) {
    case DirectIo::kAlways:
      store->directFrom_ = 0;
      break;
    case DirectIo::kLargeUploads:
      store->directFrom_ = options.largeUploadBytes;
      store->directSlots_ = std::make_shared<DirectIoSlots>(options.maxDirectUploads);
      break;
    case DirectIo::kNever:
    case DirectIo::kUnspecified:
      break;
  }
  return store;
}

FilesystemMediaStore::~FilesystemMediaStore() = default;

std::uint64_t FilesystemMediaStore::usedBytes() const {
  return quota_->usedBytes();
}

Status FilesystemMediaStore::removeStaleStaging() {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(stagingDir(), error)) {
    if (entry.path().extension() != kStagingSuffix) continue;
    if (::unlink(entry.path().c_str()) != 0 && errno != ENOENT) {
      return systemError(errno, "removing stale staging file", entry.path());
    }
    ++staleFilesRemoved_;
  }
  if (error) {
    return internalError("listing " + stagingDir().string() + ": " + error.message());
  }
  return ok();
}

fs::path FilesystemMediaStore::objectPath(const std::string& key) const {
  return objectPathFor(root_ / "objects", key);
}

Expected<std::unique_ptr<ports::ObjectWriter>> FilesystemMediaStore::createWriter() {
  for (int attempt = 0; attempt < 5; ++attempt) {
    AUDIENTIA_TRY(std::string name, randomName());
    fs::path staged = stagingDir() / name;
    UniqueFd fd(::open(staged.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.valid()) {
      return std::unique_ptr<ports::ObjectWriter>(
          new FilesystemObjectWriter(std::move(fd), staged, root_ / "objects", quota_));
    }
    if (errno != EEXIST) return systemError(errno, "creating staging file", staged);
  }
  return internalError("could not create a unique staging file in " + stagingDir().string());
}

Expected<std::unique_ptr<ports::ObjectReader>> FilesystemMediaStore::openReader(
    const std::string& key) {
  AUDIENTIA_TRY_STATUS(checkKey(key));
  fs::path path = objectPath(key);
  UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd.valid()) {
    if (errno == ENOENT) return notFound("no stored object with sha256 " + key);
    return systemError(errno, "opening", path);
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return systemError(errno, "examining", path);
  return std::unique_ptr<ports::ObjectReader>(
      new FilesystemObjectReader(std::move(fd), path, static_cast<std::uint64_t>(info.st_size)));
}

Expected<bool> FilesystemMediaStore::exists(const std::string& key) {
  AUDIENTIA_TRY_STATUS(checkKey(key));
  fs::path path = objectPath(key);
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) return true;
  if (errno == ENOENT) return false;
  return systemError(errno, "examining", path);
}

std::optional<fs::path> FilesystemMediaStore::localPath(const std::string& key) {
  if (!isSha256Hex(key)) return std::nullopt;
  return objectPath(key);
}

Status FilesystemMediaStore::remove(const std::string& key) {
  AUDIENTIA_TRY_STATUS(checkKey(key));
  const fs::path path = objectPath(key);
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT) return ok();
    return systemError(errno, "examining", path);
  }
  if (::unlink(path.c_str()) != 0) {
    if (errno == ENOENT) return ok();  // removed concurrently: counted by whoever did it
    return systemError(errno, "removing object", path);
  }
  quota_->release(static_cast<std::uint64_t>(info.st_size));
  return syncDirectory(path.parent_path());
}

Expected<fs::path> FilesystemMediaStore::uploadPath(const std::string& uploadId) const {
  // The id names a file: only the canonical uuid form, so no path can be smuggled in.
  bool valid = uploadId.size() == 36;
  for (std::size_t i = 0; valid && i < uploadId.size(); ++i) {
    const char c = uploadId[i];
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    valid = dash ? c == '-' : std::isxdigit(static_cast<unsigned char>(c)) != 0;
  }
  if (!valid) return invalidArgument("upload id '" + uploadId + "' is not a uuid");
  return uploadsDir() / (uploadId + kStagingSuffix);
}

Expected<std::unique_ptr<FilesystemUploadSink>> FilesystemMediaStore::openFileSink(
    const std::string& uploadId, bool create) {
  AUDIENTIA_TRY(fs::path path, uploadPath(uploadId));
  return FilesystemUploadSink::open(std::move(path), root_ / "objects", quota_, create, directFrom_,
                                    directSlots_);
}

Expected<std::unique_ptr<ports::UploadSink>> FilesystemMediaStore::openUploadSink(
    const std::string& uploadId, bool create) {
  AUDIENTIA_TRY(auto sink, openFileSink(uploadId, create));
  return std::unique_ptr<ports::UploadSink>(std::move(sink));
}

Status FilesystemMediaStore::removeUploadSink(const std::string& uploadId) {
  AUDIENTIA_TRY(fs::path path, uploadPath(uploadId));
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT) return ok();
    return systemError(errno, "examining", path);
  }
  if (::unlink(path.c_str()) != 0) {
    if (errno == ENOENT) return ok();
    return systemError(errno, "removing staging file", path);
  }
  quota_->release(static_cast<std::uint64_t>(info.st_size));
  return ok();
}

Expected<std::vector<std::string>> FilesystemMediaStore::listUploadSinks() {
  std::vector<std::string> ids;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(uploadsDir(), error)) {
    if (entry.path().extension() != kStagingSuffix) continue;
    std::string id = entry.path().stem().string();
    if (uploadPath(id)) ids.push_back(std::move(id));
  }
  if (error) return internalError("listing " + uploadsDir().string() + ": " + error.message());
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace audientia::storage::filesystem
