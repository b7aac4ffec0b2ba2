#include "app/keeping/upload_expiry.h"

#include <set>

namespace audientia::app {
namespace {

constexpr int kBatch = 200;

}  // namespace

Expected<UploadExpiryResult> UploadExpiry::run() {
  UploadExpiryResult result;
  const auto now = clock_.now();
  std::set<std::string> seen;
  for (bool more = true; more;) {
    AUDIENTIA_TRY(auto expired, uploads_.listExpired(now, kBatch));
    more = false;
    for (const auto& upload : expired) {
      if (!seen.insert(upload.id).second) continue;
      more = true;
      AUDIENTIA_TRY(auto marked, uploads_.setState(upload.id, domain::UploadState::kExpired));
      (void)marked;
      AUDIENTIA_TRY_STATUS(store_.removeUploadSink(upload.id));
      ++result.expired;
      log_->info("upload {} ({} of recording {}) expired at offset {} of {}", upload.id,
                 upload.fileName, upload.recordingId, upload.durableOffset, upload.sizeBytes);
      // A file recording is its one upload: nothing can complete it any more. (A capture
      // segment can be uploaded again under a new upload id.)
      if (upload.role == domain::FileRole::kOriginal) {
        auto recording = recordings_.get(upload.recordingId);
        if (recording && recording->kind == domain::RecordingKind::kFile &&
            recording->state == domain::RecordingState::kUploading) {
          AUDIENTIA_TRY(auto failed,
                        recordings_.setState(upload.recordingId, domain::RecordingState::kFailed,
                                             "the upload expired before it was completed"));
          (void)failed;
        }
      }
    }
  }
  AUDIENTIA_TRY(auto staged, store_.listUploadSinks());
  for (const auto& id : staged) {
    auto upload = uploads_.get(id);
    if (upload && upload->state == domain::UploadState::kReceiving) continue;
    if (!upload && upload.error().code() != ErrorCode::kNotFound &&
        upload.error().code() != ErrorCode::kInvalidArgument) {
      return upload.error();
    }
    AUDIENTIA_TRY_STATUS(store_.removeUploadSink(id));
    ++result.orphansRemoved;
    log_->info("removed staging file {}: no receiving upload owns it", id);
  }
  return result;
}

Status UploadExpiry::runJob(const domain::Job&) {
  AUDIENTIA_TRY(auto result, run());
  (void)result;
  return ok();
}

}  // namespace audientia::app
