#pragma once

// Where the verifier reads a bag from (bag_verifier.cpp), so that its checks are written once:
// a directory, or a ZIP file holding the bag under one top directory (BagIt's serialization),
// read in place with libarchive's seekable ZIP reader (its central directory: a truncated ZIP
// does not open). Paths are relative to the bag's root and '/'-separated ("data/audit.json").
// Files are hashed while they stream: memory stays flat whatever their size.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <set>
#include <span>
#include <string>

#include "audientia/base/expected.h"

namespace audientia::verify {

struct FileDigests {
  std::string sha256;  // lowercase hex
  std::string sha512;
  std::uint64_t size = 0;
};

// SHA-256 and SHA-512 of one stream of bytes, computed as it passes.
class StreamDigests {
 public:
  StreamDigests();
  ~StreamDigests();
  StreamDigests(const StreamDigests&) = delete;
  StreamDigests& operator=(const StreamDigests&) = delete;

  void update(std::span<const char> bytes);
  FileDigests finish();

 private:
  struct Contexts;
  std::unique_ptr<Contexts> contexts_;
  std::uint64_t size_ = 0;
};

class BagSource {
 public:
  virtual ~BagSource() = default;

  // How the bag is held, for the report: "" for a directory, "a ZIP file, the bag in NAME/".
  virtual std::string form() const = 0;
  // Every regular file of the bag, sorted.
  virtual const std::set<std::string>& files() const = 0;
  // Whether the bag has this directory ("data").
  virtual bool hasDirectory(const std::string& path) const = 0;
  // A whole (small) file: tag files, JSON documents. kNotFound when the bag has no such file,
  // kDataLoss when it cannot be read whole.
  virtual Expected<std::string> readText(const std::string& path) = 0;
  // Both digests of a file, read once. Errors as readText's.
  virtual Expected<FileDigests> digest(const std::string& path) = 0;
};

// The bag at `path`: a directory, or a ZIP file. The error says what `path` is not ("... is
// not a ZIP file", "... is a truncated or damaged ZIP file: ...", "holds ... besides ...").
Expected<std::unique_ptr<BagSource>> openBagSource(const std::filesystem::path& path);

// The ZIP form (zip_bag_source.cpp).
Expected<std::unique_ptr<BagSource>> openZipBagSource(const std::filesystem::path& zip);

}  // namespace audientia::verify
