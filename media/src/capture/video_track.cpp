// VideoTrack: wall-clock burn-in (drawtext), libx264, preview frames, frozen/black detection.

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
}

#include "capture/encoder_track.h"
#include "ffmpeg_error.h"

namespace audientia::media {
namespace {

constexpr AVRational kMicroseconds{1, 1000000};
constexpr int kThumbWidth = 64;
constexpr int kThumbHeight = 36;

class VideoTrack final : public EncoderTrack {
 public:
  VideoTrack(int index, TrackContext context, std::size_t capacity, std::string spec)
      : EncoderTrack(index, std::move(context), capacity), spec_(std::move(spec)) {}

  Status open(const InputReader& input);

 protected:
  void process(AVFrame* frame) override;

 private:
  Status buildFilters(const AVCodecContext* decoder);
  void analyse(const AVFrame* frame);
  void preview(const AVFrame* frame);

  std::string spec_;
  FilterGraph graph_;
  AVFilterContext* source_ = nullptr;
  AVFilterContext* sink_ = nullptr;
  Frame filtered_ = makeFrame();
  std::int64_t lastSlot_ = -1;
  bool forceKey_ = false;
  // Health.
  std::vector<std::uint8_t> thumb_, previousThumb_;
  ScaleContext thumbScaler_, previewScaler_;
  std::int64_t lastAnalysisUs_ = -1'000'000'000, lastPreviewUs_ = -1'000'000'000;
  std::int64_t stillSinceUs_ = -1, blackSinceUs_ = -1;
  bool frozenReported_ = false, blackReported_ = false;
};

Status VideoTrack::buildFilters(const AVCodecContext* decoder) {
  FfmpegLogCapture log;
  graph_ = makeFilterGraph();
  if (!graph_) return ffmpegAllocationError("avfilter_graph_alloc", spec_);
  char args[256];
  std::snprintf(args, sizeof args,
                "video_size=%dx%d:pix_fmt=%d:time_base=1/1000000:pixel_aspect=%d/%d",
                decoder->width, decoder->height, static_cast<int>(decoder->pix_fmt),
                decoder->sample_aspect_ratio.num > 0 ? decoder->sample_aspect_ratio.num : 1,
                decoder->sample_aspect_ratio.den > 0 ? decoder->sample_aspect_ratio.den : 1);
  int rc = avfilter_graph_create_filter(&source_, avfilter_get_by_name("buffer"), "in", args,
                                        nullptr, graph_.get());
  if (rc < 0) return log.error(rc, "creating the buffer filter", spec_);
  AVFilterContext* last = source_;
  const auto& options = *context_.options;
  if (options.burnWallClock) {
    AVFilterContext* text =
        avfilter_graph_alloc_filter(graph_.get(), avfilter_get_by_name("drawtext"), "clock");
    if (text == nullptr) return Error(ErrorCode::kUnimplemented, "FFmpeg has no drawtext filter");
    double epoch =
        std::chrono::duration<double>(context_.clock->wallStart().time_since_epoch()).count();
    char expansion[96];
    std::snprintf(expansion, sizeof expansion, "%%{pts:localtime:%.3f}", epoch);
    int fontSize = std::max(12, decoder->height / 22);
    av_opt_set(text, "fontfile", options.fontFile.c_str(), AV_OPT_SEARCH_CHILDREN);
    av_opt_set(text, "text", expansion, AV_OPT_SEARCH_CHILDREN);
    av_opt_set_int(text, "fontsize", fontSize, AV_OPT_SEARCH_CHILDREN);
    av_opt_set(text, "fontcolor", "white", AV_OPT_SEARCH_CHILDREN);
    av_opt_set_int(text, "box", 1, AV_OPT_SEARCH_CHILDREN);
    av_opt_set(text, "boxcolor", "black@0.6", AV_OPT_SEARCH_CHILDREN);
    av_opt_set_int(text, "boxborderw", std::max(2, fontSize / 5), AV_OPT_SEARCH_CHILDREN);
    av_opt_set(text, "x", "8", AV_OPT_SEARCH_CHILDREN);
    av_opt_set(text, "y", "8", AV_OPT_SEARCH_CHILDREN);
    rc = avfilter_init_str(text, nullptr);
    if (rc < 0) return log.error(rc, "drawtext with font " + options.fontFile.string(), spec_);
    if ((rc = avfilter_link(last, 0, text, 0)) < 0) return log.error(rc, "avfilter_link", spec_);
    last = text;
  }
  AVFilterContext* format = nullptr;
  rc = avfilter_graph_create_filter(&format, avfilter_get_by_name("format"), "format",
                                    "pix_fmts=yuv420p", nullptr, graph_.get());
  if (rc < 0) return log.error(rc, "creating the format filter", spec_);
  rc = avfilter_graph_create_filter(&sink_, avfilter_get_by_name("buffersink"), "out", nullptr,
                                    nullptr, graph_.get());
  if (rc < 0) return log.error(rc, "creating the buffersink filter", spec_);
  if ((rc = avfilter_link(last, 0, format, 0)) < 0 ||
      (rc = avfilter_link(format, 0, sink_, 0)) < 0) {
    return log.error(rc, "avfilter_link", spec_);
  }
  rc = avfilter_graph_config(graph_.get(), nullptr);
  if (rc < 0) return log.error(rc, "avfilter_graph_config", spec_);
  return ok();
}

Status VideoTrack::open(const InputReader& input) {
  const auto* decoder = input.decoder();
  AUDIENTIA_TRY_STATUS(buildFilters(decoder));
  const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
  if (codec == nullptr) return Error(ErrorCode::kUnimplemented, "FFmpeg has no libx264 encoder");
  encoder_ = makeCodecContext(codec);
  if (!encoder_) return ffmpegAllocationError("avcodec_alloc_context3", "libx264");
  const auto& options = *context_.options;
  double fps = input.frameRate();
  AVRational rate = av_d2q(fps, 1001000);
  encoder_->width = decoder->width;
  encoder_->height = decoder->height;
  encoder_->pix_fmt = AV_PIX_FMT_YUV420P;
  encoder_->sample_aspect_ratio = decoder->sample_aspect_ratio;
  encoder_->time_base = kMicroseconds;
  encoder_->framerate = rate;
  encoder_->gop_size = std::max(
      1, static_cast<int>(
             std::lround(fps * std::chrono::duration<double>(options.keyframeInterval).count())));
  encoder_->keyint_min = encoder_->gop_size;
  encoder_->max_b_frames = 0;  // see docs/adr/0005: no negative DTS at segment starts
  encoder_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  av_opt_set(encoder_->priv_data, "preset", options.videoPreset.c_str(), 0);
  av_opt_set_int(encoder_->priv_data, "forced-idr", 1, 0);
  if (options.videoBitRate > 0) {
    encoder_->bit_rate = options.videoBitRate;
    encoder_->rc_max_rate = options.videoBitRate;
    encoder_->rc_buffer_size =
        static_cast<int>(std::min<std::int64_t>(options.videoBitRate * 2, INT32_MAX));
  } else {
    av_opt_set(encoder_->priv_data, "crf", "23", 0);
  }
  defaultPacketDuration_ = static_cast<std::int64_t>(1e6 / fps);
  FfmpegLogCapture log;
  int rc = avcodec_open2(encoder_.get(), codec, nullptr);
  if (rc < 0)
    return log.error(rc, "avcodec_open2 (libx264 preset " + options.videoPreset + ")", spec_);
  return ok();
}

void VideoTrack::analyse(const AVFrame* frame) {
  const auto& options = *context_.options;
  std::int64_t now = frame->pts;
  if (now - lastAnalysisUs_ < 100'000) return;
  lastAnalysisUs_ = now;
  thumbScaler_.reset(sws_getCachedContext(thumbScaler_.release(), frame->width, frame->height,
                                          static_cast<AVPixelFormat>(frame->format), kThumbWidth,
                                          kThumbHeight, AV_PIX_FMT_GRAY8, SWS_AREA, nullptr,
                                          nullptr, nullptr));
  if (!thumbScaler_) return;
  thumb_.resize(kThumbWidth * kThumbHeight);
  std::uint8_t* planes[4] = {thumb_.data(), nullptr, nullptr, nullptr};
  int strides[4] = {kThumbWidth, 0, 0, 0};
  sws_scale(thumbScaler_.get(), frame->data, frame->linesize, 0, frame->height, planes, strides);
  double sum = 0, diff = 0;
  for (std::size_t i = 0; i < thumb_.size(); ++i) {
    sum += thumb_[i];
    if (previousThumb_.size() == thumb_.size()) diff += std::abs(thumb_[i] - previousThumb_[i]);
  }
  double mean = sum / static_cast<double>(thumb_.size());
  bool still =
      previousThumb_.size() == thumb_.size() && diff / static_cast<double>(thumb_.size()) < 0.5;
  previousThumb_ = thumb_;
  bool black = mean < 20.0;
  auto secondsOf = [](std::chrono::milliseconds d) {
    return std::to_string(d.count() / 1000.0).substr(0, 4);
  };
  if (still) {
    if (stillSinceUs_ < 0) stillSinceUs_ = now;
    if (!frozenReported_ && now - stillSinceUs_ >= options.frozenAfter.count() * 1000) {
      frozenReported_ = true;
      reportOnce(HealthKind::kFrozenVideo,
                 "the picture has not changed for " + secondsOf(options.frozenAfter) + " s");
    }
  } else {
    stillSinceUs_ = -1;
  }
  if (black) {
    if (blackSinceUs_ < 0) blackSinceUs_ = now;
    if (!blackReported_ && now - blackSinceUs_ >= options.blackAfter.count() * 1000) {
      blackReported_ = true;
      reportOnce(HealthKind::kBlackVideo,
                 "the picture has been black for " + secondsOf(options.blackAfter) + " s");
    }
  } else {
    blackSinceUs_ = -1;
  }
  bool wasBad = frozenReported_ || blackReported_;
  if (frozenReported_ && !still) frozenReported_ = false;
  if (blackReported_ && !black) blackReported_ = false;
  if (wasBad && !frozenReported_ && !blackReported_) {
    reportOnce(HealthKind::kVideoRecovered, "the picture is moving again");
  }
}

void VideoTrack::preview(const AVFrame* frame) {
  const auto& options = *context_.options;
  if (!context_.callbacks->onPreview) return;
  if (frame->pts - lastPreviewUs_ < options.previewInterval.count() * 1000) return;
  lastPreviewUs_ = frame->pts;
  PreviewFrame out;
  out.input = index_;
  out.width = std::max(2, options.previewWidth);
  out.height = std::max(2, (frame->height * out.width / std::max(1, frame->width)) & ~1);
  previewScaler_.reset(sws_getCachedContext(previewScaler_.release(), frame->width, frame->height,
                                            static_cast<AVPixelFormat>(frame->format), out.width,
                                            out.height, AV_PIX_FMT_RGB24, SWS_BILINEAR, nullptr,
                                            nullptr, nullptr));
  if (!previewScaler_) return;
  out.rgb.resize(static_cast<std::size_t>(out.width * out.height * 3));
  std::uint8_t* planes[4] = {out.rgb.data(), nullptr, nullptr, nullptr};
  int strides[4] = {out.width * 3, 0, 0, 0};
  sws_scale(previewScaler_.get(), frame->data, frame->linesize, 0, frame->height, planes, strides);
  out.mediaTime = std::chrono::milliseconds(frame->pts / 1000);
  context_.callbacks->onPreview(out);
}

void VideoTrack::process(AVFrame* frame) {
  if (frame != nullptr) {
    analyse(frame);
    preview(frame);
    auto slot = context_.timeline->locate(frame->pts);
    if (!slot) return;  // paused
    if (slot->id != lastSlot_) {
      lastSlot_ = slot->id;
      forceKey_ = true;  // every segment starts with an IDR picture
    }
    frame->pict_type = AV_PICTURE_TYPE_NONE;
  }
  if (av_buffersrc_add_frame_flags(source_, frame, AV_BUFFERSRC_FLAG_KEEP_REF) < 0) return;
  while (av_buffersink_get_frame(sink_, filtered_.get()) >= 0) {
    FrameRef ref(filtered_.get());
    filtered_->pict_type = forceKey_ ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE;
    forceKey_ = false;
    encode(filtered_.get());
  }
  if (frame == nullptr) encode(nullptr);
}

}  // namespace

Expected<std::unique_ptr<EncoderTrack>> makeVideoTrack(int index, const InputReader& input,
                                                       TrackContext context) {
  std::size_t capacity = static_cast<std::size_t>(std::max(8.0, input.frameRate()));
  auto track = std::make_unique<VideoTrack>(index, std::move(context), capacity, input.spec().text);
  AUDIENTIA_TRY_STATUS(track->open(input));
  return std::unique_ptr<EncoderTrack>(std::move(track));
}

}  // namespace audientia::media
