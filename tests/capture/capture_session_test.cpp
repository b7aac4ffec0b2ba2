// Recording real lavfi inputs through the whole engine: segments, tracks, sync, live signals,
// markers, pause/resume.

#include "audientia/media/capture_session.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "audientia/base/sha256.h"
#include "audientia/media/capture_manifest.h"
#include "audientia/media/capture_verify.h"
#include "audientia/media/device_spec.h"
#include "audientia/media/probe.h"
#include "audientia/testing/media_fixtures.h"
#include "capture/segment_inspector.h"
#include "capture/timeline.h"

namespace audientia::media {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

CaptureOptions smallOptions(const std::filesystem::path& dir) {
  CaptureOptions options;
  options.outputDir = dir;
  options.videoPreset = "ultrafast";
  options.segmentLength = seconds(5);
  return options;
}

TEST(CaptureSession, RecordsTwoVideoAndTwoAudioInputsIntoSyncedSegments) {
  testing::ScratchDir scratch;
  auto options = smallOptions(scratch.path() / "hearing");
  options.videoInputs = {"lavfi:testsrc2=size=320x240:rate=30",
                         "lavfi:testsrc=size=320x240:rate=30"};
  options.audioInputs = {"lavfi:sine=frequency=440:sample_rate=48000",
                         "lavfi:sine=frequency=1000:sample_rate=44100"};
  std::atomic<int> levels{0}, previews{0};
  CaptureCallbacks callbacks;
  callbacks.onLevels = [&](const AudioLevels& l) {
    if (!l.peakDb.empty() && l.peakDb[0] > -20) ++levels;
  };
  callbacks.onPreview = [&](const PreviewFrame& p) {
    if (p.width == 160 && p.rgb.size() == static_cast<std::size_t>(p.width * p.height * 3))
      ++previews;
  };
  auto session = CaptureSession::start(options, callbacks);
  ASSERT_TRUE(session) << session.error().toString();
  // On the recording's own clock, not the wall clock: on a loaded machine start() returns a
  // while after the media clock started.
  const auto waitForMedia = [&](milliseconds target) {
    const auto deadline = std::chrono::steady_clock::now() + target + seconds(30);
    while ((*session)->mediaTime() < target && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(milliseconds(5));
    }
  };
  waitForMedia(milliseconds(3000));
  auto marker = (*session)->addMarker("speaker", "Witness A");
  ASSERT_TRUE(marker) << marker.error().toString();
  EXPECT_NEAR(static_cast<double>(marker->mediaTime.count()), 3000.0, 200.0);
  waitForMedia(milliseconds(14900));
  auto summary = (*session)->stop();
  ASSERT_TRUE(summary) << summary.error().toString();
  EXPECT_EQ(summary->segmentCount, 3);
  EXPECT_EQ(summary->droppedFrames, 0);
  EXPECT_TRUE(isSha256Hex(summary->sealSha256));
  // ~20 level reports per second per audio input, ~10 previews per second per video input.
  EXPECT_GT(levels.load(), 2 * 15 * 15);
  EXPECT_GT(previews.load(), 2 * 15 * 8);

  auto manifest = readManifest(options.outputDir);
  ASSERT_TRUE(manifest) << manifest.error().toString();
  ASSERT_EQ(manifest->segments.size(), 3u);
  EXPECT_EQ(manifest->state, "sealed");
  ASSERT_EQ(manifest->markers.size(), 1u);
  EXPECT_EQ(manifest->markers[0].text, "Witness A");
  for (std::size_t i = 0; i < manifest->segments.size(); ++i) {
    const auto& segment = manifest->segments[i];
    SCOPED_TRACE(segment.file);
    EXPECT_EQ(segment.mediaStartMs, static_cast<std::int64_t>(i) * 5000);
    EXPECT_NEAR(static_cast<double>(segment.durationMs), i < 2 ? 5000.0 : 4900.0, 150.0);
    auto info = probe(options.outputDir / segment.file);
    ASSERT_TRUE(info) << info.error().toString();
    EXPECT_EQ(info->videoStreamCount(), 2);
    EXPECT_EQ(info->audioStreamCount(), 2);
    for (const auto& stream : info->streams) {
      EXPECT_EQ(stream.codec, stream.type == StreamType::kVideo ? "h264" : "aac");
      if (stream.type == StreamType::kVideo) {
        EXPECT_EQ(stream.width, 320);
      }
      if (stream.type == StreamType::kAudio) {
        EXPECT_EQ(stream.sampleRate, 48000);
      }
    }
    auto span = inspectSegment(options.outputDir / segment.file);
    ASSERT_TRUE(span) << span.error().toString();
    std::int64_t first = span->tracks[0].startMs, last = first;
    for (const auto& track : span->tracks) {
      first = std::min(first, track.startMs);
      last = std::max(last, track.startMs);
      EXPECT_GT(track.packets, 0);
    }
    EXPECT_LE(last - first, 40) << "audio/video start offsets in " << segment.file;
  }
  auto verification = verifyCapture(options.outputDir);
  ASSERT_TRUE(verification) << verification.error().toString();
  EXPECT_TRUE(verification->ok()) << verification->problems.front().detail;
}

TEST(CaptureSession, MarkerTextCanBeEditedUntilTheSeal) {
  testing::ScratchDir scratch;
  auto options = smallOptions(scratch.path() / "edited");
  options.audioInputs = {"lavfi:sine=frequency=440:sample_rate=48000"};
  auto session = CaptureSession::start(options);
  ASSERT_TRUE(session) << session.error().toString();
  auto first = (*session)->addMarker("question", "");
  auto second = (*session)->addMarker("note", "exhibit 3 shwn");
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->index, 0);
  EXPECT_EQ(second->index, 1);
  ASSERT_TRUE((*session)->editMarker(1, "exhibit 3 shown to the witness"));
  EXPECT_EQ((*session)->editMarker(2, "x").error().code(), ErrorCode::kNotFound);
  EXPECT_EQ((*session)->editMarker(-1, "x").error().code(), ErrorCode::kNotFound);
  auto open = readManifest(options.outputDir);
  ASSERT_TRUE(open) << open.error().toString();
  ASSERT_EQ(open->markers.size(), 2u);
  EXPECT_EQ(open->markers[1].text, "exhibit 3 shown to the witness");
  ASSERT_TRUE((*session)->stop());
  auto refused = (*session)->editMarker(0, "after the seal");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code(), ErrorCode::kFailedPrecondition);
  auto sealed = readManifest(options.outputDir);
  ASSERT_TRUE(sealed) << sealed.error().toString();
  EXPECT_EQ(sealed->markers[0].text, "");
  EXPECT_EQ(sealed->markers[1].text, "exhibit 3 shown to the witness");
  auto verification = verifyCapture(options.outputDir);
  ASSERT_TRUE(verification) << verification.error().toString();
  EXPECT_TRUE(verification->ok());
}

