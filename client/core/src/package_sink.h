#pragma once

// Where the files of an evidence package go while the server streams them (exportPackage,
// api_client_package.cpp): the loop that reads the stream and checks each file's announced size
// is written once; a sink only writes. Two sinks: a directory (the bag as it is) and one ZIP
// file (the bag under one top directory, stored without compression, Zip64 when needed).
//
// Both write under out + ".partial" and give the package its name only in commit(), once every
// file is written and synced; a sink destroyed without a commit removes all it wrote, so that a
// failed, refused or cancelled export leaves nothing under `out`. Private to client/core.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "audientia/base/expected.h"

namespace audientia::client::detail {

class PackageSink {
 public:
  virtual ~PackageSink() = default;

  // A file of the package starts: `path` is relative and '/'-separated ("data/hearing.json"),
  // already checked by the caller; `sizeBytes` is what the server announced.
  virtual Status beginFile(const std::string& path, std::int64_t sizeBytes) = 0;
  // The next bytes of the current file (never more than announced: the caller checks).
  virtual Status write(std::string_view data) = 0;
  // The same, for bytes the caller gives away (a sink that keeps them takes them without a copy).
  virtual Status writeOwned(std::string data) { return write(data); }
  // The current file is complete.
  virtual Status endFile() = 0;
  // Every file arrived: flushes, fsyncs, and renames the partial package to `out`.
  virtual Status commit() = 0;
};

// The package as the directory `out`, written under out + ".partial/".
Expected<std::unique_ptr<PackageSink>> openDirectorySink(const std::filesystem::path& out);

// `sink`'s work on a writer thread of its own, at most maxQueuedBytes of data waiting: writing
// overlaps receiving. Errors come back from the next call or from commit().
std::unique_ptr<PackageSink> inBackground(std::unique_ptr<PackageSink> sink,
                                          std::size_t maxQueuedBytes);

// The package as the ZIP file `out`, written as out + ".partial"; its entries are under one top
// directory, packageZipTopDirectory(out) (export_api.h).
Expected<std::unique_ptr<PackageSink>> openZipSink(const std::filesystem::path& out);

}  // namespace audientia::client::detail
