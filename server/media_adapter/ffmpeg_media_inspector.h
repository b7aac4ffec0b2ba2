#pragma once

#include "ports/media_inspector.h"

namespace audientia::media_adapter {

// Inspects files with media::probe (libavformat). Stateless; safe to share between threads.
class FfmpegMediaInspector : public ports::MediaInspector {
 public:
  Expected<media::MediaInfo> inspect(const std::filesystem::path& path) override;
};

}  // namespace audientia::media_adapter
