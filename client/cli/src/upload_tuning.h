#pragma once

// The upload engine's options from the environment, for `recording upload` and `capture
// --upload`: tuning for tests and unusual lines, deliberately not command-line options (the
// defaults suit everyone else).
//   AUDIENTIA_UPLOAD_CHUNK_BYTES, AUDIENTIA_UPLOAD_STREAM_BYTES (sizes: 4MiB, 1048576, ...),
//   AUDIENTIA_UPLOAD_GIVE_UP_SECONDS (how long failures without progress are retried)

#include "audientia/base/expected.h"
#include "audientia/client/upload_engine.h"

namespace audientia::cli {

Expected<client::UploadEngineOptions> uploadOptionsFromEnvironment();

}  // namespace audientia::cli
