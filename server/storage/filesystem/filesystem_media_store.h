#pragma once

// A MediaStore on a local filesystem, content-addressed by SHA-256.
//
// Layout under root:
//   objects/ab/cd/<sha256>   committed objects, read-only (0444), never modified
//   staging/<random>.part    one-shot objects being written (0600, created O_EXCL)
//   uploads/<uploadId>.part  resumable uploads (0600), kept across restarts until committed
//                            or removed (the upload table in PostgreSQL says which are live)
//
// Commit is fsync(file) + rename into objects/ + fsync(directory), so an object is either
// absent or complete. One-shot staging files left by a crash are removed when the store is
// opened: a file:// store belongs to one server process at a time (the data dir lock
// guarantees it in the embedded shape; scaled-out deployments use an object store).
//
// An optional quota (Options::maxBytes) bounds objects plus staging files. The bytes in use are
// counted once at open by walking the directories, then kept up to date by this process;
// a write that would exceed the quota fails like a full disk (kResourceExhausted) and keeps
// nothing of itself.

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "ports/media_store.h"
#include "storage/filesystem/file_upload_sink.h"

namespace audientia::storage::filesystem {

class StoreQuota;

class FilesystemMediaStore : public ports::MediaStore {
 public:
  // How resumable uploads are written (see file_upload_sink.h and docs/upload-performance.md).
  enum class DirectIo {
    kUnspecified = 0,
    kNever,         // through the page cache
    kLargeUploads,  // through the page cache up to largeUploadBytes, then with O_DIRECT
    kAlways,        // with O_DIRECT from the first byte
  };
  struct Options {
    std::uint64_t maxBytes = 0;  // 0: unlimited
    // O_DIRECT applies where the filesystem takes it. kLargeUploads keeps small uploads (and
    // their memory: no 16 MiB of write buffers) on the page cache, and spares large ones the
    // copy into it, which on a virtual machine that hands freed memory back to its host cost
    // more CPU than everything else the server does for an upload.
    DirectIo directIo = DirectIo::kLargeUploads;
    std::uint64_t largeUploadBytes = std::uint64_t{32} << 20;
    // kLargeUploads: at most this many uploads write with O_DIRECT at once (each holds 16 MiB of
    // buffers while it does); the others stay on the page cache meanwhile.
    int maxDirectUploads = 4;
  };

  // Creates root (0700) and its subdirectories when missing, removes stale one-shot staging
  // files and, with a quota, counts the bytes stored.
  static Expected<std::unique_ptr<FilesystemMediaStore>> open(const std::filesystem::path& root,
                                                              Options options);
  static Expected<std::unique_ptr<FilesystemMediaStore>> open(const std::filesystem::path& root) {
    return open(root, Options{});
  }
  ~FilesystemMediaStore() override;

  Expected<std::unique_ptr<ports::ObjectWriter>> createWriter() override;
  Expected<std::unique_ptr<ports::ObjectReader>> openReader(const std::string& key) override;
  Expected<bool> exists(const std::string& key) override;
  // nullopt for a key that is not SHA-256 hex.
  std::optional<std::filesystem::path> localPath(const std::string& key) override;
  Status remove(const std::string& key) override;
  // uploadId must be a uuid (it names a file).
  Expected<std::unique_ptr<ports::UploadSink>> openUploadSink(const std::string& uploadId,
                                                              bool create) override;
  Status removeUploadSink(const std::string& uploadId) override;
  // openUploadSink() with the file-backed type (its path and I/O mode), for tests and tools.
  Expected<std::unique_ptr<FilesystemUploadSink>> openFileSink(const std::string& uploadId,
                                                               bool create);
  Expected<std::vector<std::string>> listUploadSinks() override;

  // Where the object with this key lives (whether or not it exists). key must be SHA-256 hex.
  std::filesystem::path objectPath(const std::string& key) const;
  std::filesystem::path stagingDir() const { return root_ / "staging"; }
  std::filesystem::path uploadsDir() const { return root_ / "uploads"; }
  // Number of stale staging files removed by open().
  int staleFilesRemoved() const { return staleFilesRemoved_; }
  // Bytes of objects and staging files, as counted for the quota (without a quota, only the
  // bytes this process wrote or removed since open).
  std::uint64_t usedBytes() const;
  // Upload sinks open with O_DIRECT now (kLargeUploads; 0 otherwise).
  int directUploads() const { return directSlots_ ? directSlots_->taken() : 0; }

 private:
  explicit FilesystemMediaStore(std::filesystem::path root) : root_(std::move(root)) {}
  Status removeStaleStaging();
  Expected<std::filesystem::path> uploadPath(const std::string& uploadId) const;

  std::filesystem::path root_;
  std::shared_ptr<StoreQuota> quota_;
  std::optional<std::uint64_t> directFrom_;     // FilesystemUploadSink::open's directFrom
  std::shared_ptr<DirectIoSlots> directSlots_;  // and its slots
  int staleFilesRemoved_ = 0;
};

// Where a file:// media store lives and how it is bounded, from its URL:
//   file:///abs/path                   unlimited
//   file:///abs/path?max_bytes=N       at most N bytes (N > 0) of objects and staging
//   file:///abs/path?direct_io=V       resumable uploads past the page cache: auto (the
//                                      default: those past 32 MiB, from there on), true (all),
//                                      false (none)
// kInvalidArgument naming what is wrong otherwise (other schemes, a host, a relative path,
// unknown parameters, a bad number).
struct FileStoreLocation {
  std::filesystem::path root;
  FilesystemMediaStore::Options options;
};
Expected<FileStoreLocation> parseFileStoreUrl(std::string_view url);

}  // namespace audientia::storage::filesystem
