#pragma once

// The running session's manifest: one owner, a mutex, and an atomic rewrite after every change
// (segment opened or finished, pause, resume, marker, health event, seal).

#include <filesystem>
#include <mutex>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/media/capture_events.h"
#include "audientia/media/capture_manifest.h"

namespace audientia::media {

class ManifestKeeper {
 public:
  ManifestKeeper(std::filesystem::path dir, CaptureManifest manifest, int run);

  int run() const { return run_; }
  Status save();
  Status openSegment(const ManifestSegment& segment);
  Status finishSegment(ManifestSegment segment);
  Status addPause(const ManifestPause& pause);
  Status endPause(std::int64_t mediaEndMs, const std::string& wallEnd);
  // Returns the marker's index in the manifest's list.
  Expected<int> addMarker(const Marker& marker);
  Status editMarker(int index, const std::string& text);
  Status addEvent(const HealthEvent& event);
  // Ends the run and seals; returns the seal.
  Expected<std::string> seal(const std::string& wallEnd);
  int segmentCount() const;
  std::int64_t recordedMs() const;

 private:
  Status saveLocked();

  std::filesystem::path dir_;
  mutable std::mutex mutex_;
  CaptureManifest manifest_;
  int run_;
};

}  // namespace audientia::media
