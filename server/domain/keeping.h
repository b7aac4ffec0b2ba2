#pragma once

// Entities of keeping: background jobs, fixity checks, alerts, retention policies and legal
// holds. Plain data, like entities.h.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"

namespace audientia::domain {

enum class JobState { kUnspecified = 0, kQueued, kRunning, kDone, kFailed };

inline constexpr const char* kJobProcessRecording = "process_recording";
inline constexpr const char* kJobFixitySweep = "fixity_sweep";
inline constexpr const char* kJobRetentionSweep = "retention_sweep";
inline constexpr const char* kJobExpireUploads = "expire_uploads";

struct Job {
  std::int64_t id = 0;
  std::string kind;
  std::string subject;
  std::string payloadJson = "{}";
  JobState state = JobState::kQueued;
  int attempts = 0;  // including the one running
  int maxAttempts = 5;
  Timestamp runAfter;
  std::string lockedBy;
  std::optional<Timestamp> lockedUntil;
  std::string lastError;
  Timestamp createdAt;
  std::optional<Timestamp> finishedAt;
};

struct NewJob {
  std::string kind;
  std::string subject;
  std::string payloadJson = "{}";
  int maxAttempts = 5;
  std::optional<Timestamp> runAfter;  // nullopt: now
};

struct FixityRun {
  std::int64_t id = 0;
  std::int64_t jobId = 0;
  Timestamp startedAt;
  std::optional<Timestamp> finishedAt;
  std::int64_t objectsChecked = 0;
  std::int64_t bytesChecked = 0;
  std::int64_t mismatches = 0;
  std::int64_t missing = 0;
  std::string error;
};

// A stored object due for a fixity check, with one file that references it (for messages).
struct FixityTarget {
  std::string sha256;
  std::int64_t sizeBytes = 0;
  std::string recordingId;
  std::string fileName;
  std::optional<Timestamp> lastCheckedAt;
};

struct FixityCheck {
  std::string sha256;
  Timestamp checkedAt;
  bool ok = false;
  std::string actualSha256;  // "" when missing or unreadable
  std::string error;
  std::int64_t runId = 0;
};

struct FixitySummary {
  std::int64_t objectsTotal = 0;
  std::int64_t objectsNeverChecked = 0;
  std::int64_t openAlerts = 0;
};

inline constexpr const char* kAlertFixityMismatch = "fixity_mismatch";
inline constexpr const char* kAlertFixityMissing = "fixity_missing";
inline constexpr const char* kAlertJobFailed = "job_failed";
// A job waits for disk space (it is retried without using up its attempts); one open alert.
inline constexpr const char* kAlertStorageFull = "storage_full";

struct Alert {
  std::int64_t id = 0;
  std::string kind;
  std::string subject;
  std::string recordingId;
  std::string detail;
  Timestamp createdAt;
  std::string acknowledgedBy;
  std::optional<Timestamp> acknowledgedAt;
};

struct NewAlert {
  std::string kind;
  std::string subject;
  std::string recordingId;
  std::string detail;
};

struct RetentionPolicy {
  std::string id;
  std::string officeId;                                 // "" : every office
  HearingKind hearingKind = HearingKind::kUnspecified;  // kUnspecified: every kind
  int retainDays = 0;
  std::string createdBy;
  Timestamp updatedAt;
};

struct LegalHold {
  std::string id;
  std::string hearingId;
  std::string reason;
  std::string placedBy;
  Timestamp placedAt;
  std::string releasedBy;
  std::optional<Timestamp> releasedAt;
  std::string releaseReason;
};

// A hearing whose retention has run out, with the policy that decided it.
struct ExpiredHearing {
  Hearing hearing;
  RetentionPolicy policy;
  Timestamp expiredAt;
  bool underHold = false;
};

// What a deletion removed: the content of the deletion certificate.
struct DeletedRecording {
  Recording recording;  // with files
};
struct DeletionRecord {
  Hearing hearing;
  std::vector<DeletedRecording> recordings;
  // Keys no longer referenced by any recording: the caller removes them from the media store.
  std::vector<std::string> unreferencedKeys;
};

}  // namespace audientia::domain