TEST(CaptureSession, AtTheDiskFloorItPausesCleanlyAndSealsWhatItHas) {
  testing::ScratchDir scratch;
  auto options = smallOptions(scratch.path() / "floor");
  options.videoInputs = {"lavfi:testsrc2=size=160x120:rate=15"};
  options.audioInputs = {"lavfi:sine=frequency=440:sample_rate=48000"};
  // A floor above any disk's free space: reached at the first check (5 s in).
  options.diskFloorBytes = std::uint64_t{1} << 62;
  std::atomic<int> full{0};
  CaptureCallbacks callbacks;
  callbacks.onHealth = [&](const HealthEvent& event) {
    if (event.kind == HealthKind::kDiskFull) ++full;
  };
  auto session = CaptureSession::start(options, callbacks);
  ASSERT_TRUE(session) << session.error().toString();
  for (int i = 0; i < 100 && full.load() == 0; ++i) std::this_thread::sleep_for(milliseconds(100));
  ASSERT_EQ(full.load(), 1);
  EXPECT_TRUE((*session)->paused());
  auto resumed = (*session)->resume();
  ASSERT_FALSE(resumed);
  EXPECT_EQ(resumed.error().code(), ErrorCode::kResourceExhausted);
  auto summary = (*session)->stop();
  ASSERT_TRUE(summary) << summary.error().toString();
  auto manifest = readManifest(options.outputDir);
  ASSERT_TRUE(manifest) << manifest.error().toString();
  EXPECT_EQ(manifest->state, "sealed");
  ASSERT_EQ(manifest->pauses.size(), 1u);
  EXPECT_EQ(manifest->pauses[0].reason, "disk full");
  EXPECT_NEAR(static_cast<double>(manifest->pauses[0].mediaStartMs), 5000.0, 1500.0);
  EXPECT_TRUE(std::any_of(manifest->events.begin(), manifest->events.end(),
                          [](const auto& event) { return event.kind == "disk-full"; }));
  EXPECT_TRUE(manifest->openSegments.empty());
  auto verification = verifyCapture(options.outputDir);
  ASSERT_TRUE(verification) << verification.error().toString();
  EXPECT_TRUE(verification->ok());
}

