// makeThumbnails() (processing.h): decode the first video stream, pick the first frame at or
// after each wanted time, scale it with libswscale and encode it with FFmpeg's mjpeg encoder
// (jpeg_writer.h).

#include <cstdio>
#include <string>
#include <system_error>

#include "audientia/media/processing.h"
#include "processing/frame_source.h"
#include "processing/jpeg_writer.h"

namespace audientia::media {
namespace {

// Seeking costs a keyframe interval of decoding; below this distance decoding on is cheaper.
constexpr std::int64_t kSeekAfterMs = 3000;

std::string thumbnailName(int number) {
  char name[32];
  std::snprintf(name, sizeof name, "thumb-%05d.jpg", number);
  return name;
}

}  // namespace

Expected<std::vector<Thumbnail>> makeThumbnails(const std::filesystem::path& input,
                                                const std::filesystem::path& outDir,
                                                std::int64_t everyMs, int width, int maxCount) {
  if (everyMs <= 0 || width < 2 || maxCount < 0) {
    return invalidArgument("thumbnails of '" + input.string() + "': interval " +
                           std::to_string(everyMs) + " ms and width " + std::to_string(width) +
                           " must be positive (width at least 2)");
  }
  auto source = FrameSource::open(input, AVMEDIA_TYPE_VIDEO);
  if (!source && source.error().code() == ErrorCode::kNotFound && std::filesystem::exists(input)) {
    return std::vector<Thumbnail>{};  // no video stream: nothing to show, not a failure
  }
  if (!source) return source.error().withContext("thumbnails of '" + input.string() + "'");
  std::error_code ec;
  std::filesystem::create_directories(outDir, ec);
  if (ec) return internalError("creating " + outDir.string() + ": " + ec.message());

  const int height = scaledHeight(*source->decoder(), width);
  AUDIENTIA_TRY(auto writer, JpegWriter::open(width, height));
  std::vector<Thumbnail> thumbnails;
  std::int64_t target = 0;
  std::int64_t decodedMs = 0;  // time of the last decoded frame
  while (static_cast<int>(thumbnails.size()) < maxCount) {
    if (target - decodedMs > kSeekAfterMs) AUDIENTIA_TRY_STATUS(source->seek(target));
    AVFrame* picture = nullptr;
    while (true) {
      AUDIENTIA_TRY(picture, source->next());
      if (picture == nullptr) break;
      decodedMs = source->frameTimeMs(picture);
      if (decodedMs >= target) break;
    }
    if (picture == nullptr) break;  // the media ends before `target`
    Thumbnail thumbnail{outDir / thumbnailName(static_cast<int>(thumbnails.size()) + 1), decodedMs};
    AUDIENTIA_TRY_STATUS(writer.write(*picture, thumbnail.path));
    thumbnails.push_back(std::move(thumbnail));
    // The next wanted time after the frame used, so a long still stretch yields no duplicates.
    target = (decodedMs / everyMs + 1) * everyMs;
  }
  return thumbnails;
}

}  // namespace audientia::media
