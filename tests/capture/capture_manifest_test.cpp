// The manifest and seal detect each kind of tampering, and name what was changed.

#include "audientia/media/capture_manifest.h"

#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "audientia/media/capture_session.h"
#include "audientia/media/capture_verify.h"
#include "audientia/testing/media_fixtures.h"

namespace audientia::media {
namespace {

namespace fs = std::filesystem;

class CaptureTampering : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new testing::ScratchDir();
    CaptureOptions options;
    options.outputDir = scratch_->path() / "original";
    options.videoInputs = {"lavfi:testsrc2=size=160x120:rate=15"};
    options.audioInputs = {"lavfi:sine=frequency=440:sample_rate=48000"};
    options.videoPreset = "ultrafast";
    options.segmentLength = std::chrono::seconds(1);
    auto session = CaptureSession::start(options);
    ASSERT_TRUE(session) << session.error().toString();
    std::this_thread::sleep_for(std::chrono::milliseconds(3600));
    ASSERT_TRUE((*session)->addMarker("note", "objection"));
    ASSERT_TRUE((*session)->stop());
  }
  static void TearDownTestSuite() {
    delete scratch_;
    scratch_ = nullptr;
  }

  // A fresh copy of the sealed capture to tamper with.
  fs::path copy() {
    static int n = 0;
    fs::path dir = scratch_->path() / ("copy" + std::to_string(++n));
    fs::copy(scratch_->path() / "original", dir);
    return dir;
  }
  static std::vector<CaptureProblem> problemsOf(const fs::path& dir) {
    auto report = verifyCapture(dir);
    EXPECT_TRUE(report) << report.error().toString();
    return report ? report->problems : std::vector<CaptureProblem>{};
  }
  static bool has(const std::vector<CaptureProblem>& problems, ProblemKind kind,
                  const std::string& file) {
    for (const auto& p : problems) {
      if (p.kind == kind && (file.empty() || p.file == file)) return true;
    }
    return false;
  }
  static std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }

  static testing::ScratchDir* scratch_;
};

testing::ScratchDir* CaptureTampering::scratch_ = nullptr;

TEST_F(CaptureTampering, TheUntouchedCaptureVerifies) {
  auto problems = problemsOf(scratch_->path() / "original");
  EXPECT_TRUE(problems.empty()) << problems.front().detail;
  auto manifest = readManifest(scratch_->path() / "original");
  ASSERT_TRUE(manifest);
  EXPECT_GE(manifest->segments.size(), 3u);
}

TEST_F(CaptureTampering, DetectsAModifiedSegment) {
  auto dir = copy();
  std::fstream file(dir / "segment-00002.mp4", std::ios::in | std::ios::out | std::ios::binary);
  file.seekp(2000);
  file.put('\x5a');
  file.close();
  EXPECT_TRUE(has(problemsOf(dir), ProblemKind::kModified, "segment-00002.mp4"));
}

TEST_F(CaptureTampering, DetectsAMissingSegment) {
  auto dir = copy();
  fs::remove(dir / "segment-00003.mp4");
  EXPECT_TRUE(has(problemsOf(dir), ProblemKind::kMissing, "segment-00003.mp4"));
}

TEST_F(CaptureTampering, DetectsSwappedSegmentFiles) {
  auto dir = copy();
  fs::rename(dir / "segment-00001.mp4", dir / "tmp");
  fs::rename(dir / "segment-00002.mp4", dir / "segment-00001.mp4");
  fs::rename(dir / "tmp", dir / "segment-00002.mp4");
  auto problems = problemsOf(dir);
  EXPECT_TRUE(has(problems, ProblemKind::kReordered, "segment-00001.mp4"));
  EXPECT_TRUE(has(problems, ProblemKind::kReordered, "segment-00002.mp4"));
}

TEST_F(CaptureTampering, DetectsReorderedManifestEntries) {
  auto dir = copy();
  auto manifest = readManifest(dir);
  ASSERT_TRUE(manifest);
  std::swap(manifest->segments[0], manifest->segments[1]);
  ASSERT_TRUE(writeManifestAtomically(dir, *manifest));
  auto problems = problemsOf(dir);
  EXPECT_TRUE(has(problems, ProblemKind::kReordered, ""));
  EXPECT_TRUE(has(problems, ProblemKind::kManifestTampered, ""));
}

TEST_F(CaptureTampering, DetectsAnExtraFile) {
  auto dir = copy();
  fs::copy_file(dir / "segment-00001.mp4", dir / "segment-00099.mp4");
  EXPECT_TRUE(has(problemsOf(dir), ProblemKind::kExtra, "segment-00099.mp4"));
}

TEST_F(CaptureTampering, DetectsAnEditedManifest) {
  auto dir = copy();
  std::string text = read(dir / kManifestFileName);
  auto at = text.find("objection");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 9, "sustained");
  ASSERT_TRUE(testing::writeFile(dir / kManifestFileName, text));
  auto problems = problemsOf(dir);
  EXPECT_TRUE(has(problems, ProblemKind::kManifestTampered, kManifestFileName));
}

TEST_F(CaptureTampering, DetectsARemovedManifestEntryWithItsFile) {
  auto dir = copy();
  auto manifest = readManifest(dir);
  ASSERT_TRUE(manifest);
  fs::remove(dir / manifest->segments[1].file);
  manifest->segments.erase(manifest->segments.begin() + 1);
  ASSERT_TRUE(writeManifestAtomically(dir, *manifest));
  EXPECT_TRUE(has(problemsOf(dir), ProblemKind::kManifestTampered, ""));
}

}  // namespace
}  // namespace audientia::media
