#pragma once

// Opening a media file for reading: the shared first step of probing, thumbnails, waveforms.

#include <filesystem>

#include "audientia/base/expected.h"
#include "ffmpeg_handles.h"

namespace audientia::media {

// Opens `path` with libavformat and reads its stream information.
// Errors: kNotFound when the file does not exist; kInvalidArgument when it is a directory, is
// empty, or is not media FFmpeg can read (the message carries FFmpeg's reason).
Expected<InputFormatContext> openInput(const std::filesystem::path& path);

}  // namespace audientia::media
