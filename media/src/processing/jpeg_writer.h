#pragma once

// Decoded pictures scaled with libswscale and encoded as JPEG by FFmpeg's mjpeg encoder: the
// shared writing side of thumbnails and camera pictures. Private to the media library.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "audientia/base/expected.h"
#include "ffmpeg_handles.h"

namespace audientia::media {

// Height for `width` keeping the displayed aspect ratio of the decoder's pictures (their sample
// aspect ratio applied), rounded to an even number, at least 2.
int scaledHeight(const AVCodecContext& decoder, int width);

// Scales decoded pictures (of any size and pixel format) to width x height and encodes each as
// one JPEG (4:2:0, full range, a fixed quantiser).
class JpegWriter {
 public:
  static Expected<JpegWriter> open(int width, int height);

  // The JPEG bytes of `picture`; `what` names it in error messages.
  Expected<std::string> encode(const AVFrame& picture, std::string_view what);

  // Encodes `picture` and writes it to `path` atomically (whole or absent; not synced: the
  // caller stores it in the media store, which makes it durable).
  Status write(const AVFrame& picture, const std::filesystem::path& path);

  int width() const { return encoder_->width; }
  int height() const { return encoder_->height; }

 private:
  JpegWriter() = default;

  CodecContext encoder_;
  ScaleContext scale_;
  Frame scaled_;
  Packet packet_;
  std::int64_t pts_ = 0;
};

}  // namespace audientia::media
