#include "app/keeping/job_runner.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <exception>

#include "audientia/base/memory_policy.h"

namespace audientia::app {
namespace {

std::string defaultWorkerPrefix() {
  char host[256] = {};
  if (::gethostname(host, sizeof host - 1) != 0) std::snprintf(host, sizeof host, "host");
  return std::string(host) + ":" + std::to_string(::getpid());
}

// Handlers are ours, but what they call may throw (allocation, third-party code): this is the
// thread edge where that becomes an error value.
Status runHandler(const JobRunner::Handler& handler, const domain::Job& job) {
  try {
    return handler(job);
  } catch (const std::exception& exception) {
    return internalError(std::string("unexpected exception: ") + exception.what());
  } catch (...) {
    return internalError("unexpected exception");
  }
}

std::string alertSubject(const domain::Job& job) {
  return job.subject.empty() ? job.kind : job.kind + ":" + job.subject;
}

}  // namespace

JobRunner::JobRunner(ports::JobQueue& queue, ports::AlertRepository& alerts,
                     ports::RecordingRepository& recordings, const ports::Clock& clock,
                     JobRunnerOptions options, std::shared_ptr<spdlog::logger> log)
    : queue_(queue),
      alerts_(alerts),
      recordings_(recordings),
      clock_(clock),
      options_(std::move(options)),
      log_(log ? std::move(log) : spdlog::default_logger()) {
  if (options_.workerPrefix.empty()) options_.workerPrefix = defaultWorkerPrefix();
}

JobRunner::~JobRunner() {
  stop();
}

void JobRunner::registerHandler(const std::string& kind, Handler handler) {
  handlers_[kind] = std::move(handler);
}

std::vector<std::string> JobRunner::kinds() const {
  std::vector<std::string> out;
  for (const auto& [kind, handler] : handlers_) out.push_back(kind);
  return out;
}

void JobRunner::start() {
  std::lock_guard lock(mutex_);
  if (!threads_.empty()) return;
  stopping_ = false;
  for (int i = 0; i < options_.workers; ++i) threads_.emplace_back([this, i] { workerLoop(i); });
  threads_.emplace_back([this] { housekeepingLoop(); });
}

void JobRunner::stop() {
  std::vector<std::thread> threads;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    threads.swap(threads_);
  }
  wake_.notify_all();
  for (auto& thread : threads) thread.join();
}

void JobRunner::notify() {
  {
    std::lock_guard lock(mutex_);
    ++notifications_;
  }
  wake_.notify_all();
}

std::chrono::milliseconds JobRunner::backoff(int attempts) const {
  auto delay = options_.backoffBase;
  for (int i = 1; i < attempts && delay < options_.backoffCap; ++i) delay *= 2;
  return std::min(delay, options_.backoffCap);
}

Expected<bool> JobRunner::runOnce(const std::string& workerId) {
  if (handlers_.empty()) return false;  // an empty kinds list would claim every kind
  AUDIENTIA_TRY(auto claimed, queue_.claim(workerId, options_.lease, kinds()));
  if (!claimed) return false;
  const domain::Job job = std::move(*claimed);
  {
    std::lock_guard lock(mutex_);
    running_[job.id] = workerId;
  }
  log_->info("job {} ({}) attempt {}/{} started by {}", job.id, alertSubject(job), job.attempts,
             job.maxAttempts, workerId);
  auto started = std::chrono::steady_clock::now();
  Status outcome = runHandler(handlers_.at(job.kind), job);
  // What the job allocated (FFmpeg's buffers for a master, thumbnails or a waveform).
  memory::returnFreedMemory();
  {
    std::lock_guard lock(mutex_);
    running_.erase(job.id);
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  started);
  if (outcome) {
    log_->info("job {} ({}) done in {} ms", job.id, job.kind, ms.count());
  } else {
    log_->warn("job {} ({}) attempt {} failed after {} ms: {}", job.id, job.kind, job.attempts,
               ms.count(), outcome.error().toString());
  }
  AUDIENTIA_TRY_STATUS(finishJob(job, workerId, outcome));
  return true;
}

Status JobRunner::finishJob(const domain::Job& job, const std::string& workerId,
                            const Status& outcome) {
  if (outcome) return queue_.markDone(job.id, workerId);
  const auto retryAt = clock_.now() + backoff(job.attempts);
  if (outcome.error().code() == ErrorCode::kResourceExhausted) {
    AUDIENTIA_TRY(domain::Job after,
                  queue_.markDeferred(job.id, workerId, outcome.error().message(), retryAt));
    onStorageFull(after);
    return ok();
  }
  AUDIENTIA_TRY(domain::Job after,
                queue_.markFailed(job.id, workerId, outcome.error().message(), retryAt));
  if (after.state == domain::JobState::kFailed) onFinalFailure(after);
  return ok();
}

