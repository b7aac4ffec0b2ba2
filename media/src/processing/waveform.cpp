// computeWaveform() and waveformToJson() (processing.h): decode the first audio stream, convert
// every frame to planar float with libswresample, keep min/max per channel per bucket.

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "audientia/media/processing.h"
#include "ffmpeg_error.h"
#include "ffmpeg_handles.h"
#include "processing/frame_source.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

namespace audientia::media {
namespace {

// Accumulates min/max per channel; a bucket ends every sampleRate / peaksPerSecond samples
// (computed from the running sample count so fractional bucket lengths do not drift).
class PeakAccumulator {
 public:
  PeakAccumulator(Waveform& waveform) : waveform_(waveform) {  // NOLINT
    waveform_.peaks.assign(static_cast<std::size_t>(waveform.channels), {});
    low_.assign(waveform_.peaks.size(), 1.0F);
    high_.assign(waveform_.peaks.size(), -1.0F);
  }

  void add(const std::vector<std::vector<float>>& planes, int count) {
    for (int i = 0; i < count; ++i) {
      const std::int64_t bucket = samples_ * waveform_.peaksPerSecond / waveform_.sampleRate;
      if (bucket != bucket_) flush(bucket);
      for (std::size_t c = 0; c < planes.size(); ++c) {
        const float value = std::clamp(planes[c][static_cast<std::size_t>(i)], -1.0F, 1.0F);
        low_[c] = std::min(low_[c], value);
        high_[c] = std::max(high_[c], value);
      }
      ++samples_;
      pending_ = true;
    }
  }

  void finish() {
    if (pending_) flush(bucket_ + 1);
    waveform_.durationMs = waveform_.sampleRate > 0 ? samples_ * 1000 / waveform_.sampleRate : 0;
  }

 private:
  void flush(std::int64_t nextBucket) {
    if (pending_) {
      for (std::size_t c = 0; c < low_.size(); ++c) {
        waveform_.peaks[c].push_back(low_[c]);
        waveform_.peaks[c].push_back(high_[c]);
        low_[c] = 1.0F;
        high_[c] = -1.0F;
      }
    }
    pending_ = false;
    bucket_ = nextBucket;
  }

  Waveform& waveform_;
  std::vector<float> low_, high_;
  std::int64_t samples_ = 0;
  std::int64_t bucket_ = 0;
  bool pending_ = false;
};

// Converts decoded frames of any sample format to planar float at the same rate and layout.
class FloatConverter {
 public:
  Status convert(const AVFrame& frame, std::vector<std::vector<float>>& planes, int& count,
                 const std::string& target) {
    FfmpegLogCapture log;
    if (!resampler_) {
      SwrContext* raw = nullptr;
      // FFmpeg 5.1 takes the layouts as non-const pointers: hand it a copy.
      AVChannelLayout layout{};
      int rc = av_channel_layout_copy(&layout, &frame.ch_layout);
      if (rc < 0) return log.error(rc, "av_channel_layout_copy", target);
      rc = swr_alloc_set_opts2(&raw, &layout, AV_SAMPLE_FMT_FLTP, frame.sample_rate, &layout,
                               static_cast<AVSampleFormat>(frame.format), frame.sample_rate, 0,
                               nullptr);
      av_channel_layout_uninit(&layout);
      if (rc < 0) return log.error(rc, "swr_alloc_set_opts2", target);
      resampler_.reset(raw);
      rc = swr_init(resampler_.get());
      if (rc < 0) return log.error(rc, "swr_init", target);
    }
    const int capacity = swr_get_out_samples(resampler_.get(), frame.nb_samples);
    if (capacity < 0) return log.error(capacity, "swr_get_out_samples", target);
    planes.resize(static_cast<std::size_t>(frame.ch_layout.nb_channels));
    std::vector<std::uint8_t*> out;
    for (auto& plane : planes) {
      plane.resize(static_cast<std::size_t>(capacity));
      out.push_back(reinterpret_cast<std::uint8_t*>(plane.data()));
    }
    count = swr_convert(resampler_.get(), out.data(), capacity,
                        const_cast<const std::uint8_t**>(frame.extended_data), frame.nb_samples);
    if (count < 0) return log.error(count, "swr_convert", target);
    return ok();
  }

 private:
  ResampleContext resampler_;
};

}  // namespace

Expected<Waveform> computeWaveform(const std::filesystem::path& input, int peaksPerSecond) {
  if (peaksPerSecond <= 0) {
    return invalidArgument("waveform of '" + input.string() + "': peaks per second " +
                           std::to_string(peaksPerSecond) + " must be positive");
  }
  auto source = FrameSource::open(input, AVMEDIA_TYPE_AUDIO);
  if (!source) return source.error().withContext("waveform of '" + input.string() + "'");
  Waveform waveform;
  waveform.sampleRate = source->decoder()->sample_rate;
  waveform.channels = source->decoder()->ch_layout.nb_channels;
  waveform.peaksPerSecond = peaksPerSecond;
  if (waveform.sampleRate <= 0 || waveform.channels <= 0) {
    return invalidArgument("waveform of '" + input.string() +
                           "': the audio stream has no sample rate or channels");
  }
  PeakAccumulator peaks(waveform);
  FloatConverter converter;
  std::vector<std::vector<float>> planes;
  while (true) {
    AUDIENTIA_TRY(AVFrame * frame, source->next());
    if (frame == nullptr) break;
    if (frame->ch_layout.nb_channels != waveform.channels ||
        frame->sample_rate != waveform.sampleRate) {
      return invalidArgument("waveform of '" + input.string() +
                             "': the audio stream changes its channels or sample rate");
    }
    int count = 0;
    AUDIENTIA_TRY_STATUS(converter.convert(*frame, planes, count, input.string()));
    peaks.add(planes, count);
  }
  peaks.finish();
  return waveform;
}

std::string waveformToJson(const Waveform& waveform) {
  auto rounded = [](float value) { return std::round(static_cast<double>(value) * 1e4) / 1e4; };
  nlohmann::json peaks = nlohmann::json::array();
  for (const auto& channel : waveform.peaks) {
    nlohmann::json values = nlohmann::json::array();
    for (const float value : channel) values.push_back(rounded(value));
    peaks.push_back(std::move(values));
  }
  nlohmann::json j{{"version", 1},
                   {"sample_rate", waveform.sampleRate},
                   {"channels", waveform.channels},
                   {"peaks_per_second", waveform.peaksPerSecond},
                   {"duration_ms", waveform.durationMs},
                   {"peaks", std::move(peaks)}};
  return j.dump();
}

}  // namespace audientia::media
