// PgJobQueue against a real PostgreSQL: idempotent enqueue, SKIP LOCKED claims from several
// connections, leases, retries with backoff and final failure.

#include <mutex>
#include <set>
#include <thread>

#include "pg_pool.h"
#include "storage_pg_test.h"

namespace audientia::storage::postgres {
namespace {

using namespace std::chrono_literals;
using domain::JobState;

using JobQueueTest = testing::IngestStorageTest;

constexpr const char* kProcess = domain::kJobProcessRecording;

domain::NewJob job(const std::string& subject, int maxAttempts = 5) {
  domain::NewJob j;
  j.kind = kProcess;
  j.subject = subject;
  j.payloadJson = R"({"recording": ")" + subject + "\"}";
  j.maxAttempts = maxAttempts;
  return j;
}

TEST_F(JobQueueTest, EnqueueIsIdempotentWhilePending) {
  auto& jobs = storage_->jobs();
  auto first = jobs.enqueue(job("r1"));
  ASSERT_TRUE(first) << first.error().toString();
  EXPECT_EQ(first->state, JobState::kQueued);
  EXPECT_EQ(first->attempts, 0);
  EXPECT_EQ(first->payloadJson, R"({"recording": "r1"})");
  auto second = jobs.enqueue(job("r1"));
  ASSERT_TRUE(second);
  EXPECT_EQ(second->id, first->id);
  EXPECT_NE(jobs.enqueue(job("r2"))->id, first->id);

  auto claimed = jobs.claim("w1", 60s);
  ASSERT_TRUE(claimed && *claimed);
  EXPECT_EQ((*claimed)->id, first->id);
  EXPECT_EQ(jobs.enqueue(job("r1"))->id, first->id) << "a running job is pending too";
  ASSERT_TRUE(jobs.markDone(first->id, "w1"));
  auto fresh = jobs.enqueue(job("r1"));
  ASSERT_TRUE(fresh);
  EXPECT_NE(fresh->id, first->id) << "after it is done, a new job is queued";

  auto badKind = job("x");
  badKind.kind = "mine_bitcoin";
  EXPECT_EQ(jobs.enqueue(badKind).error().code(), ErrorCode::kInvalidArgument);
  auto badPayload = job("y");
  badPayload.payloadJson = "{not json";
  EXPECT_EQ(jobs.enqueue(badPayload).error().code(), ErrorCode::kInvalidArgument);
}

TEST_F(JobQueueTest, ClaimTakesDueJobsInOrderAndFiltersKinds) {
  auto& jobs = storage_->jobs();
  auto later = job("later");
  later.runAfter = std::chrono::system_clock::now() + 1h;
  ASSERT_TRUE(jobs.enqueue(later));
  auto a = jobs.enqueue(job("a"));
  auto sweep = jobs.enqueue({domain::kJobFixitySweep, "", "{}", 3, std::nullopt});
  ASSERT_TRUE(a && sweep);

  auto onlySweeps = jobs.claim("w1", 30s, {domain::kJobFixitySweep});
  ASSERT_TRUE(onlySweeps && *onlySweeps);
  EXPECT_EQ((*onlySweeps)->id, sweep->id);
  EXPECT_EQ((*onlySweeps)->state, JobState::kRunning);
  EXPECT_EQ((*onlySweeps)->attempts, 1);
  EXPECT_EQ((*onlySweeps)->lockedBy, "w1");
  ASSERT_TRUE((*onlySweeps)->lockedUntil.has_value());
  EXPECT_TRUE(jobs.claim("w1", 30s, {domain::kJobFixitySweep})->has_value() == false);

  auto next = jobs.claim("w2", 30s);
  ASSERT_TRUE(next && *next);
  EXPECT_EQ((*next)->id, a->id);
  auto none = jobs.claim("w3", 30s);
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->has_value()) << "the job due in an hour is not claimed";
  EXPECT_EQ(jobs.claim("", 30s).error().code(), ErrorCode::kInvalidArgument);
}

