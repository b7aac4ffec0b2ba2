#pragma once

// One recording upload, fed chunk by chunk by the API layer.
//
// Contract: chunks must arrive in order (offset == bytes received so far) and never beyond
// the declared size. finish() compares size and SHA-256 with the header; on a mismatch nothing
// is stored and no recording row exists. A file that is not playable media is still stored,
// with media_error set to the inspector's reason. Destroying an unfinished session discards
// what it staged.

#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "ports/media_inspector.h"
#include "ports/media_store.h"
#include "ports/repositories.h"

namespace audientia::app {

struct UploadHeader {
  std::string hearingId;
  std::string fileName;
  std::int64_t sizeBytes = 0;
  std::string sha256;  // lower-case hex
};

class UploadSession {
 public:
  UploadSession(UploadHeader header, std::string uploadedBy,
                std::unique_ptr<ports::ObjectWriter> writer, ports::MediaInspector& inspector,
                ports::RecordingRepository& recordings);

  Status append(std::int64_t offset, std::span<const std::byte> data);
  // Verifies, inspects, commits and records. Can be called once.
  Expected<domain::Recording> finish();

  std::int64_t bytesReceived() const { return received_; }
  const UploadHeader& header() const { return header_; }

 private:
  Error fail(Error error);

  UploadHeader header_;
  std::string uploadedBy_;
  std::unique_ptr<ports::ObjectWriter> writer_;
  ports::MediaInspector& inspector_;
  ports::RecordingRepository& recordings_;
  std::int64_t received_ = 0;
};

}  // namespace audientia::app
