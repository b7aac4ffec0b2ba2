// assembleMaster() (processing.h): capture segments -> one faststart MP4 by stream copy.
//
// Two passes. The first opens every segment, checks its streams against the first segment's
// and reads all its packets (so a damaged segment fails the job before anything is written)
// noting each stream's first decode and presentation time. The second copies the packets,
// shifted by one offset per segment: the smallest that puts every stream of the segment at or
// after the end of what was already written for it. One offset for all streams keeps audio and
// video as in sync as they were inside the segment.

#include <fcntl.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "audientia/media/processing.h"
#include "ffmpeg_error.h"
#include "ffmpeg_handles.h"
#include "ffmpeg_input.h"
#include "processing/output_file.h"

extern "C" {
#include <libavutil/mathematics.h>
}

namespace audientia::media {
namespace {

constexpr AVRational kMicroseconds{1, 1000000};
constexpr AVRational kMilliseconds{1, 1000};

// What the first pass learns about one stream of one segment (in the segment's time base).
struct StreamScan {
  AVRational timeBase{0, 1};
  std::int64_t firstDts = AV_NOPTS_VALUE;
  std::int64_t minPts = AV_NOPTS_VALUE;
  std::int64_t packets = 0;
};

struct SegmentScan {
  std::filesystem::path path;
  std::string name;  // "segment 2 of 3 ('/x/segment-00002.mp4')", for messages
  std::vector<StreamScan> streams;
};

std::string describe(const AVCodecParameters& p) {
  std::string text = std::string(av_get_media_type_string(p.codec_type) != nullptr
                                     ? av_get_media_type_string(p.codec_type)
                                     : "unknown") +
                     " " + avcodec_get_name(p.codec_id);
  if (p.codec_type == AVMEDIA_TYPE_VIDEO) {
    text += " " + std::to_string(p.width) + "x" + std::to_string(p.height);
  } else if (p.codec_type == AVMEDIA_TYPE_AUDIO) {
    text += " " + std::to_string(p.sample_rate) + " Hz " + std::to_string(p.ch_layout.nb_channels) +
            " ch";
  }
  return text;
}

bool sameExtradata(const AVCodecParameters& a, const AVCodecParameters& b) {
  return a.extradata_size == b.extradata_size &&
         (a.extradata_size == 0 ||
          std::memcmp(a.extradata, b.extradata, static_cast<std::size_t>(a.extradata_size)) == 0);
}

// Stream copy into one file needs the very same streams: same kinds, codecs, picture sizes,
// audio formats and codec configuration (the master has one avcC / AudioSpecificConfig).
Status checkSameStreams(const AVFormatContext& first, const AVFormatContext& other,
                        const std::string& name) {
  if (other.nb_streams != first.nb_streams) {
    return invalidArgument(name + " has " + std::to_string(other.nb_streams) +
                           " streams, the first segment has " + std::to_string(first.nb_streams));
  }
  for (unsigned i = 0; i < first.nb_streams; ++i) {
    const AVCodecParameters& a = *first.streams[i]->codecpar;
    const AVCodecParameters& b = *other.streams[i]->codecpar;
    const std::string expected = describe(a);
    const std::string actual = describe(b);
    if (actual != expected) {
      return invalidArgument(name + ": stream " + std::to_string(i) + " is " + actual +
                             ", in the first segment it is " + expected);
    }
    if (!sameExtradata(a, b)) {
      return invalidArgument(name + ": stream " + std::to_string(i) + " (" + actual +
                             ") has a codec configuration other than the first segment's");
    }
  }
  return ok();
}

Expected<SegmentScan> scanSegment(AVFormatContext& format, const std::filesystem::path& path,
                                  std::string name) {
  SegmentScan scan{path, std::move(name), {}};
  for (unsigned i = 0; i < format.nb_streams; ++i) {
    scan.streams.push_back({format.streams[i]->time_base});
  }
  Packet packet = makePacket();
  if (!packet) return ffmpegAllocationError("av_packet_alloc", path.string());
  FfmpegLogCapture log;
  while (true) {
    const int rc = av_read_frame(&format, packet.get());
    if (rc == AVERROR_EOF) break;
    if (rc < 0) return log.error(rc, "av_read_frame", path.string());
    PacketRef ref(packet.get());
    auto& stream = scan.streams[static_cast<std::size_t>(packet->stream_index)];
    ++stream.packets;
    if (stream.firstDts == AV_NOPTS_VALUE) stream.firstDts = packet->dts;
    if (packet->pts != AV_NOPTS_VALUE &&
        (stream.minPts == AV_NOPTS_VALUE || packet->pts < stream.minPts)) {
      stream.minPts = packet->pts;
    }
  }
  return scan;
}

// The output side: one MP4 with the first segment's streams.
class MasterWriter {
 public:
  static Expected<MasterWriter> open(const std::filesystem::path& path,
                                     const AVFormatContext& model) {
    MasterWriter writer;
    writer.path_ = path;
    FfmpegLogCapture log;
    const std::string url = "file:" + path.string();
    AVFormatContext* raw = nullptr;
    int rc = avformat_alloc_output_context2(&raw, nullptr, "mp4", url.c_str());
    if (rc < 0) return log.error(rc, "avformat_alloc_output_context2", path.string());
    writer.format_.reset(raw);
    for (unsigned i = 0; i < model.nb_streams; ++i) {
      const AVStream* in = model.streams[i];
      AVStream* out = avformat_new_stream(raw, nullptr);
      if (out == nullptr) return ffmpegAllocationError("avformat_new_stream", path.string());
      rc = avcodec_parameters_copy(out->codecpar, in->codecpar);
      if (rc < 0) return log.error(rc, "avcodec_parameters_copy", path.string());
      out->codecpar->codec_tag = 0;  // let the MP4 muxer choose its own tag
      out->time_base = in->time_base;
      out->avg_frame_rate = in->avg_frame_rate;
      out->disposition = in->disposition;
    }
    rc = avio_open(&raw->pb, url.c_str(), AVIO_FLAG_WRITE);
    if (rc < 0) return log.error(rc, "avio_open", path.string());
    AVDictionary* options = nullptr;
    av_dict_set(&options, "movflags", "+faststart", 0);
    rc = avformat_write_header(raw, &options);
    av_dict_free(&options);
    if (rc < 0) return log.error(rc, "avformat_write_header", path.string());
    writer.ends_.assign(model.nb_streams, AV_NOPTS_VALUE);
    writer.lastDts_.assign(model.nb_streams, AV_NOPTS_VALUE);
    return writer;
  }

