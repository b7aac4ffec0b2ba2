#pragma once

// Real media files for tests, encoded by the `ffmpeg` command-line tool (Debian package ffmpeg)
// from FFmpeg's virtual lavfi sources: a moving test pattern (testsrc2) and a sine tone.
// Nothing is mocked: the files are H.264 / AAC encoded by libx264 and FFmpeg's AAC encoder.
//
//   audientia::testing::ScratchDir dir;
//   auto status = audientia::testing::makeTestRecording(dir.path() / "hearing.mp4",
//                                                       {.duration = std::chrono::seconds(20)});
//   ASSERT_TRUE(status) << status.error().toString();

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/testing/temp_dir.h"

namespace audientia::testing {

enum class Container {
  kUnspecified = 0,
  kMp4,            // plain MP4, index (moov) at the end, as `ffmpeg` writes it by default
  kFragmentedMp4,  // frag_keyframe+empty_moov+default_base_moof, as the capture writes it
  kMkv,            // Matroska
};

enum class Tracks {
  kUnspecified = 0,
  kVideoAndAudio,
  kAudioOnly,
  kVideoOnly,
};

struct TestRecordingOptions {
  // Zero (fragmented MP4 only) writes a file with streams but no frames: a capture that died
  // before its first fragment.
  std::chrono::milliseconds duration{std::chrono::seconds(5)};
  Container container = Container::kMp4;
  Tracks tracks = Tracks::kVideoAndAudio;
  // Video: H.264 (libx264, preset ultrafast, a keyframe every `keyframeInterval` frames).
  int width = 1280;
  int height = 720;
  int frameRate = 30;
  int keyframeInterval = 30;
  // Audio: AAC at `audioBitRate` of a `toneHz` sine.
  int sampleRate = 48000;
  int channels = 2;
  int toneHz = 440;
  int audioBitRate = 128000;
};

// Encodes a recording to `path` (its parent directory must exist; an existing file is
// replaced). Runs `ffmpeg` with an argument vector (no shell) and waits for it.
// Errors: kInvalidArgument for nonsensical options, kUnavailable when `ffmpeg` cannot be run,
// kInternal when it fails (the message carries the end of its error output).
Status makeTestRecording(const std::filesystem::path& path,
                         const TestRecordingOptions& options = {});

// The `ffmpeg` arguments makeTestRecording runs (argv[0] included), for messages and tests.
std::vector<std::string> ffmpegArguments(const std::filesystem::path& path,
                                         const TestRecordingOptions& options);

// Writes the first `bytes` of `source` to `target`: a recording cut short, as a crash or an
// interrupted upload leaves it.
Status writeTruncatedCopy(const std::filesystem::path& source, const std::filesystem::path& target,
                          std::uintmax_t bytes);

// Writes `content` to `path` (replacing it).
Status writeFile(const std::filesystem::path& path, const std::string& content);

// A fresh directory removed with everything in it on destruction (temp_dir.h).
using ScratchDir = TempDir;

}  // namespace audientia::testing
