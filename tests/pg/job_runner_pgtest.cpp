// The job runner against the real PostgreSQL queue: two runners share it and run every job
// exactly once; failures are retried with backoff; the last failure is visible (job, alert,
// recording); a dead worker's job is taken over when its lease runs out; periodic kinds are
// queued when due; stop() lets a running job finish.

#include <atomic>
#include <map>
#include <thread>

#include "app/keeping/job_runner.h"
#include "storage_pg_test.h"

namespace audientia::app {
namespace {

using namespace std::chrono_literals;
using testing::StorageTest;

class JobRunnerTest : public StorageTest {
 protected:
  JobRunnerOptions options(const std::string& prefix) {
    JobRunnerOptions o;
    o.workers = 2;
    o.lease = 30s;
    o.pollInterval = 20ms;
    o.backoffBase = 1ms;
    o.workerPrefix = prefix;
    return o;
  }
  std::unique_ptr<JobRunner> runner(const std::string& prefix) {
    return std::make_unique<JobRunner>(jobs(), alerts(), storage_->recordings(), clock_,
                                       options(prefix));
  }
  domain::Job enqueue(const std::string& kind, const std::string& subject, int maxAttempts = 5) {
    domain::NewJob job;
    job.kind = kind;
    job.subject = subject;
    job.maxAttempts = maxAttempts;
    auto queued = jobs().enqueue(job);
    EXPECT_TRUE(queued) << queued.error().toString();
    return queued ? *queued : domain::Job{};
  }
  domain::Job reload(std::int64_t id) {
    auto job = jobs().get(id);
    EXPECT_TRUE(job) << job.error().toString();
    return job ? *job : domain::Job{};
  }
};

TEST_F(JobRunnerTest, TwoRunnersShareTheQueueAndRunEveryJobExactlyOnce) {
  constexpr int kJobs = 100;
  std::mutex mutex;
  std::map<std::string, int> runs;
  std::map<std::string, int> byRunner;
  auto handler = [&](const std::string& name) {
    return [&, name](const domain::Job& job) -> Status {
      std::this_thread::sleep_for(1ms);
      std::lock_guard lock(mutex);
      ++runs[job.subject];
      ++byRunner[name];
      return ok();
    };
  };
  for (int i = 0; i < kJobs; ++i) enqueue(domain::kJobProcessRecording, "s" + std::to_string(i));
  auto first = runner("first");
  auto second = runner("second");
  first->registerHandler(domain::kJobProcessRecording, handler("first"));
  second->registerHandler(domain::kJobProcessRecording, handler("second"));
  first->start();
  second->start();
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  for (;;) {
    auto done = jobs().list(domain::JobState::kDone, 1000);
    ASSERT_TRUE(done) << done.error().toString();
    if (static_cast<int>(done->size()) == kJobs) break;
    ASSERT_LT(std::chrono::steady_clock::now(), deadline) << done->size() << " done";
    std::this_thread::sleep_for(20ms);
  }
  first->stop();
  second->stop();
  ASSERT_EQ(runs.size(), static_cast<std::size_t>(kJobs));
  for (const auto& [subject, count] : runs) EXPECT_EQ(count, 1) << subject;
  EXPECT_GT(byRunner["first"], 0);
  EXPECT_GT(byRunner["second"], 0);
  EXPECT_EQ(byRunner["first"] + byRunner["second"], kJobs);
  auto done = jobs().list(domain::JobState::kDone, 1000);
  ASSERT_TRUE(done);
  for (const auto& job : *done) {
    EXPECT_EQ(job.attempts, 1);
    EXPECT_TRUE(job.finishedAt.has_value());
  }
}

TEST_F(JobRunnerTest, AFailingJobIsRetriedAfterItsBackoffAndEndsDone) {
  auto o = options("backoff");
  o.backoffBase = 300ms;
  JobRunner runner(jobs(), alerts(), storage_->recordings(), clock_, o);
  EXPECT_EQ(runner.backoff(1), 300ms);
  EXPECT_EQ(runner.backoff(2), 600ms);
  EXPECT_EQ(runner.backoff(40), o.backoffCap);
  int calls = 0;
  runner.registerHandler(domain::kJobFixitySweep, [&](const domain::Job& job) -> Status {
    EXPECT_EQ(job.attempts, calls + 1);
    if (++calls <= 2)
      return Error(ErrorCode::kUnavailable, "disk asleep, try " + std::to_string(calls));
    return ok();
  });
  const auto job = enqueue(domain::kJobFixitySweep, "");
  for (int attempt = 1; attempt <= 2; ++attempt) {
    auto ran = runner.runOnce("w");
    ASSERT_TRUE(ran) << ran.error().toString();
    ASSERT_TRUE(*ran);
    auto failed = reload(job.id);
    EXPECT_EQ(failed.state, domain::JobState::kQueued);
    EXPECT_EQ(failed.lastError, "disk asleep, try " + std::to_string(attempt));
    EXPECT_GE(failed.runAfter, std::chrono::system_clock::now() + 100ms);
    // Not before its backoff has passed.
    auto early = runner.runOnce("w");
    ASSERT_TRUE(early);
    EXPECT_FALSE(*early);
    std::this_thread::sleep_until(failed.runAfter + 20ms);
  }
  auto ran = runner.runOnce("w");
  ASSERT_TRUE(ran && *ran);
  auto done = reload(job.id);
  EXPECT_EQ(done.state, domain::JobState::kDone);
  EXPECT_EQ(done.attempts, 3);
  EXPECT_EQ(calls, 3);
  auto open = alerts().list(false, 100);
  ASSERT_TRUE(open);
  EXPECT_TRUE(open->empty());
}

TEST_F(JobRunnerTest, TheLastFailureFailsTheRecordingAndRaisesAnAlert) {
  auto hearing = addHearing(officeA_.id, domain::HearingKind::kWitness);
  auto recording = addRecording(hearing.id, "statement.mp4", "not really a video");
  auto r = runner("final");
  r->registerHandler(domain::kJobProcessRecording, [](const domain::Job&) -> Status {
    return internalError("the decoder exploded");
  });
  r->registerHandler(domain::kJobRetentionSweep, [](const domain::Job&) -> Status {
    throw std::runtime_error("thrown, not returned");
  });
  const auto process = enqueue(domain::kJobProcessRecording, recording.id, 3);
  const auto sweep = enqueue(domain::kJobRetentionSweep, "", 1);
  for (int i = 0; i < 10; ++i) {
    auto ran = r->runOnce("w");
    ASSERT_TRUE(ran) << ran.error().toString();
    if (!*ran) std::this_thread::sleep_for(10ms);
  }
  auto failed = reload(process.id);
  EXPECT_EQ(failed.state, domain::JobState::kFailed);
  EXPECT_EQ(failed.attempts, 3);
  EXPECT_EQ(failed.lastError, "the decoder exploded");
  auto got = storage_->recordings().get(recording.id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->state, domain::RecordingState::kFailed);
  EXPECT_NE(got->failureReason.find("the decoder exploded"), std::string::npos)
      << got->failureReason;

  auto thrown = reload(sweep.id);
  EXPECT_EQ(thrown.state, domain::JobState::kFailed);
  EXPECT_NE(thrown.lastError.find("thrown, not returned"), std::string::npos);

  auto open = alerts().list(false, 100);
  ASSERT_TRUE(open);
  ASSERT_EQ(open->size(), 2u);
  int seen = 0;
  for (const auto& alert : *open) {
    EXPECT_EQ(alert.kind, domain::kAlertJobFailed);
    if (alert.recordingId == recording.id) {
      ++seen;
      EXPECT_EQ(alert.subject, std::string(domain::kJobProcessRecording) + ":" + recording.id);
      EXPECT_NE(alert.detail.find("the decoder exploded"), std::string::npos);
    } else {
      EXPECT_EQ(alert.subject, domain::kJobRetentionSweep);
    }
  }
  EXPECT_EQ(seen, 1);
}

// A full disk is not the job's fault: the attempt does not count, the job waits in the queue
// with the reason, one storage_full alert names it, and the job runs once space is back.
TEST_F(JobRunnerTest, AFullDiskDefersTheJobWithoutUsingUpItsAttempts) {
  auto hearing = addHearing(officeA_.id, domain::HearingKind::kWitness);
  auto recording = addRecording(hearing.id, "statement.mkv", "waits for space");
  auto r = runner("space");
  int calls = 0;
  r->registerHandler(domain::kJobProcessRecording, [&](const domain::Job& job) -> Status {
    EXPECT_EQ(job.attempts, 1) << "a deferred attempt was counted";
    if (++calls <= 4) {
      return Error(ErrorCode::kResourceExhausted,
                   "the media store is full (try " + std::to_string(calls) + ")");
    }
    return ok();
  });
  const auto job = enqueue(domain::kJobProcessRecording, recording.id, 2);
  for (int i = 0; i < 200 && calls < 5; ++i) {
    auto ran = r->runOnce("w");
    ASSERT_TRUE(ran) << ran.error().toString();
    if (*ran && calls <= 4) {
      auto waiting = reload(job.id);
      EXPECT_EQ(waiting.state, domain::JobState::kQueued);
      EXPECT_EQ(waiting.attempts, 0);
      EXPECT_EQ(waiting.lastError, "the media store is full (try " + std::to_string(calls) + ")");
      auto still = storage_->recordings().get(recording.id);
      ASSERT_TRUE(still);
      EXPECT_NE(still->state, domain::RecordingState::kFailed);
    }
    if (!*ran) std::this_thread::sleep_for(5ms);
  }
  EXPECT_EQ(calls, 5);
  EXPECT_EQ(reload(job.id).state, domain::JobState::kDone);
  auto open = alerts().list(false, 100);
  ASSERT_TRUE(open);
  ASSERT_EQ(open->size(), 1u) << "one open storage_full alert, not one per attempt";
  EXPECT_EQ(open->front().kind, domain::kAlertStorageFull);
  EXPECT_EQ(open->front().recordingId, recording.id);
  EXPECT_NE(open->front().detail.find("the media store is full"), std::string::npos);
}

TEST_F(JobRunnerTest, AJobWhoseWorkerDiedIsTakenOverWhenItsLeaseRunsOut) {
  const auto job = enqueue(domain::kJobExpireUploads, "");
  auto claimed = jobs().claim("dead-worker", 1s);
  ASSERT_TRUE(claimed && claimed->has_value());
  EXPECT_EQ((*claimed)->id, job.id);
  auto r = runner("alive");
  int calls = 0;
  r->registerHandler(domain::kJobExpireUploads, [&](const domain::Job& running) -> Status {
    ++calls;
    EXPECT_EQ(running.attempts, 2);
    return ok();
  });
  auto early = r->runOnce("alive:0");
  ASSERT_TRUE(early);
  EXPECT_FALSE(*early) << "a leased job was taken before its lease ran out";
  std::this_thread::sleep_for(1200ms);
  auto ran = r->runOnce("alive:0");
  ASSERT_TRUE(ran) << ran.error().toString();
  EXPECT_TRUE(*ran);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(reload(job.id).state, domain::JobState::kDone);
  // The dead worker, should it wake up, can no longer finish the job it lost.
  EXPECT_FALSE(jobs().markDone(job.id, "dead-worker"));
}

TEST_F(JobRunnerTest, PeriodicKindsAreQueuedWhenDue) {
  auto o = options("periodic");
  o.periodic = {{domain::kJobFixitySweep, std::chrono::hours(24)},
                {domain::kJobExpireUploads, std::chrono::hours(1)}};
  JobRunner r(jobs(), alerts(), storage_->recordings(), clock_, o);
  int fixity = 0;
  int expiry = 0;
  r.registerHandler(domain::kJobFixitySweep, [&](const domain::Job&) -> Status {
    ++fixity;
    return ok();
  });
  r.registerHandler(domain::kJobExpireUploads, [&](const domain::Job&) -> Status {
    ++expiry;
    return ok();
  });
  auto drain = [&] {
    for (;;) {
      auto ran = r.runOnce("w");
      ASSERT_TRUE(ran) << ran.error().toString();
      if (!*ran) return;
    }
  };
  ASSERT_TRUE(r.schedulePeriodic());
  ASSERT_TRUE(r.schedulePeriodic());  // idempotent while queued
  drain();
  EXPECT_EQ(fixity, 1);
  EXPECT_EQ(expiry, 1);
  ASSERT_TRUE(r.schedulePeriodic());  // both ran just now: nothing is due
  drain();
  EXPECT_EQ(fixity, 1);
  EXPECT_EQ(expiry, 1);
  clock_.advance(std::chrono::hours(2));
  ASSERT_TRUE(r.schedulePeriodic());
  drain();
  EXPECT_EQ(fixity, 1);
  EXPECT_EQ(expiry, 2);
  clock_.advance(std::chrono::hours(24));
  ASSERT_TRUE(r.schedulePeriodic());
  drain();
  EXPECT_EQ(fixity, 2);
  EXPECT_EQ(expiry, 3);
}

TEST_F(JobRunnerTest, StopLetsTheRunningJobFinish) {
  auto r = runner("stopping");
  std::atomic<bool> started{false};
  r->registerHandler(domain::kJobProcessRecording, [&](const domain::Job&) -> Status {
    started = true;
    std::this_thread::sleep_for(300ms);
    return ok();
  });
  r->start();
  const auto job = enqueue(domain::kJobProcessRecording, "slow");
  r->notify();
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (!started) {
    ASSERT_LT(std::chrono::steady_clock::now(), deadline);
    std::this_thread::sleep_for(5ms);
  }
  r->stop();
  auto after = reload(job.id);
  EXPECT_EQ(after.state, domain::JobState::kDone);
  EXPECT_EQ(after.attempts, 1);
}

}  // namespace
}  // namespace audientia::app
