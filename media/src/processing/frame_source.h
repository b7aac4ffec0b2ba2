#pragma once

// Decoded frames of one stream of a media file, in order, with seeking: the shared reading side
// of thumbnails and waveforms. Private to the media library.

#include <cstdint>
#include <filesystem>

#include "audientia/base/expected.h"
#include "ffmpeg_handles.h"

namespace audientia::media {

class FrameSource {
 public:
  // Opens `path` and a decoder for its stream of `type` number `which` (0: the first stream of
  // that type, 1: the second, ...; attached pictures such as cover art are not counted).
  // Errors: as openInput(); kNotFound when the file has no such stream; kUnimplemented when
  // FFmpeg has no decoder for it.
  static Expected<FrameSource> open(const std::filesystem::path& path, AVMediaType type,
                                    int which = 0);

  AVStream* stream() const { return format_->streams[streamIndex_]; }
  AVCodecContext* decoder() const { return decoder_.get(); }

  // Where the stream starts in the file's media time (counted from the container's start
  // time, as cutClip counts it), in milliseconds: add it to frameTimeMs() to place a frame on
  // the file's timeline, the one all its streams share.
  std::int64_t startInFileMs() const;

  // The next decoded frame, owned by the source and valid until the next call; nullptr after
  // the last one. Packets the decoder rejects as invalid data are skipped (a damaged stretch
  // must not stop the rest from being read); other decoder errors are returned.
  Expected<AVFrame*> next();

  // Positions the reading at the last keyframe at or before `mediaTimeMs`.
  Status seek(std::int64_t mediaTimeMs);

  // A frame's presentation time in milliseconds from the start of the stream.
  std::int64_t frameTimeMs(const AVFrame* frame) const;

 private:
  FrameSource() = default;

  std::filesystem::path path_;
  InputFormatContext format_;
  CodecContext decoder_;
  Packet packet_;
  Frame frame_;
  int streamIndex_ = -1;
  bool draining_ = false;
};

}  // namespace audientia::media