void JobRunner::onFinalFailure(const domain::Job& job) {
  log_->error("job {} ({}) failed for good after {} attempts: {}", job.id, alertSubject(job),
              job.attempts, job.lastError);
  domain::NewAlert alert{domain::kAlertJobFailed,
                         alertSubject(job),
                         {},
                         "job " + std::to_string(job.id) + " (" + job.kind + ") failed after " +
                             std::to_string(job.attempts) + " attempts: " + job.lastError};
  if (job.kind == domain::kJobProcessRecording) {
    alert.recordingId = job.subject;
    auto failed = recordings_.setState(job.subject, domain::RecordingState::kFailed,
                                       "processing failed: " + job.lastError);
    if (!failed) {
      log_->error("marking recording {} failed: {}", job.subject, failed.error().toString());
    }
  }
  if (auto raised = alerts_.raise(alert); !raised) {
    log_->error("raising an alert for job {}: {}", job.id, raised.error().toString());
  }
}

void JobRunner::onStorageFull(const domain::Job& job) {
  log_->error("job {} ({}) waits for disk space, retried without using up its attempts: {}", job.id,
              alertSubject(job), job.lastError);
  domain::NewAlert alert{domain::kAlertStorageFull, "storage",
                         job.kind == domain::kJobProcessRecording ? job.subject : std::string(),
                         "the server ran out of space (" + job.lastError + "); job " +
                             std::to_string(job.id) + " (" + alertSubject(job) +
                             ") and any other that needs space wait and are retried: free space "
                             "on the media store and the data dir"};
  if (auto raised = alerts_.raise(alert); !raised) {
    log_->error("raising an alert for job {}: {}", job.id, raised.error().toString());
  }
}

void JobRunner::workerLoop(int index) {
  const std::string workerId = options_.workerPrefix + ":" + std::to_string(index);
  for (;;) {
    std::uint64_t seen = 0;
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
      seen = notifications_;
    }
    auto ran = runOnce(workerId);
    if (!ran) log_->error("worker {}: {}", workerId, ran.error().toString());
    if (ran && *ran) continue;  // there may be more
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, options_.pollInterval,
                   [&] { return stopping_ || notifications_ != seen; });
  }
}

void JobRunner::extendLeases() {
  std::map<std::int64_t, std::string> running;
  {
    std::lock_guard lock(mutex_);
    running = running_;
  }
  for (const auto& [id, workerId] : running) {
    if (auto extended = queue_.extendLease(id, workerId, options_.lease); !extended) {
      log_->warn("extending the lease of job {}: {}", id, extended.error().toString());
    }
  }
}

void JobRunner::housekeepingLoop() {
  // Leases are renewed well before they run out: a third of the lease leaves two chances.
  const auto leaseEvery = std::chrono::duration_cast<std::chrono::milliseconds>(options_.lease) / 3;
  auto nextLease = std::chrono::steady_clock::now() + leaseEvery;
  auto nextSchedule = std::chrono::steady_clock::now();
  for (;;) {
    auto now = std::chrono::steady_clock::now();
    if (now >= nextLease) {
      extendLeases();
      nextLease = now + leaseEvery;
    }
    if (now >= nextSchedule) {
      if (auto scheduled = schedulePeriodic(); !scheduled) {
        log_->error("scheduling periodic jobs: {}", scheduled.error().toString());
      }
      nextSchedule = now + options_.scheduleInterval;
    }
    std::unique_lock lock(mutex_);
    if (wake_.wait_until(lock, std::min(nextLease, nextSchedule), [&] { return stopping_; })) {
      return;
    }
  }
}

Status JobRunner::schedulePeriodic() {
  bool queued = false;
  for (const auto& periodic : options_.periodic) {
    if (!handlers_.count(periodic.kind)) continue;
    AUDIENTIA_TRY(auto last, queue_.lastFinished(periodic.kind));
    const auto now = clock_.now();
    if (last && last->finishedAt && *last->finishedAt + periodic.interval > now) continue;
    // Idempotent per (kind, subject): a sweep already queued or running is returned as is,
    // also when another server instance queued it.
    domain::NewJob job;
    job.kind = periodic.kind;
    AUDIENTIA_TRY(auto enqueued, queue_.enqueue(job));
    (void)enqueued;
    queued = true;
  }
  if (queued) notify();
  return ok();
}

}  // namespace audientia::app
