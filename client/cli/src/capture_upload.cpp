#include "capture_upload.h"

#include "upload_tuning.h"

namespace audientia::cli {

Expected<std::unique_ptr<CaptureUpload>> CaptureUpload::connect(CliContext& context) {
  AUDIENTIA_TRY(auto options, uploadOptionsFromEnvironment());
  AUDIENTIA_TRY(auto config, context.config());
  Connection connection;
  AUDIENTIA_TRY(auto client, context.connect(/*requireSession=*/true, &connection));
  std::unique_ptr<CaptureUpload> upload(new CaptureUpload());
  upload->client_ = std::move(client);
  upload->server_ = connection.server;
  upload->journal_.emplace(config.directory() / client::UploadJournal::kDirectoryName);
  upload->engine_ = std::make_unique<client::UploadEngine>(
      *upload->client_, *upload->client_, *upload->journal_, connection.server, options);
  return upload;
}

CaptureUpload::~CaptureUpload() {
  if (thread_.joinable()) {
    engine_->cancel();
    thread_.join();
  }
}

void CaptureUpload::start(const std::string& hearingId, const std::filesystem::path& dir) {
  thread_ = std::thread([this, hearingId, dir] {
    outcome_.emplace(engine_->upload(hearingId, dir, client::FollowMode::kFollow));
  });
}

Expected<client::UploadOutcome> CaptureUpload::finish() {
  if (thread_.joinable()) thread_.join();
  if (!outcome_) return internalError("the capture's upload was not started");
  return std::move(*outcome_);
}

}  // namespace audientia::cli
