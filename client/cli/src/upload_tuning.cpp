#include "upload_tuning.h"

#include <algorithm>
#include <cstdlib>

#include "value_parsers.h"

namespace audientia::cli {

Expected<client::UploadEngineOptions> uploadOptionsFromEnvironment() {
  client::UploadEngineOptions options;
  auto number = [](const char* name, std::uint64_t& out) -> Status {
    const char* text = std::getenv(name);
    if (text == nullptr || *text == '\0') return ok();
    auto value = parseByteSize(name, text);
    if (!value) return value.error();
    out = *value;
    return ok();
  };
  std::uint64_t chunk = options.chunkBytes;
  AUDIENTIA_TRY_STATUS(number("AUDIENTIA_UPLOAD_CHUNK_BYTES", chunk));
  options.chunkBytes = static_cast<std::size_t>(std::min<std::uint64_t>(chunk, 4 << 20));
  AUDIENTIA_TRY_STATUS(number("AUDIENTIA_UPLOAD_STREAM_BYTES", options.streamBytes));
  std::uint64_t giveUp = 0;
  AUDIENTIA_TRY_STATUS(number("AUDIENTIA_UPLOAD_GIVE_UP_SECONDS", giveUp));
  if (giveUp > 0) {
    options.retry.giveUpAfter = std::chrono::seconds(static_cast<std::int64_t>(giveUp));
  }
  return options;
}

}  // namespace audientia::cli
