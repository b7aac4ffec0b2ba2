// cutClip() (processing.h): a stretch of a recording -> one faststart MP4 by stream copy.
//
// Seeks the first video stream to the keyframe at or before the asked start (a file without
// video: its first audio stream to the packet holding the asked start) and reads on from there.
// That keyframe's presentation time is the clip's start: packets of other streams read before
// it is found wait in a queue, and every packet presented before the start is dropped. Each
// stream stops at its first packet presented at or after the asked end. The copied packets are
// shifted so that the clip starts at 0. Cover art (attached pictures) is not part of the
// recording's time line and is left out.

#include <fcntl.h>

#include <algorithm>
#include <limits>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "audientia/media/processing.h"
#include "ffmpeg_error.h"
#include "ffmpeg_handles.h"
#include "ffmpeg_input.h"
#include "processing/output_file.h"

extern "C" {
#include <libavutil/dict.h>
#include <libavutil/mathematics.h>
}

namespace audientia::media {
namespace {

constexpr AVRational kClipMicroseconds{1, 1000000};
constexpr AVRational kClipMilliseconds{1, 1000};

bool isClipStream(const AVStream& stream) {
  return (stream.disposition & AV_DISPOSITION_ATTACHED_PIC) == 0;
}

// The stream whose packets decide where the clip starts: the first video stream, else the first
// audio stream, else the first stream copied. -1 when nothing is copied.
int clipReferenceStream(const AVFormatContext& format) {
  for (const AVMediaType type : {AVMEDIA_TYPE_VIDEO, AVMEDIA_TYPE_AUDIO, AVMEDIA_TYPE_UNKNOWN}) {
    for (unsigned i = 0; i < format.nb_streams; ++i) {
      const AVStream& stream = *format.streams[i];
      if (isClipStream(stream) &&
          (type == AVMEDIA_TYPE_UNKNOWN || stream.codecpar->codec_type == type)) {
        return static_cast<int>(i);
      }
    }
  }
  return -1;
}

// The presentation time of a packet (its decode time when it has none).
std::int64_t clipPacketTime(const AVPacket& packet) {
  return packet.pts != AV_NOPTS_VALUE ? packet.pts : packet.dts;
}

// The output side: one MP4 with the copied streams of the source and the given tags.
class ClipWriter {
 public:
  // outputIndex[i]: the output stream of input stream i, -1 for a stream left out.
  static Expected<ClipWriter> open(const std::filesystem::path& path, const AVFormatContext& input,
                                   const std::vector<int>& outputIndex,
                                   const std::map<std::string, std::string>& metadata) {
    ClipWriter writer;
    writer.path_ = path;
    FfmpegLogCapture log;
    const std::string url = "file:" + path.string();
    AVFormatContext* raw = nullptr;
    int rc = avformat_alloc_output_context2(&raw, nullptr, "mp4", url.c_str());
    if (rc < 0) return log.error(rc, "avformat_alloc_output_context2", path.string());
    writer.format_.reset(raw);
    for (unsigned i = 0; i < input.nb_streams; ++i) {
      if (outputIndex[i] < 0) continue;
      const AVStream* in = input.streams[i];
      AVStream* out = avformat_new_stream(raw, nullptr);
      if (out == nullptr) return ffmpegAllocationError("avformat_new_stream", path.string());
      rc = avcodec_parameters_copy(out->codecpar, in->codecpar);
      if (rc < 0) return log.error(rc, "avcodec_parameters_copy", path.string());
      out->codecpar->codec_tag = 0;  // let the MP4 muxer choose its own tag
      out->time_base = in->time_base;
      out->avg_frame_rate = in->avg_frame_rate;
      out->sample_aspect_ratio = in->sample_aspect_ratio;
      out->disposition = in->disposition;
      rc = av_dict_copy(&out->metadata, in->metadata, 0);  // language, handler name
      if (rc < 0) return log.error(rc, "av_dict_copy", path.string());
    }
    for (const auto& [key, value] : metadata) {
      rc = av_dict_set(&raw->metadata, key.c_str(), value.c_str(), 0);
      if (rc < 0) return log.error(rc, "av_dict_set", path.string() + " (tag '" + key + "')");
    }
    rc = avio_open(&raw->pb, url.c_str(), AVIO_FLAG_WRITE);
    if (rc < 0) return log.error(rc, "avio_open", path.string());
    AVDictionary* options = nullptr;
    av_dict_set(&options, "movflags", "+faststart+use_metadata_tags", 0);
    rc = avformat_write_header(raw, &options);
    av_dict_free(&options);
    if (rc < 0) return log.error(rc, "avformat_write_header", path.string());
    writer.ends_.assign(raw->nb_streams, AV_NOPTS_VALUE);
    writer.lastDts_.assign(raw->nb_streams, AV_NOPTS_VALUE);
    return writer;
  }

