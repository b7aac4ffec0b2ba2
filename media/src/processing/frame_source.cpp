#include "processing/frame_source.h"

#include <string>

#include "ffmpeg_error.h"
#include "ffmpeg_input.h"

namespace audientia::media {
namespace {

constexpr AVRational kMilliseconds{1, 1000};

std::int64_t streamStart(const AVStream* stream) {
  return stream->start_time == AV_NOPTS_VALUE ? 0 : stream->start_time;
}

}  // namespace

Expected<FrameSource> FrameSource::open(const std::filesystem::path& path, AVMediaType type,
                                        int which) {
  AUDIENTIA_TRY(auto format, openInput(path));
  FrameSource source;
  source.path_ = path;
  int seen = 0;  // streams of `type` before this one
  for (unsigned i = 0; i < format->nb_streams; ++i) {
    // Cover art (an attached picture) is not the recording's video.
    const AVStream* candidate = format->streams[i];
    if (candidate->codecpar->codec_type == type &&
        (candidate->disposition & AV_DISPOSITION_ATTACHED_PIC) == 0 && seen++ == which) {
      source.streamIndex_ = static_cast<int>(i);
      break;
    }
  }
  if (source.streamIndex_ < 0) {
    const std::string kind = av_get_media_type_string(type);
    if (which == 0) return notFound("'" + path.string() + "' has no " + kind + " stream");
    return notFound("'" + path.string() + "' has no " + kind + " stream number " +
                    std::to_string(which + 1) + " (it has " + std::to_string(seen) + ")");
  }
  const AVCodecParameters* parameters = format->streams[source.streamIndex_]->codecpar;
  const AVCodec* codec = avcodec_find_decoder(parameters->codec_id);
  if (codec == nullptr) {
    return ffmpegError(AVERROR_DECODER_NOT_FOUND, "avcodec_find_decoder",
                       path.string() + " (" + avcodec_get_name(parameters->codec_id) + ")");
  }
  FfmpegLogCapture log;
  source.decoder_ = makeCodecContext(codec);
  source.packet_ = makePacket();
  source.frame_ = makeFrame();
  if (!source.decoder_ || !source.packet_ || !source.frame_) {
    return ffmpegAllocationError("avcodec_alloc_context3", path.string());
  }
  int rc = avcodec_parameters_to_context(source.decoder_.get(), parameters);
  if (rc < 0) return log.error(rc, "avcodec_parameters_to_context", path.string());
  source.decoder_->pkt_timebase = format->streams[source.streamIndex_]->time_base;
  rc = avcodec_open2(source.decoder_.get(), codec, nullptr);
  if (rc < 0) return log.error(rc, "avcodec_open2", path.string());
  source.format_ = std::move(format);
  return source;
}

Expected<AVFrame*> FrameSource::next() {
  FfmpegLogCapture log;
  av_frame_unref(frame_.get());
  while (true) {
    int rc = avcodec_receive_frame(decoder_.get(), frame_.get());
    if (rc == 0) return frame_.get();
    if (rc == AVERROR_EOF) return static_cast<AVFrame*>(nullptr);
    if (rc != AVERROR(EAGAIN)) return log.error(rc, "avcodec_receive_frame", path_.string());
    rc = av_read_frame(format_.get(), packet_.get());
    if (rc == AVERROR_EOF) {
      // Enters draining: the decoder returns its delayed frames, then AVERROR_EOF.
      if (!draining_) avcodec_send_packet(decoder_.get(), nullptr);
      draining_ = true;
      continue;
    }
    if (rc < 0) return log.error(rc, "av_read_frame", path_.string());
    PacketRef packet(packet_.get());
    if (packet_->stream_index != streamIndex_) continue;
    rc = avcodec_send_packet(decoder_.get(), packet_.get());
    if (rc < 0 && rc != AVERROR_INVALIDDATA) {
      return log.error(rc, "avcodec_send_packet", path_.string());
    }
  }
}

Status FrameSource::seek(std::int64_t mediaTimeMs) {
  FfmpegLogCapture log;
  AVStream* s = stream();
  const std::int64_t target =
      streamStart(s) + av_rescale_q(mediaTimeMs, kMilliseconds, s->time_base);
  const int rc = av_seek_frame(format_.get(), streamIndex_, target, AVSEEK_FLAG_BACKWARD);
  if (rc < 0) return log.error(rc, "av_seek_frame", path_.string());
  avcodec_flush_buffers(decoder_.get());
  draining_ = false;
  return ok();
}

std::int64_t FrameSource::startInFileMs() const {
  const std::int64_t fileStartUs = format_->start_time == AV_NOPTS_VALUE ? 0 : format_->start_time;
  return av_rescale_q(streamStart(stream()), stream()->time_base, kMilliseconds) -
         av_rescale_q(fileStartUs, AV_TIME_BASE_Q, kMilliseconds);
}

std::int64_t FrameSource::frameTimeMs(const AVFrame* frame) const {
  const std::int64_t pts =
      frame->best_effort_timestamp != AV_NOPTS_VALUE ? frame->best_effort_timestamp : frame->pts;
  if (pts == AV_NOPTS_VALUE) return 0;
  return av_rescale_q(pts - streamStart(stream()), stream()->time_base, kMilliseconds);
}

}  // namespace audientia::media
