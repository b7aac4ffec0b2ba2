#include "pg_convert.h"
#include "pg_ingest_repositories.h"

namespace audientia::storage::postgres {

namespace {

constexpr const char* kColumns =
    "id, kind, subject, payload::text, state, attempts, max_attempts, run_after, locked_by, "
    "locked_until, last_error, created_at, finished_at";

domain::Job jobFromRow(const PgResult& r, int row) {
  domain::Job j;
  j.id = r.int64(row, 0);
  j.kind = r.text(row, 1);
  j.subject = r.text(row, 2);
  j.payloadJson = r.text(row, 3);
  j.state = jobStateFromText(r.text(row, 4));
  j.attempts = static_cast<int>(r.int64(row, 5));
  j.maxAttempts = static_cast<int>(r.int64(row, 6));
  j.runAfter = fromPgTimestamp(r.text(row, 7));
  j.lockedBy = r.optionalText(row, 8).value_or("");
  if (auto t = r.optionalText(row, 9)) j.lockedUntil = fromPgTimestamp(*t);
  j.lastError = r.text(row, 10);
  j.createdAt = fromPgTimestamp(r.text(row, 11));
  if (auto t = r.optionalText(row, 12)) j.finishedAt = fromPgTimestamp(*t);
  return j;
}

Error missingJob(std::int64_t id) {
  return notFound("job " + std::to_string(id) + " does not exist");
}

// After a worker's UPDATE matched no row: the job is missing, or no longer leased to it.
Error leaseLost(PgConnection& conn, std::int64_t id, const std::string& worker) {
  auto r = conn.exec("SELECT state, locked_by FROM jobs WHERE id = $1::bigint",
                     {std::to_string(id)}, "reading job");
  if (!r) return std::move(r).error();
  if (r->rows() == 0) return missingJob(id);
  return Error(ErrorCode::kFailedPrecondition,
               "job " + std::to_string(id) + " is no longer leased to worker " + worker +
                   " (it is " + r->text(0, 0) +
                   (r->isNull(0, 1) ? std::string() : ", held by " + r->text(0, 1)) +
                   "): its lease expired and the work must not be reported");
}

std::string leaseSeconds(std::chrono::seconds lease) {
  return std::to_string(lease.count() < 1 ? 1 : lease.count());
}

}  // namespace

Expected<domain::Job> PgJobQueue::enqueue(const domain::NewJob& job) {
  PgParam runAfter;
  if (job.runAfter) runAfter = toPgTimestamp(*job.runAfter);
  const std::string what = "queueing job " + job.kind + " " + job.subject;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  // The pending job may finish between the two statements; then a new one is inserted.
  for (int attempt = 0; attempt < 3; ++attempt) {
    AUDIENTIA_TRY(auto r, conn->exec(std::string("INSERT INTO jobs (kind, subject, payload, "
                                                 "max_attempts, run_after) VALUES ($1, $2, "
                                                 "$3::jsonb, $4::int, coalesce($5::timestamptz, "
                                                 "clock_timestamp())) ON CONFLICT (kind, subject) "
                                                 "WHERE state IN ('queued', 'running') DO NOTHING "
                                                 "RETURNING ") +
                                         kColumns,
                                     {job.kind, job.subject, job.payloadJson,
                                      std::to_string(job.maxAttempts), runAfter},
                                     what));
    if (r.rows() == 1) return jobFromRow(r, 0);
    AUDIENTIA_TRY(auto pending, conn->exec(std::string("SELECT ") + kColumns +
                                               " FROM jobs WHERE kind = $1 AND subject = $2 AND "
                                               "state IN ('queued', 'running')",
                                           {job.kind, job.subject}, what));
    if (pending.rows() == 1) return jobFromRow(pending, 0);
  }
  return Error(ErrorCode::kAborted, what + ": the pending job kept changing; try again");
}

Expected<std::optional<domain::Job>> PgJobQueue::claim(const std::string& worker,
                                                       std::chrono::seconds lease,
                                                       const std::vector<std::string>& kinds) {
  if (worker.empty()) return invalidArgument("claiming a job: the worker name is empty");
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  // A job whose worker vanished on its last attempt is failed rather than run again: a job
  // that kills its worker must not take down every instance in turn.
  AUDIENTIA_TRY_STATUS(conn->exec(
      "UPDATE jobs SET state = 'failed', finished_at = clock_timestamp(), locked_until = NULL, "
      "updated_at = clock_timestamp(), last_error = left('the lease of ' || coalesce(locked_by, "
      "'its worker') || ' expired during attempt ' || attempts || ' of ' || max_attempts || "
      "' (the worker stopped or lost the database); last error: ' || last_error, 4000) "
      "WHERE state = 'running' AND locked_until < clock_timestamp() AND attempts >= max_attempts",
      {}, "failing jobs whose last attempt was abandoned"));
  AUDIENTIA_TRY(
      auto r,
      conn->exec(std::string("UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, "
                             "locked_by = $1, locked_until = clock_timestamp() + $2::bigint * "
                             "interval '1 second', updated_at = clock_timestamp() "
                             "FROM (SELECT id FROM jobs WHERE ((state = 'queued' AND run_after "
                             "<= clock_timestamp()) OR (state = 'running' AND locked_until < "
                             "clock_timestamp())) AND (cardinality($3::text[]) = 0 OR kind = "
                             "ANY($3::text[])) ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP "
                             "LOCKED) next WHERE j.id = next.id RETURNING ") +
                     "j.id, j.kind, j.subject, j.payload::text, j.state, j.attempts, "
                     "j.max_attempts, j.run_after, j.locked_by, j.locked_until, j.last_error, "
                     "j.created_at, j.finished_at",
                 {worker, leaseSeconds(lease), toPgTextArray(kinds)},
                 "claiming a job for " + worker));
  if (r.rows() == 0) return std::optional<domain::Job>();
  return std::optional<domain::Job>(jobFromRow(r, 0));
}

Status PgJobQueue::extendLease(std::int64_t id, const std::string& worker,
                               std::chrono::seconds lease) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("UPDATE jobs SET locked_until = clock_timestamp() + "
                                   "$3::bigint * interval '1 second', updated_at = "
                                   "clock_timestamp() WHERE id = $1::bigint AND state = "
                                   "'running' AND locked_by = $2",
                                   {std::to_string(id), worker, leaseSeconds(lease)},
                                   "extending the lease of job " + std::to_string(id)));
  if (r.affectedRows() == 1) return ok();
  return leaseLost(*conn, id, worker);
}