TEST_F(JobQueueTest, TwoWorkersOnSeparateConnectionsClaimEachJobOnce) {
  constexpr int kJobs = 200;
  for (int i = 0; i < kJobs; ++i)
    ASSERT_TRUE(storage_->jobs().enqueue(job("s" + std::to_string(i))));
  // Each worker has its own storage, hence its own pool and connections.
  std::mutex mutex;
  std::multiset<std::int64_t> claimed;
  std::vector<int> perWorker(2, 0);
  std::vector<std::thread> workers;
  for (int w = 0; w < 2; ++w) {
    workers.emplace_back([&, w] {
      auto own = PostgresStorage::open({connectionString(), 2});
      ASSERT_TRUE(own);
      const std::string name = "worker-" + std::to_string(w);
      for (;;) {
        auto j = (*own)->jobs().claim(name, 60s);
        ASSERT_TRUE(j) << j.error().toString();
        if (!*j) break;
        ASSERT_TRUE((*own)->jobs().markDone((**j).id, name));
        std::lock_guard lock(mutex);
        claimed.insert((**j).id);
        ++perWorker[static_cast<std::size_t>(w)];
      }
    });
  }
  for (auto& t : workers) t.join();
  EXPECT_EQ(claimed.size(), static_cast<std::size_t>(kJobs));
  EXPECT_EQ(std::set<std::int64_t>(claimed.begin(), claimed.end()).size(),
            static_cast<std::size_t>(kJobs))
      << "a job was claimed twice";
  EXPECT_EQ(storage_->jobs().list(JobState::kDone, 1000)->size(), static_cast<std::size_t>(kJobs));
  EXPECT_GT(perWorker[0] + perWorker[1], 0);
}

