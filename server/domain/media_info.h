#pragma once

// What a stored file holds as media, as the domain keeps it (recording files, the API): plain
// data. The media processor port fills it (ports/media_processor.h); the FFmpeg adapter maps
// the media library's probe onto it.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace audientia::domain {

enum class StreamType { kUnspecified = 0, kVideo, kAudio, kSubtitle, kData };

struct StreamInfo {
  int index = 0;
  StreamType type = StreamType::kUnspecified;
  std::string codec;  // codec name, e.g. "h264", "aac"
  // Video only (0 otherwise).
  int width = 0;
  int height = 0;
  double frameRate = 0.0;  // average frames per second
  // Audio only (0 otherwise).
  int sampleRate = 0;
  int channels = 0;
  std::chrono::milliseconds duration{0};  // 0 when the container does not say
  std::int64_t bitRate = 0;               // bits per second, 0 when unknown
};

struct MediaInfo {
  std::string container;  // demuxer name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
  std::chrono::milliseconds duration{0};
  std::int64_t bitRate = 0;
  std::vector<StreamInfo> streams;

  int streamCount(StreamType type) const {
    int count = 0;
    for (const auto& stream : streams) count += stream.type == type ? 1 : 0;
    return count;
  }
};

}  // namespace audientia::domain
