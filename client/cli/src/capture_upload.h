#pragma once

// `capture --upload`: the capture's segments go to the server while it records. The upload
// engine (client/core, the same as `recording upload --follow` and the desktop client) follows
// the directory on a thread of its own, so a slow or absent server never holds up the
// recording; it completes the package once the capture is sealed. What it did is in the upload
// journal, so `recording upload --hearing H DIR` finishes an upload this one could not.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "audientia/base/expected.h"
#include "audientia/client/api_client.h"
#include "audientia/client/upload_engine.h"
#include "audientia/client/upload_journal.h"
#include "cli_context.h"

namespace audientia::cli {

class CaptureUpload {
 public:
  // Connects with the saved session (fails here, before anything records, when there is none).
  static Expected<std::unique_ptr<CaptureUpload>> connect(CliContext& context);
  ~CaptureUpload();  // cancels a run still going and waits for it
  CaptureUpload(const CaptureUpload&) = delete;
  CaptureUpload& operator=(const CaptureUpload&) = delete;

  // Starts following `dir` (its manifest must exist) for `hearingId`.
  void start(const std::string& hearingId, const std::filesystem::path& dir);
  // After the capture is sealed: waits for the upload to complete the package.
  Expected<client::UploadOutcome> finish();
  // The server address, for messages.
  const std::string& server() const { return server_; }

 private:
  CaptureUpload() = default;

  std::unique_ptr<client::ApiClient> client_;
  std::optional<client::UploadJournal> journal_;
  std::unique_ptr<client::UploadEngine> engine_;
  std::string server_;
  std::thread thread_;
  std::optional<Expected<client::UploadOutcome>> outcome_;
};

}  // namespace audientia::cli
