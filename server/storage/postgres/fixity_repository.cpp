#include "pg_convert.h"
#include "pg_ingest_repositories.h"

namespace audientia::storage::postgres {

namespace {

constexpr const char* kRunColumns =
    "id, job_id, started_at, finished_at, objects_checked, bytes_checked, mismatches, missing, "
    "error";

domain::FixityRun runFromRow(const PgResult& r, int row) {
  domain::FixityRun run;
  run.id = r.int64(row, 0);
  run.jobId = r.isNull(row, 1) ? 0 : r.int64(row, 1);
  run.startedAt = fromPgTimestamp(r.text(row, 2));
  if (auto t = r.optionalText(row, 3)) run.finishedAt = fromPgTimestamp(*t);
  run.objectsChecked = r.int64(row, 4);
  run.bytesChecked = r.int64(row, 5);
  run.mismatches = r.int64(row, 6);
  run.missing = r.int64(row, 7);
  run.error = r.text(row, 8);
  return run;
}

PgParam optionalId(std::int64_t id) {
  if (id == 0) return std::nullopt;
  return std::to_string(id);
}

// One referencing file per key: the oldest.
constexpr const char* kOneFilePerKey =
    "(SELECT DISTINCT ON (sha256) sha256, size_bytes, recording_id, file_name "
    "FROM recording_files ORDER BY sha256, created_at, recording_id, role, sequence)";

}  // namespace

Expected<domain::FixityRun> PgFixityRepository::startRun(std::int64_t jobId) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("INSERT INTO fixity_runs (job_id) VALUES "
                                               "($1::bigint) RETURNING ") +
                                       kRunColumns,
                                   {optionalId(jobId)}, "starting a fixity run"));
  return runFromRow(r, 0);
}

Status PgFixityRepository::finishRun(const domain::FixityRun& run) {
  PgParam finished;
  if (run.finishedAt) finished = toPgTimestamp(*run.finishedAt);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec("UPDATE fixity_runs SET finished_at = "
                           "coalesce($2::timestamptz, clock_timestamp()), "
                           "objects_checked = $3::bigint, bytes_checked = $4::bigint, "
                           "mismatches = $5::bigint, missing = $6::bigint, error = $7 "
                           "WHERE id = $1::bigint",
                           {std::to_string(run.id), finished, std::to_string(run.objectsChecked),
                            std::to_string(run.bytesChecked), std::to_string(run.mismatches),
                            std::to_string(run.missing), run.error},
                           "finishing fixity run " + std::to_string(run.id)));
  if (r.affectedRows() == 0) {
    return notFound("fixity run " + std::to_string(run.id) + " does not exist");
  }
  return ok();
}

Expected<std::vector<domain::FixityTarget>> PgFixityRepository::due(domain::Timestamp checkedBefore,
                                                                    int limit) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec(std::string("SELECT f.sha256, f.size_bytes, f.recording_id, "
                                       "f.file_name, c.checked_at FROM ") +
                               kOneFilePerKey +
                               " f LEFT JOIN fixity_checks c ON c.sha256 = f.sha256 "
                               "WHERE c.checked_at IS NULL OR c.checked_at < "
                               "$1::timestamptz ORDER BY c.checked_at NULLS FIRST, "
                               "f.sha256 LIMIT $2::int",
                           {toPgTimestamp(checkedBefore), std::to_string(clampPageLimit(limit))},
                           "listing objects due for a fixity check"));
  std::vector<domain::FixityTarget> out;
  for (int row = 0; row < r.rows(); ++row) {
    domain::FixityTarget t;
    t.sha256 = r.text(row, 0);
    t.sizeBytes = r.int64(row, 1);
    t.recordingId = r.text(row, 2);
    t.fileName = r.text(row, 3);
    if (auto at = r.optionalText(row, 4)) t.lastCheckedAt = fromPgTimestamp(*at);
    out.push_back(std::move(t));
  }
  return out;
}

