#pragma once

// Runs the background jobs of the PostgreSQL job queue (ports::JobQueue): a few worker threads,
// each claiming one job at a time (FOR UPDATE SKIP LOCKED, so any number of server instances
// can share the queue), running the handler registered for its kind while a housekeeping thread
// extends its lease, and marking it done or failed. A failed attempt is retried after an
// exponential backoff; after the last one the job stays failed with its error, an alert
// job_failed is raised and, for process_recording, the recording is marked failed with the
// reason. The housekeeping thread also queues the periodic kinds (fixity, retention, upload
// expiry) when they are due. An attempt that fails for want of space (kResourceExhausted: the
// media store or the work dir is full) does not count: the job is queued again after the
// backoff of its current attempt and an alert storage_full is raised, so that processing
// resumes by itself once an operator frees space.

#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "audientia/base/expected.h"
#include "domain/ingest.h"
#include "domain/keeping.h"
#include "ports/clock.h"
#include "ports/ingest_repositories.h"
#include "ports/keeping_repositories.h"
#include "ports/repositories.h"

namespace audientia::app {

struct PeriodicJob {
  std::string kind;
  std::chrono::seconds interval{0};
};

struct JobRunnerOptions {
  int workers = 2;
  std::chrono::seconds lease{120};
  // How long an idle worker waits before looking at the queue again (notify() wakes it early).
  std::chrono::milliseconds pollInterval{1000};
  // Wait before retry n (1-based): backoffBase * 2^(n-1), at most backoffCap.
  std::chrono::milliseconds backoffBase{10000};
  std::chrono::milliseconds backoffCap{std::chrono::hours(1)};
  // How often the periodic kinds are looked at.
  std::chrono::milliseconds scheduleInterval{std::chrono::seconds(30)};
  std::vector<PeriodicJob> periodic;
  // Worker ids are "<prefix>:<n>"; empty: "<host>:<pid>".
  std::string workerPrefix;
};

class JobRunner {
 public:
  using Handler = std::function<Status(const domain::Job&)>;

  JobRunner(ports::JobQueue& queue, ports::AlertRepository& alerts,
            ports::RecordingRepository& recordings, const ports::Clock& clock,
            JobRunnerOptions options, std::shared_ptr<spdlog::logger> log = nullptr);
  ~JobRunner();
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;

  // Before start(). Only kinds with a handler are claimed by this runner.
  void registerHandler(const std::string& kind, Handler handler);

  void start();
  // Lets the running jobs finish, then joins every thread. Idempotent.
  void stop();
  // Wakes the idle workers (a job was queued by this process).
  void notify();

  // One step of a worker, on the calling thread: claims one job and runs it. false when there
  // was none. For tests and for tools; the lease is not extended while it runs.
  Expected<bool> runOnce(const std::string& workerId);
  // Queues each periodic kind whose last run finished at least its interval ago (or never ran).
  Status schedulePeriodic();

  std::chrono::milliseconds backoff(int attempts) const;
  const std::string& workerPrefix() const { return options_.workerPrefix; }

 private:
  void workerLoop(int index);
  void housekeepingLoop();
  void extendLeases();
  Status finishJob(const domain::Job& job, const std::string& workerId, const Status& outcome);
  void onFinalFailure(const domain::Job& job);
  void onStorageFull(const domain::Job& job);
  std::vector<std::string> kinds() const;

  ports::JobQueue& queue_;
  ports::AlertRepository& alerts_;
  ports::RecordingRepository& recordings_;
  const ports::Clock& clock_;
  JobRunnerOptions options_;
  std::shared_ptr<spdlog::logger> log_;
  std::map<std::string, Handler> handlers_;

  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::uint64_t notifications_ = 0;
  std::map<std::int64_t, std::string> running_;  // job id -> worker id, for lease extension
  std::vector<std::thread> threads_;
};

}  // namespace audientia::app
