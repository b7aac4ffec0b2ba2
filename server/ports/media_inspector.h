#pragma once

#include <filesystem>

#include "audientia/base/expected.h"
#include "audientia/media/media_info.h"

namespace audientia::ports {

// Tells what a stored file holds. An error means "not playable media" and its message says why.
class MediaInspector {
 public:
  virtual ~MediaInspector() = default;
  virtual Expected<media::MediaInfo> inspect(const std::filesystem::path& path) = 0;
};

}  // namespace audientia::ports
