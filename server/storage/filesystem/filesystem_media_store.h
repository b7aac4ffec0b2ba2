#pragma once

// A MediaStore on a local filesystem, content-addressed by SHA-256.
//
// Layout under root:
//   objects/ab/cd/<sha256>   committed objects, read-only (0444), never modified
//   staging/<random>.part    objects being written (0600, created O_EXCL)
//
// Commit is fsync(file) + rename into objects/ + fsync(directory), so an object is either
// absent or complete. Staging files left by a crash are removed when the store is opened: a
// file:// store belongs to one server process at a time (the data dir lock guarantees it in
// the embedded shape; scaled-out deployments use an object store).

#include <filesystem>
#include <memory>
#include <string>

#include "ports/media_store.h"

namespace audientia::storage::filesystem {

class FilesystemMediaStore : public ports::MediaStore {
 public:
  // Creates root (0700) and its subdirectories when missing, and removes stale staging files.
  static Expected<std::unique_ptr<FilesystemMediaStore>> open(const std::filesystem::path& root);

  Expected<std::unique_ptr<ports::ObjectWriter>> createWriter() override;
  Expected<std::unique_ptr<ports::ObjectReader>> openReader(const std::string& key) override;
  Expected<bool> exists(const std::string& key) override;

  // Where the object with this key lives (whether or not it exists). key must be SHA-256 hex.
  std::filesystem::path objectPath(const std::string& key) const;
  std::filesystem::path stagingDir() const { return root_ / "staging"; }
  // Number of stale staging files removed by open().
  int staleFilesRemoved() const { return staleFilesRemoved_; }

 private:
  explicit FilesystemMediaStore(std::filesystem::path root) : root_(std::move(root)) {}
  Status removeStaleStaging();

  std::filesystem::path root_;
  int staleFilesRemoved_ = 0;
};

}  // namespace audientia::storage::filesystem