  // Writes `packet` (in `inBase`) to output stream `index`, shifted back by `start`.
  Status write(AVPacket& packet, AVRational inBase, int index, std::int64_t start,
               AVRational startBase) {
    const auto s = static_cast<std::size_t>(index);
    const AVRational outBase = format_->streams[s]->time_base;
    av_packet_rescale_ts(&packet, inBase, outBase);
    const std::int64_t shift = av_rescale_q(start, startBase, outBase);
    if (packet.pts != AV_NOPTS_VALUE) packet.pts -= shift;
    if (packet.dts != AV_NOPTS_VALUE) packet.dts -= shift;
    // Decode times must increase within a stream (the muxer refuses them otherwise).
    if (packet.dts != AV_NOPTS_VALUE && lastDts_[s] != AV_NOPTS_VALUE &&
        packet.dts <= lastDts_[s]) {
      packet.dts = lastDts_[s] + 1;
      if (packet.pts != AV_NOPTS_VALUE && packet.pts < packet.dts) packet.pts = packet.dts;
    }
    packet.stream_index = index;
    packet.pos = -1;
    if (packet.pts != AV_NOPTS_VALUE) {
      const std::int64_t end = packet.pts + std::max<std::int64_t>(packet.duration, 0);
      ends_[s] = ends_[s] == AV_NOPTS_VALUE ? end : std::max(ends_[s], end);
    }
    if (packet.dts != AV_NOPTS_VALUE) lastDts_[s] = packet.dts;
    FfmpegLogCapture log;
    const int rc = av_interleaved_write_frame(format_.get(), &packet);
    if (rc < 0) return log.error(rc, "av_interleaved_write_frame", path_.string());
    ++packetsCopied_;
    return ok();
  }

  Status finish() {
    FfmpegLogCapture log;
    int rc = av_write_trailer(format_.get());
    if (rc < 0) return log.error(rc, "av_write_trailer", path_.string());
    rc = avio_closep(&format_->pb);
    if (rc < 0) return log.error(rc, "avio_closep", path_.string());
    return syncPath(path_, O_RDONLY);
  }

  std::int64_t packetsCopied() const { return packetsCopied_; }

  std::int64_t durationMs() const {
    std::int64_t end = 0;
    for (std::size_t s = 0; s < ends_.size(); ++s) {
      if (ends_[s] == AV_NOPTS_VALUE) continue;
      end =
          std::max(end, av_rescale_q(ends_[s], format_->streams[s]->time_base, kClipMilliseconds));
    }
    return end;
  }

 private:
  ClipWriter() = default;

  std::filesystem::path path_;
  OutputFormatContext format_;
  std::vector<std::int64_t> ends_;     // per output stream: latest pts + duration written
  std::vector<std::int64_t> lastDts_;  // per output stream: last dts written
  std::int64_t packetsCopied_ = 0;
};

// The reading side: decides which packets of the source belong to the clip.
class ClipCutter {
 public:
  // fromUs, toUs: the asked stretch on the source's time line (microseconds, its start time
  // included).
  ClipCutter(AVFormatContext& input, ClipWriter& writer, std::vector<int> outputIndex,
             int reference, std::int64_t fromUs, std::int64_t toUs)
      : input_(input),
        writer_(writer),
        outputIndex_(std::move(outputIndex)),
        reference_(reference),
        referenceIsVideo_(input.streams[reference]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO),
        fromUs_(fromUs),
        toUs_(toUs),
        stopped_(input.nb_streams, false),
        remaining_(static_cast<std::size_t>(std::count_if(outputIndex_.begin(), outputIndex_.end(),
                                                          [](int o) { return o >= 0; }))) {}

