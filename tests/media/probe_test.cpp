// media::probe on real files encoded from lavfi sources, and on files that are not media.

#include "audientia/media/probe.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "audientia/testing/media_fixtures.h"

namespace audientia::media {
namespace {

using namespace std::chrono_literals;
using testing::Container;
using testing::TestRecordingOptions;
using testing::Tracks;

// Every file is encoded once per test binary (the 20 s 720p recording takes a few seconds).
class ProbeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<testing::ScratchDir>();
    auto make = [](const char* name, const TestRecordingOptions& options) {
      const auto path = dir_->path() / name;
      const Status status = testing::makeTestRecording(path, options);
      if (!status) {
        ADD_FAILURE() << "making " << name << ": " << status.error().toString();
      }
      return path;
    };
    mp4_ = make("hearing.mp4", {.duration = 20s});
    mkv_ = make("hearing.mkv", {.duration = 3s,
                                .container = Container::kMkv,
                                .width = 640,
                                .height = 360,
                                .frameRate = 25,
                                .sampleRate = 44100,
                                .channels = 1});
    audio_ = make("interview.m4a", {.duration = 4s, .tracks = Tracks::kAudioOnly});
    fragmented_ = make("capture.mp4", {.duration = 2s, .container = Container::kFragmentedMp4});
    noFrames_ = make(
        "died-at-start.mp4",
        {.duration = 0ms, .container = Container::kFragmentedMp4, .width = 320, .height = 240});
  }
  static void TearDownTestSuite() { dir_.reset(); }

  static std::filesystem::path scratch(const char* name) { return dir_->path() / name; }

  static std::unique_ptr<testing::ScratchDir> dir_;
  static std::filesystem::path mp4_, mkv_, audio_, fragmented_, noFrames_;
};

std::unique_ptr<testing::ScratchDir> ProbeTest::dir_;
std::filesystem::path ProbeTest::mp4_, ProbeTest::mkv_, ProbeTest::audio_, ProbeTest::fragmented_,
    ProbeTest::noFrames_;

const StreamInfo* firstOf(const MediaInfo& info, StreamType type) {
  for (const auto& stream : info.streams) {
    if (stream.type == type) return &stream;
  }
  return nullptr;
}

TEST_F(ProbeTest, DescribesTwentySecondH264AacMp4) {
  const auto info = probe(mp4_);
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_NE(info->container.find("mp4"), std::string::npos) << info->container;
  EXPECT_NEAR(static_cast<double>(info->duration.count()), 20000.0, 100.0);
  EXPECT_GT(info->bitRate, 0);
  ASSERT_EQ(info->streams.size(), 2u);
  EXPECT_EQ(info->videoStreamCount(), 1);
  EXPECT_EQ(info->audioStreamCount(), 1);

  const StreamInfo* video = firstOf(*info, StreamType::kVideo);
  ASSERT_NE(video, nullptr);
  EXPECT_EQ(video->codec, "h264");
  EXPECT_EQ(video->width, 1280);
  EXPECT_EQ(video->height, 720);
  EXPECT_NEAR(video->frameRate, 30.0, 0.01);
  EXPECT_NEAR(static_cast<double>(video->duration.count()), 20000.0, 100.0);
  EXPECT_GT(video->bitRate, 0);
  EXPECT_EQ(video->sampleRate, 0);

  const StreamInfo* audio = firstOf(*info, StreamType::kAudio);
  ASSERT_NE(audio, nullptr);
  EXPECT_EQ(audio->codec, "aac");
  EXPECT_EQ(audio->sampleRate, 48000);
  EXPECT_EQ(audio->channels, 2);
  EXPECT_EQ(audio->width, 0);
  EXPECT_NEAR(static_cast<double>(audio->duration.count()), 20000.0, 100.0);
  EXPECT_GT(audio->bitRate, 0);
  EXPECT_NE(video->index, audio->index);
}

TEST_F(ProbeTest, DescribesMatroska) {
  const auto info = probe(mkv_);
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_NE(info->container.find("matroska"), std::string::npos) << info->container;
  EXPECT_NEAR(static_cast<double>(info->duration.count()), 3000.0, 100.0);
  ASSERT_EQ(info->streams.size(), 2u);
  const StreamInfo* video = firstOf(*info, StreamType::kVideo);
  ASSERT_NE(video, nullptr);
  EXPECT_EQ(video->codec, "h264");
  EXPECT_EQ(video->width, 640);
  EXPECT_EQ(video->height, 360);
  EXPECT_NEAR(video->frameRate, 25.0, 0.01);
  // Matroska keeps per-stream durations only as tags; probe reads them.
  EXPECT_NEAR(static_cast<double>(video->duration.count()), 3000.0, 100.0);
  const StreamInfo* audio = firstOf(*info, StreamType::kAudio);
  ASSERT_NE(audio, nullptr);
  EXPECT_EQ(audio->codec, "aac");
  EXPECT_EQ(audio->sampleRate, 44100);
  EXPECT_EQ(audio->channels, 1);
}

