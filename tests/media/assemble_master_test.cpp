// assembleMaster on real capture segments (CaptureSession, lavfi sources, 1 s segments).

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <optional>

#include "audientia/media/capture_manifest.h"
#include "audientia/media/capture_verify.h"
#include "audientia/media/probe.h"
#include "audientia/media/processing.h"
#include "audientia/testing/media_fixtures.h"
#include "processing/frame_source.h"
#include "processing_test_support.h"

namespace audientia::media {
namespace {

using namespace std::chrono_literals;
using testing_support::capturedSegments;
using testing_support::readPackets;

std::int64_t largestStepMs(std::vector<std::int64_t> times) {
  std::sort(times.begin(), times.end());
  std::int64_t largest = 0;
  for (std::size_t i = 1; i < times.size(); ++i)
    largest = std::max(largest, times[i] - times[i - 1]);
  return largest;
}

TEST(AssembleMaster, CopiesCaptureSegmentsIntoOneContinuousFaststartMp4) {
  const auto& captured = capturedSegments();
  ASSERT_GE(captured.segments.size(), 3u);
  testing::ScratchDir out;
  const auto master = out.path() / "master.mp4";

  auto result = assembleMaster(captured.segments, master);
  ASSERT_TRUE(result) << result.error().toString();
  EXPECT_TRUE(std::filesystem::exists(master));
  EXPECT_FALSE(std::filesystem::exists(master.string() + ".tmp"));

  std::int64_t segmentsMs = 0;
  std::int64_t segmentPackets = 0;
  std::vector<std::vector<testing_support::StreamPackets>> segmentStreams;
  auto firstInfo = probe(captured.segments.front());
  ASSERT_TRUE(firstInfo) << firstInfo.error().toString();
  for (const auto& segment : captured.segments) {
    auto info = probe(segment);
    ASSERT_TRUE(info) << info.error().toString();
    segmentsMs += info->duration.count();
    auto packets = readPackets(segment);
    ASSERT_TRUE(packets) << packets.error().toString();
    for (const auto& stream : *packets) {
      segmentPackets += static_cast<std::int64_t>(stream.ptsMs.size());
    }
    segmentStreams.push_back(std::move(*packets));
  }

  auto info = probe(master);
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_NE(info->container.find("mp4"), std::string::npos) << info->container;
  EXPECT_NEAR(static_cast<double>(info->duration.count()), static_cast<double>(segmentsMs), 100.0);
  EXPECT_NEAR(static_cast<double>(result->durationMs), static_cast<double>(segmentsMs), 100.0);
  ASSERT_EQ(info->streams.size(), firstInfo->streams.size());
  EXPECT_EQ(info->videoStreamCount(), 1);
  EXPECT_EQ(info->audioStreamCount(), 2);
  for (std::size_t s = 0; s < info->streams.size(); ++s) {
    EXPECT_EQ(info->streams[s].codec, firstInfo->streams[s].codec);
    EXPECT_EQ(info->streams[s].type, firstInfo->streams[s].type);
  }

  // Stream copy: every packet once, in order, the very same bytes.
  auto packets = readPackets(master);
  ASSERT_TRUE(packets) << packets.error().toString();
  ASSERT_EQ(packets->size(), segmentStreams[0].size());
  EXPECT_EQ(result->packetsCopied, segmentPackets);
  std::int64_t masterPackets = 0;
  for (std::size_t s = 0; s < packets->size(); ++s) {
    masterPackets += static_cast<std::int64_t>((*packets)[s].ptsMs.size());
    EXPECT_EQ((*packets)[s].firstPacket, segmentStreams[0][s].firstPacket) << "stream " << s;
  }
  EXPECT_EQ(masterPackets, segmentPackets);

  // Every packet of a segment is moved by the same offset, whatever its stream (A/V sync as
  // in the segment), and a boundary adds no step larger than the segments' own (30 fps video,
  // 1024-sample AAC frames; a loaded machine may drop frames inside a segment).
  std::vector<std::size_t> copied(packets->size(), 0);
  std::vector<std::int64_t> allowedStepMs(packets->size(), 0);
  for (std::size_t k = 0; k < segmentStreams.size(); ++k) {
    SCOPED_TRACE("segment " + std::to_string(k + 1));
    std::optional<std::int64_t> offsetMs;
    for (std::size_t s = 0; s < packets->size(); ++s) {
      const auto& in = segmentStreams[k][s].ptsMs;
      const auto& assembled = (*packets)[s].ptsMs;
      ASSERT_LE(copied[s] + in.size(), assembled.size()) << "stream " << s;
      for (std::size_t j = 0; j < in.size(); ++j) {
        const std::int64_t shift = assembled[copied[s] + j] - in[j];
        if (!offsetMs) offsetMs = shift;
        ASSERT_NEAR(static_cast<double>(shift), static_cast<double>(*offsetMs), 1.0)
            << "stream " << s << " packet " << j;
      }
      copied[s] += in.size();
      const std::int64_t usual = (*packets)[s].type == "video" ? 70 : 45;
      allowedStepMs[s] = std::max({allowedStepMs[s], usual, largestStepMs(in)});
    }
  }
  for (std::size_t s = 0; s < packets->size(); ++s) {
    EXPECT_EQ(copied[s], (*packets)[s].ptsMs.size()) << "stream " << s;
    EXPECT_LE(largestStepMs((*packets)[s].ptsMs), allowedStepMs[s] + 1) << "stream " << s;
  }

  // Playable: every video packet decodes into a picture across the segment boundaries.
  ASSERT_EQ((*packets)[0].type, "video");
  auto source = FrameSource::open(master, AVMEDIA_TYPE_VIDEO);
  ASSERT_TRUE(source) << source.error().toString();
  std::size_t frames = 0;
  while (true) {
    auto frame = source->next();
    ASSERT_TRUE(frame) << frame.error().toString();
    if (*frame == nullptr) break;
    ++frames;
  }
  EXPECT_EQ(frames, (*packets)[0].ptsMs.size());

  // Interleaved: neighbouring packets in the file are close in time (a segment's fragments
  // hold about a second of each track one after the other).
  auto step = testing_support::largestInterleaveStepMs(master);
  ASSERT_TRUE(step) << step.error().toString();
  EXPECT_LE(*step, 250);

  // Faststart: the index (moov) comes before the media data (mdat).
  auto boxes = testing_support::topLevelBoxes(master);
  ASSERT_TRUE(boxes) << boxes.error().toString();
  const auto moov = std::find(boxes->begin(), boxes->end(), "moov");
  const auto mdat = std::find(boxes->begin(), boxes->end(), "mdat");
  ASSERT_NE(moov, boxes->end());
  ASSERT_NE(mdat, boxes->end());
  EXPECT_LT(moov - boxes->begin(), mdat - boxes->begin());
  EXPECT_EQ(std::count(boxes->begin(), boxes->end(), "moof"), 0);  // not fragmented any more
}

TEST(AssembleMaster, RejectsASegmentThatIsNotMediaByName) {
  const auto& captured = capturedSegments();
  ASSERT_GE(captured.segments.size(), 2u);
  testing::ScratchDir out;
  const auto bogus = out.path() / "segment-00002.mp4";
  ASSERT_TRUE(testing::writeFile(bogus, "this is a note, not a video segment\n"));
  const auto master = out.path() / "master.mp4";

  auto result = assembleMaster({captured.segments[0], bogus, captured.segments[1]}, master);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument) << result.error().toString();
  EXPECT_NE(result.error().message().find("segment 2 of 3"), std::string::npos)
      << result.error().message();
  EXPECT_NE(result.error().message().find(bogus.string()), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(master));
  EXPECT_FALSE(std::filesystem::exists(master.string() + ".tmp"));
}

TEST(AssembleMaster, RejectsASegmentWithOtherStreams) {
  const auto& captured = capturedSegments();
  ASSERT_GE(captured.segments.size(), 1u);
  testing::ScratchDir out;
  const auto videoOnly = out.path() / "video-only.mp4";
  ASSERT_TRUE(
      testing::makeTestRecording(videoOnly, {.duration = 1s,
                                             .container = testing::Container::kFragmentedMp4,
                                             .tracks = testing::Tracks::kVideoOnly,
                                             .width = 320,
                                             .height = 240}));
  const auto master = out.path() / "master.mp4";

  auto result = assembleMaster({captured.segments[0], videoOnly}, master);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument) << result.error().toString();
  EXPECT_NE(
      result.error().message().find("segment 2 of 2 ('" + videoOnly.string() + "') has 1 streams"),
      std::string::npos)
      << result.error().message();
  EXPECT_FALSE(std::filesystem::exists(master));
}