  Status copy(const SegmentScan& scan) {
    AUDIENTIA_TRY(auto format, openInput(scan.path));
    const std::vector<std::int64_t> offsets = offsetsFor(scan);
    Packet packet = makePacket();
    if (!packet) return ffmpegAllocationError("av_packet_alloc", scan.path.string());
    FfmpegLogCapture log;
    while (true) {
      int rc = av_read_frame(format.get(), packet.get());
      if (rc == AVERROR_EOF) break;
      if (rc < 0) return log.error(rc, "av_read_frame", scan.path.string());
      PacketRef ref(packet.get());
      const auto s = static_cast<std::size_t>(packet->stream_index);
      if (s >= offsets.size()) return invalidArgument(scan.name + " changed while being copied");
      AVStream* out = format_->streams[s];
      av_packet_rescale_ts(packet.get(), format->streams[s]->time_base, out->time_base);
      if (packet->pts != AV_NOPTS_VALUE) packet->pts += offsets[s];
      if (packet->dts != AV_NOPTS_VALUE) packet->dts += offsets[s];
      packet->pos = -1;
      note(s, *packet);
      rc = av_interleaved_write_frame(format_.get(), packet.get());
      if (rc < 0) {
        return log.error(rc, "av_interleaved_write_frame", path_.string())
            .withContext("copying " + scan.name);
      }
      ++packetsCopied_;
    }
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
      end = std::max(end, av_rescale_q(ends_[s], format_->streams[s]->time_base, kMilliseconds));
    }
    return end;
  }

 private:
  MasterWriter() = default;

