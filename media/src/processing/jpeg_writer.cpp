#include "processing/jpeg_writer.h"

#include <algorithm>
#include <cmath>

#include "audientia/base/posix_file.h"
#include "ffmpeg_error.h"

namespace audientia::media {

int scaledHeight(const AVCodecContext& decoder, int width) {
  double aspect = static_cast<double>(decoder.height) / decoder.width;
  const AVRational sar = decoder.sample_aspect_ratio;
  if (sar.num > 0 && sar.den > 0) aspect /= av_q2d(sar);
  const long even = std::lround(width * aspect / 2.0) * 2;
  return static_cast<int>(std::max(2L, even));
}

Expected<JpegWriter> JpegWriter::open(int width, int height) {
  JpegWriter writer;
  const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_MJPEG);
  if (codec == nullptr) {
    return ffmpegError(AVERROR_ENCODER_NOT_FOUND, "avcodec_find_encoder", "mjpeg");
  }
  writer.encoder_ = makeCodecContext(codec);
  writer.scaled_ = makeFrame();
  writer.packet_ = makePacket();
  if (!writer.encoder_ || !writer.scaled_ || !writer.packet_) {
    return ffmpegAllocationError("avcodec_alloc_context3", "mjpeg");
  }
  AVCodecContext& encoder = *writer.encoder_;
  encoder.width = width;
  encoder.height = height;
  encoder.pix_fmt = AV_PIX_FMT_YUVJ420P;
  encoder.color_range = AVCOL_RANGE_JPEG;
  encoder.time_base = AVRational{1, 25};
  // A fixed quantiser (qscale 3) gives good-looking thumbnails of a few kilobytes.
  encoder.flags |= AV_CODEC_FLAG_QSCALE;
  encoder.global_quality = FF_QP2LAMBDA * 3;
  FfmpegLogCapture log;
  int rc = avcodec_open2(&encoder, codec, nullptr);
  if (rc < 0) return log.error(rc, "avcodec_open2", "mjpeg");
  writer.scaled_->format = AV_PIX_FMT_YUVJ420P;
  writer.scaled_->width = width;
  writer.scaled_->height = height;
  rc = av_frame_get_buffer(writer.scaled_.get(), 0);
  if (rc < 0) return log.error(rc, "av_frame_get_buffer", "thumbnail");
  return writer;
}

Expected<std::string> JpegWriter::encode(const AVFrame& picture, std::string_view what) {
  FfmpegLogCapture log;
  scale_.reset(sws_getCachedContext(scale_.release(), picture.width, picture.height,
                                    static_cast<AVPixelFormat>(picture.format), encoder_->width,
                                    encoder_->height, AV_PIX_FMT_YUVJ420P, SWS_BICUBIC, nullptr,
                                    nullptr, nullptr));
  if (!scale_) return ffmpegAllocationError("sws_getCachedContext", what);
  int rc = av_frame_make_writable(scaled_.get());
  if (rc < 0) return log.error(rc, "av_frame_make_writable", what);
  sws_scale(scale_.get(), picture.data, picture.linesize, 0, picture.height, scaled_->data,
            scaled_->linesize);
  scaled_->pts = pts_++;
  rc = avcodec_send_frame(encoder_.get(), scaled_.get());
  if (rc < 0) return log.error(rc, "avcodec_send_frame", what);
  rc = avcodec_receive_packet(encoder_.get(), packet_.get());
  if (rc < 0) return log.error(rc, "avcodec_receive_packet", what);
  PacketRef packet(packet_.get());
  return std::string(reinterpret_cast<const char*>(packet_->data),
                     static_cast<std::size_t>(packet_->size));
}

Status JpegWriter::write(const AVFrame& picture, const std::filesystem::path& path) {
  AUDIENTIA_TRY(const std::string jpeg, encode(picture, path.string()));
  // Whole or absent; not synced: the job stores it in the media store, which makes it durable.
  return posix::writeFileAtomically(path, jpeg, 0644, posix::Durability::kAtomicOnly);
}

}  // namespace audientia::media
