// makeThumbnails and computeWaveform on real files encoded from lavfi sources.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>

#include "audientia/media/processing.h"
#include "audientia/testing/media_fixtures.h"
#include "processing/frame_source.h"
#include "processing_test_support.h"

namespace audientia::media {
namespace {

using namespace std::chrono_literals;
using testing::Tracks;

class ThumbnailsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<testing::ScratchDir>();
    fiveSeconds_ = dir_->path() / "five.mp4";
    auto made =
        testing::makeTestRecording(fiveSeconds_, {.duration = 5s, .width = 640, .height = 360});
    if (!made) ADD_FAILURE() << made.error().toString();
  }
  static void TearDownTestSuite() { dir_.reset(); }

  static std::unique_ptr<testing::ScratchDir> dir_;
  static std::filesystem::path fiveSeconds_;
};
std::unique_ptr<testing::ScratchDir> ThumbnailsTest::dir_;
std::filesystem::path ThumbnailsTest::fiveSeconds_;

// Decodes the JPEG with FFmpeg: proves it is a whole picture, and gives its size.
void expectJpeg(const std::filesystem::path& path, int width, int height) {
  SCOPED_TRACE(path.string());
  auto source = FrameSource::open(path, AVMEDIA_TYPE_VIDEO);
  ASSERT_TRUE(source) << source.error().toString();
  EXPECT_EQ(source->stream()->codecpar->codec_id, AV_CODEC_ID_MJPEG);
  auto frame = source->next();
  ASSERT_TRUE(frame) << frame.error().toString();
  ASSERT_NE(*frame, nullptr);
  EXPECT_EQ((*frame)->width, width);
  EXPECT_EQ((*frame)->height, height);
}

TEST_F(ThumbnailsTest, OneEveryTwoSecondsOfAFiveSecondFile) {
  testing::ScratchDir out;
  auto thumbs = makeThumbnails(fiveSeconds_, out.path() / "thumbs", 2000, 160);
  ASSERT_TRUE(thumbs) << thumbs.error().toString();
  ASSERT_EQ(thumbs->size(), 3u);
  for (std::size_t i = 0; i < thumbs->size(); ++i) {
    const auto& thumb = (*thumbs)[i];
    char name[32];
    std::snprintf(name, sizeof name, "thumb-%05zu.jpg", i + 1);
    EXPECT_EQ(thumb.path, out.path() / "thumbs" / name);
    EXPECT_NEAR(static_cast<double>(thumb.mediaTimeMs), 2000.0 * static_cast<double>(i), 40.0);
    expectJpeg(thumb.path, 160, 90);
  }
  // Nothing else (no temporary files) in the directory.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(out.path() / "thumbs"),
                          std::filesystem::directory_iterator()),
            3);
}

TEST_F(ThumbnailsTest, SeeksForDistantTimesAndHonoursMaxCount) {
  testing::ScratchDir out;
  auto thumbs = makeThumbnails(fiveSeconds_, out.path(), 4000, 320);
  ASSERT_TRUE(thumbs) << thumbs.error().toString();
  ASSERT_EQ(thumbs->size(), 2u);
  EXPECT_NEAR(static_cast<double>((*thumbs)[1].mediaTimeMs), 4000.0, 40.0);
  expectJpeg((*thumbs)[1].path, 320, 180);

  auto limited = makeThumbnails(fiveSeconds_, out.path() / "limited", 1000, 64, 2);
  ASSERT_TRUE(limited) << limited.error().toString();
  EXPECT_EQ(limited->size(), 2u);
  expectJpeg((*limited)[0].path, 64, 36);
}

TEST_F(ThumbnailsTest, FileShorterThanTheIntervalGivesOneAndAudioOnlyGivesNone) {
  testing::ScratchDir out;
  const auto shortFile = out.path() / "short.mp4";
  ASSERT_TRUE(testing::makeTestRecording(shortFile, {.duration = 1s, .width = 320, .height = 240}));
  auto one = makeThumbnails(shortFile, out.path() / "one", 10000, 100);
  ASSERT_TRUE(one) << one.error().toString();
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ((*one)[0].mediaTimeMs, 0);
  expectJpeg((*one)[0].path, 100, 76);  // 100 * 240 / 320 = 75, rounded to even

  const auto audio = out.path() / "audio.m4a";
  ASSERT_TRUE(testing::makeTestRecording(audio, {.duration = 1s, .tracks = Tracks::kAudioOnly}));
  auto none = makeThumbnails(audio, out.path() / "none", 1000);
  ASSERT_TRUE(none) << none.error().toString();
  EXPECT_TRUE(none->empty());

  auto missing = makeThumbnails(out.path() / "nowhere.mp4", out.path() / "x", 1000);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
  auto badInterval = makeThumbnails(shortFile, out.path() / "x", 0);
  ASSERT_FALSE(badInterval);
  EXPECT_EQ(badInterval.error().code(), ErrorCode::kInvalidArgument);
}

