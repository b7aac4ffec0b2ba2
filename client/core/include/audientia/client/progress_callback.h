#pragma once

// The progress of a stream (uploads, downloads): shared by RecordingsApi and UploadsApi.

#include <cstdint>
#include <functional>

namespace audientia::client {

// Called with bytes done and bytes in all; return false to cancel.
using ProgressCallback = std::function<bool(std::uint64_t done, std::uint64_t total)>;

}  // namespace audientia::client
