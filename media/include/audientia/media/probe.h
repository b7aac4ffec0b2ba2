#pragma once

#include <filesystem>

#include "audientia/base/expected.h"
#include "audientia/media/media_info.h"

namespace audientia::media {

// Opens a file with libavformat and describes its container and streams.
// Errors: kNotFound when the file cannot be opened, kInvalidArgument when it is not media
// FFmpeg can read (the message carries FFmpeg's reason, e.g. "Invalid data found when
// processing input").
Expected<MediaInfo> probe(const std::filesystem::path& path);

}  // namespace audientia::media
