#include "audientia/media/probe.h"

namespace audientia::media {

Expected<MediaInfo> probe(const std::filesystem::path& path) {
  return Error(ErrorCode::kUnimplemented, "probe not implemented yet: " + path.string());
}

}  // namespace audientia::media
