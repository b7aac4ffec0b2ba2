#pragma once

// Keeping the archive, as asynchronous calls (async_call.h), for KeepingViewModel (admins): the
// job queue, the alerts and the fixity checks (MaintenanceService); and for RetentionViewModel
// (admins): retention policies and legal holds (RetentionService).

#include <QObject>
#include <cstdint>
#include <vector>

#include "audientia/v1/maintenance.pb.h"
#include "audientia/v1/retention.pb.h"
#include "services/async_call.h"

namespace audientia::gui {

class KeepingApiService {
 public:
  virtual ~KeepingApiService() = default;

  // Newest first; JOB_STATE_UNSPECIFIED: every state.
  virtual void listJobs(v1::JobState state, int limit, QObject* context,
                        Done<std::vector<v1::Job>> done) = 0;
  // Queues a failed job again with its attempts reset.
  virtual void retryJob(std::int64_t jobId, QObject* context, Done<v1::Job> done) = 0;
  // Newest first; the acknowledged ones too when asked.
  virtual void listAlerts(bool includeAcknowledged, QObject* context,
                          Done<std::vector<v1::Alert>> done) = 0;
  virtual void acknowledgeAlert(std::int64_t alertId, QObject* context, Done<v1::Alert> done) = 0;
  // Queues a fixity sweep now (or returns the one already queued or running).
  virtual void runFixity(QObject* context, Done<v1::Job> done) = 0;
  // The last `runs` sweeps, newest first, and the checks that failed.
  virtual void getFixityStatus(int runs, QObject* context,
                               Done<v1::GetFixityStatusResponse> done) = 0;

  virtual void listRetentionPolicies(QObject* context,
                                     Done<std::vector<v1::RetentionPolicy>> done) = 0;
  // Creates or replaces the policy for (office, kind).
  virtual void setRetentionPolicy(const v1::SetRetentionPolicyRequest& request, QObject* context,
                                  Done<v1::RetentionPolicy> done) = 0;
  virtual void deleteRetentionPolicy(const std::string& policyId, QObject* context,
                                     Done<void> done) = 0;
  // Active holds (and the released ones when asked), of every hearing in scope.
  virtual void listLegalHolds(bool includeReleased, QObject* context,
                              Done<std::vector<v1::LegalHold>> done) = 0;
  virtual void placeLegalHold(const std::string& hearingId, const std::string& reason,
                              QObject* context, Done<v1::LegalHold> done) = 0;
  virtual void releaseLegalHold(const std::string& hearingId, const std::string& reason,
                                QObject* context, Done<v1::LegalHold> done) = 0;
};

}  // namespace audientia::gui
