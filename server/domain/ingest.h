#pragma once

// Entities of evidence ingest: resumable uploads. Plain data, like entities.h. Jobs, fixity,
// alerts, retention and holds are keeping.h.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"

namespace audientia::domain {

enum class UploadState { kUnspecified = 0, kReceiving, kComplete, kExpired, kAborted };

// A resumable upload of one file: the original of a kFile recording (whose id is the
// upload's id) or one segment of a kCapture recording.
struct Upload {
  std::string id;  // chosen by the client
  std::string recordingId;
  FileRole role = FileRole::kOriginal;  // kOriginal or kSegment
  int sequence = 0;                     // 0 for originals, 1.. for segments
  std::string fileName;
  std::int64_t sizeBytes = 0;
  std::string sha256;  // empty until declared (at creation or, at the latest, completion)
  UploadState state = UploadState::kReceiving;
  std::int64_t durableOffset = 0;  // every byte below is on stable storage
  std::string createdBy;
  Timestamp createdAt;
  Timestamp updatedAt;
  Timestamp expiresAt;
};

// What creating an upload needs. The recording is created with it when it does not exist
// (kFile: id == upload id; kCapture: the package id).
struct NewUpload {
  std::string id;
  std::string hearingId;
  std::string recordingId;
  RecordingKind recordingKind = RecordingKind::kFile;
  FileRole role = FileRole::kOriginal;
  int sequence = 0;
  std::string fileName;
  std::int64_t sizeBytes = 0;
  std::string sha256;  // empty: declared at completion
  std::string createdBy;
  Timestamp expiresAt;
};

}  // namespace audientia::domain
