#pragma once

// What a running capture tells its host: levels, previews, health events, markers.
// Plain data, no FFmpeg types.

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace audientia::media {

enum class HealthKind {
  kUnspecified = 0,
  kSilence,         // an audio input below the silence threshold for longer than allowed
  kSilenceEnded,    // ... and back above it
  kClipping,        // audio samples at full scale
  kFrozenVideo,     // a video input repeating the same picture
  kBlackVideo,      // a video input delivering black pictures
  kVideoRecovered,  // frozen or black video moving again
  kInputStopped,    // an input that stopped delivering (end of stream, device error, stall)
  kFramesDropped,   // frames dropped because encoding fell behind
  kLowDisk,         // disk space for less than the configured number of minutes
  kDiskFull,        // free space fell to the floor: recording paused itself; stop() seals it
  kEncoderError,    // encoding or writing failed on a track
};

const char* toString(HealthKind kind);

struct HealthEvent {
  HealthKind kind = HealthKind::kUnspecified;
  int input = -1;         // index into the session's inputs (-1: the session as a whole)
  std::string inputSpec;  // the input's device spec ("" for the session)
  std::string detail;     // words for a person: "no sound above -60 dBFS for 10 s"
  std::chrono::milliseconds mediaTime{0};
  std::chrono::system_clock::time_point wallTime;
};

// Peak and RMS per channel over the last ~50 ms, in dBFS (-inf is reported as -120).
struct AudioLevels {
  int input = -1;
  std::vector<double> peakDb;
  std::vector<double> rmsDb;
  std::chrono::milliseconds mediaTime{0};
};

// A scaled picture of a video input, packed RGB24, rows of width*3 bytes.
struct PreviewFrame {
  int input = -1;
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgb;
  std::chrono::milliseconds mediaTime{0};
};

struct Marker {
  std::string kind;  // the host's own vocabulary: "speaker", "exhibit", "note"...
  std::string text;
  std::chrono::milliseconds mediaTime{0};
  std::chrono::system_clock::time_point wallTime;
  int index = -1;  // its place in the capture's list of markers (CaptureSession::editMarker)
};

// Callbacks run on the capture's worker threads: they must return quickly and must not call
// back into the session's stop().
struct CaptureCallbacks {
  std::function<void(const AudioLevels&)> onLevels;
  std::function<void(const PreviewFrame&)> onPreview;
  std::function<void(const HealthEvent&)> onHealth;
};

}  // namespace audientia::media
