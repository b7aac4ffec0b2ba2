#pragma once

// media::CaptureSession: records N video and M audio inputs into crash-safe, sealed segments.
//
//   CaptureOptions options;
//   options.outputDir = "/var/lib/audientia/capture/h42";
//   options.videoInputs = {"v4l2:/dev/video0"};
//   options.audioInputs = {"alsa:hw:1", "alsa:hw:2"};
//   auto session = CaptureSession::start(options, callbacks);   // Expected<unique_ptr<...>>
//   (*session)->addMarker("speaker", "Witness A");
//   (*session)->pause("recess");  (*session)->resume();
//   auto summary = (*session)->stop();                          // seals the manifest
//
// Output: OUT/segment-00001.mp4, ... (fragmented MP4, H.264 + AAC, one track per input, all on
// one clock, wall-clock time burned into each picture) and OUT/manifest.json, rewritten
// atomically after every segment and event (see capture_manifest.h). A segment is cut every
// `segmentLength` and at each pause. After a crash, recoverCapture() repairs the directory and a
// new session with `resume = true` continues the same hearing, recording the gap.
//
// Threads: one reader per input (never blocked by encoding: a full queue drops the frame and
// raises kFramesDropped), one encoder per input, one muxer/monitor thread that writes, cuts and
// seals segments. All public methods are thread-safe.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/media/capture_events.h"

namespace audientia::media {

struct CaptureOptions {
  std::filesystem::path outputDir;
  std::vector<std::string> videoInputs;  // device specs (device_spec.h)
  std::vector<std::string> audioInputs;
  std::chrono::milliseconds segmentLength{std::chrono::seconds(60)};

  // Video: libx264 with a keyframe about every `keyframeInterval`.
  std::string videoPreset = "veryfast";
  std::int64_t videoBitRate = 0;  // bits per second; 0 = constant quality (CRF 23)
  std::chrono::milliseconds keyframeInterval{1000};
  bool burnWallClock = true;
  std::filesystem::path fontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";
  // Audio: AAC.
  std::int64_t audioBitRate = 128000;
  int audioSampleRate = 48000;

  // Live signals.
  std::chrono::milliseconds levelInterval{50};
  std::chrono::milliseconds previewInterval{100};
  int previewWidth = 160;
  // Health thresholds.
  double silenceThresholdDb = -60.0;
  std::chrono::milliseconds silenceAfter{std::chrono::seconds(10)};
  std::chrono::milliseconds frozenAfter{std::chrono::seconds(5)};
  std::chrono::milliseconds blackAfter{std::chrono::seconds(5)};
  std::chrono::milliseconds stalledAfter{std::chrono::seconds(2)};
  std::chrono::minutes lowDiskMinutes{30};
  // At this much free space left (checked every 5 s) the session pauses itself (the segment being
  // written is closed cleanly, the pause's reason says why) and raises kDiskFull: the host then
  // calls stop(), which seals what was recorded. No torn file is left by a full disk.
  std::uint64_t diskFloorBytes = std::uint64_t{256} << 20;

  // Continue an interrupted capture in `outputDir` (after recoverCapture()): numbering goes on
  // and the time between the last recovered media and this start is recorded as a gap.
  bool resume = false;
  std::string title;  // free text for the manifest
  // The hearing recorded, into the manifest (the server checks it at completion). A resumed
  // capture must name the same hearing (or none, to keep the one it has).
  std::string hearingId;
};

struct CaptureSummary {
  int segmentCount = 0;
  std::chrono::milliseconds recordedDuration{0};
  std::int64_t droppedFrames = 0;
  std::string sealSha256;  // hex
};

class CaptureSession {
 public:
  // Opens every input, writes the manifest header and starts recording.
  // Errors: kInvalidArgument for a bad spec or options, kNotFound / kUnavailable when an input
  // cannot be opened (the message names the input and carries FFmpeg's reason),
  // kAlreadyExists when outputDir holds a capture and `resume` is false,
  // kFailedPrecondition when `resume` is set but the capture was not recovered or is sealed.
  static Expected<std::unique_ptr<CaptureSession>> start(const CaptureOptions& options,
                                                         CaptureCallbacks callbacks = {});

  ~CaptureSession();  // stops (and seals) if still running
  CaptureSession(const CaptureSession&) = delete;
  CaptureSession& operator=(const CaptureSession&) = delete;

  // Ends the current segment; nothing is written until resume(). The pause and its reason go
  // into the manifest. Errors: kFailedPrecondition when already paused or stopped.
  Status pause(const std::string& reason);
  Status resume();
  bool paused() const;

  // Stamps a marker with the media and wall-clock time of now; written into the manifest.
  Expected<Marker> addMarker(const std::string& kind, const std::string& text);
  // Changes the text of a marker (Marker::index) until the seal; the manifest is rewritten.
  // Errors: kNotFound for an index the capture does not have, kFailedPrecondition once stopped.
  Status editMarker(int index, const std::string& text);

  // Time since the session started on the session clock.
  std::chrono::milliseconds mediaTime() const;
  std::int64_t droppedFrames() const;

  // Stops every input, drains the encoders, closes the last segment and seals the manifest.
  // Idempotent: later calls return the first result.
  Expected<CaptureSummary> stop();

  struct Impl;

 private:
  explicit CaptureSession(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace audientia::media
