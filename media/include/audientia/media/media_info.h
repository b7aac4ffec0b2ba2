#pragma once

// What probing a media file tells: plain data, no FFmpeg types.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace audientia::media {

enum class StreamType { kUnspecified = 0, kVideo, kAudio, kSubtitle, kData };

struct StreamInfo {
  int index = 0;
  StreamType type = StreamType::kUnspecified;
  std::string codec;  // FFmpeg codec name, e.g. "h264", "aac"
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
  std::string container;  // FFmpeg format name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
  std::chrono::milliseconds duration{0};
  std::int64_t bitRate = 0;
  std::vector<StreamInfo> streams;

  int videoStreamCount() const;
  int audioStreamCount() const;
};

}  // namespace audientia::media