TEST(CaptureSession, PauseEndsTheSegmentAndIsInTheManifest) {
  testing::ScratchDir scratch;
  auto options = smallOptions(scratch.path() / "paused");
  options.videoInputs = {"lavfi:testsrc2=size=160x120:rate=15"};
  options.audioInputs = {"lavfi:sine=frequency=440:sample_rate=48000"};
  options.segmentLength = seconds(60);
  auto session = CaptureSession::start(options);
  ASSERT_TRUE(session) << session.error().toString();
  std::this_thread::sleep_for(seconds(2));
  ASSERT_TRUE((*session)->pause("recess"));
  EXPECT_TRUE((*session)->paused());
  EXPECT_FALSE((*session)->pause("again"));
  std::this_thread::sleep_for(milliseconds(1500));
  ASSERT_TRUE((*session)->resume());
  std::this_thread::sleep_for(seconds(2));
  auto summary = (*session)->stop();
  ASSERT_TRUE(summary) << summary.error().toString();
  auto manifest = readManifest(options.outputDir);
  ASSERT_TRUE(manifest);
  ASSERT_EQ(manifest->segments.size(), 2u);
  EXPECT_NEAR(static_cast<double>(manifest->segments[0].durationMs), 2000.0, 150.0);
  EXPECT_NEAR(static_cast<double>(manifest->segments[1].mediaStartMs), 3500.0, 150.0);
  ASSERT_EQ(manifest->pauses.size(), 1u);
  EXPECT_EQ(manifest->pauses[0].reason, "recess");
  EXPECT_NEAR(
      static_cast<double>(manifest->pauses[0].mediaEndMs - manifest->pauses[0].mediaStartMs),
      1500.0, 100.0);
  auto verification = verifyCapture(options.outputDir);
  ASSERT_TRUE(verification);
  EXPECT_TRUE(verification->ok());
}

TEST(CaptureSession, RefusesBadSpecsAndAnExistingCapture) {
  testing::ScratchDir scratch;
  auto options = smallOptions(scratch.path() / "x");
  options.videoInputs = {"webcam0"};
  auto bad = CaptureSession::start(options);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidArgument);
  options.videoInputs = {"lavfi:nosuchfilter=1"};
  bad = CaptureSession::start(options);
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message().find("lavfi:nosuchfilter"), std::string::npos)
      << bad.error().message();
  ASSERT_TRUE(testing::writeFile(options.outputDir / kManifestFileName, "{}"));
  options.videoInputs = {"lavfi:testsrc2=size=160x120:rate=15"};
  bad = CaptureSession::start(options);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), ErrorCode::kAlreadyExists);
}

TEST(DeviceSpec, ParsesKnownFormatsAndListsDevicesWithoutFailing) {
  auto spec = parseDeviceSpec("alsa:hw:1");
  ASSERT_TRUE(spec);
  EXPECT_EQ(spec->format, "alsa");
  EXPECT_EQ(spec->url, "hw:1");
  EXPECT_TRUE(parseDeviceSpec("lavfi:testsrc2=size=320x240:rate=15")->isVirtual());
  EXPECT_FALSE(parseDeviceSpec("dshow:video=x"));
  EXPECT_FALSE(parseDeviceSpec("v4l2:"));
  for (const auto& device : listCaptureDevices()) EXPECT_TRUE(parseDeviceSpec(device.spec));
}

TEST(Timeline, CutsSpansIntoSlotsAcrossPauses) {
  Timeline timeline(5'000'000);
  EXPECT_EQ(timeline.locate(4'999'999)->id, 0);
  EXPECT_EQ(timeline.locate(5'000'000)->id, 1);
  timeline.pauseAt(7'000'000);
  EXPECT_FALSE(timeline.locate(8'000'000));
  EXPECT_EQ(timeline.locate(6'000'000)->endUs, 7'000'000);
  timeline.resumeAt(9'000'000);
  auto slot = timeline.locate(9'500'000);
  ASSERT_TRUE(slot);
  EXPECT_EQ(slot->id, 2);
  EXPECT_EQ(slot->startUs, 9'000'000);
  EXPECT_EQ(timeline.locateOrNext(8'000'000)->id, 2);
}

}  // namespace
}  // namespace audientia::media
