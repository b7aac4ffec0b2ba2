#pragma once

#include <chrono>
#include <string>

namespace audientia::media {

// Parses formatWallTime()'s "YYYY-MM-DDTHH:MM:SS.mmmZ"; the epoch when the text is not one.
std::chrono::system_clock::time_point parseWallTime(const std::string& text);

}  // namespace audientia::media
