// The engine's other warnings and the burnt-in clock, from real sources: a full-scale tone
// (clipping), a black picture, a disk that cannot hold the configured minutes, an encoder that
// cannot keep up (dropped frames); and the wall clock drawn into the picture.

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <thread>

#include "audientia/media/capture_manifest.h"
#include "audientia/media/capture_session.h"
#include "audientia/testing/media_fixtures.h"
#include "processing/frame_source.h"

namespace audientia::media {
namespace {

using namespace std::chrono_literals;

struct Recorded {
  std::vector<HealthEvent> events;
  CaptureManifest manifest;
};

// Records `options` for `length`, collecting the health events.
Recorded record(CaptureOptions options, std::chrono::milliseconds length) {
  std::mutex mutex;
  Recorded out;
  CaptureCallbacks callbacks;
  callbacks.onHealth = [&](const HealthEvent& e) {
    std::lock_guard lock(mutex);
    out.events.push_back(e);
  };
  auto session = CaptureSession::start(options, callbacks);
  EXPECT_TRUE(session) << session.error().toString();
  if (!session) return out;
  std::this_thread::sleep_for(length);
  EXPECT_TRUE((*session)->stop());
  auto manifest = readManifest(options.outputDir);
  EXPECT_TRUE(manifest) << manifest.error().toString();
  if (manifest) out.manifest = *manifest;
  return out;
}

long count(const Recorded& recorded, HealthKind kind, int input) {
  return std::count_if(recorded.events.begin(), recorded.events.end(),
                       [&](const auto& e) { return e.kind == kind && e.input == input; });
}

long inManifest(const Recorded& recorded, const std::string& kind) {
  return std::count_if(recorded.manifest.events.begin(), recorded.manifest.events.end(),
                       [&](const auto& e) { return e.kind == kind; });
}

TEST(CaptureSignals, ClippingBlackPictureAndLowDiskAreRaisedAndKept) {
  testing::ScratchDir scratch;
  CaptureOptions options;
  options.outputDir = scratch.path() / "signals";
  options.videoInputs = {"lavfi:color=c=black:size=160x120:rate=10",
                         "lavfi:testsrc2=size=160x120:rate=10"};
  options.audioInputs = {"lavfi:aevalsrc=exprs=0.9999*sin(2*PI*440*t):s=48000",
                         "lavfi:sine=frequency=440:sample_rate=48000"};
  options.videoPreset = "ultrafast";
  options.segmentLength = 10s;
  options.blackAfter = 2s;
  // Any real disk holds less than this at any write rate: the warning must come.
  options.lowDiskMinutes = std::chrono::minutes(1'000'000'000);
  const auto recorded = record(options, 6500ms);

  EXPECT_EQ(count(recorded, HealthKind::kBlackVideo, 0), 1);
  EXPECT_EQ(count(recorded, HealthKind::kBlackVideo, 1), 0);  // testsrc2 is bright
  EXPECT_GE(count(recorded, HealthKind::kClipping, 2), 1);    // at full scale
  EXPECT_EQ(count(recorded, HealthKind::kClipping, 3), 0);    // sine: amplitude 1/8
  EXPECT_EQ(count(recorded, HealthKind::kLowDisk, -1), 1);    // once per 5 minutes at most
  for (const auto& e : recorded.events) {
    if (e.kind == HealthKind::kLowDisk) {
      EXPECT_NE(e.detail.find("more minutes"), std::string::npos) << e.detail;
    }
    if (e.kind == HealthKind::kClipping) {
      EXPECT_EQ(e.inputSpec, options.audioInputs[0]);
      EXPECT_NE(e.detail.find("samples at full scale"), std::string::npos) << e.detail;
    }
  }
  EXPECT_EQ(inManifest(recorded, "black-video"), 1);
  EXPECT_GE(inManifest(recorded, "clipping"), 1);
  EXPECT_EQ(inManifest(recorded, "low-disk"), 1);
}

TEST(CaptureSignals, AnEncoderThatCannotKeepUpReportsDroppedFrames) {
  testing::ScratchDir scratch;
  CaptureOptions options;
  options.outputDir = scratch.path() / "drops";
  // 480 small pictures a second with the veryslow preset: more than a few cores can encode.
  options.videoInputs = {"lavfi:testsrc2=size=320x180:rate=480"};
  options.videoPreset = "veryslow";
  options.segmentLength = 10s;
  const auto recorded = record(options, 6500ms);
  EXPECT_GE(count(recorded, HealthKind::kFramesDropped, -1), 1);
  for (const auto& e : recorded.events) {
    if (e.kind == HealthKind::kFramesDropped) {
      EXPECT_NE(e.detail.find("encoding is falling behind"), std::string::npos) << e.detail;
    }
  }
  EXPECT_GE(inManifest(recorded, "frames-dropped"), 1);
}

// Luma range of a rectangle of the first picture of the capture's first segment.
struct LumaRange {
  int low = 255;
  int high = 0;
};
LumaRange lumaOf(const std::filesystem::path& segment, int x0, int y0, int x1, int y1) {
  LumaRange range;
  auto source = FrameSource::open(segment, AVMEDIA_TYPE_VIDEO);
  EXPECT_TRUE(source) << source.error().toString();
  if (!source) return range;
  auto frame = source->next();
  EXPECT_TRUE(frame && *frame != nullptr);
  if (!frame || *frame == nullptr) return range;
  const AVFrame* picture = *frame;
  for (int y = y0; y < std::min(y1, picture->height); ++y) {
    const std::uint8_t* row =
        picture->data[0] + static_cast<std::ptrdiff_t>(y) * picture->linesize[0];
    for (int x = x0; x < std::min(x1, picture->width); ++x) {
      range.low = std::min<int>(range.low, row[x]);
      range.high = std::max<int>(range.high, row[x]);
    }
  }
  return range;
}

TEST(CaptureSignals, TheWallClockIsBurntIntoThePictureTopLeft) {
  testing::ScratchDir scratch;
  CaptureOptions options;
  options.videoInputs = {"lavfi:color=c=gray:size=320x240:rate=10"};
  options.videoPreset = "ultrafast";
  options.outputDir = scratch.path() / "clock";
  record(options, 1500ms);
  options.outputDir = scratch.path() / "plain";
  options.burnWallClock = false;
  record(options, 1500ms);

  // White digits on a dark box where the clock is drawn; the rest stays an even gray.
  const auto clock = lumaOf(scratch.path() / "clock" / segmentFileName(1), 0, 0, 160, 32);
  EXPECT_LT(clock.low, 90) << "no dark box behind the clock";
  EXPECT_GT(clock.high, 200) << "no light digits";
  const auto rest = lumaOf(scratch.path() / "clock" / segmentFileName(1), 0, 120, 320, 240);
  EXPECT_LT(rest.high - rest.low, 16);
  const auto plain = lumaOf(scratch.path() / "plain" / segmentFileName(1), 0, 0, 160, 32);
  EXPECT_LT(plain.high - plain.low, 16) << "something drawn although the burn-in was off";
}

}  // namespace
}  // namespace audientia::media
