// The media library's private FFmpeg layer: error mapping, log capture, RAII handles.

#include "ffmpeg_error.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <type_traits>

#include "ffmpeg_handles.h"

extern "C" {
#include <libavutil/log.h>
}

namespace audientia::media {
namespace {

TEST(FfmpegErrorTest, MapsCodesToOurTaxonomy) {
  EXPECT_EQ(errorCodeForFfmpeg(AVERROR(ENOENT)), ErrorCode::kNotFound);
  EXPECT_EQ(errorCodeForFfmpeg(AVERROR(EACCES)), ErrorCode::kPermissionDenied);
  EXPECT_EQ(errorCodeForFfmpeg(AVERROR_INVALIDDATA), ErrorCode::kInvalidArgument);
  EXPECT_EQ(errorCodeForFfmpeg(AVERROR_DEMUXER_NOT_FOUND), ErrorCode::kInvalidArgument);
  EXPECT_EQ(errorCodeForFfmpeg(AVERROR_ENCODER_NOT_FOUND), ErrorCode::kUnimplemented);
  // Past the allocation cap: the input asked for too much. Only a full disk is "exhausted".
  EXPECT_EQ(errorCodeForFfmpeg(AVERROR(ENOMEM)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(errorCodeForFfmpeg(AVERROR(ENOSPC)), ErrorCode::kResourceExhausted);
  EXPECT_EQ(errorCodeForFfmpeg(AVERROR_EXIT), ErrorCode::kCancelled);
  EXPECT_EQ(errorCodeForFfmpeg(AVERROR(EIO)), ErrorCode::kUnavailable);
  EXPECT_EQ(errorCodeForFfmpeg(AVERROR_BUG), ErrorCode::kInternal);
}

TEST(FfmpegErrorTest, MessageNamesCallTargetAndFfmpegText) {
  const Error error = ffmpegError(AVERROR(ENOENT), "avformat_open_input", "/x/a.mp4");
  EXPECT_EQ(error.code(), ErrorCode::kNotFound);
  EXPECT_EQ(error.message(), "avformat_open_input on '/x/a.mp4': No such file or directory");
  EXPECT_EQ(ffmpegErrorText(AVERROR_INVALIDDATA), "Invalid data found when processing input");
}

TEST(FfmpegErrorTest, CaptureCollectsErrorsOnThisThreadOnly) {
  FfmpegLogCapture capture;
  av_log(nullptr, AV_LOG_ERROR, "moov atom %s\n", "not found");
  av_log(nullptr, AV_LOG_WARNING, "a warning is not a reason\n");
  av_log(nullptr, AV_LOG_ERROR, "split ");
  av_log(nullptr, AV_LOG_ERROR, "line\n");
  ASSERT_EQ(capture.messages().size(), 2u);
  EXPECT_EQ(capture.messages()[0], "moov atom not found");
  EXPECT_EQ(capture.messages()[1], "split line");
  const Error error = capture.error(AVERROR_INVALIDDATA, "avformat_open_input", "t.mp4");
  EXPECT_EQ(error.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(error.message(),
            "avformat_open_input on 't.mp4': Invalid data found when processing input "
            "(FFmpeg: moov atom not found; split line)");
}

TEST(FfmpegErrorTest, CapturesNestAndRestore) {
  FfmpegLogCapture outer;
  {
    FfmpegLogCapture inner;
    av_log(nullptr, AV_LOG_ERROR, "inner\n");
    EXPECT_EQ(inner.summary(), "inner");
  }
  av_log(nullptr, AV_LOG_ERROR, "outer\n");
  EXPECT_EQ(outer.summary(), "outer");
}

TEST(FfmpegHandlesTest, AreMoveOnlyAndFreeWhatTheyOwn) {
  static_assert(!std::is_copy_constructible_v<Frame>);
  static_assert(!std::is_copy_constructible_v<Packet>);
  static_assert(!std::is_copy_constructible_v<CodecContext>);
  static_assert(!std::is_copy_constructible_v<InputFormatContext>);
  static_assert(std::is_nothrow_move_constructible_v<FilterGraph>);
  // Allocation and release: under ASan a missing free is reported as a leak.
  Frame frame = makeFrame();
  ASSERT_NE(frame, nullptr);
  frame->format = AV_PIX_FMT_YUV420P;
  frame->width = 64;
  frame->height = 48;
  ASSERT_EQ(av_frame_get_buffer(frame.get(), 0), 0);
  Frame moved = std::move(frame);
  EXPECT_EQ(frame, nullptr);
  EXPECT_NE(moved->data[0], nullptr);
  { FrameRef scoped(moved.get()); }
  EXPECT_EQ(moved->data[0], nullptr);  // unreferenced, handle kept

  Packet packet = makePacket();
  ASSERT_NE(packet, nullptr);
  ASSERT_EQ(av_new_packet(packet.get(), 128), 0);
  CodecContext codec = makeCodecContext(avcodec_find_decoder(AV_CODEC_ID_H264));
  ASSERT_NE(codec, nullptr);
  FilterGraph graph = makeFilterGraph();
  ASSERT_NE(graph, nullptr);
  ScaleContext scale(sws_getContext(64, 48, AV_PIX_FMT_YUV420P, 32, 24, AV_PIX_FMT_RGB24,
                                    SWS_BILINEAR, nullptr, nullptr, nullptr));
  ASSERT_NE(scale, nullptr);
  ResampleContext resample(swr_alloc());
  ASSERT_NE(resample, nullptr);
  OutputFormatContext output;
  AVFormatContext* raw = nullptr;
  ASSERT_GE(avformat_alloc_output_context2(&raw, nullptr, "matroska", nullptr), 0);
  output.reset(raw);
  EXPECT_STREQ(output->oformat->name, "matroska");
}

}  // namespace
}  // namespace audientia::media