Status PgFixityRepository::record(const domain::FixityCheck& check) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY_STATUS(conn->exec(
      "INSERT INTO fixity_checks (sha256, checked_at, ok, actual_sha256, error, run_id) VALUES "
      "($1, $2::timestamptz, $3::boolean, $4, $5, $6::bigint) ON CONFLICT (sha256) DO UPDATE "
      "SET checked_at = EXCLUDED.checked_at, ok = EXCLUDED.ok, actual_sha256 = "
      "EXCLUDED.actual_sha256, error = EXCLUDED.error, run_id = EXCLUDED.run_id",
      {check.sha256, toPgTimestamp(check.checkedAt), check.ok ? "true" : "false",
       check.actualSha256, check.error, optionalId(check.runId)},
      "recording the fixity check of " + check.sha256));
  return ok();
}

Expected<std::vector<domain::FixityRun>> PgFixityRepository::recentRuns(int limit) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("SELECT ") + kRunColumns +
                                       " FROM fixity_runs ORDER BY started_at DESC, id DESC "
                                       "LIMIT $1::int",
                                   {std::to_string(clampPageLimit(limit))}, "listing fixity runs"));
  std::vector<domain::FixityRun> out;
  for (int row = 0; row < r.rows(); ++row) out.push_back(runFromRow(r, row));
  return out;
}

Expected<std::vector<std::pair<domain::FixityCheck, domain::FixityTarget>>>
PgFixityRepository::failures(int limit) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec(std::string("SELECT c.sha256, c.checked_at, c.ok, "
                                       "c.actual_sha256, c.error, c.run_id, "
                                       "f.size_bytes, f.recording_id, f.file_name "
                                       "FROM fixity_checks c JOIN ") +
                               kOneFilePerKey +
                               " f ON f.sha256 = c.sha256 WHERE NOT c.ok "
                               "ORDER BY c.checked_at DESC, c.sha256 LIMIT $1::int",
                           {std::to_string(clampPageLimit(limit))}, "listing fixity failures"));
  std::vector<std::pair<domain::FixityCheck, domain::FixityTarget>> out;
  for (int row = 0; row < r.rows(); ++row) {
    domain::FixityCheck c;
    c.sha256 = r.text(row, 0);
    c.checkedAt = fromPgTimestamp(r.text(row, 1));
    c.ok = r.boolean(row, 2);
    c.actualSha256 = r.text(row, 3);
    c.error = r.text(row, 4);
    c.runId = r.isNull(row, 5) ? 0 : r.int64(row, 5);
    domain::FixityTarget t;
    t.sha256 = c.sha256;
    t.sizeBytes = r.int64(row, 6);
    t.recordingId = r.text(row, 7);
    t.fileName = r.text(row, 8);
    t.lastCheckedAt = c.checkedAt;
    out.emplace_back(std::move(c), std::move(t));
  }
  return out;
}

Expected<std::optional<domain::FixityCheck>> PgFixityRepository::lastCheck(
    const std::string& sha256) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("SELECT sha256, checked_at, ok, actual_sha256, error, run_id "
                                   "FROM fixity_checks WHERE sha256 = $1",
                                   {sha256}, "reading the fixity check of " + sha256));
  if (r.rows() == 0) return std::optional<domain::FixityCheck>();
  domain::FixityCheck c;
  c.sha256 = r.text(0, 0);
  c.checkedAt = fromPgTimestamp(r.text(0, 1));
  c.ok = r.boolean(0, 2);
  c.actualSha256 = r.text(0, 3);
  c.error = r.text(0, 4);
  c.runId = r.isNull(0, 5) ? 0 : r.int64(0, 5);
  return std::optional<domain::FixityCheck>(std::move(c));
}

Expected<domain::FixitySummary> PgFixityRepository::summary() {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("SELECT (SELECT count(DISTINCT sha256) FROM recording_files), "
                                   "(SELECT count(DISTINCT f.sha256) FROM recording_files f "
                                   "WHERE NOT EXISTS (SELECT 1 FROM fixity_checks c WHERE "
                                   "c.sha256 = f.sha256)), "
                                   "(SELECT count(*) FROM alerts WHERE acknowledged_at IS NULL)",
                                   {}, "summarising fixity"));
  return domain::FixitySummary{r.int64(0, 0), r.int64(0, 1), r.int64(0, 2)};
}

}  // namespace audientia::storage::postgres
