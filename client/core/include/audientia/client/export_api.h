#pragma once

// Evidence out (ExportService): a clip of a recording, cut on the server by stream copy, and a
// hearing's signed evidence package. One part of ApiClient (api_client.h).

#include <cstdint>
#include <filesystem>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/client/progress_callback.h"
#include "audientia/v1/export.pb.h"

namespace audientia::client {

struct ClipExportRequest {
  std::string recordingId;
  std::int64_t fromMs = 0;
  std::int64_t toMs = 0;
};

struct PackageExportRequest {
  std::string hearingId;
  std::string reason;
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

  // The hearing's evidence package (a signed BagIt bag) as the directory `out` (which must not
  // exist): written under out + ".partial" and renamed once every file arrived whole. Returns
  // the package's info (its digest, the audit event that records the export).
  virtual Expected<v1::PackageInfo> exportPackage(const PackageExportRequest& request,
                                                  const std::filesystem::path& out,
                                                  const ProgressCallback& progress) = 0;
};

}  // namespace audientia::client
