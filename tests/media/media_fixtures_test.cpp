// The test-media generator itself: its arguments, its validation, its failures.

#include "audientia/testing/media_fixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace audientia::testing {
namespace {

using namespace std::chrono_literals;

bool contains(const std::vector<std::string>& args, const std::string& value) {
  return std::find(args.begin(), args.end(), value) != args.end();
}

TEST(MediaFixturesTest, ArgumentsDescribeTheRecording) {
  const auto args = ffmpegArguments("/tmp/x.mkv", {.duration = 1500ms,
                                                   .container = Container::kMkv,
                                                   .width = 640,
                                                   .height = 360,
                                                   .frameRate = 25});
  EXPECT_EQ(args.front(), "ffmpeg");
  EXPECT_EQ(args.back(), "file:/tmp/x.mkv");
  EXPECT_TRUE(contains(args, "testsrc2=size=640x360:rate=25:duration=1.500"));
  EXPECT_TRUE(contains(args, "sine=frequency=440:sample_rate=48000:duration=1.500"));
  EXPECT_TRUE(contains(args, "libx264"));
  EXPECT_TRUE(contains(args, "matroska"));
}

TEST(MediaFixturesTest, AudioOnlyHasNoVideoSource) {
  const auto args = ffmpegArguments("/tmp/a.m4a", {.tracks = Tracks::kAudioOnly});
  EXPECT_FALSE(contains(args, "libx264"));
  EXPECT_TRUE(contains(args, "aac"));
}

TEST(MediaFixturesTest, RejectsNonsense) {
  ScratchDir dir;
  const auto odd = makeTestRecording(dir.path() / "odd.mp4", {.width = 641});
  ASSERT_FALSE(odd);
  EXPECT_EQ(odd.error().code(), ErrorCode::kInvalidArgument);
  const auto empty =
      makeTestRecording(dir.path() / "zero.mkv", {.duration = 0ms, .container = Container::kMkv});
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code(), ErrorCode::kInvalidArgument);
}

TEST(MediaFixturesTest, ReportsFfmpegFailureWithItsOutput) {
  ScratchDir dir;
  // The target is a directory: ffmpeg runs, fails and says why.
  std::filesystem::create_directory(dir.path() / "a.mp4");
  const auto status = makeTestRecording(dir.path() / "a.mp4", {.duration = 1s});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code(), ErrorCode::kInternal);
  EXPECT_NE(status.error().message().find("exited with status"), std::string::npos)
      << status.error().message();
  EXPECT_NE(status.error().message().find("Is a directory"), std::string::npos)
      << status.error().message();
}

TEST(MediaFixturesTest, MissingDirectoryIsNotFound) {
  ScratchDir dir;
  const auto status = makeTestRecording(dir.path() / "missing-dir" / "a.mp4", {.duration = 1s});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code(), ErrorCode::kNotFound) << status.error().toString();
}

TEST(MediaFixturesTest, WritesARealFileAndScratchDirCleansUp) {
  std::filesystem::path kept;
  {
    ScratchDir dir;
    kept = dir.path();
    const auto path = dir.path() / "short.mp4";
    const auto status = makeTestRecording(path, {.duration = 1s, .width = 320, .height = 240});
    ASSERT_TRUE(status) << status.error().toString();
    EXPECT_GT(std::filesystem::file_size(path), 1000u);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "short.mp4.ffmpeg.log"));
    const auto cut = dir.path() / "cut.mp4";
    ASSERT_TRUE(writeTruncatedCopy(path, cut, 100));
    EXPECT_EQ(std::filesystem::file_size(cut), 100u);
    EXPECT_FALSE(writeTruncatedCopy(path, cut, 1u << 30));
  }
  EXPECT_FALSE(std::filesystem::exists(kept));
}

}  // namespace
}  // namespace audientia::testing
