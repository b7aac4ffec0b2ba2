#pragma once

// The MediaProcessor port for tests about something else than media: every file is "not media"
// (probe and assembly refuse it), so processing marks it available with a media error and
// makes no derived files. Real FFmpeg processing is tested in tests/media and tests/pg.

#include "ports/media_processor.h"

namespace audientia::testing {

class NotMediaProcessor : public ports::MediaProcessor {
 public:
  Expected<domain::MediaInfo> probe(const std::filesystem::path&) override {
    return invalidArgument("not media");
  }
  Expected<ports::AssembledMaster> assembleMaster(const std::vector<std::filesystem::path>&,
                                                  const std::filesystem::path&) override {
    return invalidArgument("not media");
  }
  Expected<std::vector<ports::ThumbnailFile>> makeThumbnails(
      const std::filesystem::path&, const std::filesystem::path&,
      const ports::ThumbnailRequest&) override {
    return invalidArgument("not media");
  }
  Expected<std::int64_t> writeWaveform(const std::filesystem::path&, int,
                                       const std::filesystem::path&) override {
    return notFound("not media");
  }
  Expected<ports::ClipCut> cutClip(const std::filesystem::path&, const std::filesystem::path&,
                                   std::int64_t, std::int64_t,
                                   const std::map<std::string, std::string>&) override {
    return invalidArgument("not media");
  }
  Expected<std::vector<ports::CameraPicture>> cameraPictures(const std::filesystem::path&,
                                                             std::int64_t, int) override {
    return invalidArgument("not media");
  }
};

}  // namespace audientia::testing