// A 1 kHz sine of amplitude 0.5 (lavfi sine is 1/8, times 4) on the left channel and half of
// it on the right.
Status makeTone(const std::filesystem::path& path, const std::vector<std::string>& codec) {
  std::vector<std::string> args = {
      "-f", "lavfi", "-i",
      "sine=frequency=1000:sample_rate=48000:duration=2,volume=4,pan=stereo|c0=c0|c1=0.5*c0"};
  args.insert(args.end(), codec.begin(), codec.end());
  args.push_back(path.string());
  return testing_support::runFfmpeg(args);
}

void expectPeaks(const Waveform& waveform, std::vector<double> amplitudes) {
  ASSERT_EQ(waveform.channels, static_cast<int>(amplitudes.size()));
  ASSERT_EQ(waveform.peaks.size(), amplitudes.size());
  for (std::size_t c = 0; c < amplitudes.size(); ++c) {
    SCOPED_TRACE("channel " + std::to_string(c));
    const auto& peaks = waveform.peaks[c];
    ASSERT_NEAR(static_cast<double>(peaks.size()), 2.0 * 20, 2.0);  // 2 s at 10 peaks/s
    // Inner buckets only: the first and last may hold encoder ramp-up and padding.
    for (std::size_t i = 2; i + 2 < peaks.size(); i += 2) {
      EXPECT_NEAR(peaks[i], -amplitudes[c], 0.05) << "bucket " << i / 2;
      EXPECT_NEAR(peaks[i + 1], amplitudes[c], 0.05) << "bucket " << i / 2;
    }
  }
}

TEST(Waveform, PeaksOfAKnownSineInAacPerChannel) {
  testing::ScratchDir out;
  const auto path = out.path() / "tone.m4a";
  ASSERT_TRUE(makeTone(path, {"-c:a", "aac", "-b:a", "192k"}));
  auto waveform = computeWaveform(path, 10);
  ASSERT_TRUE(waveform) << waveform.error().toString();
  EXPECT_EQ(waveform->sampleRate, 48000);
  EXPECT_EQ(waveform->peaksPerSecond, 10);
  EXPECT_NEAR(static_cast<double>(waveform->durationMs), 2000.0, 50.0);
  expectPeaks(*waveform, {0.5, 0.25});

  const auto json = nlohmann::json::parse(waveformToJson(*waveform));
  EXPECT_EQ(json.at("version"), 1);
  EXPECT_EQ(json.at("sample_rate"), 48000);
  EXPECT_EQ(json.at("channels"), 2);
  EXPECT_EQ(json.at("peaks_per_second"), 10);
  EXPECT_EQ(json.at("duration_ms"), waveform->durationMs);
  ASSERT_EQ(json.at("peaks").size(), 2u);
  ASSERT_EQ(json.at("peaks")[0].size(), waveform->peaks[0].size());
  for (const auto& value : json.at("peaks")[1]) {
    const double v = value.get<double>();
    EXPECT_NEAR(v * 1e4, std::round(v * 1e4), 1e-6);  // rounded to 4 decimals
  }
  EXPECT_NEAR(json.at("peaks")[0][3].get<double>(), waveform->peaks[0][3], 5e-5);
}

TEST(Waveform, PacketSampleFormatsAreConverted) {
  testing::ScratchDir out;
  const auto path = out.path() / "tone.wav";
  ASSERT_TRUE(makeTone(path, {"-c:a", "pcm_s16le"}));  // interleaved 16-bit integers
  auto waveform = computeWaveform(path, 10);
  ASSERT_TRUE(waveform) << waveform.error().toString();
  EXPECT_EQ(waveform->durationMs, 2000);
  expectPeaks(*waveform, {0.5, 0.25});
  EXPECT_EQ(waveform->peaks[0].size(), 40u);
}

TEST(Waveform, NoAudioIsNotFound) {
  testing::ScratchDir out;
  const auto path = out.path() / "video.mp4";
  ASSERT_TRUE(testing::makeTestRecording(
      path, {.duration = 1s, .tracks = Tracks::kVideoOnly, .width = 320, .height = 240}));
  auto waveform = computeWaveform(path);
  ASSERT_FALSE(waveform);
  EXPECT_EQ(waveform.error().code(), ErrorCode::kNotFound) << waveform.error().toString();
  EXPECT_NE(waveform.error().message().find("no audio stream"), std::string::npos);

  auto bad = computeWaveform(path, 0);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace audientia::media
