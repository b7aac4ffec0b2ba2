// cutClip on files encoded by the ffmpeg tool from lavfi sources (H.264 with a keyframe every
// 2 s + AAC; AAC alone), the clips read back with ffprobe and the library's own demuxing.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "audientia/media/probe.h"
#include "audientia/media/processing.h"
#include "audientia/testing/media_fixtures.h"
#include "processing_test_support.h"

namespace audientia::media {
namespace {

constexpr double kClipVideoFrameMs = 40.0;  // 25 fps
constexpr double kClipAacFrameMs = 1024.0 * 1000.0 / 48000.0;

// 20 s of 320x240 25 fps H.264 (a keyframe every 50 frames = 2 s, no scene-cut keyframes) and
// 48 kHz AAC, made once per test binary.
const std::filesystem::path& clipSourceWithVideo() {
  static const testing::ScratchDir scratch;
  static const std::filesystem::path path = [] {
    auto file = scratch.path() / "hearing.mp4";
    std::vector<std::string> args = {"-f", "lavfi", "-i",
                                     "testsrc2=size=320x240:rate=25:duration=20"};
    args.insert(args.end(),
                {"-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=20"});
    args.insert(args.end(), {"-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g",
                             "50", "-sc_threshold", "0"});
    args.insert(args.end(),
                {"-c:a", "aac", "-b:a", "128k", "-t", "20", "-f", "mp4", "file:" + file.string()});
    auto status = testing_support::runFfmpeg(args);
    if (!status) ADD_FAILURE() << "encoding the clip source: " << status.error().toString();
    return file;
  }();
  return path;
}

// 10 s of a 48 kHz AAC sine, no video.
const std::filesystem::path& clipSourceAudioOnly() {
  static const testing::ScratchDir scratch;
  static const std::filesystem::path path = [] {
    auto file = scratch.path() / "tone.m4a";
    auto status = testing_support::runFfmpeg(
        {"-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000:duration=10", "-c:a", "aac",
         "-b:a", "128k", "-f", "mp4", "file:" + file.string()});
    if (!status) ADD_FAILURE() << "encoding the audio clip source: " << status.error().toString();
    return file;
  }();
  return path;
}

// `ffprobe -show_format -show_streams` of the file, as JSON (format tags included).
nlohmann::json ffprobeClip(const std::filesystem::path& path) {
  const std::string command =
      "ffprobe -v error -show_format -show_streams -of json 'file:" + path.string() + "'";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    ADD_FAILURE() << "cannot run " << command;
    return {};
  }
  std::string text;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) text.append(buffer, n);
  const int status = pclose(pipe);
  if (status != 0) {
    ADD_FAILURE() << command << " failed (status " << status << ")";
    return {};
  }
  return nlohmann::json::parse(text, nullptr, false);
}

double ffprobeDurationMs(const nlohmann::json& probed) {
  return std::atof(probed["format"].value("duration", "0").c_str()) * 1000.0;
}

void expectNoClipFiles(const std::filesystem::path& output) {
  EXPECT_FALSE(std::filesystem::exists(output)) << output;
  EXPECT_FALSE(std::filesystem::exists(output.string() + ".tmp")) << output;
}

TEST(CutClip, StartsAtTheKeyframeBeforeTheStartAndKeepsTheTags) {
  const auto& source = clipSourceWithVideo();
  testing::ScratchDir out;
  const auto clip = out.path() / "clip.mp4";
  const std::map<std::string, std::string> tags = {
      {"audientia_hearing_id", "h-1"},
      {"audientia_source_sha256",
       "abc0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab"},
      {"title", "Case 808/P/2026"}};

  auto result = cutClip(source, clip, 5000, 9000, tags);
  ASSERT_TRUE(result) << result.error().toString();
  EXPECT_EQ(result->startMs, 4000);
  EXPECT_NEAR(static_cast<double>(result->endMs), 9000.0, kClipVideoFrameMs);
  EXPECT_NEAR(static_cast<double>(result->durationMs), 5000.0, kClipVideoFrameMs);
  EXPECT_GT(result->packetsCopied, 0);
  EXPECT_TRUE(std::filesystem::exists(clip));
  EXPECT_FALSE(std::filesystem::exists(clip.string() + ".tmp"));

  const auto probed = ffprobeClip(clip);
  const auto original = ffprobeClip(source);
  ASSERT_TRUE(probed.contains("streams") && probed.contains("format")) << probed.dump();
  ASSERT_EQ(probed["streams"].size(), 2u) << probed.dump();
  ASSERT_EQ(original["streams"].size(), 2u);
  for (std::size_t s = 0; s < 2; ++s) {
    EXPECT_EQ(probed["streams"][s].value("codec_type", ""),
              original["streams"][s].value("codec_type", ""));
    EXPECT_EQ(probed["streams"][s].value("codec_name", ""),
              original["streams"][s].value("codec_name", ""));
  }
  const double durationMs = ffprobeDurationMs(probed);
  EXPECT_GE(durationMs, 4000.0);
  EXPECT_LE(durationMs, 5200.0);
  const auto formatTags = probed["format"].value("tags", nlohmann::json::object());
  for (const auto& [key, value] : tags) {
    EXPECT_EQ(formatTags.value(key, std::string("<missing>")), value) << formatTags.dump();
  }

  // Stream copy from the keyframe: 4 s to 9 s of 25 fps video is 125 packets, the first at 0.
  auto packets = testing_support::readPackets(clip);
  ASSERT_TRUE(packets) << packets.error().toString();
  ASSERT_EQ(packets->size(), 2u);
  ASSERT_EQ((*packets)[0].type, "video");
  EXPECT_EQ((*packets)[0].ptsMs.size(), 125u);
  ASSERT_FALSE((*packets)[0].ptsMs.empty());
  EXPECT_EQ((*packets)[0].ptsMs.front(), 0);
  ASSERT_FALSE((*packets)[1].ptsMs.empty());
  EXPECT_GE((*packets)[1].ptsMs.front(), 0);
  EXPECT_LE(static_cast<double>((*packets)[1].ptsMs.front()), kClipAacFrameMs);

  // Faststart: the index (moov) before the media data (mdat).
  auto boxes = testing_support::topLevelBoxes(clip);
  ASSERT_TRUE(boxes) << boxes.error().toString();
  const auto moov = std::find(boxes->begin(), boxes->end(), "moov");
  const auto mdat = std::find(boxes->begin(), boxes->end(), "mdat");
  ASSERT_NE(moov, boxes->end());
  ASSERT_NE(mdat, boxes->end());
  EXPECT_LT(moov - boxes->begin(), mdat - boxes->begin());
}

