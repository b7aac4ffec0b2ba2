#pragma once

// Where audio/video bytes live: content-addressed by lower-case hex SHA-256.
// Implemented by storage/filesystem (and later storage/s3).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>

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

class MediaStore {
 public:
  virtual ~MediaStore() = default;
  virtual Expected<std::unique_ptr<ObjectWriter>> createWriter() = 0;
  // kNotFound when no object has that key.
  virtual Expected<std::unique_ptr<ObjectReader>> openReader(const std::string& key) = 0;
  virtual Expected<bool> exists(const std::string& key) = 0;
};

}  // namespace audientia::ports
