#pragma once

#include "ports/media_processor.h"

namespace audientia::media_adapter {

// The MediaProcessor port on the media library (libavformat, libavcodec). Stateless.
class FfmpegMediaProcessor : public ports::MediaProcessor {
 public:
  Expected<domain::MediaInfo> probe(const std::filesystem::path& path) override;
  Expected<ports::AssembledMaster> assembleMaster(
      const std::vector<std::filesystem::path>& segments,
      const std::filesystem::path& output) override;
  Expected<std::vector<ports::ThumbnailFile>> makeThumbnails(
      const std::filesystem::path& input, const std::filesystem::path& outDir,
      const ports::ThumbnailRequest& request) override;
  Expected<std::int64_t> writeWaveform(const std::filesystem::path& input, int peaksPerSecond,
                                       const std::filesystem::path& output) override;
  Expected<ports::ClipCut> cutClip(const std::filesystem::path& input,
                                   const std::filesystem::path& output, std::int64_t fromMs,
                                   std::int64_t toMs,
                                   const std::map<std::string, std::string>& metadata) override;
  Expected<std::vector<ports::CameraPicture>> cameraPictures(const std::filesystem::path& input,
                                                             std::int64_t atMs, int width) override;
};

}  // namespace audientia::media_adapter
