// AudioTrack: resampling to the AAC encoder's format and frame size, AAC, levels, silence and
// clipping detection.

#include <cmath>
#include <cstdint>
#include <cstdio>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include "capture/encoder_track.h"
#include "ffmpeg_error.h"

namespace audientia::media {
namespace {

double toDb(double linear) {
  return linear <= 1e-6 ? -120.0 : 20.0 * std::log10(linear);
}

class AudioTrack final : public EncoderTrack {
 public:
  AudioTrack(int index, TrackContext context, std::string spec)
      : EncoderTrack(index, std::move(context), 400), spec_(std::move(spec)) {}

  Status open(const InputReader& input);

 protected:
  void process(AVFrame* frame) override;

 private:
  Status buildFilters(const AVFrame* first);
  void measure(const AVFrame* frame);

  std::string spec_;
  FilterGraph graph_;
  AVFilterContext* source_ = nullptr;
  AVFilterContext* sink_ = nullptr;
  Frame filtered_ = makeFrame();
  std::int64_t nextInputUs_ = -1;
  // Levels and health.
  std::vector<double> peak_, sumSquares_;
  std::int64_t windowSamples_ = 0;
  std::int64_t clipped_ = 0;
  std::int64_t silentSinceUs_ = -1;
  bool silenceReported_ = false;
  std::int64_t lastClipReportUs_ = -1'000'000'000;
};

Status AudioTrack::open(const InputReader& input) {
  const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
  if (codec == nullptr) return Error(ErrorCode::kUnimplemented, "FFmpeg has no AAC encoder");
  encoder_ = makeCodecContext(codec);
  if (!encoder_) return ffmpegAllocationError("avcodec_alloc_context3", "aac");
  const auto* decoder = input.decoder();
  int channels = std::clamp(decoder->ch_layout.nb_channels, 1, 8);
  av_channel_layout_default(&encoder_->ch_layout, channels);
  encoder_->sample_rate = context_.options->audioSampleRate;
  encoder_->sample_fmt = AV_SAMPLE_FMT_FLTP;
  encoder_->bit_rate = context_.options->audioBitRate;
  encoder_->time_base = AVRational{1, encoder_->sample_rate};
  encoder_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  FfmpegLogCapture log;
  int rc = avcodec_open2(encoder_.get(), codec, nullptr);
  if (rc < 0) return log.error(rc, "avcodec_open2 (aac)", spec_);
  defaultPacketDuration_ = encoder_->frame_size;
  peak_.assign(static_cast<std::size_t>(channels), 0.0);
  sumSquares_.assign(static_cast<std::size_t>(channels), 0.0);
  return ok();
}

Status AudioTrack::buildFilters(const AVFrame* first) {
  FfmpegLogCapture log;
  graph_ = makeFilterGraph();
  if (!graph_) return ffmpegAllocationError("avfilter_graph_alloc", spec_);
  char layout[64] = "";
  av_channel_layout_describe(&first->ch_layout, layout, sizeof layout);
  if (first->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC) {
    std::snprintf(layout, sizeof layout, "%dc", first->ch_layout.nb_channels);
  }
  char args[256];
  std::snprintf(args, sizeof args,
                "time_base=1/1000000:sample_rate=%d:sample_fmt=%s:channel_layout=%s",
                first->sample_rate,
                av_get_sample_fmt_name(static_cast<AVSampleFormat>(first->format)), layout);
  int rc = avfilter_graph_create_filter(&source_, avfilter_get_by_name("abuffer"), "in", args,
                                        nullptr, graph_.get());
  if (rc < 0) return log.error(rc, "creating the abuffer filter", spec_);
  char outLayout[64] = "";
  av_channel_layout_describe(&encoder_->ch_layout, outLayout, sizeof outLayout);
  char format[160];
  std::snprintf(format, sizeof format, "sample_fmts=fltp:sample_rates=%d:channel_layouts=%s",
                encoder_->sample_rate, outLayout);
  AVFilterContext* resample = nullptr;
  AVFilterContext* aformat = nullptr;
  rc = avfilter_graph_create_filter(&resample, avfilter_get_by_name("aresample"), "resample",
                                    nullptr, nullptr, graph_.get());
  if (rc >= 0) {
    rc = avfilter_graph_create_filter(&aformat, avfilter_get_by_name("aformat"), "format", format,
                                      nullptr, graph_.get());
  }
  if (rc >= 0) {
    rc = avfilter_graph_create_filter(&sink_, avfilter_get_by_name("abuffersink"), "out", nullptr,
                                      nullptr, graph_.get());
  }
  if (rc < 0) return log.error(rc, "creating the audio filters", spec_);
  if ((rc = avfilter_link(source_, 0, resample, 0)) < 0 ||
      (rc = avfilter_link(resample, 0, aformat, 0)) < 0 ||
      (rc = avfilter_link(aformat, 0, sink_, 0)) < 0) {
    return log.error(rc, "avfilter_link", spec_);
  }
  rc = avfilter_graph_config(graph_.get(), nullptr);
  if (rc < 0) return log.error(rc, "avfilter_graph_config", spec_);
  av_buffersink_set_frame_size(sink_, static_cast<unsigned>(encoder_->frame_size));
  return ok();
}

void AudioTrack::measure(const AVFrame* frame) {
  const auto& options = *context_.options;
  std::size_t channels =
      std::min<std::size_t>(peak_.size(), static_cast<std::size_t>(frame->ch_layout.nb_channels));
  for (std::size_t c = 0; c < channels; ++c) {
    const auto* samples = reinterpret_cast<const float*>(frame->extended_data[c]);
    for (int i = 0; i < frame->nb_samples; ++i) {
      double v = std::fabs(static_cast<double>(samples[i]));
      peak_[c] = std::max(peak_[c], v);
      sumSquares_[c] += v * v;
      if (v >= 0.999) ++clipped_;
    }
  }
  windowSamples_ += frame->nb_samples;
  std::int64_t windowTarget = encoder_->sample_rate * options.levelInterval.count() / 1000;
  if (windowSamples_ < std::max<std::int64_t>(windowTarget, 1)) return;
  std::int64_t nowUs = av_rescale_q(frame->pts, encoder_->time_base, AVRational{1, 1000000});
  AudioLevels levels;
  levels.input = index_;
  levels.mediaTime = std::chrono::milliseconds(nowUs / 1000);
  double loudest = 0;
  for (std::size_t c = 0; c < peak_.size(); ++c) {
    levels.peakDb.push_back(toDb(peak_[c]));
    levels.rmsDb.push_back(toDb(std::sqrt(sumSquares_[c] / static_cast<double>(windowSamples_))));
    loudest = std::max(loudest, peak_[c]);
    peak_[c] = 0;
    sumSquares_[c] = 0;
  }
  windowSamples_ = 0;
  if (context_.callbacks->onLevels) context_.callbacks->onLevels(levels);
  if (toDb(loudest) < options.silenceThresholdDb) {
    if (silentSinceUs_ < 0) silentSinceUs_ = nowUs;
    if (!silenceReported_ && nowUs - silentSinceUs_ >= options.silenceAfter.count() * 1000) {
      silenceReported_ = true;
      char detail[128];
      std::snprintf(detail, sizeof detail, "no sound above %.0f dBFS for %.1f s",
                    options.silenceThresholdDb,
                    static_cast<double>(options.silenceAfter.count()) / 1000.0);
      reportOnce(HealthKind::kSilence, detail);
    }
  } else {
    silentSinceUs_ = -1;
    if (silenceReported_) {
      silenceReported_ = false;
      reportOnce(HealthKind::kSilenceEnded, "sound is back");
    }
  }
  if (clipped_ >= 3 && nowUs - lastClipReportUs_ >= 10'000'000) {
    lastClipReportUs_ = nowUs;
    reportOnce(HealthKind::kClipping, std::to_string(clipped_) + " samples at full scale");
  }
  clipped_ = 0;
}

void AudioTrack::process(AVFrame* frame) {
  if (frame != nullptr) {
    if (!context_.timeline->locate(frame->pts)) {
      nextInputUs_ = -1;  // paused: start the filters afresh on resume
      return;
    }
    std::int64_t durationUs =
        av_rescale(frame->nb_samples, 1000000, std::max(1, frame->sample_rate));
    bool discontinuous = nextInputUs_ >= 0 && std::llabs(frame->pts - nextInputUs_) > 100'000;
    if (!graph_ || nextInputUs_ < 0 || discontinuous) {
      // A gap (pause, device hiccup): start the filters afresh. The old graph's partial last
      // frame (< 1 AAC frame) is dropped: AAC accepts a short frame only as the very last one.
      if (!buildFilters(frame)) {
        reportOnce(HealthKind::kEncoderError, "cannot build the audio filters for " + spec_);
        graph_.reset();
        return;
      }
    }
    nextInputUs_ = frame->pts + durationUs;
  }
  if (!graph_) {
    if (frame == nullptr) encode(nullptr);
    return;
  }
  if (av_buffersrc_add_frame_flags(source_, frame, AV_BUFFERSRC_FLAG_KEEP_REF) < 0) return;
  while (av_buffersink_get_frame(sink_, filtered_.get()) >= 0) {
    FrameRef ref(filtered_.get());
    measure(filtered_.get());
    encode(filtered_.get());
  }
  if (frame == nullptr) encode(nullptr);
}

}  // namespace

Expected<std::unique_ptr<EncoderTrack>> makeAudioTrack(int index, const InputReader& input,
                                                       TrackContext context) {
  auto track = std::make_unique<AudioTrack>(index, std::move(context), input.spec().text);
  AUDIENTIA_TRY_STATUS(track->open(input));
  return std::unique_ptr<EncoderTrack>(std::move(track));
}

}  // namespace audientia::media
