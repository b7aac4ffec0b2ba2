#pragma once

// What the use cases need done to media, on local files, in domain types: probing, a master
// assembled by stream copy, thumbnails, a waveform, clips. Implemented with FFmpeg in
// server/media_adapter; no other server target links FFmpeg. Implementations are stateless and
// safe to share between threads.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "domain/media_info.h"

namespace audientia::ports {

struct AssembledMaster {
  std::int64_t durationMs = 0;
  std::int64_t packetsCopied = 0;
};

struct ThumbnailFile {
  std::filesystem::path path;  // thumb-00001.jpg, ...
  std::int64_t mediaTimeMs = 0;
};

struct ThumbnailRequest {
  std::chrono::milliseconds every{std::chrono::seconds(30)};
  int width = 320;  // pixels; the height keeps the aspect ratio
  int maxCount = 2000;
};

// What a clip cut by stream copy really holds, in the source's media time.
struct ClipCut {
  std::int64_t startMs = 0;  // the video keyframe at or before the asked start
  std::int64_t endMs = 0;
  std::int64_t durationMs = 0;
};

// A picture of one camera (video stream) of a recording, as JPEG.
struct CameraPicture {
  int camera = 0;  // 0: the first video stream
  std::int64_t mediaTimeMs = 0;
  int width = 0;
  int height = 0;
  std::string jpeg;
};

class MediaProcessor {
 public:
  virtual ~MediaProcessor() = default;

  // What the file holds. An error means "not playable media" and its message says why.
  virtual Expected<domain::MediaInfo> probe(const std::filesystem::path& path) = 0;

  // One MP4 at `output` from the segments in the order given, by stream copy (faststart).
  // kInvalidArgument names a segment that is not media or whose streams differ.
  virtual Expected<AssembledMaster> assembleMaster(
      const std::vector<std::filesystem::path>& segments, const std::filesystem::path& output) = 0;

  // JPEG thumbnails of the first video stream into outDir; none for a file without video.
  virtual Expected<std::vector<ThumbnailFile>> makeThumbnails(const std::filesystem::path& input,
                                                              const std::filesystem::path& outDir,
                                                              const ThumbnailRequest& request) = 0;

  // The waveform of the first audio stream as JSON at `output`; returns its duration in ms.
  // kNotFound when the file has no audio.
  virtual Expected<std::int64_t> writeWaveform(const std::filesystem::path& input,
                                               int peaksPerSecond,
                                               const std::filesystem::path& output) = 0;

  // [fromMs, toMs) of `input` as an MP4 at `output` by stream copy, from the keyframe at or
  // before fromMs, with `metadata` as container tags; nothing at `output` when it fails.
  // kInvalidArgument for a range that is backwards or starts outside the media.
  virtual Expected<ClipCut> cutClip(const std::filesystem::path& input,
                                    const std::filesystem::path& output, std::int64_t fromMs,
                                    std::int64_t toMs,
                                    const std::map<std::string, std::string>& metadata) = 0;

  // One picture of every video stream of `input` at atMs (the last frame when a stream ends
  // before), `width` pixels wide; none for a file without video.
  virtual Expected<std::vector<CameraPicture>> cameraPictures(const std::filesystem::path& input,
                                                              std::int64_t atMs, int width) = 0;
};

}  // namespace audientia::ports
