// Health events from real sources: a silent input, a frozen picture, a source that stops.

#include <gtest/gtest.h>

#include <mutex>
#include <thread>

#include "audientia/media/capture_manifest.h"
#include "audientia/media/capture_session.h"
#include "audientia/media/capture_verify.h"
#include "audientia/testing/media_fixtures.h"

namespace audientia::media {
namespace {

TEST(CaptureHealth, RaisesSilenceFrozenVideoAndInputStopped) {
  testing::ScratchDir scratch;
  CaptureOptions options;
  options.outputDir = scratch.path() / "health";
  options.videoInputs = {"lavfi:color=c=gray:size=160x120:rate=10",
                         "lavfi:testsrc2=size=160x120:rate=10"};
  options.audioInputs = {"lavfi:anullsrc=r=48000:cl=mono",
                         "lavfi:sine=frequency=440:sample_rate=48000:duration=2"};
  options.videoPreset = "ultrafast";
  options.segmentLength = std::chrono::seconds(10);
  options.silenceAfter = std::chrono::seconds(2);
  options.frozenAfter = std::chrono::seconds(2);
  std::mutex mutex;
  std::vector<HealthEvent> events;
  CaptureCallbacks callbacks;
  callbacks.onHealth = [&](const HealthEvent& e) {
    std::lock_guard lock(mutex);
    events.push_back(e);
  };
  auto session = CaptureSession::start(options, callbacks);
  ASSERT_TRUE(session) << session.error().toString();
  std::this_thread::sleep_for(std::chrono::milliseconds(4500));
  ASSERT_TRUE((*session)->stop());

  auto count = [&](HealthKind kind, int input) {
    std::lock_guard lock(mutex);
    return std::count_if(events.begin(), events.end(),
                         [&](const auto& e) { return e.kind == kind && e.input == input; });
  };
  EXPECT_EQ(count(HealthKind::kFrozenVideo, 0), 1);
  EXPECT_EQ(count(HealthKind::kFrozenVideo, 1), 0);  // testsrc2 moves
  EXPECT_EQ(count(HealthKind::kSilence, 2), 1);
  EXPECT_EQ(count(HealthKind::kSilence, 1 + 2), 0);  // the tone is loud until it stops
  EXPECT_EQ(count(HealthKind::kInputStopped, 3), 1);
  EXPECT_EQ(count(HealthKind::kInputStopped, 0), 0);
  {
    std::lock_guard lock(mutex);
    for (const auto& e : events) {
      if (e.kind == HealthKind::kInputStopped) {
        EXPECT_EQ(e.inputSpec, options.audioInputs[1]);
        EXPECT_NEAR(static_cast<double>(e.mediaTime.count()), 2000.0, 500.0);
      }
    }
  }
  auto manifest = readManifest(options.outputDir);
  ASSERT_TRUE(manifest);
  auto inManifest = [&](const std::string& kind) {
    return std::count_if(manifest->events.begin(), manifest->events.end(),
                         [&](const auto& e) { return e.kind == kind; });
  };
  EXPECT_EQ(inManifest("frozen-video"), 1);
  EXPECT_EQ(inManifest("silence"), 1);
  EXPECT_EQ(inManifest("input-stopped"), 1);
  auto verification = verifyCapture(options.outputDir);
  ASSERT_TRUE(verification);
  EXPECT_TRUE(verification->ok());
}

}  // namespace
}  // namespace audientia::media
