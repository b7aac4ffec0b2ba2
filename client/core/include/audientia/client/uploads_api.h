#pragma once

// Resumable uploads (see recordings.proto): a file or a capture's segments sent in ranges that
// survive a broken connection or a restart of either side, and the completion of a capture
// package. The upload engine (upload_engine.h) drives them. One part of ApiClient (api_client.h
// says how to create one, and its threads, deadlines and errors).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/base/sha256.h"
#include "audientia/client/progress_callback.h"
#include "audientia/v1/recordings.pb.h"

namespace audientia::client {

// The SHA-256 of a file's first `end` bytes, which writeUpload extends as it reads the file.
struct PrefixHash {
  Sha256 hash;
  std::int64_t end = 0;
};

// WriteUpload of bytes [offset, end) of a local file.
struct WriteUploadRequest {
  std::string uploadId;
  std::filesystem::path file;
  std::int64_t offset = 0;
  std::int64_t end = 0;
  std::size_t chunkBytes = 4 << 20;  // per message, at most 4 MiB
  // When set, the bytes read for the stream that continue the prefix (from hash->end on) are
  // added to it, in order, on the reading thread while earlier chunks are on the wire: the file
  // is hashed in the pass that sends it. Bytes below hash->end are not hashed again; a range
  // that starts above it leaves it alone (the caller hashes the gap first). Read ahead counts:
  // hash->end may pass the bytes the server took. The caller reads it once writeUpload returned.
  PrefixHash* hash = nullptr;
};

class UploadsApi {
 public:
  virtual ~UploadsApi() = default;

  // writeUpload streams the byte range in chunks with their offsets and returns the server's
  // status at the end of the stream; progress gets the bytes of the range sent so far and the
  // range's length, and cancels when it returns false.
  virtual Expected<v1::UploadStatus> createUpload(const v1::CreateUploadRequest& request) = 0;
  virtual Expected<v1::UploadStatus> writeUpload(const WriteUploadRequest& request,
                                                 const ProgressCallback& progress) = 0;
  virtual Expected<v1::UploadStatus> getUploadStatus(const std::string& uploadId) = 0;
  // sha256: the file's digest, required when the upload was created without one (empty: none;
  // see CompleteUploadRequest).
  virtual Expected<v1::CompleteUploadResponse> completeUpload(const std::string& uploadId,
                                                              const std::string& sha256) = 0;
  virtual Expected<v1::UploadStatus> abortUpload(const std::string& uploadId) = 0;
  // A capture package: every segment uploaded, the sealed manifest's bytes.
  virtual Expected<v1::Recording> completeRecording(const std::string& recordingId,
                                                    const std::string& manifestJson) = 0;
};

}  // namespace audientia::client