TEST_F(JobQueueTest, ExpiredLeaseIsClaimableAgainAndTheOldWorkerLosesIt) {
  auto& jobs = storage_->jobs();
  auto queued = jobs.enqueue(job("r1"));
  ASSERT_TRUE(queued);
  auto first = jobs.claim("dead-worker", 1s);
  ASSERT_TRUE(first && *first);
  EXPECT_FALSE(jobs.claim("w2", 60s)->has_value()) << "the lease still runs";
  std::this_thread::sleep_for(1500ms);
  auto second = jobs.claim("w2", 60s);
  ASSERT_TRUE(second && *second);
  EXPECT_EQ((*second)->id, queued->id);
  EXPECT_EQ((*second)->attempts, 2);
  EXPECT_EQ((*second)->lockedBy, "w2");

  auto lost = jobs.markDone(queued->id, "dead-worker");
  ASSERT_FALSE(lost);
  EXPECT_EQ(lost.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(lost.error().message().find("lease"), std::string::npos);
  EXPECT_EQ(jobs.extendLease(queued->id, "dead-worker", 60s).error().code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(jobs.markFailed(queued->id, "dead-worker", "x", std::chrono::system_clock::now())
                .error()
                .code(),
            ErrorCode::kFailedPrecondition);
  const auto before = jobs.get(queued->id)->lockedUntil;
  ASSERT_TRUE(jobs.extendLease(queued->id, "w2", 600s));
  EXPECT_GT(*jobs.get(queued->id)->lockedUntil, *before);
  ASSERT_TRUE(jobs.markDone(queued->id, "w2"));
  auto done = jobs.get(queued->id);
  EXPECT_EQ(done->state, JobState::kDone);
  EXPECT_TRUE(done->finishedAt.has_value());
  EXPECT_EQ(jobs.markDone(queued->id, "w2").error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(jobs.markDone(999999, "w2").error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(jobs.get(999999).error().code(), ErrorCode::kNotFound);
}

TEST_F(JobQueueTest, AbandonedLastAttemptFailsInsteadOfRunningForever) {
  auto& jobs = storage_->jobs();
  auto queued = jobs.enqueue(job("poison", 1));
  ASSERT_TRUE(queued);
  ASSERT_TRUE(jobs.claim("crashing-worker", 1s)->has_value());
  std::this_thread::sleep_for(1500ms);
  EXPECT_FALSE(jobs.claim("w2", 60s)->has_value());
  auto failed = jobs.get(queued->id);
  EXPECT_EQ(failed->state, JobState::kFailed);
  EXPECT_NE(failed->lastError.find("crashing-worker"), std::string::npos) << failed->lastError;
}

TEST_F(JobQueueTest, MarkFailedBacksOffThenFails) {
  auto& jobs = storage_->jobs();
  auto queued = jobs.enqueue(job("flaky", 2));
  ASSERT_TRUE(queued);
  ASSERT_TRUE(jobs.claim("w1", 60s)->has_value());
  const auto retryAt = std::chrono::system_clock::now() + 1h;
  auto requeued = jobs.markFailed(queued->id, "w1", "ffmpeg crashed", retryAt);
  ASSERT_TRUE(requeued) << requeued.error().toString();
  EXPECT_EQ(requeued->state, JobState::kQueued);
  EXPECT_EQ(requeued->lastError, "ffmpeg crashed");
  EXPECT_LT(std::chrono::abs(requeued->runAfter - retryAt), 1ms);
  EXPECT_FALSE(requeued->finishedAt.has_value());
  EXPECT_FALSE(jobs.claim("w1", 60s)->has_value()) << "not before retryAt";

  // Due again: the second attempt is the last.
  auto again = jobs.markFailed(queued->id, "w1", "x", std::chrono::system_clock::now());
  EXPECT_EQ(again.error().code(), ErrorCode::kFailedPrecondition) << "not running any more";
  PgPool pool(connectionString(), 1);
  ASSERT_TRUE((*pool.acquire())->exec("UPDATE jobs SET run_after = clock_timestamp()", {}));
  auto second = jobs.claim("w1", 60s);
  ASSERT_TRUE(second && *second);
  EXPECT_EQ((*second)->attempts, 2);
  auto failed = jobs.markFailed(queued->id, "w1", "ffmpeg crashed again", retryAt);
  ASSERT_TRUE(failed);
  EXPECT_EQ(failed->state, JobState::kFailed);
  EXPECT_EQ(failed->lastError, "ffmpeg crashed again");
  EXPECT_TRUE(failed->finishedAt.has_value());
  EXPECT_FALSE(jobs.claim("w1", 60s)->has_value());

  auto last = jobs.lastFinished(kProcess);
  ASSERT_TRUE(last && *last);
  EXPECT_EQ((*last)->id, queued->id);
  EXPECT_FALSE(jobs.lastFinished(domain::kJobRetentionSweep)->has_value());
  EXPECT_EQ(jobs.list(JobState::kFailed, 10)->size(), 1u);
  EXPECT_EQ(jobs.list(JobState::kUnspecified, 10)->size(), 1u);

  auto retried = jobs.retry(queued->id);
  ASSERT_TRUE(retried);
  EXPECT_EQ(retried->state, JobState::kQueued);
  EXPECT_EQ(retried->attempts, 0);
  EXPECT_EQ(jobs.retry(queued->id).error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(jobs.retry(424242).error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(jobs.claim("w1", 60s)->has_value());
}

TEST_F(JobQueueTest, ListIsNewestFirst) {
  auto& jobs = storage_->jobs();
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 5; ++i) ids.push_back(jobs.enqueue(job("n" + std::to_string(i)))->id);
  auto listed = jobs.list(JobState::kQueued, 3);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 3u);
  EXPECT_EQ((*listed)[0].id, ids[4]);
  EXPECT_EQ((*listed)[2].id, ids[2]);
  EXPECT_TRUE(jobs.list(JobState::kRunning, 10)->empty());
}

}  // namespace
}  // namespace audientia::storage::postgres