Status PgJobQueue::markDone(std::int64_t id, const std::string& worker) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec("UPDATE jobs SET state = 'done', finished_at = "
                           "clock_timestamp(), locked_until = NULL, updated_at = "
                           "clock_timestamp() WHERE id = $1::bigint AND state = "
                           "'running' AND locked_by = $2",
                           {std::to_string(id), worker}, "finishing job " + std::to_string(id)));
  if (r.affectedRows() == 1) return ok();
  return leaseLost(*conn, id, worker);
}

Expected<domain::Job> PgJobQueue::markFailed(std::int64_t id, const std::string& worker,
                                             const std::string& error, domain::Timestamp retryAt) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(
      auto r,
      conn->exec(std::string("UPDATE jobs SET last_error = left($3, 4000), "
                             "state = CASE WHEN attempts < max_attempts THEN 'queued' ELSE "
                             "'failed' END, "
                             "run_after = CASE WHEN attempts < max_attempts THEN "
                             "$4::timestamptz ELSE run_after END, "
                             "finished_at = CASE WHEN attempts < max_attempts THEN NULL ELSE "
                             "clock_timestamp() END, "
                             "locked_until = NULL, updated_at = clock_timestamp() "
                             "WHERE id = $1::bigint AND state = 'running' AND locked_by = $2 "
                             "RETURNING ") +
                     kColumns,
                 {std::to_string(id), worker, error, toPgTimestamp(retryAt)},
                 "recording the failure of job " + std::to_string(id)));
  if (r.rows() == 1) return jobFromRow(r, 0);
  return leaseLost(*conn, id, worker);
}

Expected<domain::Job> PgJobQueue::markDeferred(std::int64_t id, const std::string& worker,
                                               const std::string& error,
                                               domain::Timestamp retryAt) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec(std::string("UPDATE jobs SET last_error = left($3, 4000), "
                                       "state = 'queued', run_after = $4::timestamptz, "
                                       "attempts = greatest(attempts - 1, 0), "
                                       "locked_until = NULL, updated_at = clock_timestamp() "
                                       "WHERE id = $1::bigint AND state = 'running' AND "
                                       "locked_by = $2 RETURNING ") +
                               kColumns,
                           {std::to_string(id), worker, error, toPgTimestamp(retryAt)},
                           "deferring job " + std::to_string(id)));
  if (r.rows() == 1) return jobFromRow(r, 0);
  return leaseLost(*conn, id, worker);
}

Expected<domain::Job> PgJobQueue::get(std::int64_t id) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec(std::string("SELECT ") + kColumns + " FROM jobs WHERE id = $1::bigint",
                           {std::to_string(id)}, "reading job"));
  if (r.rows() == 0) return missingJob(id);
  return jobFromRow(r, 0);
}

Expected<std::vector<domain::Job>> PgJobQueue::list(domain::JobState state, int limit) {
  PgParam stateParam;
  if (state != domain::JobState::kUnspecified) stateParam = jobStateToText(state);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec(std::string("SELECT ") + kColumns +
                               " FROM jobs WHERE $1::text IS NULL OR state = $1 "
                               "ORDER BY created_at DESC, id DESC LIMIT $2::int",
                           {stateParam, std::to_string(clampPageLimit(limit))}, "listing jobs"));
  std::vector<domain::Job> out;
  for (int row = 0; row < r.rows(); ++row) out.push_back(jobFromRow(r, row));
  return out;
}

Expected<domain::Job> PgJobQueue::retry(std::int64_t id) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("UPDATE jobs SET state = 'queued', attempts = 0, "
                                               "run_after = clock_timestamp(), finished_at = "
                                               "NULL, locked_by = NULL, locked_until = NULL, "
                                               "updated_at = clock_timestamp() WHERE id = "
                                               "$1::bigint AND state = 'failed' RETURNING ") +
                                       kColumns,
                                   {std::to_string(id)}, "retrying job " + std::to_string(id)));
  if (r.rows() == 1) return jobFromRow(r, 0);
  AUDIENTIA_TRY(auto job, get(id));
  return Error(ErrorCode::kFailedPrecondition, "job " + std::to_string(id) + " is " +
                                                   jobStateToText(job.state) +
                                                   "; only a failed job can be retried");
}

Expected<std::optional<domain::Job>> PgJobQueue::lastFinished(const std::string& kind) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("SELECT ") + kColumns +
                                       " FROM jobs WHERE kind = $1 AND state IN ('done', "
                                       "'failed') ORDER BY finished_at DESC, id DESC LIMIT 1",
                                   {kind}, "reading the last " + kind + " job"));
  if (r.rows() == 0) return std::optional<domain::Job>();
  return std::optional<domain::Job>(jobFromRow(r, 0));
}

}  // namespace audientia::storage::postgres
