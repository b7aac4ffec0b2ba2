#include "audientia/media/media_info.h"

#include <algorithm>

namespace audientia::media {

int MediaInfo::videoStreamCount() const {
  return static_cast<int>(std::count_if(streams.begin(), streams.end(), [](const StreamInfo& s) {
    return s.type == StreamType::kVideo;
  }));
}

int MediaInfo::audioStreamCount() const {
  return static_cast<int>(std::count_if(streams.begin(), streams.end(), [](const StreamInfo& s) {
    return s.type == StreamType::kAudio;
  }));
}

}  // namespace audientia::media
