#pragma once

// The local copy of a capture is removed only once the server has verified it, and only after
// the workstation's keeping time (a few days, so that a problem found on the server can still
// be mended from the workstation). For every capture item of the upload journal that is done,
// for this server, inside the capture folder:
//   - its completion is older than `keep`;
//   - the folder's manifest is sealed with the seal the journal completed it with;
//   - the server's recording (GetRecording) has that same seal and a state past verification
//     (PROCESSING or AVAILABLE: every segment's digest and the manifest's chain were checked);
// then the folder is removed and the journal item with it. Anything else is kept and said why.
// Nothing outside `captureRoot` is ever touched.

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/client/recordings_api.h"
#include "audientia/client/upload_journal.h"

namespace audientia::client {

struct KeptCapture {
  std::filesystem::path dir;
  std::string reason;  // "kept until 2026-12-13 (7 days after its upload)", "the server ..."
};

struct CaptureCleanup {
  std::vector<std::filesystem::path> removed;
  std::vector<KeptCapture> kept;
};

// Errors only when the journal cannot be read; each capture's own trouble goes into `kept`.
Expected<CaptureCleanup> removeVerifiedCaptures(const UploadJournal& journal,
                                                RecordingsApi& recordings,
                                                const std::string& server,
                                                const std::filesystem::path& captureRoot,
                                                std::chrono::hours keep,
                                                std::chrono::system_clock::time_point now);

}  // namespace audientia::client