TEST(CutClip, AStartOnAKeyframeStartsThere) {
  testing::ScratchDir out;
  const auto clip = out.path() / "clip.mp4";
  auto result = cutClip(clipSourceWithVideo(), clip, 6000, 8000, {});
  ASSERT_TRUE(result) << result.error().toString();
  EXPECT_EQ(result->startMs, 6000);
  EXPECT_NEAR(static_cast<double>(result->endMs), 8000.0, kClipVideoFrameMs);
  auto info = probe(clip);
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_NEAR(static_cast<double>(info->duration.count()), 2000.0, kClipVideoFrameMs);
}

TEST(CutClip, AnEndPastTheSourceEndsTheClipWithTheSource) {
  const auto& source = clipSourceWithVideo();
  auto sourceInfo = probe(source);
  ASSERT_TRUE(sourceInfo) << sourceInfo.error().toString();
  const auto sourceMs = static_cast<double>(sourceInfo->duration.count());
  testing::ScratchDir out;
  const auto clip = out.path() / "clip.mp4";

  auto result = cutClip(source, clip, 15000, 60000, {});
  ASSERT_TRUE(result) << result.error().toString();
  EXPECT_EQ(result->startMs, 14000);
  EXPECT_NEAR(static_cast<double>(result->endMs), sourceMs, kClipVideoFrameMs);
  auto info = probe(clip);
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_NEAR(static_cast<double>(info->duration.count()), sourceMs - 14000.0, kClipVideoFrameMs);
  EXPECT_NEAR(static_cast<double>(result->durationMs), sourceMs - 14000.0, kClipVideoFrameMs);
}

TEST(CutClip, RejectsBadStretchesAndNonMediaLeavingNoFile) {
  const auto& source = clipSourceWithVideo();
  testing::ScratchDir out;
  const auto clip = out.path() / "clip.mp4";
  const auto note = out.path() / "note.mp4";
  ASSERT_TRUE(testing::writeFile(note, "this is a note, not a recording\n"));
  struct Case {
    std::filesystem::path input;
    std::int64_t fromMs;
    std::int64_t toMs;
    const char* what;
  };
  for (const Case& c :
       {Case{source, -1, 4000, "negative start"}, Case{source, 5000, 5000, "empty stretch"},
        Case{source, 6000, 5000, "end before start"},
        Case{source, 25000, 30000, "start past the end"},
        Case{source, 20000, 30000, "start at the end"}, Case{note, 0, 1000, "not media"}}) {
    SCOPED_TRACE(c.what);
    auto result = cutClip(c.input, clip, c.fromMs, c.toMs, {{"title", "x"}});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument) << result.error().toString();
    expectNoClipFiles(clip);
  }
}

TEST(CutClip, AudioOnlyStartsAtTheAskedTime) {
  testing::ScratchDir out;
  const auto clip = out.path() / "clip.mp4";
  auto result = cutClip(clipSourceAudioOnly(), clip, 2000, 5000, {{"title", "tone"}});
  ASSERT_TRUE(result) << result.error().toString();
  EXPECT_NEAR(static_cast<double>(result->startMs), 2000.0, kClipAacFrameMs);
  EXPECT_NEAR(static_cast<double>(result->endMs), 5000.0, kClipAacFrameMs);
  EXPECT_NEAR(static_cast<double>(result->durationMs), 3000.0, 2 * kClipAacFrameMs);
  auto info = probe(clip);
  ASSERT_TRUE(info) << info.error().toString();
  ASSERT_EQ(info->streams.size(), 1u);
  EXPECT_EQ(info->streams[0].type, StreamType::kAudio);
  EXPECT_EQ(info->streams[0].codec, "aac");
  EXPECT_NEAR(static_cast<double>(info->duration.count()), 3000.0, 2 * kClipAacFrameMs);
  EXPECT_FALSE(std::filesystem::exists(clip.string() + ".tmp"));
}

}  // namespace
}  // namespace audientia::media