  // Copies the clip's packets, reading from the current position to the asked end.
  Status run(const std::filesystem::path& path) {
    Packet packet = makePacket();
    if (!packet) return ffmpegAllocationError("av_packet_alloc", path.string());
    FfmpegLogCapture log;
    while (remaining_ > 0) {
      const int rc = av_read_frame(&input_, packet.get());
      if (rc == AVERROR_EOF) break;
      if (rc < 0) return log.error(rc, "av_read_frame", path.string());
      PacketRef ref(packet.get());
      AUDIENTIA_TRY_STATUS(take(*packet, path));
    }
    return ok();
  }

  bool started() const { return started_; }
  // The clip's start and end on the source's time line, in microseconds.
  std::int64_t startUs() const { return av_rescale_q(start_, startBase_, kClipMicroseconds); }
  std::int64_t endUs() const { return endUs_; }

 private:
  // Packets read before the clip's start is known wait, up to this many bytes (a video without
  // a keyframe for that long is damaged).
  static constexpr std::size_t kMaxWaitingBytes = kFfmpegMaxAllocation;

  Status take(AVPacket& packet, const std::filesystem::path& path) {
    const auto s = static_cast<std::size_t>(packet.stream_index);
    if (s >= outputIndex_.size() || outputIndex_[s] < 0 || stopped_[s]) return ok();
    if (clipPacketTime(packet) == AV_NOPTS_VALUE) return ok();  // cannot be placed in the clip
    if (started_) return copy(packet);
    if (packet.stream_index != reference_) {
      waitingBytes_ += static_cast<std::size_t>(std::max(packet.size, 0));
      if (waitingBytes_ > kMaxWaitingBytes) {
        return invalidArgument("'" + path.string() + "' has no video keyframe for over " +
                               std::to_string(kMaxWaitingBytes >> 20) +
                               " MiB after the clip's start");
      }
      Packet waiting = makePacket();
      if (!waiting) return ffmpegAllocationError("av_packet_alloc", path.string());
      av_packet_move_ref(waiting.get(), &packet);
      waiting_.push_back(std::move(waiting));
      return ok();
    }
    if (!startsClip(packet)) return ok();
    started_ = true;
    start_ = clipPacketTime(packet);
    startBase_ = input_.streams[reference_]->time_base;
    for (auto& waiting : waiting_) AUDIENTIA_TRY_STATUS(copy(*waiting));
    waiting_.clear();
    return copy(packet);
  }

  // Video: the first keyframe (the seek put it at or before the asked start). Otherwise: the
  // first packet that ends after the asked start (the one holding it).
  bool startsClip(const AVPacket& packet) const {
    if (referenceIsVideo_) return (packet.flags & AV_PKT_FLAG_KEY) != 0;
    const AVRational base = input_.streams[reference_]->time_base;
    const std::int64_t end = clipPacketTime(packet) + std::max<std::int64_t>(packet.duration, 0);
    return packet.duration > 0 ? av_compare_ts(end, base, fromUs_, kClipMicroseconds) > 0
                               : av_compare_ts(end, base, fromUs_, kClipMicroseconds) >= 0;
  }

  Status copy(AVPacket& packet) {
    const auto s = static_cast<std::size_t>(packet.stream_index);
    if (stopped_[s]) return ok();
    const AVRational base = input_.streams[s]->time_base;
    const std::int64_t time = clipPacketTime(packet);
    if (av_compare_ts(time, base, toUs_, kClipMicroseconds) >= 0) {
      stopped_[s] = true;
      --remaining_;
      return ok();
    }
    if (av_compare_ts(time, base, start_, startBase_) < 0) return ok();  // before the start
    const std::int64_t end = time + std::max<std::int64_t>(packet.duration, 0);
    endUs_ = std::max(endUs_, av_rescale_q(end, base, kClipMicroseconds));
    return writer_.write(packet, base, outputIndex_[s], start_, startBase_);
  }

