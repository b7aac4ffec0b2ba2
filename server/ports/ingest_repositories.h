#pragma once

// Persistent state of ingest (resumable uploads); keeping's is keeping_repositories.h.
// Implemented by storage/postgres. Same error
// conventions as repositories.h; each method is one transaction.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audientia/base/expected.h"
#include "domain/ingest.h"

namespace audientia::ports {

class UploadRepository {
 public:
  virtual ~UploadRepository() = default;
  // Inserts the upload, and its recording (state kUploading, kind as given) when that does not
  // exist yet, in one transaction. An upload with this id already: kAlreadyExists. A live
  // upload for the same (recording, role, sequence): kAlreadyExists. A recording with this id
  // in another hearing or of another kind: kFailedPrecondition.
  virtual Expected<domain::Upload> create(const domain::NewUpload& upload) = 0;
  virtual Expected<domain::Upload> get(const std::string& id) = 0;
  // Raises durable_offset from `expected` to `offset` (and extends expires_at); false when the
  // stored offset was not `expected` (another writer moved it) or the upload is not receiving.
  virtual Expected<bool> advance(const std::string& id, std::int64_t expected, std::int64_t offset,
                                 domain::Timestamp expiresAt) = 0;
  // Back to offset 0 (after a failed verification).
  virtual Status reset(const std::string& id) = 0;
  // Marks the upload complete and adds its file to the recording, in one transaction. An upload
  // created without its SHA-256 takes file.sha256 (and so does its FILE recording).
  virtual Expected<domain::Upload> complete(const std::string& id,
                                            const domain::RecordingFile& file) = 0;
  virtual Expected<domain::Upload> setState(const std::string& id, domain::UploadState state) = 0;
  // Receiving uploads whose expires_at is before `now`.
  virtual Expected<std::vector<domain::Upload>> listExpired(domain::Timestamp now, int limit) = 0;
  // Uploads of a recording (segments of a capture), by sequence.
  virtual Expected<std::vector<domain::Upload>> listByRecording(const std::string& recordingId) = 0;
};

}  // namespace audientia::ports
