#pragma once

// Recording calls (RecordingService, apart from resumable uploads: uploads_api.h): a recording
// read, uploaded in one call, or downloaded. One part of ApiClient (api_client.h says how to
// create one, and its threads, deadlines and errors).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "audientia/base/expected.h"
#include "audientia/client/progress_callback.h"
#include "audientia/v1/recordings.pb.h"

namespace audientia::client {

// One file of a recording to download: role UNSPECIFIED is the master when there is one, else
// the original; sequence names a segment or thumbnail. length 0: to the end.
struct DownloadRequest {
  std::string recordingId;
  v1::FileRole role = v1::FILE_ROLE_UNSPECIFIED;
  int sequence = 0;
  std::int64_t offset = 0;
  std::int64_t length = 0;
};

class RecordingsApi {
 public:
  virtual ~RecordingsApi() = default;

  // Hashes the file, then streams it in chunks.
  virtual Expected<v1::Recording> uploadRecording(const std::string& hearingId,
                                                  const std::filesystem::path& file,
                                                  const ProgressCallback& progress) = 0;
  virtual Expected<v1::Recording> getRecording(const std::string& recordingId) = 0;
  // Writes [offset, offset+length) (length 0: to the end) to out, replacing it atomically.
  virtual Status downloadRecording(const std::string& recordingId, const std::filesystem::path& out,
                                   std::int64_t offset, std::int64_t length,
                                   const ProgressCallback& progress) = 0;
  // Any file of a recording (see DownloadRequest), written to out atomically; a whole file is
  // checked against the SHA-256 the recording lists for it.
  virtual Status downloadRecordingFile(const DownloadRequest& request,
                                       const std::filesystem::path& out,
                                       const ProgressCallback& progress) = 0;
  // Streams the bytes of a file (see DownloadRequest) to sink, chunk by chunk and in order, as
  // the server sends them: what a player reads from. No file is written and no hash is checked
  // (a part of a file has none). sink returns false to stop: the call then ends CANCELLED.
  // A range past the end is OUT_OF_RANGE; bytes out of order are DATA_LOSS.
  virtual Status readRecordingFile(const DownloadRequest& request,
                                   const std::function<bool(std::string_view chunk)>& sink) = 0;
};

}  // namespace audientia::client
