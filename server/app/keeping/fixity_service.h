#pragma once

// Fixity: re-hashes stored objects against the SHA-256 they were stored under, least recently
// checked first, at a limited rate so that uploads keep the disk. Every check is recorded;
// a mismatch or a missing object raises an alert for admins and appends an audit event
// (actor "system", fixity.mismatch / fixity.missing) to the hash-chained trail.

#include <chrono>
#include <cstdint>

#include "audientia/base/expected.h"
#include "domain/ingest.h"
#include "domain/keeping.h"
#include "ports/audit_log.h"
#include "ports/clock.h"
#include "ports/ingest_repositories.h"
#include "ports/keeping_repositories.h"
#include "ports/media_store.h"
#include "ports/repositories.h"

namespace audientia::app {

// Paces reading (fixity_service.cpp).
class RateLimiter;

struct FixityOptions {
  // A scheduled sweep checks the objects not checked within (nine tenths of) this interval.
  std::chrono::seconds interval{std::chrono::hours(24)};
  // Re-hashing reads at most this many bytes per second (0: unlimited).
  std::int64_t bytesPerSecond = std::int64_t{64} << 20;
  int batchSize = 100;
};

class FixityService {
 public:
  FixityService(ports::FixityRepository& fixity, ports::AlertRepository& alerts,
                ports::RecordingRepository& recordings, ports::HearingRepository& hearings,
                ports::AuditLog& audit, ports::MediaStore& store, const ports::Clock& clock,
                FixityOptions options)
      : fixity_(fixity),
        alerts_(alerts),
        recordings_(recordings),
        hearings_(hearings),
        audit_(audit),
        store_(store),
        clock_(clock),
        options_(options) {}

  enum class Trigger { kUnspecified = 0, kScheduled, kManual };

  // One sweep: a manual one checks every object not checked since it started, a scheduled one
  // those not checked within the interval. Returns the finished run (counts).
  Expected<domain::FixityRun> sweep(std::int64_t jobId, Trigger trigger);
  // The fixity_sweep job handler; payload {"manual":true} for a sweep an admin asked for.
  Status runJob(const domain::Job& job);

 private:
  struct Hashed {
    std::string sha256;  // "" when missing or unreadable
    std::int64_t bytes = 0;
    Error error{ErrorCode::kUnspecified, ""};
  };
  Hashed rehash(const std::string& key, RateLimiter& limiter);
  Status reportFailure(const domain::FixityTarget& target, const domain::FixityCheck& check,
                       bool missing);

  ports::FixityRepository& fixity_;
  ports::AlertRepository& alerts_;
  ports::RecordingRepository& recordings_;
  ports::HearingRepository& hearings_;
  ports::AuditLog& audit_;
  ports::MediaStore& store_;
  const ports::Clock& clock_;
  FixityOptions options_;
};

}  // namespace audientia::app
