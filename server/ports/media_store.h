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

// The bytes of one resumable upload, named by the upload id: parts appended in order, kept across
// restarts of the server, completed into an object or aborted. Only sync() makes bytes durable;
// a stream that resumes after a restart starts at what was durable.
//
// A local file implements it as one file that grows (storage/filesystem). An S3 store implements
// it as a multipart upload: each synced run of bytes becomes an object part (a run below the
// 5 MiB part minimum is kept as an object of its own until the next sync takes it up), read()
// reads the parts back for the hash of a resumed upload, commit() completes the multipart upload
// under the checked digest and abort() aborts it. Nothing here assumes a local path.
// Not thread-safe: one writer at a time.
class UploadSink {
 public:
  virtual ~UploadSink() = default;
  // Bytes received so far (durable or not).
  virtual std::uint64_t size() const = 0;
  // Appends a part at `offset`, which must be size(): parts arrive in order, and anything else is
  // kFailedPrecondition (nothing kept). The bytes may wait in a buffer until flush().
  // kResourceExhausted when the disk or the store's quota is full. Nothing of a refused call is
  // kept; bytes appended before it that were not flushed yet are kept only if they can still be
  // written (size() tells: it may go back below its value before the call, never below what was
  // flushed).
  virtual Status append(std::uint64_t offset, std::span<const std::byte> data) = 0;
  // Writes every byte appended so far to the store, not yet durable.
  virtual Status flush() = 0;
  // Every byte flushed before this call is durable once it returns. May run on another thread
  // while append() and flush() go on.
  virtual Status syncFlushed() = 0;
  // flush() then syncFlushed().
  Status sync() {
    AUDIENTIA_TRY_STATUS(flush());
    return syncFlushed();
  }
  // Drops every byte past `offset` (the durable offset, before a new stream resumes there).
  // kDataLoss when the sink holds fewer than `offset` bytes.
  virtual Status resumeAt(std::uint64_t offset) = 0;
  // Reads received bytes (to hash again what a resumed upload holds).
  virtual Expected<std::size_t> read(std::uint64_t offset, std::span<std::byte> buffer) = 0;
  // Completes the upload as the object `sha256` (the caller verified the digest), as durable as
  // ObjectWriter::commit(). The sink is gone afterwards. Already stored: not an error.
  virtual Expected<std::string> commit(const std::string& sha256) = 0;
  // Discards every byte and the sink itself (an aborted upload, or bytes found wrong); a later
  // open with create=true starts empty. Later calls on this object fail.
  virtual Status abort() = 0;
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

  // The sink of a resumable upload, by upload id (a UUID). create=false: kNotFound when there is
  // none.
  virtual Expected<std::unique_ptr<UploadSink>> openUploadSink(const std::string& uploadId,
                                                               bool create) = 0;
  // Removing a missing sink is not an error.
  virtual Status removeUploadSink(const std::string& uploadId) = 0;
  // Ids of every upload sink present (to reclaim those no upload owns).
  virtual Expected<std::vector<std::string>> listUploadSinks() = 0;
};

}  // namespace audientia::ports
