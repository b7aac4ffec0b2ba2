#pragma once

// The append-only, hash-chained audit trail. Implemented by storage/postgres.

#include "audientia/base/expected.h"
#include "domain/audit.h"

namespace audientia::ports {

class AuditLog {
 public:
  virtual ~AuditLog() = default;
  // Appends one event; concurrent appends (also from several server instances) are
  // serialized so that the chain stays linear. Returns the stored event (seq, time, hashes).
  virtual Expected<domain::AuditEvent> append(const domain::NewAuditEvent& event) = 0;
  // Oldest first.
  virtual Expected<domain::Page<domain::AuditEvent>> list(const domain::AuditFilter& filter,
                                                          const domain::PageRequest& page) = 0;
  // Recomputes every hash in order and checks each link; names the first broken seq.
  virtual Expected<domain::AuditVerification> verify() = 0;
};

}  // namespace audientia::ports
