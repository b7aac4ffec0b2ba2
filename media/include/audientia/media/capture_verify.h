#pragma once

// Verification of a capture directory against its manifest, and crash recovery: these read the
// segments themselves (FFmpeg), so they live in audientia_media; the manifest alone is
// capture_manifest.h.

#include <filesystem>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/media/capture_manifest.h"

namespace audientia::media {

// Checks every segment against the manifest, the chain and the seal. An error (not a problem)
// only when there is no readable manifest: kNotFound / kInvalidArgument.
Expected<CaptureVerification> verifyCapture(const std::filesystem::path& dir);

enum class RecoveryMode { kUnspecified = 0, kLeaveOpen, kSeal };

struct CaptureRecovery {
  bool wasInterrupted = false;         // false: nothing to do (sealed or cleanly stopped)
  std::vector<std::string> repaired;   // torn segments closed and added to the manifest
  std::vector<std::string> discarded;  // torn files with no playable media (renamed *.torn)
  std::int64_t bytesCut = 0;           // incomplete fragment bytes removed
  std::string gapStart;                // wall-clock end of the last media kept
};

// Detects a capture whose process died (manifest state "recording"/"paused" and no live
// process), truncates each torn segment to its last complete fragment, hashes it into the
// chain (recovered = true) and records the gap's start. kLeaveOpen leaves the capture ready for
// a session with `resume = true`; kSeal seals it as it is.
Expected<CaptureRecovery> recoverCapture(const std::filesystem::path& dir, RecoveryMode mode);

}  // namespace audientia::media
