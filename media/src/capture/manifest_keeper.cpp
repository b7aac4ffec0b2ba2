#include "capture/manifest_keeper.h"

#include <algorithm>

namespace audientia::media {

ManifestKeeper::ManifestKeeper(std::filesystem::path dir, CaptureManifest manifest, int run)
    : dir_(std::move(dir)), manifest_(std::move(manifest)), run_(run) {}

Status ManifestKeeper::saveLocked() {
  return writeManifestAtomically(dir_, manifest_);
}

Status ManifestKeeper::save() {
  std::lock_guard lock(mutex_);
  return saveLocked();
}

Status ManifestKeeper::openSegment(const ManifestSegment& segment) {
  std::lock_guard lock(mutex_);
  manifest_.openSegments.push_back(segment);
  return saveLocked();
}

Status ManifestKeeper::finishSegment(ManifestSegment segment) {
  std::lock_guard lock(mutex_);
  auto& open = manifest_.openSegments;
  open.erase(std::remove_if(open.begin(), open.end(),
                            [&](const auto& s) { return s.file == segment.file; }),
             open.end());
  AUDIENTIA_TRY_STATUS(appendSegment(dir_, manifest_, std::move(segment)));
  return saveLocked();
}

Status ManifestKeeper::addPause(const ManifestPause& pause) {
  std::lock_guard lock(mutex_);
  manifest_.pauses.push_back(pause);
  manifest_.state = "paused";
  return saveLocked();
}

Status ManifestKeeper::endPause(std::int64_t mediaEndMs, const std::string& wallEnd) {
  std::lock_guard lock(mutex_);
  if (!manifest_.pauses.empty() && manifest_.pauses.back().mediaEndMs < 0) {
    manifest_.pauses.back().mediaEndMs = mediaEndMs;
    manifest_.pauses.back().wallEnd = wallEnd;
  }
  manifest_.state = "recording";
  return saveLocked();
}

Expected<int> ManifestKeeper::addMarker(const Marker& marker) {
  std::lock_guard lock(mutex_);
  manifest_.markers.push_back(
      {run_, marker.kind, marker.text, marker.mediaTime.count(), formatWallTime(marker.wallTime)});
  AUDIENTIA_TRY_STATUS(saveLocked());
  return static_cast<int>(manifest_.markers.size()) - 1;
}

Status ManifestKeeper::editMarker(int index, const std::string& text) {
  std::lock_guard lock(mutex_);
  if (index < 0 || index >= static_cast<int>(manifest_.markers.size())) {
    return Error(ErrorCode::kNotFound,
                 "the capture has no marker number " + std::to_string(index + 1));
  }
  manifest_.markers[static_cast<std::size_t>(index)].text = text;
  return saveLocked();
}

Status ManifestKeeper::addEvent(const HealthEvent& event) {
  std::lock_guard lock(mutex_);
  manifest_.events.push_back({run_, toString(event.kind), event.input, event.inputSpec,
                              event.detail, event.mediaTime.count(),
                              formatWallTime(event.wallTime)});
  return saveLocked();
}

Expected<std::string> ManifestKeeper::seal(const std::string& wallEnd) {
  std::lock_guard lock(mutex_);
  for (auto& r : manifest_.runs) {
    if (r.run == run_) r.wallEnd = wallEnd;
  }
  if (!manifest_.pauses.empty() && manifest_.pauses.back().mediaEndMs < 0) {
    manifest_.pauses.back().wallEnd = wallEnd;
  }
  sealManifest(manifest_);
  AUDIENTIA_TRY_STATUS(saveLocked());
  return manifest_.seal;
}

int ManifestKeeper::segmentCount() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(manifest_.segments.size());
}

std::int64_t ManifestKeeper::recordedMs() const {
  std::lock_guard lock(mutex_);
  std::int64_t total = 0;
  for (const auto& s : manifest_.segments) total += s.durationMs;
  return total;
}

}  // namespace audientia::media
