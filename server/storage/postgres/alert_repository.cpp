#include "pg_convert.h"
#include "pg_ingest_repositories.h"

namespace audientia::storage::postgres {

namespace {

constexpr const char* kColumns =
    "id, kind, subject, recording_id, detail, created_at, acknowledged_by, acknowledged_at";

domain::Alert alertFromRow(const PgResult& r, int row) {
  domain::Alert a;
  a.id = r.int64(row, 0);
  a.kind = r.text(row, 1);
  a.subject = r.text(row, 2);
  a.recordingId = r.optionalText(row, 3).value_or("");
  a.detail = r.text(row, 4);
  a.createdAt = fromPgTimestamp(r.text(row, 5));
  a.acknowledgedBy = r.optionalText(row, 6).value_or("");
  if (auto t = r.optionalText(row, 7)) a.acknowledgedAt = fromPgTimestamp(*t);
  return a;
}

}  // namespace

Expected<domain::Alert> PgAlertRepository::raise(const domain::NewAlert& alert, bool* created) {
  const std::string what = "raising alert " + alert.kind + " " + alert.subject;
  PgParam recording;
  if (!alert.recordingId.empty()) {
    if (!isUuid(alert.recordingId)) {
      return invalidArgument(what + ": recording id " + alert.recordingId + " is not a uuid");
    }
    recording = alert.recordingId;
  }
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  // The open alert may be acknowledged between the two statements; then a new one is raised.
  for (int attempt = 0; attempt < 3; ++attempt) {
    AUDIENTIA_TRY(auto r, conn->exec(std::string("INSERT INTO alerts (kind, subject, "
                                                 "recording_id, detail) VALUES ($1, $2, "
                                                 "$3::uuid, left($4, 4000)) ON CONFLICT (kind, "
                                                 "subject) WHERE acknowledged_at IS NULL DO "
                                                 "NOTHING RETURNING ") +
                                         kColumns,
                                     {alert.kind, alert.subject, recording, alert.detail}, what));
    if (created != nullptr) *created = r.rows() == 1;
    if (r.rows() == 1) return alertFromRow(r, 0);
    AUDIENTIA_TRY(auto open, conn->exec(std::string("SELECT ") + kColumns +
                                            " FROM alerts WHERE kind = $1 AND subject = $2 AND "
                                            "acknowledged_at IS NULL",
                                        {alert.kind, alert.subject}, what));
    if (open.rows() == 1) return alertFromRow(open, 0);
  }
  return Error(ErrorCode::kAborted, what + ": the open alert kept changing; try again");
}

Expected<std::vector<domain::Alert>> PgAlertRepository::list(bool includeAcknowledged, int limit) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("SELECT ") + kColumns +
                                       " FROM alerts WHERE $1::boolean OR acknowledged_at IS "
                                       "NULL ORDER BY created_at DESC, id DESC LIMIT $2::int",
                                   {includeAcknowledged ? "true" : "false",
                                    std::to_string(clampPageLimit(limit))},
                                   "listing alerts"));
  std::vector<domain::Alert> out;
  for (int row = 0; row < r.rows(); ++row) out.push_back(alertFromRow(r, row));
  return out;
}

Expected<domain::Alert> PgAlertRepository::acknowledge(std::int64_t id, const std::string& userId) {
  const std::string what = "acknowledging alert " + std::to_string(id);
  if (!isUuid(userId)) return invalidArgument(what + ": user " + userId + " does not exist");
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("UPDATE alerts SET acknowledged_by = $2::uuid, "
                                               "acknowledged_at = clock_timestamp() WHERE id = "
                                               "$1::bigint AND acknowledged_at IS NULL "
                                               "RETURNING ") +
                                       kColumns,
                                   {std::to_string(id), userId}, what));
  if (r.rows() == 1) return alertFromRow(r, 0);
  // Already acknowledged: returned as it is (acknowledging twice changes nothing).
  AUDIENTIA_TRY(auto existing,
                conn->exec(std::string("SELECT ") + kColumns + " FROM alerts WHERE id = $1::bigint",
                           {std::to_string(id)}, what));
  if (existing.rows() == 0) return notFound("alert " + std::to_string(id) + " does not exist");
  return alertFromRow(existing, 0);
}

}  // namespace audientia::storage::postgres
