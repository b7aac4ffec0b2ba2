#include "capture/segment_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

extern "C" {
#include <libavutil/mem.h>
}

#include "ffmpeg_error.h"

namespace audientia::media {
namespace {
constexpr int kIoBufferSize = 1 << 16;
}

int SegmentWriter::writePacket(void* opaque, std::uint8_t* data, int size) {
  auto* self = static_cast<SegmentWriter*>(opaque);
  int done = 0;
  while (done < size) {
    ssize_t n = ::write(self->fd_, data + done, static_cast<std::size_t>(size - done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      self->writeErrno_ = errno == 0 ? EIO : errno;
      return AVERROR(self->writeErrno_);
    }
    done += static_cast<int>(n);
  }
  self->dirty_ = true;
  return size;
}

std::int64_t SegmentWriter::seek(void* opaque, std::int64_t offset, int whence) {
  auto* self = static_cast<SegmentWriter*>(opaque);
  if (whence == AVSEEK_SIZE) {
    off_t here = ::lseek(self->fd_, 0, SEEK_CUR);
    off_t end = ::lseek(self->fd_, 0, SEEK_END);
    ::lseek(self->fd_, here, SEEK_SET);
    return end;
  }
  off_t result = ::lseek(self->fd_, static_cast<off_t>(offset), whence & ~AVSEEK_FORCE);
  return result < 0 ? AVERROR(errno) : result;
}

Expected<std::unique_ptr<SegmentWriter>> SegmentWriter::open(
    const std::filesystem::path& path, const std::vector<const AVCodecContext*>& encoders) {
  std::unique_ptr<SegmentWriter> writer(new SegmentWriter());
  writer->path_ = path;
  writer->fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (writer->fd_ < 0) {
    return Error(errno == EEXIST ? ErrorCode::kAlreadyExists : ErrorCode::kInternal,
                 "creating segment " + path.string() + ": " + std::strerror(errno));
  }
  FfmpegLogCapture log;
  AVFormatContext* raw = nullptr;
  int rc = avformat_alloc_output_context2(&raw, nullptr, "mp4", nullptr);
  if (rc < 0) return log.error(rc, "avformat_alloc_output_context2", "mp4");
  writer->format_.reset(raw);
  auto* buffer = static_cast<unsigned char*>(av_malloc(kIoBufferSize));
  if (buffer == nullptr) return ffmpegAllocationError("av_malloc", path.string());
  writer->io_ = avio_alloc_context(buffer, kIoBufferSize, 1, writer.get(), nullptr,
                                   &SegmentWriter::writePacket, &SegmentWriter::seek);
  if (writer->io_ == nullptr) {
    av_free(buffer);
    return ffmpegAllocationError("avio_alloc_context", path.string());
  }
  writer->format_->pb = writer->io_;
  writer->format_->flags |= AVFMT_FLAG_CUSTOM_IO;
  bool hasVideo = false;
  for (const auto* encoder : encoders) {
    AVStream* stream = avformat_new_stream(writer->format_.get(), nullptr);
    if (stream == nullptr) return ffmpegAllocationError("avformat_new_stream", path.string());
    rc = avcodec_parameters_from_context(stream->codecpar, encoder);
    if (rc < 0) return log.error(rc, "avcodec_parameters_from_context", path.string());
    stream->time_base = encoder->time_base;
    if (encoder->codec_type == AVMEDIA_TYPE_VIDEO) {
      hasVideo = true;
      stream->avg_frame_rate = encoder->framerate;
    }
    writer->encoderTimeBases_.push_back(encoder->time_base);
    writer->lastDts_.push_back(AV_NOPTS_VALUE);
  }
  AVDictionary* options = nullptr;
  av_dict_set(&options, "movflags", "frag_keyframe+empty_moov+default_base_moof", 0);
  if (!hasVideo) av_dict_set(&options, "frag_duration", "1000000", 0);
  av_dict_set(&options, "flush_packets", "1", 0);
  rc = avformat_write_header(writer->format_.get(), &options);
  av_dict_free(&options);
  if (rc < 0) return log.error(rc, "avformat_write_header", path.string());
  writer->headerWritten_ = true;
  avio_flush(writer->io_);
  ::fdatasync(writer->fd_);
  writer->lastSync_ = std::chrono::steady_clock::now();
  return writer;
}

SegmentWriter::~SegmentWriter() {
  if (!finished_) (void)finish();
  if (io_ != nullptr) {
    av_freep(&io_->buffer);
    avio_context_free(&io_);
  }
  if (format_) format_->pb = nullptr;
}

void SegmentWriter::syncIfDue() {
  auto now = std::chrono::steady_clock::now();
  if (dirty_ && now - lastSync_ >= std::chrono::seconds(1)) {
    ::fdatasync(fd_);
    dirty_ = false;
    lastSync_ = now;
  }
}

Status SegmentWriter::write(int track, AVPacket* packet) {
  auto index = static_cast<std::size_t>(track);
  if (finished_ || index >= encoderTimeBases_.size()) {
    return internalError("segment " + path_.string() + ": write to a closed segment or bad track");
  }
  if (packet->dts != AV_NOPTS_VALUE && lastDts_[index] != AV_NOPTS_VALUE &&
      packet->dts <= lastDts_[index]) {
    return ok();  // not monotonic (clock step): drop rather than corrupt the file
  }
  lastDts_[index] = packet->dts;
  AVStream* stream = format_->streams[track];
  std::int64_t endUs = av_rescale_q(packet->pts + packet->duration, encoderTimeBases_[index],
                                    AVRational{1, 1000000});
  if (endUs > durationUs_) durationUs_ = endUs;
  av_packet_rescale_ts(packet, encoderTimeBases_[index], stream->time_base);
  packet->stream_index = track;
  FfmpegLogCapture log;
  int rc = av_write_frame(format_.get(), packet);
  if (rc < 0) return log.error(rc, "av_write_frame", path_.string());
  syncIfDue();
  return ok();
}

Status SegmentWriter::finish() {
  if (finished_) return ok();
  finished_ = true;
  if (!headerWritten_) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    return ok();
  }
  FfmpegLogCapture log;
  int rc = av_write_trailer(format_.get());
  avio_flush(io_);
  bool synced = ::fsync(fd_) == 0;
  int closeRc = ::close(fd_);
  fd_ = -1;
  if (rc < 0) return log.error(rc, "av_write_trailer", path_.string());
  if (writeErrno_ != 0 || !synced || closeRc != 0) {
    return Error(writeErrno_ == ENOSPC ? ErrorCode::kResourceExhausted : ErrorCode::kInternal,
                 "writing segment " + path_.string() + ": " +
                     std::strerror(writeErrno_ != 0 ? writeErrno_ : errno));
  }
  return ok();
}

}  // namespace audientia::media
