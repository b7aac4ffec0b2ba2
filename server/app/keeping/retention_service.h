#pragma once

// Retention and legal holds, the use cases. Policies say how long hearings are kept (by office
// and/or hearing kind; the most specific one applies); a legal hold keeps a hearing whatever
// the policy says; a sweep deletes the hearings that expired and are not held, removes the
// media objects no other recording references, and appends a deletion certificate to the
// audit trail (what was deleted, when, under which policy, and the digest of every file).

#include <spdlog/spdlog.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/hearings/hearing_service.h"
#include "app/identity/access_policy.h"
#include "audientia/base/expected.h"
#include "domain/ingest.h"
#include "domain/keeping.h"
#include "ports/audit_log.h"
#include "ports/clock.h"
#include "ports/ingest_repositories.h"
#include "ports/keeping_repositories.h"
#include "ports/key_locks.h"
#include "ports/media_store.h"
#include "ports/repositories.h"

namespace audientia::app {

struct DeletedHearingReport {
  std::string hearingId;
  std::string caseNumber;
  std::string policyId;
  domain::Timestamp expiredAt;
  std::int64_t auditSeq = 0;  // the deletion certificate
};

struct RetentionSweepResult {
  std::vector<DeletedHearingReport> deleted;
  int keptUnderHold = 0;
};

class RetentionService {
 public:
  RetentionService(ports::OfficeRepository& offices, HearingService& hearings,
                   ports::RetentionRepository& retention, ports::RecordingRepository& recordings,
                   ports::AuditLog& audit, ports::MediaStore& store, ports::KeyLocks& keyLocks,
                   const ports::Clock& clock, std::shared_ptr<spdlog::logger> log = nullptr)
      : offices_(offices),
        hearings_(hearings),
        retention_(retention),
        recordings_(recordings),
        audit_(audit),
        store_(store),
        keyLocks_(keyLocks),
        clock_(clock),
        log_(log ? std::move(log) : spdlog::default_logger()) {}

  // Admins. An office must lie in the caller's subtree (kNotFound otherwise); a policy for
  // every office (officeId empty) only by an admin of a root office (kPermissionDenied).
  Expected<domain::RetentionPolicy> setPolicy(const domain::User& caller,
                                              const std::string& officeId, domain::HearingKind kind,
                                              int retainDays);
  Expected<std::vector<domain::RetentionPolicy>> listPolicies(const domain::User& caller);
  // policy, when given, receives the deleted policy (for the audit trail).
  Status deletePolicy(const domain::User& caller, const std::string& policyId,
                      domain::RetentionPolicy* policy = nullptr);

  // The hearing must lie in the caller's subtree (kNotFound otherwise); a reason is required.
  // officeId, when given, receives the office of the hearing (for the audit trail).
  Expected<domain::LegalHold> placeHold(const domain::User& caller, const std::string& hearingId,
                                        const std::string& reason, std::string* officeId = nullptr);
  Expected<domain::LegalHold> releaseHold(const domain::User& caller, const std::string& hearingId,
                                          const std::string& reason,
                                          std::string* officeId = nullptr);
  // hearingId empty: every hold of a hearing in the caller's scope.
  Expected<std::vector<domain::LegalHold>> listHolds(const domain::User& caller,
                                                     const std::string& hearingId,
                                                     bool includeReleased);

  // Deletes every hearing expired now and not held. actor: who ran it (nullopt: the system).
  Expected<RetentionSweepResult> sweep(const std::optional<domain::User>& actor);
  // The retention_sweep job handler.
  Status runJob(const domain::Job& job);

 private:
  Status requireRootAdmin(const domain::User& caller, Action action);
  Status authorizePolicyScope(const domain::User& caller, Action action,
                              const std::string& officeId, const std::string& missing);
  Expected<DeletedHearingReport> deleteExpired(const domain::ExpiredHearing& expired,
                                               const std::optional<domain::User>& actor);

  ports::OfficeRepository& offices_;
  HearingService& hearings_;
  ports::RetentionRepository& retention_;
  ports::RecordingRepository& recordings_;
  ports::AuditLog& audit_;
  ports::MediaStore& store_;
  ports::KeyLocks& keyLocks_;
  const ports::Clock& clock_;
  std::shared_ptr<spdlog::logger> log_;
};

}  // namespace audientia::app
