#pragma once

// ResumableStaging on a local filesystem: root/uploads/<uploadId>.part, kept across restarts.

#include <filesystem>
#include <memory>
#include <string>

#include "ports/media_store.h"
#include "storage/filesystem/posix_file.h"
#include "storage/filesystem/store_quota.h"

namespace audientia::storage::filesystem {

class FilesystemResumableStaging final : public ports::ResumableStaging {
 public:
  // Opens (create: creating it when missing) the staging file at path.
  static Expected<std::unique_ptr<FilesystemResumableStaging>> open(
      std::filesystem::path path, std::filesystem::path objectsDir,
      std::shared_ptr<StoreQuota> quota, bool create);

  std::uint64_t size() const override { return size_; }
  Status truncate(std::uint64_t size) override;
  Status append(std::span<const std::byte> data) override;
  Status sync() override;
  Expected<std::size_t> read(std::uint64_t offset, std::span<std::byte> buffer) override;
  std::filesystem::path path() const override { return path_; }
  Expected<std::string> commitAs(const std::string& sha256) override;

 private:
  FilesystemResumableStaging(UniqueFd fd, std::filesystem::path path,
                             std::filesystem::path objectsDir, std::shared_ptr<StoreQuota> quota,
                             std::uint64_t size)
      : fd_(std::move(fd)),
        path_(std::move(path)),
        objectsDir_(std::move(objectsDir)),
        quota_(std::move(quota)),
        size_(size) {}
  Status requireOpen() const;

  UniqueFd fd_;
  std::filesystem::path path_;
  std::filesystem::path objectsDir_;
  std::shared_ptr<StoreQuota> quota_;
  std::uint64_t size_;
  std::string committedAs_;
};

}  // namespace audientia::storage::filesystem
