#include "capture/segment_inspector.h"

#include <algorithm>
#include <fstream>
#include <limits>
#include <string>

#include "ffmpeg_error.h"
#include "ffmpeg_handles.h"
#include "ffmpeg_input.h"

namespace audientia::media {

std::int64_t SegmentSpan::startMs() const {
  std::int64_t value = std::numeric_limits<std::int64_t>::max();
  for (const auto& t : tracks) {
    if (t.packets > 0) value = std::min(value, t.startMs);
  }
  return value == std::numeric_limits<std::int64_t>::max() ? 0 : value;
}

std::int64_t SegmentSpan::endMs() const {
  std::int64_t value = 0;
  for (const auto& t : tracks) value = std::max(value, t.endMs);
  return value;
}

Expected<SegmentSpan> inspectSegment(const std::filesystem::path& path) {
  AUDIENTIA_TRY(auto input, openInput(path));
  SegmentSpan span;
  std::vector<std::int64_t> firstPts(input->nb_streams, AV_NOPTS_VALUE);
  std::vector<std::int64_t> lastEnd(input->nb_streams, AV_NOPTS_VALUE);
  span.tracks.resize(input->nb_streams);
  for (unsigned i = 0; i < input->nb_streams; ++i) {
    auto kind = input->streams[i]->codecpar->codec_type;
    span.tracks[i].type = kind == AVMEDIA_TYPE_VIDEO   ? StreamType::kVideo
                          : kind == AVMEDIA_TYPE_AUDIO ? StreamType::kAudio
                                                       : StreamType::kData;
  }
  Packet packet = makePacket();
  if (!packet) return ffmpegAllocationError("av_packet_alloc", path.string());
  FfmpegLogCapture log;
  while (true) {
    int rc = av_read_frame(input.get(), packet.get());
    if (rc == AVERROR_EOF) break;
    if (rc < 0) {
      // A torn tail reads as an error after the last complete fragment: keep what was read.
      break;
    }
    PacketRef ref(packet.get());
    auto index = static_cast<unsigned>(packet->stream_index);
    if (index >= input->nb_streams || packet->pts == AV_NOPTS_VALUE) continue;
    auto tb = input->streams[index]->time_base;
    std::int64_t start = av_rescale_q(packet->pts, tb, AVRational{1, 1000});
    std::int64_t end = av_rescale_q(packet->pts + packet->duration, tb, AVRational{1, 1000});
    auto& track = span.tracks[index];
    if (track.packets == 0 || start < track.startMs) track.startMs = start;
    track.endMs = std::max(track.endMs, end);
    ++track.packets;
  }
  return span;
}

namespace {

std::uint64_t readBigEndian(const unsigned char* bytes, int count) {
  std::uint64_t value = 0;
  for (int i = 0; i < count; ++i) value = (value << 8) | bytes[i];
  return value;
}

}  // namespace

Expected<FragmentScan> scanFragments(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return notFound("cannot open " + path.string());
  FragmentScan scan;
  std::error_code ec;
  scan.fileSize = std::filesystem::file_size(path, ec);
  if (ec) return notFound("cannot read the size of " + path.string() + ": " + ec.message());
  std::uint64_t offset = 0;
  std::uint64_t pendingMoof = 0;  // offset of a moof still waiting for its mdat (0: none)
  bool sawMoov = false;
  bool sawFtyp = false;
  while (offset + 8 <= scan.fileSize) {
    unsigned char header[16];
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(reinterpret_cast<char*>(header), 8);
    if (!in) break;
    std::uint64_t size = readBigEndian(header, 4);
    std::string type(reinterpret_cast<char*>(header + 4), 4);
    if (size == 1) {
      in.read(reinterpret_cast<char*>(header + 8), 8);
      if (!in) break;
      size = readBigEndian(header + 8, 8);
    }
    if (size < 8 || offset + size > scan.fileSize) break;  // size 0 (to end) counts as torn
    offset += size;
    if (type == "ftyp") sawFtyp = true;
    if (type == "moov") sawMoov = true;
    if (type == "moof") {
      pendingMoof = offset - size + 1;
      continue;
    }
    if (type == "mdat" && pendingMoof != 0) {
      ++scan.fragments;
      pendingMoof = 0;
    }
    if (pendingMoof == 0) scan.completeBytes = offset;
  }
  scan.hasHeader = sawFtyp && sawMoov;
  return scan;
}

}  // namespace audientia::media
