// cameraPictures on files with several video streams encoded by the ffmpeg tool from lavfi
// sources (a moving test pattern and a plain red camera), the JPEGs decoded back with FFmpeg.

#include <gtest/gtest.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "audientia/media/processing.h"
#include "audientia/testing/media_fixtures.h"
#include "processing/frame_source.h"
#include "processing_test_support.h"

namespace audientia::media {
namespace {

constexpr std::int64_t kCameraFrameMs = 40;  // 25 fps
constexpr std::int64_t kCameraLastFrameMs = 4000 - kCameraFrameMs;

// `ffmpeg` arguments for 4 s of H.264 at 25 fps (a keyframe every second) of a moving test
// pattern (320x240) and of a red camera (200x150), with 48 kHz AAC between them when `audio`;
// `secondOffsetSeconds` (when not empty) delays the red camera in the file.
std::vector<std::string> cameraFileArguments(const std::filesystem::path& file, bool audio,
                                             const std::string& secondOffsetSeconds) {
  std::vector<std::string> args = {"-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=4"};
  if (!secondOffsetSeconds.empty()) args.insert(args.end(), {"-itsoffset", secondOffsetSeconds});
  args.insert(args.end(), {"-f", "lavfi", "-i", "color=c=red:size=200x150:rate=25:duration=4"});
  if (audio) {
    args.insert(args.end(),
                {"-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=4"});
  }
  args.insert(args.end(), {"-map", "0:v"});
  if (audio) args.insert(args.end(), {"-map", "2:a", "-c:a", "aac", "-b:a", "64k"});
  args.insert(args.end(), {"-map", "1:v", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt",
                           "yuv420p", "-g", "25", "-sc_threshold", "0", "file:" + file.string()});
  return args;
}

// Two cameras and audio: stream 0 the test pattern (320x240), stream 1 audio, stream 2 the red
// camera (200x150). Made once per test binary.
const std::filesystem::path& twoCamerasWithAudio() {
  static const testing::ScratchDir scratch;
  static const std::filesystem::path path = [] {
    auto file = scratch.path() / "two-cameras.mp4";
    auto status = testing_support::runFfmpeg(cameraFileArguments(file, true, ""));
    if (!status) ADD_FAILURE() << "encoding two cameras: " << status.error().toString();
    return file;
  }();
  return path;
}

struct DecodedCameraJpeg {
  int width = 0;
  int height = 0;
  double meanCb = 0;  // of the chroma planes, 0..255 (full range)
  double meanCr = 0;
};

double meanOfPlane(const AVFrame& frame, int plane, int width, int height) {
  double sum = 0;
  for (int y = 0; y < height; ++y) {
    const std::uint8_t* row =
        frame.data[plane] + static_cast<std::ptrdiff_t>(y) * frame.linesize[plane];
    for (int x = 0; x < width; ++x) sum += row[x];
  }
  return sum / (static_cast<double>(width) * height);
}

// Decodes the JPEG bytes with FFmpeg: proves they are a whole picture, and gives its size and
// average colour.
DecodedCameraJpeg decodeCameraJpeg(const std::string& jpeg) {
  DecodedCameraJpeg decoded;
  testing::ScratchDir dir;
  const auto path = dir.path() / "camera.jpg";
  EXPECT_TRUE(testing::writeFile(path, jpeg));
  auto source = FrameSource::open(path, AVMEDIA_TYPE_VIDEO);
  EXPECT_TRUE(source) << source.error().toString();
  if (!source) return decoded;
  EXPECT_EQ(source->stream()->codecpar->codec_id, AV_CODEC_ID_MJPEG);
  auto frame = source->next();
  EXPECT_TRUE(frame) << frame.error().toString();
  if (!frame || *frame == nullptr) {
    ADD_FAILURE() << "no picture in the JPEG";
    return decoded;
  }
  const AVFrame& picture = **frame;
  EXPECT_EQ(picture.format, AV_PIX_FMT_YUVJ420P);
  decoded.width = picture.width;
  decoded.height = picture.height;
  decoded.meanCb = meanOfPlane(picture, 1, picture.width / 2, picture.height / 2);
  decoded.meanCr = meanOfPlane(picture, 2, picture.width / 2, picture.height / 2);
  return decoded;
}

// The red camera in full-range YCbCr is about Cb 85, Cr 255; the test pattern is far from it.
void expectRed(const DecodedCameraJpeg& decoded, bool red) {
  if (red) {
    EXPECT_GT(decoded.meanCr, 220.0);
    EXPECT_LT(decoded.meanCb, 110.0);
  } else {
    EXPECT_LT(decoded.meanCr, 200.0);
  }
}

TEST(CameraPictures, OnePicturePerVideoStreamWithItsIndexSizeAndTime) {
  const std::int64_t atMs = 1510;  // between frames: the next one, 1520, is the one to take
  auto pictures = cameraPictures(twoCamerasWithAudio(), atMs, 100);
  ASSERT_TRUE(pictures) << pictures.error().toString();
  ASSERT_EQ(pictures->size(), 2u);
  const int streamIndexes[] = {0, 2};
  for (int camera = 0; camera < 2; ++camera) {
    SCOPED_TRACE("camera " + std::to_string(camera));
    const auto& picture = (*pictures)[static_cast<std::size_t>(camera)];
    EXPECT_EQ(picture.camera, camera);
    EXPECT_EQ(picture.streamIndex, streamIndexes[camera]);
    EXPECT_EQ(picture.mediaTimeMs, 1520);
    EXPECT_EQ(picture.width, 100);
    const DecodedCameraJpeg decoded = decodeCameraJpeg(picture.jpeg);
    EXPECT_EQ(decoded.width, picture.width);
    EXPECT_EQ(decoded.height, picture.height);
    expectRed(decoded, camera == 1);
  }
  EXPECT_EQ((*pictures)[0].height, 76);  // 100 * 240 / 320 = 75, rounded to even
  EXPECT_EQ((*pictures)[1].height, 76);  // 100 * 150 / 200 = 75 too

  auto wide = cameraPictures(twoCamerasWithAudio(), 0, 320);
  ASSERT_TRUE(wide) << wide.error().toString();
  ASSERT_EQ(wide->size(), 2u);
  EXPECT_EQ((*wide)[0].mediaTimeMs, 0);
  EXPECT_EQ((*wide)[0].height, 240);
  EXPECT_EQ((*wide)[1].height, 240);
  EXPECT_EQ(decodeCameraJpeg((*wide)[1].jpeg).height, 240);
}

TEST(CameraPictures, FrameSourceOpensTheNthStreamOfAType) {
  auto second = FrameSource::open(twoCamerasWithAudio(), AVMEDIA_TYPE_VIDEO, 1);
  ASSERT_TRUE(second) << second.error().toString();
  EXPECT_EQ(second->stream()->index, 2);
  EXPECT_EQ(second->decoder()->width, 200);
  auto first = FrameSource::open(twoCamerasWithAudio(), AVMEDIA_TYPE_VIDEO);
  ASSERT_TRUE(first) << first.error().toString();
  EXPECT_EQ(first->stream()->index, 0);
  auto third = FrameSource::open(twoCamerasWithAudio(), AVMEDIA_TYPE_VIDEO, 2);
  ASSERT_FALSE(third);
  EXPECT_EQ(third.error().code(), ErrorCode::kNotFound);
}

TEST(CameraPictures, PastTheEndGivesTheLastFrameOfEachCamera) {
  auto last = cameraPictures(twoCamerasWithAudio(), 60000, 160);
  ASSERT_TRUE(last) << last.error().toString();
  ASSERT_EQ(last->size(), 2u);
  for (const auto& picture : *last) {
    SCOPED_TRACE("camera " + std::to_string(picture.camera));
    EXPECT_EQ(picture.mediaTimeMs, kCameraLastFrameMs);
    EXPECT_EQ(decodeCameraJpeg(picture.jpeg).width, 160);
  }
  // The moving pattern's last frame is another picture than its first.
  auto first = cameraPictures(twoCamerasWithAudio(), 0, 160);
  ASSERT_TRUE(first) << first.error().toString();
  ASSERT_EQ(first->size(), 2u);
  EXPECT_NE((*first)[0].jpeg, (*last)[0].jpeg);
  expectRed(decodeCameraJpeg((*last)[1].jpeg), true);
}

TEST(CameraPictures, ACameraStartingLaterIsPlacedOnTheFileTimeline) {
  // Matroska keeps the second camera's start (1 s into the file) as its first timestamp.
  testing::ScratchDir dir;
  const auto file = dir.path() / "late-camera.mkv";
  ASSERT_TRUE(testing_support::runFfmpeg(cameraFileArguments(file, false, "1")));
  auto early = cameraPictures(file, 480, 100);
  ASSERT_TRUE(early) << early.error().toString();
  ASSERT_EQ(early->size(), 2u);
  EXPECT_EQ((*early)[0].mediaTimeMs, 480);
  EXPECT_EQ((*early)[1].mediaTimeMs, 1000);  // its first frame: the first at or after 480
  EXPECT_EQ((*early)[1].streamIndex, 1);

  auto later = cameraPictures(file, 2000, 100);
  ASSERT_TRUE(later) << later.error().toString();
  ASSERT_EQ(later->size(), 2u);
  EXPECT_EQ((*later)[0].mediaTimeMs, 2000);
  EXPECT_EQ((*later)[1].mediaTimeMs, 2000);
  expectRed(decodeCameraJpeg((*later)[1].jpeg), true);
}

TEST(CameraPictures, AudioOnlyGivesNone) {
  testing::ScratchDir dir;
  const auto audio = dir.path() / "audio.m4a";
  ASSERT_TRUE(testing::makeTestRecording(
      audio, {.duration = std::chrono::seconds(1), .tracks = testing::Tracks::kAudioOnly}));
  auto none = cameraPictures(audio, 0);
  ASSERT_TRUE(none) << none.error().toString();
  EXPECT_TRUE(none->empty());
}

TEST(CameraPictures, BadWidthOrTimeIsInvalidArgument) {
  for (const auto& [atMs, width] : {std::pair<std::int64_t, int>{0, 1}, {0, 0}, {-1, 320}}) {
    SCOPED_TRACE("at " + std::to_string(atMs) + " width " + std::to_string(width));
    auto pictures = cameraPictures(twoCamerasWithAudio(), atMs, width);
    ASSERT_FALSE(pictures);
    EXPECT_EQ(pictures.error().code(), ErrorCode::kInvalidArgument);
  }
  EXPECT_TRUE(cameraPictures(twoCamerasWithAudio(), 0, 2));  // the smallest width is fine
}

TEST(CameraPictures, NotMediaIsInvalidArgumentAndAMissingFileNotFound) {
  testing::ScratchDir dir;
  const auto text = dir.path() / "notes.mp4";
  ASSERT_TRUE(testing::writeFile(text, "these are the notes of the hearing, not a recording\n"));
  auto notMedia = cameraPictures(text, 0);
  ASSERT_FALSE(notMedia);
  EXPECT_EQ(notMedia.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(notMedia.error().message().find("notes.mp4"), std::string::npos)
      << notMedia.error().toString();

  auto missing = cameraPictures(dir.path() / "nowhere.mp4", 0);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace audientia::media
