#include "capture/encoder_track.h"

#include "ffmpeg_error.h"

namespace audientia::media {

EncoderTrack::EncoderTrack(int index, TrackContext context, std::size_t queueCapacity)
    : index_(index), context_(std::move(context)), queue_(queueCapacity) {}

EncoderTrack::~EncoderTrack() {
  queue_.close();
  if (thread_.joinable()) thread_.join();
}

void EncoderTrack::start(SegmentMuxer& muxer) {
  muxer_ = &muxer;
  thread_ = std::thread([this] { run(); });
}

void EncoderTrack::finish() {
  queue_.close();
  if (thread_.joinable()) thread_.join();
}

void EncoderTrack::run() {
  while (true) {
    auto frame = queue_.pop(std::chrono::milliseconds(100));
    if (frame) {
      process(frame->get());
      continue;
    }
    if (queue_.closedAndEmpty()) break;
  }
  process(nullptr);  // flush filters and encoder
}

void EncoderTrack::reportOnce(HealthKind kind, const std::string& detail) {
  if (context_.health) context_.health(kind, index_, detail);
}

void EncoderTrack::encode(AVFrame* frame) {
  if (encoderFailed_) return;
  int rc = avcodec_send_frame(encoder_.get(), frame);
  if (rc < 0 && rc != AVERROR_EOF) {
    encoderFailed_ = true;
    reportOnce(HealthKind::kEncoderError,
               ffmpegError(rc, "avcodec_send_frame", encoder_->codec->name).message());
    return;
  }
  while (true) {
    Packet packet = makePacket();
    if (!packet) return;
    rc = avcodec_receive_packet(encoder_.get(), packet.get());
    if (rc < 0) return;  // EAGAIN (needs input) or EOF (flushed)
    if (packet->duration <= 0) packet->duration = defaultPacketDuration_;
    muxer_->submit({index_, std::move(packet)});
  }
}

}  // namespace audientia::media