  void note(std::size_t s, const AVPacket& packet) {
    if (packet.pts != AV_NOPTS_VALUE) {
      const std::int64_t end = packet.pts + std::max<std::int64_t>(packet.duration, 0);
      ends_[s] = ends_[s] == AV_NOPTS_VALUE ? end : std::max(ends_[s], end);
    }
    if (packet.dts != AV_NOPTS_VALUE) lastDts_[s] = packet.dts;
  }

  // Per output stream, the segment's common offset in that stream's time base. The common
  // offset (in microseconds, rounded up so no stream lands before its constraint) is the
  // largest of: each stream's previous end minus its first presentation time, and each
  // stream's last decode time + 1 minus its first decode time (decode times must increase).
  std::vector<std::int64_t> offsetsFor(const SegmentScan& scan) const {
    bool constrained = false;
    std::int64_t offsetUs = 0;
    for (std::size_t s = 0; s < scan.streams.size(); ++s) {
      const StreamScan& in = scan.streams[s];
      const AVRational outBase = format_->streams[s]->time_base;
      auto need = [&](std::int64_t required) {
        const std::int64_t us = av_rescale_q_rnd(required, outBase, kMicroseconds, AV_ROUND_UP);
        offsetUs = constrained ? std::max(offsetUs, us) : us;
        constrained = true;
      };
      if (ends_[s] != AV_NOPTS_VALUE && in.minPts != AV_NOPTS_VALUE) {
        need(ends_[s] - av_rescale_q(in.minPts, in.timeBase, outBase));
      }
      if (lastDts_[s] != AV_NOPTS_VALUE && in.firstDts != AV_NOPTS_VALUE) {
        need(lastDts_[s] + 1 - av_rescale_q(in.firstDts, in.timeBase, outBase));
      }
    }
    std::vector<std::int64_t> offsets;
    for (std::size_t s = 0; s < scan.streams.size(); ++s) {
      offsets.push_back(
          av_rescale_q_rnd(offsetUs, kMicroseconds, format_->streams[s]->time_base, AV_ROUND_UP));
    }
    return offsets;
  }

  std::filesystem::path path_;
  OutputFormatContext format_;
  std::vector<std::int64_t> ends_;     // per stream: latest pts + duration written
  std::vector<std::int64_t> lastDts_;  // per stream: last dts written
  std::int64_t packetsCopied_ = 0;
};

std::string segmentName(std::size_t index, std::size_t count, const std::filesystem::path& path) {
  return "segment " + std::to_string(index + 1) + " of " + std::to_string(count) + " ('" +
         path.string() + "')";
}

// Pass one: every segment readable to its end and with the first segment's streams.
Expected<std::vector<SegmentScan>> scanSegments(const std::vector<std::filesystem::path>& paths,
                                                InputFormatContext& first) {
  std::vector<SegmentScan> scans;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    std::string name = segmentName(i, paths.size(), paths[i]);
    auto format = openInput(paths[i]);
    if (!format) return format.error().withContext(name + " is not readable media");
    if (i == 0) {
      if ((*format)->nb_streams == 0) return invalidArgument(name + " has no streams");
    } else {
      AUDIENTIA_TRY_STATUS(checkSameStreams(*first, **format, name));
    }
    auto scan = scanSegment(**format, paths[i], name);
    if (!scan) return scan.error().withContext(name);
    scans.push_back(std::move(*scan));
    if (i == 0) first = std::move(*format);  // its streams are the model for the others
  }
  return scans;
}

}  // namespace

Expected<AssembleResult> assembleMaster(const std::vector<std::filesystem::path>& segments,
                                        const std::filesystem::path& output) {
  if (segments.empty()) {
    return invalidArgument("assembling '" + output.string() + "': no segments given");
  }
  InputFormatContext first;
  AUDIENTIA_TRY(auto scans, scanSegments(segments, first));
  TemporaryFile temporary(output.string() + ".tmp");
  AUDIENTIA_TRY(auto writer, MasterWriter::open(temporary.path(), *first));
  first.reset();
  for (const auto& scan : scans) AUDIENTIA_TRY_STATUS(writer.copy(scan));
  AUDIENTIA_TRY_STATUS(writer.finish());
  AUDIENTIA_TRY_STATUS(replaceWithTemporary(temporary, output));
  return AssembleResult{writer.durationMs(), writer.packetsCopied()};
}

}  // namespace audientia::media
