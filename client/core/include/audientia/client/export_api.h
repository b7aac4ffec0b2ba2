#pragma once

// Evidence out (ExportService): a clip of a recording, cut on the server by stream copy, a
// hearing's signed evidence package and its report. One part of ApiClient (api_client.h).

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/client/progress_callback.h"
#include "audientia/v1/export.pb.h"

namespace audientia::client {

struct ClipExportRequest {
  std::string recordingId;
  std::int64_t fromMs = 0;
  std::int64_t toMs = 0;
};

struct ReportRequest {
  std::string hearingId;
  std::string language;  // "en" (default) or "ro"
};

// How the package is written: the bag as a directory, or the same bag as one ZIP file holding
// it under one top directory (BagIt's serialization). kUnspecified is taken as kDirectory.
enum class PackageLayout { kUnspecified = 0, kDirectory, kZip };

// The name of a package ZIP's one top directory: what the directory form would be called, the
// file name of `out` without a ".zip" ending ("808-P-2026.zip" -> "808-P-2026"); "" when `out`
// names no file.
std::string packageZipTopDirectory(const std::filesystem::path& out);

struct PackageExportRequest {
  std::string hearingId;
  std::string reason;
  std::string language;  // of the hearing report in the package: "en" (default) or "ro"
  PackageLayout layout = PackageLayout::kDirectory;
  std::vector<std::string> recordingIds{};  // whose files go in; empty: every recording
  std::vector<ClipExportRequest> clips{};   // cut into data/clips/, listed in data/clips.json
  // The server reads every stored file again and checks it against its digests while sending
  // it, instead of trusting the store's (slower); one that changed fails the export (DATA_LOSS).
  bool reverify = false;
};

class ExportApi {
 public:
  virtual ~ExportApi() = default;

  // [fromMs, toMs) of the recording as an MP4 at `out`: written under out + ".partial" and
  // named only once all its bytes arrived and their SHA-256 matched the server's. Returns what
  // the server cut (where the clip really starts and ends, its digest, the source's digest).
  virtual Expected<v1::ClipInfo> exportClip(const ClipExportRequest& request,
                                            const std::filesystem::path& out,
                                            const ProgressCallback& progress) = 0;

  // The hearing report (PDF) at `out`, written and named as a clip is.
  virtual Expected<v1::ReportInfo> hearingReport(const ReportRequest& request,
                                                 const std::filesystem::path& out,
                                                 const ProgressCallback& progress) = 0;
  // The hearing's evidence package (a signed BagIt bag) at `out`, which must not exist: the
  // directory `out`, or with PackageLayout::kZip the ZIP file `out` whose one top directory is
  // named after it without ".zip" (stored, Zip64 when needed, streamed: no file is held in
  // memory). Written under out + ".partial", synced and renamed once every file arrived whole;
  // on any failure or cancel nothing is left. Returns the package's info (its digest, the
  // audit event that records the export).
  virtual Expected<v1::PackageInfo> exportPackage(const PackageExportRequest& request,
                                                  const std::filesystem::path& out,
                                                  const ProgressCallback& progress) = 0;
};

}  // namespace audientia::client
