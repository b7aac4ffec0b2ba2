#pragma once

// The admin side of background work: queue a fixity sweep, read fixity status, list and
// acknowledge alerts, list jobs and retry a failed one. Role checks are the call gate's (the
// policy rows are kAny: one queue and one store for the installation); this class validates.

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "domain/ingest.h"
#include "domain/keeping.h"
#include "ports/ingest_repositories.h"
#include "ports/keeping_repositories.h"

namespace audientia::app {

struct FixityStatus {
  std::vector<domain::FixityRun> runs;
  std::vector<std::pair<domain::FixityCheck, domain::FixityTarget>> failures;
  domain::FixitySummary summary;
};

class MaintenanceService {
 public:
  MaintenanceService(ports::JobQueue& jobs, ports::FixityRepository& fixity,
                     ports::AlertRepository& alerts)
      : jobs_(jobs), fixity_(fixity), alerts_(alerts) {}

  // Called after a job was queued (wakes this instance's job runner, when it has one).
  void onEnqueued(std::function<void()> callback) { onEnqueued_ = std::move(callback); }

  // Queues a fixity sweep that checks every object; when one is already queued or running,
  // returns that one.
  Expected<domain::Job> runFixity();
  // runs: how many recent runs (0: 5; at most 100).
  Expected<FixityStatus> fixityStatus(int runs);
  Expected<std::vector<domain::Alert>> listAlerts(bool includeAcknowledged);
  Expected<domain::Alert> acknowledgeAlert(const domain::User& caller, std::int64_t alertId);
  // limit 0: 100; at most 1000.
  Expected<std::vector<domain::Job>> listJobs(domain::JobState state, int limit);
  Expected<domain::Job> retryJob(std::int64_t jobId);

 private:
  ports::JobQueue& jobs_;
  ports::FixityRepository& fixity_;
  ports::AlertRepository& alerts_;
  std::function<void()> onEnqueued_;
};

}  // namespace audientia::app
