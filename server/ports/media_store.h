#pragma once

// Where audio/video bytes live: content-addressed by lower-case hex SHA-256.
// Implemented by storage/filesystem (and later storage/s3).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::ports {

// Receives one object. Bytes go to a private staging file and are hashed as they arrive;
// nothing is visible under a key until commit() succeeds. Destroying an uncommitted writer
// discards what it staged.
class ObjectWriter {
 public:
  virtual ~ObjectWriter() = default;
  // kResourceExhausted when the disk is full, kInternal on other I/O errors.
  virtual Status write(std::span<const std::byte> data) = 0;
  virtual std::uint64_t bytesWritten() const = 0;
  // SHA-256 (hex) of everything written so far.
  virtual std::string sha256Hex() const = 0;
  // A local file holding what was written (flushed), for inspection before commit.
  virtual Expected<std::filesystem::path> stagedPath() = 0;
  // fsyncs and moves the object into place under its SHA-256; returns the key. Committing
  // bytes that are already stored is not an error (the key is returned).
  virtual Expected<std::string> commit() = 0;
};

class ObjectReader {
 public:
  virtual ~ObjectReader() = default;
  virtual std::uint64_t size() const = 0;
  // Reads up to buffer.size() bytes at offset; returns the count (0 at the end).
  virtual Expected<std::size_t> read(std::uint64_t offset, std::span<std::byte> buffer) = 0;
};

// The staging file of one resumable upload, named by the upload id. It survives restarts of
// the server; only sync() makes bytes durable. Not thread-safe: one writer at a time.
class ResumableStaging {
 public:
  virtual ~ResumableStaging() = default;
  // Bytes in the file now (durable or not).
  virtual std::uint64_t size() const = 0;
  // Cuts the file back (to the durable offset, before appending on a new stream).
  virtual Status truncate(std::uint64_t size) = 0;
  // Appends at the end; the bytes may wait in a buffer until flush(). kResourceExhausted when
  // the disk or the store's quota is full. Nothing of a refused call is kept; bytes appended
  // before it that were not flushed yet are kept only if they can still be written (size()
  // tells: it may go back below its value before the call, never below what was flushed).
  virtual Status append(std::span<const std::byte> data) = 0;
  // Writes every byte appended so far into the file, not yet durable.
  virtual Status flush() = 0;
  // fdatasync: every byte flushed before this call is durable once it returns. May run on
  // another thread while append() and flush() go on.
  virtual Status syncFlushed() = 0;
  // flush() then syncFlushed().
  Status sync() {
    AUDIENTIA_TRY_STATUS(flush());
    return syncFlushed();
  }
  virtual Expected<std::size_t> read(std::uint64_t offset, std::span<std::byte> buffer) = 0;
  // A local path to the file (flushed), for inspection.
  virtual std::filesystem::path path() const = 0;
  // Moves the staged file into place under `sha256` (the caller verified it), fsyncing as
  // commit() does. The staging is gone afterwards. Already stored: not an error.
  virtual Expected<std::string> commitAs(const std::string& sha256) = 0;
};

class MediaStore {
 public:
  virtual ~MediaStore() = default;
  virtual Expected<std::unique_ptr<ObjectWriter>> createWriter() = 0;
  // kNotFound when no object has that key.
  virtual Expected<std::unique_ptr<ObjectReader>> openReader(const std::string& key) = 0;
  virtual Expected<bool> exists(const std::string& key) = 0;
  // A local file holding the object, when the store keeps objects on a local filesystem (FFmpeg
  // then reads it in place); nullopt for remote stores, whose callers copy the object to a
  // temporary file through openReader(). Does not check that the object exists.
  virtual std::optional<std::filesystem::path> localPath(const std::string& key) = 0;
  // Removes an object (retention). Removing a missing key is not an error.
  virtual Status remove(const std::string& key) = 0;
  // A decision on an object's life that spans the store and the database (retention removing
  // it, completion taking it up again) is made under its key's lock: ports/key_locks.h.

  // Resumable staging, by upload id (a UUID). create=false: kNotFound when there is none.
  virtual Expected<std::unique_ptr<ResumableStaging>> openStaging(const std::string& uploadId,
                                                                  bool create) = 0;
  // Removing a missing staging file is not an error.
  virtual Status removeStaging(const std::string& uploadId) = 0;
  // Ids of every resumable staging file present (to reclaim those no upload owns).
  virtual Expected<std::vector<std::string>> listStaging() = 0;
};

}  // namespace audientia::ports
