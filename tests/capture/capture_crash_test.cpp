// kill -9 of a capturing process: finished segments verify, the torn one plays to within about a
// second of the kill, recovery closes it and a resumed session records the gap.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <optional>
#include <random>
#include <set>
#include <thread>

#include "audientia/media/capture_manifest.h"
#include "audientia/media/capture_session.h"
#include "audientia/media/capture_verify.h"
#include "audientia/testing/media_fixtures.h"
#include "capture/segment_inspector.h"
#include "capture/wall_time.h"

namespace audientia::media {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

CaptureOptions crashOptions(const std::filesystem::path& dir) {
  CaptureOptions options;
  options.outputDir = dir;
  options.videoInputs = {"lavfi:testsrc2=size=320x240:rate=25"};
  options.audioInputs = {"lavfi:sine=frequency=440:sample_rate=48000"};
  options.videoPreset = "ultrafast";
  options.segmentLength = seconds(3);
  return options;
}

TEST(CaptureCrash, KillNineLosesAtMostAboutASecondAndRecovers) {
  testing::ScratchDir scratch;
  auto options = crashOptions(scratch.path() / "crash");
  std::mt19937 random(std::random_device{}());
  auto killAfter = milliseconds(std::uniform_int_distribution<int>(5000, 8000)(random));
  SCOPED_TRACE("kill after " + std::to_string(killAfter.count()) + " ms");

  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto session = CaptureSession::start(options);
    if (!session) _exit(3);
    while (true) std::this_thread::sleep_for(seconds(1));
  }
  std::this_thread::sleep_for(killAfter);
  auto killedAt = std::chrono::system_clock::now();
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the capture child exited by itself with " << status;

  // Before recovery: every finished segment verifies; the torn one is unlisted and unsealed.
  auto manifest = readManifest(options.outputDir);
  ASSERT_TRUE(manifest) << manifest.error().toString();
  EXPECT_EQ(manifest->state, "recording");
  ASSERT_GE(manifest->segments.size(), 1u);
  ASSERT_FALSE(manifest->openSegments.empty());
  // Near a segment boundary two segments can be open at once (the previous one still takes
  // late packets while the next has begun); the newer may not hold a fragment yet.
  std::set<std::string> openFiles;
  for (const auto& s : manifest->openSegments) openFiles.insert(s.file);
  auto before = verifyCapture(options.outputDir);
  ASSERT_TRUE(before);
  for (const auto& problem : before->problems) {
    EXPECT_TRUE(problem.kind == ProblemKind::kNotSealed ||
                (problem.kind == ProblemKind::kExtra && openFiles.count(problem.file) != 0))
        << toString(problem.kind) << ": " << problem.detail;
  }
  // The last playable media, in the newest torn segment that holds any or else in the last
  // finished one, reaches to within ~1 s of the kill (as written, before any repair).
  std::optional<ManifestSegment> torn;
  std::int64_t lastEndMs = 0;
  for (auto it = manifest->openSegments.rbegin(); it != manifest->openSegments.rend(); ++it) {
    auto span = inspectSegment(options.outputDir / it->file);
    if (span && span->endMs() > 0) {
      torn = *it;
      lastEndMs = span->endMs();
      break;
    }
  }
  const ManifestSegment& newest = torn ? *torn : manifest->segments.back();
  if (!torn) lastEndMs = newest.durationMs;
  auto newestStart = parseWallTime(newest.wallStart);
  double expectedMs = std::chrono::duration<double, std::milli>(killedAt - newestStart).count();
  double lossMs = expectedMs - static_cast<double>(lastEndMs);
  RecordProperty("loss_ms", static_cast<int>(lossMs));
  EXPECT_LT(lossMs, 1500.0) << newest.file << " plays " << lastEndMs << " ms of " << expectedMs;

  // Recovery closes the torn segments into the chain (an empty one is discarded) and records
  // the gap.
  auto recovery = recoverCapture(options.outputDir, RecoveryMode::kLeaveOpen);
  ASSERT_TRUE(recovery) << recovery.error().toString();
  EXPECT_TRUE(recovery->wasInterrupted);
  if (torn) {
    ASSERT_FALSE(recovery->repaired.empty());
    EXPECT_EQ(recovery->repaired.back(), torn->file);
  }
  EXPECT_EQ(recovery->repaired.size() + recovery->discarded.size(), openFiles.size());
  auto recovered = readManifest(options.outputDir);
  ASSERT_TRUE(recovered);
  EXPECT_EQ(recovered->state, "recovered");
  if (torn) {
    EXPECT_TRUE(recovered->segments.back().recovered);
  }
  ASSERT_EQ(recovered->gaps.size(), 1u);
  EXPECT_FALSE(recovered->gaps[0].wallStart.empty());

  // Resuming continues the same hearing; the gap gets its end; the whole capture seals and
  // verifies.
  auto resumeOptions = options;
  resumeOptions.resume = true;
  auto session = CaptureSession::start(resumeOptions);
  ASSERT_TRUE(session) << session.error().toString();
  std::this_thread::sleep_for(seconds(2));
  auto summary = (*session)->stop();
  ASSERT_TRUE(summary) << summary.error().toString();
  auto final = readManifest(options.outputDir);
  ASSERT_TRUE(final);
  ASSERT_EQ(final->runs.size(), 2u);
  ASSERT_EQ(final->gaps.size(), 1u);
  EXPECT_FALSE(final->gaps[0].wallEnd.empty());
  EXPECT_GT(parseWallTime(final->gaps[0].wallEnd), parseWallTime(final->gaps[0].wallStart));
  EXPECT_EQ(final->segments.back().run, 2);
  EXPECT_EQ(final->segments.back().sequence, recovered->segments.back().sequence + 1);
  auto after = verifyCapture(options.outputDir);
  ASSERT_TRUE(after);
  EXPECT_TRUE(after->ok()) << after->problems.front().detail;
}

TEST(CaptureCrash, RecoveryRefusesARunningCapture) {
  testing::ScratchDir scratch;
  auto options = crashOptions(scratch.path() / "running");
  options.videoInputs.clear();
  auto session = CaptureSession::start(options);
  ASSERT_TRUE(session) << session.error().toString();
  auto recovery = recoverCapture(options.outputDir, RecoveryMode::kSeal);
  ASSERT_FALSE(recovery);
  EXPECT_EQ(recovery.error().code(), ErrorCode::kFailedPrecondition);
  ASSERT_TRUE((*session)->stop());
  recovery = recoverCapture(options.outputDir, RecoveryMode::kSeal);
  ASSERT_TRUE(recovery);
  EXPECT_FALSE(recovery->wasInterrupted);
}

}  // namespace
}  // namespace audientia::media
