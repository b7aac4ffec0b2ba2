#include "audientia/client/local_copy_cleanup.h"

#include "audientia/media/capture_manifest.h"

namespace audientia::client {
namespace {

namespace fs = std::filesystem;

// True when `path` is `root` itself or below it (both made absolute and normal).
bool isInside(const fs::path& path, const fs::path& root) {
  std::error_code error;
  const fs::path base = fs::weakly_canonical(root, error);
  if (error) return false;
  const fs::path item = fs::weakly_canonical(path, error);
  if (error) return false;
  auto b = base.begin();
  auto i = item.begin();
  for (; b != base.end(); ++b, ++i) {
    if (i == item.end() || *i != *b) return false;
  }
  return i != item.end();  // strictly below: never the root itself
}

std::string stateWords(v1::RecordingState state) {
  switch (state) {
    case v1::RECORDING_STATE_UPLOADING:
      return "still uploading";
    case v1::RECORDING_STATE_VERIFYING:
      return "still being verified";
    case v1::RECORDING_STATE_FAILED:
      return "failed on the server";
    default:
      return "in an unknown state";
  }
}

}  // namespace

Expected<CaptureCleanup> removeVerifiedCaptures(const UploadJournal& journal,
                                                RecordingsApi& recordings,
                                                const std::string& server,
                                                const fs::path& captureRoot,
                                                std::chrono::hours keep,
                                                std::chrono::system_clock::time_point now) {
  AUDIENTIA_TRY(std::vector<UploadJournalEntry> entries, journal.list());
  CaptureCleanup result;
  const auto nowMs =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  const auto keepMs = std::chrono::duration_cast<std::chrono::milliseconds>(keep).count();
  for (const auto& entry : entries) {
    if (entry.kind != UploadItemKind::kCapture || entry.server != server ||
        entry.state != UploadItemState::kDone || !isInside(entry.path, captureRoot)) {
      continue;
    }
    std::error_code error;
    if (!fs::exists(entry.path, error)) continue;
    const auto keepIt = [&](std::string reason) {
      result.kept.push_back({entry.path, std::move(reason)});
    };
    if (entry.updatedAtUnixMs + keepMs > nowMs) {
      const auto days = keepMs / (24 * 3600 * 1000);
      keepIt("kept for " + std::to_string(days) + " days after its upload");
      continue;
    }
    auto manifest = media::readManifest(entry.path);
    if (!manifest) {
      keepIt("its manifest cannot be read: " + manifest.error().message());
      continue;
    }
    if (manifest->state != "sealed" || manifest->seal.empty() || manifest->seal != entry.seal) {
      keepIt("its manifest is not the sealed one that was uploaded");
      continue;
    }
    auto recording = recordings.getRecording(entry.recordingId);
    if (!recording) {
      keepIt("the server could not confirm it: " + recording.error().message());
      continue;
    }
    if (recording->capture_seal() != entry.seal) {
      keepIt("the server holds a different seal for it");
      continue;
    }
    if (recording->state() != v1::RECORDING_STATE_PROCESSING &&
        recording->state() != v1::RECORDING_STATE_AVAILABLE) {
      keepIt("the recording is " + stateWords(recording->state()));
      continue;
    }
    fs::remove_all(entry.path, error);
    if (error) {
      keepIt("it could not be removed: " + error.message());
      continue;
    }
    static_cast<void>(journal.remove(entry.key));
    result.removed.push_back(entry.path);
  }
  return result;
}

}  // namespace audientia::client
