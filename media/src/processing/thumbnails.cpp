// makeThumbnails() (processing.h): decode the first video stream, pick the first frame at or
// after each wanted time, scale it with libswscale and encode it with FFmpeg's mjpeg encoder.

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>

#include "audientia/base/posix_file.h"
#include "audientia/media/processing.h"
#include "ffmpeg_error.h"
#include "ffmpeg_handles.h"
#include "processing/frame_source.h"

namespace audientia::media {
namespace {

// Seeking costs a keyframe interval of decoding; below this distance decoding on is cheaper.
constexpr std::int64_t kSeekAfterMs = 3000;

std::string thumbnailName(int number) {
  char name[32];
  std::snprintf(name, sizeof name, "thumb-%05d.jpg", number);
  return name;
}

// Height for `width` keeping the displayed aspect ratio, rounded to an even number.
int scaledHeight(const AVCodecContext& decoder, int width) {
  double aspect = static_cast<double>(decoder.height) / decoder.width;
  const AVRational sar = decoder.sample_aspect_ratio;
  if (sar.num > 0 && sar.den > 0) aspect /= av_q2d(sar);
  const long even = std::lround(width * aspect / 2.0) * 2;
  return static_cast<int>(std::max(2L, even));
}

// Scales decoded pictures to the thumbnail size and encodes them as JPEG.
class JpegWriter {
 public:
  static Expected<JpegWriter> open(int width, int height) {
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

  Status write(const AVFrame& picture, const std::filesystem::path& path) {
    FfmpegLogCapture log;
    scale_.reset(sws_getCachedContext(scale_.release(), picture.width, picture.height,
                                      static_cast<AVPixelFormat>(picture.format), encoder_->width,
                                      encoder_->height, AV_PIX_FMT_YUVJ420P, SWS_BICUBIC, nullptr,
                                      nullptr, nullptr));
    if (!scale_) return ffmpegAllocationError("sws_getCachedContext", path.string());
    int rc = av_frame_make_writable(scaled_.get());
    if (rc < 0) return log.error(rc, "av_frame_make_writable", path.string());
    sws_scale(scale_.get(), picture.data, picture.linesize, 0, picture.height, scaled_->data,
              scaled_->linesize);
    scaled_->pts = pts_++;
    rc = avcodec_send_frame(encoder_.get(), scaled_.get());
    if (rc < 0) return log.error(rc, "avcodec_send_frame", path.string());
    rc = avcodec_receive_packet(encoder_.get(), packet_.get());
    if (rc < 0) return log.error(rc, "avcodec_receive_packet", path.string());
    PacketRef packet(packet_.get());
    // Whole or absent; not synced: the job stores it in the media store, which makes it durable.
    const std::string_view jpeg(reinterpret_cast<const char*>(packet_->data),
                                static_cast<std::size_t>(packet_->size));
    return posix::writeFileAtomically(path, jpeg, 0644, posix::Durability::kAtomicOnly);
  }

 private:
  JpegWriter() = default;

  CodecContext encoder_;
  ScaleContext scale_;
  Frame scaled_;
  Packet packet_;
  std::int64_t pts_ = 0;
};

}  // namespace

Expected<std::vector<Thumbnail>> makeThumbnails(const std::filesystem::path& input,
                                                const std::filesystem::path& outDir,
                                                std::int64_t everyMs, int width, int maxCount) {
  if (everyMs <= 0 || width < 2 || maxCount < 0) {
    return invalidArgument("thumbnails of '" + input.string() + "': interval " +
                           std::to_string(everyMs) + " ms and width " + std::to_string(width) +
                           " must be positive (width at least 2)");
  }
  auto source = FrameSource::open(input, AVMEDIA_TYPE_VIDEO);
  if (!source && source.error().code() == ErrorCode::kNotFound && std::filesystem::exists(input)) {
    return std::vector<Thumbnail>{};  // no video stream: nothing to show, not a failure
  }
  if (!source) return source.error().withContext("thumbnails of '" + input.string() + "'");
  std::error_code ec;
  std::filesystem::create_directories(outDir, ec);
  if (ec) return internalError("creating " + outDir.string() + ": " + ec.message());

  const int height = scaledHeight(*source->decoder(), width);
  AUDIENTIA_TRY(auto writer, JpegWriter::open(width, height));
  std::vector<Thumbnail> thumbnails;
  std::int64_t target = 0;
  std::int64_t decodedMs = 0;  // time of the last decoded frame
  while (static_cast<int>(thumbnails.size()) < maxCount) {
    if (target - decodedMs > kSeekAfterMs) AUDIENTIA_TRY_STATUS(source->seek(target));
    AVFrame* picture = nullptr;
    while (true) {
      AUDIENTIA_TRY(picture, source->next());
      if (picture == nullptr) break;
      decodedMs = source->frameTimeMs(picture);
      if (decodedMs >= target) break;
    }
    if (picture == nullptr) break;  // the media ends before `target`
    Thumbnail thumbnail{outDir / thumbnailName(static_cast<int>(thumbnails.size()) + 1), decodedMs};
    AUDIENTIA_TRY_STATUS(writer.write(*picture, thumbnail.path));
    thumbnails.push_back(std::move(thumbnail));
    // The next wanted time after the frame used, so a long still stretch yields no duplicates.
    target = (decodedMs / everyMs + 1) * everyMs;
  }
  return thumbnails;
}

}  // namespace audientia::media
