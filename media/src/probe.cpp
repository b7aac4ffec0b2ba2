#include "audientia/media/probe.h"

#include <charconv>
#include <optional>
#include <string_view>

#include "ffmpeg_handles.h"
#include "ffmpeg_input.h"

extern "C" {
#include <libavutil/dict.h>
#include <libavutil/rational.h>
}

namespace audientia::media {
namespace {

constexpr AVRational kMilliseconds{1, 1000};

std::chrono::milliseconds toMilliseconds(std::int64_t value, AVRational timeBase) {
  if (value == AV_NOPTS_VALUE || value <= 0 || timeBase.num <= 0 || timeBase.den <= 0) {
    return std::chrono::milliseconds{0};
  }
  return std::chrono::milliseconds{av_rescale_q(value, timeBase, kMilliseconds)};
}

StreamType streamTypeOf(AVMediaType type) {
  switch (type) {
    case AVMEDIA_TYPE_VIDEO:
      return StreamType::kVideo;
    case AVMEDIA_TYPE_AUDIO:
      return StreamType::kAudio;
    case AVMEDIA_TYPE_SUBTITLE:
      return StreamType::kSubtitle;
    case AVMEDIA_TYPE_DATA:
    case AVMEDIA_TYPE_ATTACHMENT:
      return StreamType::kData;
    default:
      return StreamType::kUnspecified;
  }
}

double framesPerSecond(AVRational rate) {
  return (rate.num > 0 && rate.den > 0) ? av_q2d(rate) : 0.0;
}

// Matroska keeps a stream's duration only as a "DURATION" tag, "HH:MM:SS.fraction".
std::optional<std::chrono::milliseconds> parseDurationTag(std::string_view text) {
  long long hours = 0;
  long long minutes = 0;
  const char* end = text.data() + text.size();
  auto [p1, e1] = std::from_chars(text.data(), end, hours);
  if (e1 != std::errc{} || p1 == end || *p1 != ':') return std::nullopt;
  auto [p2, e2] = std::from_chars(p1 + 1, end, minutes);
  if (e2 != std::errc{} || p2 == end || *p2 != ':') return std::nullopt;
  // Whole seconds, then at most three digits of the fraction (milliseconds are enough).
  long long seconds = 0;
  auto [p3, e3] = std::from_chars(p2 + 1, end, seconds);
  if (e3 != std::errc{}) return std::nullopt;
  long long millis = 0;
  if (p3 != end && *p3 == '.') {
    int digits = 0;
    for (const char* p = p3 + 1; p != end && *p >= '0' && *p <= '9' && digits < 3; ++p, ++digits) {
      millis = millis * 10 + (*p - '0');
    }
    for (; digits < 3; ++digits) millis *= 10;
  }
  return std::chrono::milliseconds{((hours * 60 + minutes) * 60 + seconds) * 1000 + millis};
}

StreamInfo describeStream(const AVStream& stream) {
  const AVCodecParameters& codec = *stream.codecpar;
  StreamInfo info;
  info.index = stream.index;
  info.type = streamTypeOf(codec.codec_type);
  info.codec = avcodec_get_name(codec.codec_id);
  if (info.type == StreamType::kVideo) {
    info.width = codec.width;
    info.height = codec.height;
    // Only the measured average: r_frame_rate is a guess that, with no frames, is the time base.
    info.frameRate = framesPerSecond(stream.avg_frame_rate);
  } else if (info.type == StreamType::kAudio) {
    info.sampleRate = codec.sample_rate;
    info.channels = codec.ch_layout.nb_channels;
  }
  info.duration = toMilliseconds(stream.duration, stream.time_base);
  if (info.duration.count() == 0) {
    const AVDictionaryEntry* tag = av_dict_get(stream.metadata, "DURATION", nullptr, 0);
    if (tag != nullptr && tag->value != nullptr) {
      info.duration = parseDurationTag(tag->value).value_or(std::chrono::milliseconds{0});
    }
  }
  info.bitRate = codec.bit_rate > 0 ? codec.bit_rate : 0;
  return info;
}

}  // namespace

Expected<MediaInfo> probe(const std::filesystem::path& path) {
  AUDIENTIA_TRY(const InputFormatContext context, openInput(path));
  MediaInfo info;
  info.container = context->iformat != nullptr ? context->iformat->name : "";
  info.duration = toMilliseconds(context->duration, AV_TIME_BASE_Q);
  info.bitRate = context->bit_rate > 0 ? context->bit_rate : 0;
  info.streams.reserve(context->nb_streams);
  for (unsigned i = 0; i < context->nb_streams; ++i) {
    info.streams.push_back(describeStream(*context->streams[i]));
  }
  return info;
}

}  // namespace audientia::media
