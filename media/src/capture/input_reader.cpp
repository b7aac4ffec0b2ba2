#include "capture/input_reader.h"

#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <thread>

extern "C" {
#include <libavdevice/avdevice.h>
}

#include "ffmpeg_error.h"

namespace audientia::media {
namespace {

constexpr AVRational kMicroseconds{1, 1000000};

void registerDevices() {
  static std::once_flag once;
  std::call_once(once, [] { avdevice_register_all(); });
}

}  // namespace

int InputReader::interrupted(void* opaque) {
  return static_cast<InputReader*>(opaque)->stopRequested_.load() ? 1 : 0;
}

Expected<std::unique_ptr<InputReader>> InputReader::open(const DeviceSpec& spec,
                                                         DeviceMedia media) {
  configureFfmpeg();
  registerDevices();
  std::unique_ptr<InputReader> reader(new InputReader());
  reader->spec_ = spec;
  reader->media_ = media;
  const AVInputFormat* format = av_find_input_format(spec.format.c_str());
  if (format == nullptr) {
    return Error(ErrorCode::kUnimplemented,
                 "input " + spec.text + ": this FFmpeg has no '" + spec.format + "' device");
  }
  AVFormatContext* raw = avformat_alloc_context();
  if (raw == nullptr) return ffmpegAllocationError("avformat_alloc_context", spec.text);
  raw->interrupt_callback = {&InputReader::interrupted, reader.get()};
  FfmpegLogCapture log;
  int rc = avformat_open_input(&raw, spec.url.c_str(), format, nullptr);
  if (rc < 0) return log.error(rc, "avformat_open_input", spec.text);
  reader->format_.reset(raw);
  rc = avformat_find_stream_info(raw, nullptr);
  if (rc < 0) return log.error(rc, "avformat_find_stream_info", spec.text);
  AVMediaType type = media == DeviceMedia::kVideo ? AVMEDIA_TYPE_VIDEO : AVMEDIA_TYPE_AUDIO;
  const AVCodec* codec = nullptr;
  rc = av_find_best_stream(raw, type, -1, -1, &codec, 0);
  if (rc < 0) {
    return invalidArgument("input " + spec.text + " has no " +
                           (media == DeviceMedia::kVideo ? "video" : "audio") + " stream");
  }
  reader->streamIndex_ = rc;
  AVStream* stream = raw->streams[rc];
  reader->decoder_ = makeCodecContext(codec);
  if (!reader->decoder_) return ffmpegAllocationError("avcodec_alloc_context3", spec.text);
  rc = avcodec_parameters_to_context(reader->decoder_.get(), stream->codecpar);
  if (rc < 0) return log.error(rc, "avcodec_parameters_to_context", spec.text);
  reader->decoder_->pkt_timebase = stream->time_base;
  rc = avcodec_open2(reader->decoder_.get(), codec, nullptr);
  if (rc < 0) return log.error(rc, "avcodec_open2", spec.text);
  if (type == AVMEDIA_TYPE_VIDEO) {
    AVRational rate = av_guess_frame_rate(raw, stream, nullptr);
    reader->frameRate_ = rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 25.0;
    if (reader->decoder_->width <= 0 || reader->decoder_->height <= 0) {
      return invalidArgument("input " + spec.text + " does not say its picture size");
    }
  }
  return reader;
}

InputReader::~InputReader() {
  stop();
}

void InputReader::start(const SessionClock& clock, FrameQueue& queue,
                        std::function<void(const std::string& reason)> stopped) {
  clock_ = &clock;
  queue_ = &queue;
  thread_ = std::thread([this, stopped = std::move(stopped)] { run(stopped); });
}

void InputReader::stop() {
  stopRequested_ = true;
  if (thread_.joinable()) thread_.join();
  if (queue_ != nullptr) queue_->close();
}

void InputReader::deliver(AVFrame* frame) {
  std::int64_t pts = frame->best_effort_timestamp;
  AVRational tb = format_->streams[streamIndex_]->time_base;
  std::int64_t ptsUs = pts == AV_NOPTS_VALUE ? nextPtsUs_ : av_rescale_q(pts, tb, kMicroseconds);
  std::int64_t durationUs = 0;
  if (media_ == DeviceMedia::kAudio && frame->sample_rate > 0) {
    durationUs = av_rescale(frame->nb_samples, 1000000, frame->sample_rate);
  } else if (frameRate_ > 0) {
    durationUs = static_cast<std::int64_t>(1e6 / frameRate_);
  }
  nextPtsUs_ = ptsUs + durationUs;
  std::int64_t now = clock_->nowUs();
  if (!anchored_) {
    anchored_ = true;
    basePtsUs_ = ptsUs;
    anchorUs_ = now;
  }
  std::int64_t mediaUs = anchorUs_ + (ptsUs - basePtsUs_);
  if (spec_.isVirtual()) {
    // Pace virtual sources to real time, waking up for stop requests.
    while (!stopRequested_ && clock_->nowUs() < mediaUs) {
      std::this_thread::sleep_until(
          std::min(clock_->steadyAt(mediaUs),
                   std::chrono::steady_clock::now() + std::chrono::milliseconds(50)));
    }
  } else if (mediaUs > now + 2'000'000 || mediaUs < now - 2'000'000) {
    // A device clock that jumped: anchor again rather than drift away from the session clock.
    basePtsUs_ = ptsUs;
    anchorUs_ = now;
    mediaUs = now;
  }
  Frame copy = makeFrame();
  if (!copy || av_frame_ref(copy.get(), frame) < 0) {
    ++framesDropped_;
    return;
  }
  copy->pts = mediaUs;
  copy->time_base = kMicroseconds;
  ++framesRead_;
  lastFrameUs_ = mediaUs;
  if (!queue_->tryPush(copy)) ++framesDropped_;
}

void InputReader::run(std::function<void(const std::string&)> stopped) {
  Packet packet = makePacket();
  Frame frame = makeFrame();
  std::string reason;
  while (!stopRequested_ && packet && frame) {
    int rc = av_read_frame(format_.get(), packet.get());
    if (rc == AVERROR(EAGAIN)) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      continue;
    }
    if (rc < 0) {
      if (!stopRequested_) {
        reason = rc == AVERROR_EOF ? "end of stream" : "read failed: " + ffmpegErrorText(rc);
      }
      break;
    }
    PacketRef packetRef(packet.get());
    if (packet->stream_index != streamIndex_) continue;
    if (avcodec_send_packet(decoder_.get(), packet.get()) < 0) continue;
    while (avcodec_receive_frame(decoder_.get(), frame.get()) >= 0) {
      FrameRef frameRef(frame.get());
      deliver(frame.get());
    }
  }
  ended_ = true;
  if (!reason.empty() && stopped) stopped(reason);
}

}  // namespace audientia::media