TEST_F(ProbeTest, DescribesAudioOnlyFile) {
  const auto info = probe(audio_);
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_NEAR(static_cast<double>(info->duration.count()), 4000.0, 100.0);
  ASSERT_EQ(info->streams.size(), 1u);
  EXPECT_EQ(info->videoStreamCount(), 0);
  EXPECT_EQ(info->audioStreamCount(), 1);
  EXPECT_EQ(info->streams[0].codec, "aac");
  EXPECT_EQ(info->streams[0].sampleRate, 48000);
  EXPECT_EQ(info->streams[0].channels, 2);
}

TEST_F(ProbeTest, DescribesFragmentedMp4AsTheCaptureWritesIt) {
  const auto info = probe(fragmented_);
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_NEAR(static_cast<double>(info->duration.count()), 2000.0, 150.0);
  EXPECT_EQ(info->videoStreamCount(), 1);
  EXPECT_EQ(info->audioStreamCount(), 1);
}

TEST_F(ProbeTest, FileWithStreamsButNoFramesHasZeroDuration) {
  const auto info = probe(noFrames_);
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_EQ(info->duration, 0ms);  // not guessed: nothing was recorded
  ASSERT_EQ(info->streams.size(), 2u);
  const StreamInfo* video = firstOf(*info, StreamType::kVideo);
  ASSERT_NE(video, nullptr);
  EXPECT_EQ(video->codec, "h264");
  EXPECT_EQ(video->width, 320);
  EXPECT_EQ(video->height, 240);
  EXPECT_EQ(video->frameRate, 0.0);  // no frames, no measured rate
  for (const auto& stream : info->streams) EXPECT_EQ(stream.duration, 0ms);
}

TEST_F(ProbeTest, TextFileIsInvalidArgumentWithReason) {
  const auto path = scratch("notes.txt");
  ASSERT_TRUE(testing::writeFile(path, "Minutes of the hearing.\nThe witness was sworn in.\n"));
  const auto info = probe(path);
  ASSERT_FALSE(info);
  EXPECT_EQ(info.error().code(), ErrorCode::kInvalidArgument) << info.error().toString();
  EXPECT_NE(info.error().message().find("Invalid data found when processing input"),
            std::string::npos)
      << info.error().message();
  EXPECT_NE(info.error().message().find(path.string()), std::string::npos);
}

TEST_F(ProbeTest, EmptyFileIsInvalidArgument) {
  const auto path = scratch("empty.mp4");
  ASSERT_TRUE(testing::writeFile(path, ""));
  const auto info = probe(path);
  ASSERT_FALSE(info);
  EXPECT_EQ(info.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(info.error().message().find("empty"), std::string::npos) << info.error().message();
}

TEST_F(ProbeTest, MissingFileIsNotFound) {
  const auto info = probe(scratch("no-such-file.mp4"));
  ASSERT_FALSE(info);
  EXPECT_EQ(info.error().code(), ErrorCode::kNotFound) << info.error().toString();
  EXPECT_NE(info.error().message().find("no-such-file.mp4"), std::string::npos);
}

TEST_F(ProbeTest, DirectoryIsInvalidArgument) {
  const auto info = probe(dir_->path());
  ASSERT_FALSE(info);
  EXPECT_EQ(info.error().code(), ErrorCode::kInvalidArgument) << info.error().toString();
}

TEST_F(ProbeTest, TruncatedMp4IsInvalidArgumentNamingTheMissingIndex) {
  const auto path = scratch("truncated.mp4");
  ASSERT_TRUE(testing::writeTruncatedCopy(mp4_, path, 10 * 1024));
  const auto info = probe(path);
  ASSERT_FALSE(info);
  EXPECT_EQ(info.error().code(), ErrorCode::kInvalidArgument) << info.error().toString();
  // FFmpeg's logged reason travels in the message instead of going to stderr.
  EXPECT_NE(info.error().message().find("moov atom not found"), std::string::npos)
      << info.error().message();
}

TEST_F(ProbeTest, PathWithColonIsAFileNotAProtocol) {
  const auto path = scratch("hearing:copy.m4a");
  std::filesystem::copy_file(audio_, path);
  const auto info = probe(path);
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_EQ(info->audioStreamCount(), 1);
}

// Found by fuzz_media_probe: a 4 KiB MP4 whose sample tables declare tens of millions of samples.
// Before the allocation limit FFmpeg built a 2.7 GiB index for it (6 s) and the probe succeeded.
TEST_F(ProbeTest, FileDeclaringGigabytesOfSamplesIsRefusedAsDamaged) {
  const std::filesystem::path path =
      AUDIENTIA_FUZZ_REGRESSIONS "/fuzz_media_probe/mp4-huge-sample-table.mp4";
  const auto info = probe(path);
  ASSERT_FALSE(info) << "probed as " << info->streams.size() << " streams";
  EXPECT_EQ(info.error().code(), ErrorCode::kInvalidArgument) << info.error().toString();
  EXPECT_NE(info.error().message().find("more memory than a real recording needs"),
            std::string::npos)
      << info.error().message();
}

TEST_F(ProbeTest, ProbingTwiceGivesTheSameAnswer) {
  const auto first = probe(mp4_);
  const auto second = probe(mp4_);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->duration, second->duration);
  EXPECT_EQ(first->streams.size(), second->streams.size());
}

}  // namespace
}  // namespace audientia::media
