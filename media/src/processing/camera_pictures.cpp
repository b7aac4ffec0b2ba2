// cameraPictures() (processing.h): for each video stream in turn, seek to the keyframe at or
// before the wanted time, decode on to the first frame at or after it (keeping the last one
// decoded, for a stream that ends before), then scale and encode it (jpeg_writer.h).

#include <filesystem>
#include <string>
#include <utility>

#include "audientia/media/processing.h"
#include "ffmpeg_error.h"
#include "ffmpeg_handles.h"
#include "processing/frame_source.h"
#include "processing/jpeg_writer.h"

namespace audientia::media {
namespace {

struct DecodedPicture {
  Frame frame;  // empty when the stream has no frame at all
  std::int64_t streamTimeMs = 0;
};

// The first frame of `source` at or after `streamTimeMs` (its own time), or its last frame.
Expected<DecodedPicture> decodeCameraFrameAt(FrameSource& source, std::int64_t streamTimeMs,
                                             const std::string& what) {
  if (streamTimeMs > 0) AUDIENTIA_TRY_STATUS(source.seek(streamTimeMs));
  DecodedPicture decoded{makeFrame(), 0};
  if (!decoded.frame) return ffmpegAllocationError("av_frame_alloc", what);
  bool any = false;
  while (true) {
    AUDIENTIA_TRY(AVFrame * frame, source.next());
    if (frame == nullptr) break;  // the stream ends before: the last frame kept is the one
    // A new reference to the same buffers: the source reuses its frame on the next call.
    av_frame_unref(decoded.frame.get());
    const int rc = av_frame_ref(decoded.frame.get(), frame);
    if (rc < 0) return ffmpegError(rc, "av_frame_ref", what);
    decoded.streamTimeMs = source.frameTimeMs(frame);
    any = true;
    if (decoded.streamTimeMs >= streamTimeMs) break;
  }
  if (!any) decoded.frame.reset();
  return decoded;
}

}  // namespace

Expected<std::vector<CameraPicture>> cameraPictures(const std::filesystem::path& input,
                                                    std::int64_t atMs, int width) {
  const std::string context = "pictures of the cameras of '" + input.string() + "'";
  if (width < 2 || atMs < 0) {
    return invalidArgument(context + ": width " + std::to_string(width) +
                           " (at least 2) and time " + std::to_string(atMs) + " ms (not negative)");
  }
  std::vector<CameraPicture> pictures;
  for (int camera = 0;; ++camera) {
    auto source = FrameSource::open(input, AVMEDIA_TYPE_VIDEO, camera);
    if (!source && source.error().code() == ErrorCode::kNotFound &&
        std::filesystem::exists(input)) {
      break;  // no further video stream (none at all: nothing to show, not a failure)
    }
    if (!source) return source.error().withContext(context);
    const std::string what = "camera " + std::to_string(camera) + " of '" + input.string() + "'";
    // The wanted time on the file's timeline, in the stream's own time (a camera whose stream
    // starts later in the file is asked for correspondingly less).
    const std::int64_t startInFileMs = source->startInFileMs();
    AUDIENTIA_TRY(auto decoded, decodeCameraFrameAt(*source, atMs - startInFileMs, what));
    if (!decoded.frame) continue;  // a video stream without any frame has no picture to give
    // The size once decoded: the decoder knows it for sure then.
    const int height = scaledHeight(*source->decoder(), width);
    AUDIENTIA_TRY(auto writer, JpegWriter::open(width, height));
    AUDIENTIA_TRY(auto jpeg, writer.encode(*decoded.frame, what));
    pictures.push_back(CameraPicture{source->stream()->index, camera,
                                     decoded.streamTimeMs + startInFileMs, width, height,
                                     std::move(jpeg)});
  }
  return pictures;
}

}  // namespace audientia::media
