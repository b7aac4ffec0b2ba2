#include "media_adapter/ffmpeg_media_inspector.h"

#include "audientia/media/probe.h"

namespace audientia::media_adapter {

Expected<media::MediaInfo> FfmpegMediaInspector::inspect(const std::filesystem::path& path) {
  auto info = media::probe(path);
  if (!info) return info.error();
  if (info->streams.empty()) {
    return invalidArgument("no audio or video streams in " + path.filename().string());
  }
  return info;
}

}  // namespace audientia::media_adapter
