// UploadRun for a capture directory: one upload per segment listed in the manifest (while the
// capture may still be recording), then CompleteRecording with the sealed manifest.

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "audientia/base/file_lock.h"
#include "audientia/base/posix_file.h"
#include "audientia/media/capture_manifest.h"
#include "upload_run.h"

namespace audientia::client {

namespace fs = std::filesystem;

namespace {

struct ManifestText {
  std::string bytes;  // as on disk: CompleteRecording sends exactly these
  media::CaptureManifest manifest;
};

Expected<ManifestText> readManifestText(const fs::path& dir) {
  const fs::path file = dir / media::kManifestFileName;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return Error(ErrorCode::kNotFound,
                 "cannot read " + file.string() + ": " + posix::errnoText(errno));
  }
  std::ostringstream text;
  text << in.rdbuf();
  ManifestText result;
  result.bytes = text.str();
  auto manifest = media::manifestFromJson(result.bytes);
  if (!manifest) return manifest.error().withContext(file.string());
  result.manifest = std::move(*manifest);
  return result;
}

// True while a capture process holds the directory's lock (see capture_session.cpp).
bool captureIsRunning(const fs::path& dir) {
  return posix::FileLock::isHeld(dir / media::kCaptureLockFileName);
}

}  // namespace

Expected<UploadOutcome> UploadRun::runCapture() {
  const fs::path& dir = entry_.path;
  for (;;) {
    if (engine_.cancelled()) return cancelledError();
    auto text = readManifestText(dir);
    if (!text) return stopWith(text.error());
    const media::CaptureManifest& manifest = text->manifest;
    if (manifest.sessionId != entry_.sessionId) {
      return stopWith(Error(ErrorCode::kFailedPrecondition,
                            dir.string() + " now holds capture session " + manifest.sessionId +
                                ", not " + entry_.sessionId + " that this upload started with"));
    }
    const bool sealed = manifest.state == "sealed";
    if (!sealed && !captureIsRunning(dir)) {
      return stopWith(Error(ErrorCode::kFailedPrecondition,
                            "the capture in " + dir.string() +
                                " was not sealed and no capture is running there (" + "state \"" +
                                manifest.state + "\"): run 'audientiactl capture recover " +
                                dir.string() + " --seal' first, then upload it again"));
    }

    // Segments the journal has not seen yet; their digests come from the manifest and are
    // checked against the files before they are sent.
    bool added = false;
    for (const auto& segment : manifest.segments) {
      const bool known =
          std::any_of(entry_.files.begin(), entry_.files.end(),
                      [&](const auto& file) { return file.sequence == segment.sequence; });
      if (known) continue;
      JournalFile file;
      file.sequence = segment.sequence;
      file.fileName = segment.file;
      file.sizeBytes = segment.sizeBytes;
      file.sha256 = segment.sha256;
      file.uploadId = newUploadId();
      entry_.files.push_back(std::move(file));
      added = true;
    }
    if (added) AUDIENTIA_TRY_STATUS(save());
    for (std::size_t i = 0; i < entry_.files.size(); ++i) {
      AUDIENTIA_TRY_STATUS(uploadOne(i, dir / entry_.files[i].fileName, nullptr));
    }

    if (sealed) {
      report(UploadPhase::kCompleting, media::kManifestFileName, 0, entry_.totalBytes());
      auto recording = retrying("completing recording " + entry_.recordingId, [&] {
        return engine_.uploads_.completeRecording(entry_.recordingId, text->bytes);
      });
      if (!recording) {
        // A completion whose answer was lost: the server holds the seal already.
        auto existing = engine_.recordings_.getRecording(entry_.recordingId);
        if (!existing || existing->capture_seal() != manifest.seal) {
          return stopWith(recording.error());
        }
        recording = std::move(existing);
      }
      entry_.seal = manifest.seal;
      return finish(std::move(*recording));
    }
    if (entry_.follow != FollowMode::kFollow) {
      return stopWith(Error(ErrorCode::kFailedPrecondition,
                            "the capture in " + dir.string() + " is still recording; its " +
                                std::to_string(entry_.files.size()) +
                                " finished segments are uploaded. Upload it again with --follow "
                                "to keep uploading until it is sealed"));
    }
    report(UploadPhase::kWaiting, {}, 0, entry_.durableBytes(),
           "waiting for the next segment or the seal of " + dir.string());
    if (!engine_.sleepUnlessCancelled(engine_.options().followInterval)) {
      return cancelledError();
    }
  }
}

}  // namespace audientia::client
