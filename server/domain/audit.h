#pragma once

// Audit trail entities. Events are appended, never changed; each carries the hash of the
// previous event and its own hash over a canonical encoding (see audit_chain.h).

#include <cstdint>
#include <optional>
#include <string>

#include "domain/entities.h"

namespace audientia::domain {

enum class AuditOutcome { kUnspecified = 0, kSuccess, kDenied, kFailure };

struct NewAuditEvent {
  std::string actorId;        // empty for anonymous callers
  std::string actorUsername;  // as given (also for failed logins)
  std::string action;         // "auth.login", "hearing.view", "recording.download", ...
  std::string objectType;     // "hearing", "recording", "user", "office", ...
  std::string objectId;
  std::string officeId;
  std::string clientAddress;
  AuditOutcome outcome = AuditOutcome::kUnspecified;
  std::string detailsJson = "{}";  // a JSON object; never evidence content or secrets
};

struct AuditEvent : NewAuditEvent {
  std::int64_t seq = 0;
  Timestamp time;
  std::string prevHash;  // hex; 64 zeros for the first event
  std::string hash;      // hex
};

struct AuditFilter {
  std::string objectId;
  std::string actorId;
  std::string officeId;
  std::optional<Timestamp> from;  // inclusive
  std::optional<Timestamp> to;    // exclusive
};

struct AuditVerification {
  bool intact = true;
  std::int64_t eventsChecked = 0;
  std::int64_t firstBrokenSeq = 0;  // 0 when intact
  std::string reason;
  std::int64_t lastSeq = 0;
  std::string lastHash;
};

}  // namespace audientia::domain