TEST(AssembleMaster, RejectsASegmentWithAnotherPictureSize) {
  testing::ScratchDir out;
  const auto large = out.path() / "a.mp4";
  const auto small = out.path() / "b.mp4";
  const testing::TestRecordingOptions base{
      .duration = 1s, .container = testing::Container::kFragmentedMp4, .width = 320, .height = 240};
  ASSERT_TRUE(testing::makeTestRecording(large, base));
  auto other = base;
  other.width = 160;
  other.height = 120;
  ASSERT_TRUE(testing::makeTestRecording(small, other));

  auto result = assembleMaster({large, small}, out.path() / "master.mp4");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(result.error().message().find("stream 0 is video h264 160x120, in the first segment it "
                                          "is video h264 320x240"),
            std::string::npos)
      << result.error().message();
}

TEST(AssembleMaster, AssemblesSegmentsMadeByTheFfmpegTool) {
  testing::ScratchDir out;
  std::vector<std::filesystem::path> segments;
  for (int i = 0; i < 3; ++i) {
    segments.push_back(out.path() / ("part-" + std::to_string(i) + ".mp4"));
    ASSERT_TRUE(testing::makeTestRecording(segments.back(),
                                           {.duration = 1s,
                                            .container = testing::Container::kFragmentedMp4,
                                            .width = 320,
                                            .height = 240}));
  }
  auto result = assembleMaster(segments, out.path() / "master.mp4");
  ASSERT_TRUE(result) << result.error().toString();
  auto info = probe(out.path() / "master.mp4");
  ASSERT_TRUE(info) << info.error().toString();
  EXPECT_NEAR(static_cast<double>(info->duration.count()), 3000.0, 100.0);
}

TEST(AssembleMaster, RejectsAnEmptyListAndAMissingSegment) {
  testing::ScratchDir out;
  auto empty = assembleMaster({}, out.path() / "master.mp4");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code(), ErrorCode::kInvalidArgument);

  auto missing = assembleMaster({out.path() / "nowhere.mp4"}, out.path() / "master.mp4");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(missing.error().message().find("segment 1 of 1"), std::string::npos);
}

TEST(AssembleMaster, CapturedManifestPassesTheChainCheck) {
  const auto& captured = capturedSegments();
  auto manifest = readManifest(captured.dir);
  ASSERT_TRUE(manifest) << manifest.error().toString();
  EXPECT_TRUE(checkManifestChain(*manifest).empty());
  auto verification = verifyCapture(captured.dir);
  ASSERT_TRUE(verification) << verification.error().toString();
  EXPECT_TRUE(verification->ok());
}

}  // namespace
}  // namespace audientia::media