  AVFormatContext& input_;
  ClipWriter& writer_;
  std::vector<int> outputIndex_;
  int reference_;
  bool referenceIsVideo_;
  std::int64_t fromUs_;
  std::int64_t toUs_;
  std::vector<bool> stopped_;
  std::size_t remaining_;  // streams copied and not stopped yet
  bool started_ = false;
  std::int64_t start_ = 0;  // the clip's first packet's presentation time, in startBase_
  AVRational startBase_{1, 1};
  std::int64_t endUs_ = std::numeric_limits<std::int64_t>::min();
  std::vector<Packet> waiting_;
  std::size_t waitingBytes_ = 0;
};

std::string clipName(const std::filesystem::path& input, std::int64_t fromMs, std::int64_t toMs) {
  return "clip of '" + input.string() + "' from " + std::to_string(fromMs) + " ms to " +
         std::to_string(toMs) + " ms";
}

}  // namespace

Expected<ClipResult> cutClip(const std::filesystem::path& input,
                             const std::filesystem::path& output, std::int64_t fromMs,
                             std::int64_t toMs,
                             const std::map<std::string, std::string>& metadata) {
  const std::string name = clipName(input, fromMs, toMs);
  if (fromMs < 0 || toMs <= fromMs) {
    return invalidArgument(name + ": the start must be at least 0 and before the end");
  }
  // Times in microseconds below: keep far from overflowing.
  constexpr std::int64_t kLongestMs = std::numeric_limits<std::int64_t>::max() / 4000;
  if (fromMs > kLongestMs) return invalidArgument(name + ": the start is past any recording");
  toMs = std::min(toMs, kLongestMs);
  for (const auto& entry : metadata) {
    if (entry.first.empty()) return invalidArgument(name + ": a metadata tag has no name");
  }
  auto opened = openInput(input);
  if (!opened) return opened.error().withContext(name);
  InputFormatContext format = std::move(*opened);

  std::vector<int> outputIndex;
  int copied = 0;
  for (unsigned i = 0; i < format->nb_streams; ++i) {
    outputIndex.push_back(isClipStream(*format->streams[i]) ? copied++ : -1);
  }
  const int reference = clipReferenceStream(*format);
  if (reference < 0) return invalidArgument(name + ": the source has no streams to copy");
  const std::int64_t originUs = format->start_time != AV_NOPTS_VALUE ? format->start_time : 0;
  if (format->duration != AV_NOPTS_VALUE && format->duration > 0 &&
      fromMs * 1000 >= format->duration) {
    return invalidArgument(name + ": the source lasts only " +
                           std::to_string(av_rescale(format->duration, 1, 1000)) + " ms");
  }
  const std::int64_t fromUs = originUs + fromMs * 1000;
  const std::int64_t toUs = originUs + toMs * 1000;

  // The keyframe at or before the start (for audio: the packet at or before it).
  {
    FfmpegLogCapture log;
    const AVStream* stream = format->streams[reference];
    const std::int64_t target = av_rescale_q(fromUs, kClipMicroseconds, stream->time_base);
    const int rc = avformat_seek_file(format.get(), reference,
                                      std::numeric_limits<std::int64_t>::min(), target, target, 0);
    if (rc < 0) return log.error(rc, "avformat_seek_file", input.string()).withContext(name);
  }

  TemporaryFile temporary(output.string() + ".tmp");
  AUDIENTIA_TRY(auto writer, ClipWriter::open(temporary.path(), *format, outputIndex, metadata));
  ClipCutter cutter(*format, writer, outputIndex, reference, fromUs, toUs);
  if (auto status = cutter.run(input); !status) return status.error().withContext(name);
  if (!cutter.started()) {
    return invalidArgument(name + ": the source has no media at or after the start");
  }
  if (writer.packetsCopied() == 0) return invalidArgument(name + ": the source has no media there");
  AUDIENTIA_TRY_STATUS(writer.finish());
  AUDIENTIA_TRY_STATUS(replaceWithTemporary(temporary, output));
  ClipResult result;
  result.startMs = av_rescale_q(cutter.startUs() - originUs, kClipMicroseconds, kClipMilliseconds);
  result.endMs = av_rescale_q(cutter.endUs() - originUs, kClipMicroseconds, kClipMilliseconds);
  result.durationMs = writer.durationMs();
  result.packetsCopied = writer.packetsCopied();
  return result;
}

}  // namespace audientia::media
