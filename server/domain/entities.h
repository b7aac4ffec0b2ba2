#pragma once

// The entities of the domain. Plain data; the rules that govern them are in rules.h.
// Nothing here includes protobuf, libpq, Qt or FFmpeg.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/media_info.h"

namespace audientia::domain {

using Timestamp = std::chrono::system_clock::time_point;

enum class Role { kUnspecified = 0, kAdmin, kProsecutor, kClerk, kAuditor };

struct Office {
  std::string id;
  std::string name;
  std::optional<std::string> parentId;
  bool active = true;
  Timestamp createdAt;
};

struct NewOffice {
  std::string name;
  std::optional<std::string> parentId;
};

struct User {
  std::string id;
  std::string username;
  std::string officeId;
  Role role = Role::kUnspecified;
  bool disabled = false;
  Timestamp createdAt;
};

struct NewUser {
  std::string username;
  std::string officeId;
  Role role = Role::kUnspecified;
  std::string passwordHash;  // encoded by PasswordHasher, parameters included
};

// A user as the login path sees it.
struct UserCredentials {
  User user;
  std::string passwordHash;
  int failedLogins = 0;
  std::optional<Timestamp> lockedUntil;
};

struct Session {
  std::string userId;
  Timestamp createdAt;
  Timestamp expiresAt;
  Timestamp lastSeenAt;
};

enum class HearingKind {
  kUnspecified = 0,
  kSuspect,
  kDefendant,
  kVictim,
  kWitness,
  kExpert,
  kOther
};
enum class HearingStatus { kUnspecified = 0, kOpen, kClosed };

struct Participant {
  std::string role;
  std::string name;
};

struct Hearing {
  std::string id;
  std::string officeId;
  std::string caseNumber;
  HearingKind kind = HearingKind::kUnspecified;
  std::string title;
  std::vector<Participant> participants;
  std::string location;
  HearingStatus status = HearingStatus::kOpen;
  std::string createdBy;
  Timestamp createdAt;
  int recordingCount = 0;
};

struct NewHearing {
  std::string officeId;
  std::string caseNumber;
  HearingKind kind = HearingKind::kUnspecified;
  std::string title;
  std::vector<Participant> participants;
  std::string location;
  std::string createdBy;
};

// kUploading -> kVerifying -> kProcessing -> kAvailable, or kFailed with a reason.
enum class RecordingState {
  kUnspecified = 0,
  kUploading,
  kAvailable,
  kFailed,
  kVerifying,
  kProcessing
};
enum class RecordingKind { kUnspecified = 0, kFile, kCapture };
enum class FileRole {
  kUnspecified = 0,
  kOriginal,   // the uploaded file of a kFile recording
  kSegment,    // a capture segment, sequence 1, 2, ...
  kManifest,   // the sealed capture manifest as uploaded
  kMaster,     // playable MP4 assembled by stream copy
  kThumbnail,  // JPEG, sequence 1, 2, ...
  kWaveform    // JSON peaks per channel
};

// One stored file of a recording; sha256 is also its media store key.
struct RecordingFile {
  std::string recordingId;
  FileRole role = FileRole::kUnspecified;
  int sequence = 0;
  std::string fileName;
  std::int64_t sizeBytes = 0;
  std::string sha256;
  std::string contentType = "application/octet-stream";
  std::int64_t mediaTimeMs = 0;
  std::int64_t durationMs = 0;
  Timestamp createdAt;
};

// A stretch of wall time with no media, as the capture manifest declares it.
// A stretch of wall-clock time a capture holds no media for: a pause the prosecutor took (with
// its reason), or an interruption (the capture process died and was recovered).
enum class GapKind { kInterruption, kPause };

struct RecordingGap {
  std::string wallStart;
  std::string wallEnd;  // "" when the capture was not resumed
  std::string reason;
  GapKind kind = GapKind::kInterruption;
  // Where it falls in the recording's playable media (the master: segments one after another,
  // nothing padded), in ms; -1 when unknown (rows stored before it was kept).
  std::int64_t mediaTimeMs = -1;
};

// A moment the prosecutor or clerk marked while recording (the capture manifest's markers),
// kept with the recording as sealed.
struct RecordingMarker {
  std::string kind;  // question, answer, objection, exhibit, note, ...
  std::string text;
  std::int64_t mediaTimeMs = 0;  // on the clock of its run
  std::string wallTime;          // ISO 8601 UTC
  int run = 1;
};

// What a completed capture declares besides its files.
struct CaptureFacts {
  std::string seal;
  std::vector<RecordingGap> gaps;
  std::vector<RecordingMarker> markers;
};

struct Recording {
  std::string id;
  std::string hearingId;
  std::string fileName;
  std::int64_t sizeBytes = 0;
  std::string sha256;  // lower-case hex; also the media store key
  RecordingState state = RecordingState::kUnspecified;
  std::optional<domain::MediaInfo> mediaInfo;  // set when the file is playable media
  std::string mediaError;                      // set when it is not
  std::string uploadedBy;
  Timestamp createdAt;
  RecordingKind kind = RecordingKind::kFile;
  std::string failureReason;  // set in kFailed
  std::string captureSeal;    // hex, kCapture once completed
  std::vector<RecordingGap> gaps;
  std::vector<RecordingMarker> markers;  // kCapture: as sealed in its manifest
  std::vector<RecordingFile> files;      // filled by get(); empty in lists
};

struct NewRecording {
  std::string hearingId;
  std::string fileName;
  std::int64_t sizeBytes = 0;
  std::string sha256;
  std::optional<domain::MediaInfo> mediaInfo;
  std::string mediaError;
  std::string uploadedBy;
};

// Keyset pagination. The token is opaque to callers.
struct PageRequest {
  int limit = 100;
  std::string pageToken;  // empty: first page
};

template <class T>
struct Page {
  std::vector<T> items;
  std::string nextPageToken;  // empty: no more pages
};

}  // namespace audientia::domain
