#include "hearing_rows.h"
#include "pg_convert.h"
#include "pg_ingest_repositories.h"
#include "pg_transaction.h"
#include "recording_rows.h"

namespace audientia::storage::postgres {

namespace {

constexpr const char* kPolicyColumns =
    "p.id, p.office_id, p.hearing_kind, p.retain_days, p.created_by, p.updated_at";

domain::RetentionPolicy policyFromRow(const PgResult& r, int row, int first = 0) {
  domain::RetentionPolicy p;
  p.id = r.text(row, first);
  p.officeId = r.optionalText(row, first + 1).value_or("");
  p.hearingKind = hearingKindFromText(r.optionalText(row, first + 2).value_or(""));
  p.retainDays = static_cast<int>(r.int64(row, first + 3));
  p.createdBy = r.text(row, first + 4);
  p.updatedAt = fromPgTimestamp(r.text(row, first + 5));
  return p;
}

constexpr const char* kHoldColumns =
    "id, hearing_id, reason, placed_by, placed_at, released_by, released_at, release_reason";

domain::LegalHold holdFromRow(const PgResult& r, int row) {
  domain::LegalHold h;
  h.id = r.text(row, 0);
  h.hearingId = r.text(row, 1);
  h.reason = r.text(row, 2);
  h.placedBy = r.text(row, 3);
  h.placedAt = fromPgTimestamp(r.text(row, 4));
  h.releasedBy = r.optionalText(row, 5).value_or("");
  if (auto t = r.optionalText(row, 6)) h.releasedAt = fromPgTimestamp(*t);
  h.releaseReason = r.text(row, 7);
  return h;
}

Error missingPolicy(const std::string& id) {
  return notFound("retention policy " + id + " does not exist");
}
Error missingHearing(const std::string& id) {
  return notFound("hearing " + id + " does not exist");
}

// The policy deciding each hearing: office and kind, else office, else kind.
constexpr const char* kDecidingPolicy =
    "CROSS JOIN LATERAL (SELECT * FROM retention_policies p WHERE (p.office_id = h.office_id "
    "OR p.office_id IS NULL) AND (p.hearing_kind = h.kind OR p.hearing_kind IS NULL) ORDER BY "
    "CASE WHEN p.office_id IS NOT NULL AND p.hearing_kind IS NOT NULL THEN 1 WHEN p.office_id "
    "IS NOT NULL THEN 2 ELSE 3 END LIMIT 1) p ";

}  // namespace

Expected<domain::RetentionPolicy> PgRetentionRepository::setPolicy(
    const domain::RetentionPolicy& policy) {
  const std::string what = "setting a retention policy";
  PgParam office;
  PgParam kind;
  if (!policy.officeId.empty()) {
    if (!isUuid(policy.officeId)) {
      return invalidArgument(what + ": office " + policy.officeId + " does not exist");
    }
    office = policy.officeId;
  }
  if (policy.hearingKind != domain::HearingKind::kUnspecified) {
    kind = hearingKindToText(policy.hearingKind);
  }
  if (!office && !kind) {
    return invalidArgument(what + ": a policy applies to an office, a hearing kind, or both");
  }
  if (!isUuid(policy.createdBy)) {
    return invalidArgument(what + ": user " + policy.createdBy + " does not exist");
  }
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(
      auto r,
      conn->exec(std::string("INSERT INTO retention_policies AS p (office_id, "
                             "hearing_kind, retain_days, created_by) VALUES "
                             "($1::uuid, $2, $3::int, $4::uuid) ON CONFLICT "
                             "((coalesce(office_id::text, '')), "
                             "(coalesce(hearing_kind, ''))) DO UPDATE SET "
                             "retain_days = EXCLUDED.retain_days, created_by "
                             "= EXCLUDED.created_by, updated_at = "
                             "clock_timestamp() RETURNING ") +
                     kPolicyColumns,
                 {office, kind, std::to_string(policy.retainDays), policy.createdBy}, what));
  return policyFromRow(r, 0);
}

Expected<std::vector<domain::RetentionPolicy>> PgRetentionRepository::listPolicies() {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("SELECT ") + kPolicyColumns +
                                       " FROM retention_policies p ORDER BY p.created_at, p.id",
                                   {}, "listing retention policies"));
  std::vector<domain::RetentionPolicy> out;
  for (int row = 0; row < r.rows(); ++row) out.push_back(policyFromRow(r, row));
  return out;
}

Expected<domain::RetentionPolicy> PgRetentionRepository::getPolicy(const std::string& id) {
  if (!isUuid(id)) return missingPolicy(id);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("SELECT ") + kPolicyColumns +
                                       " FROM retention_policies p WHERE p.id = $1::uuid",
                                   {id}, "reading retention policy"));
  if (r.rows() == 0) return missingPolicy(id);
  return policyFromRow(r, 0);
}

Status PgRetentionRepository::deletePolicy(const std::string& id) {
  if (!isUuid(id)) return missingPolicy(id);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("DELETE FROM retention_policies WHERE id = $1::uuid", {id},
                                   "deleting retention policy " + id));
  if (r.affectedRows() == 0) return missingPolicy(id);
  return ok();
}

Expected<domain::LegalHold> PgRetentionRepository::placeHold(const std::string& hearingId,
                                                             const std::string& reason,
                                                             const std::string& userId) {
  if (!isUuid(hearingId)) return missingHearing(hearingId);
  const std::string what = "placing a legal hold on hearing " + hearingId;
  if (!isUuid(userId)) return invalidArgument(what + ": user " + userId + " does not exist");
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto held, conn->exec("SELECT id FROM legal_holds WHERE hearing_id = $1::uuid "
                                      "AND released_at IS NULL",
                                      {hearingId}, what));
  if (held.rows() != 0) {
    return Error(ErrorCode::kAlreadyExists,
                 "hearing " + hearingId + " is already under legal hold " + held.text(0, 0));
  }
  AUDIENTIA_TRY(auto r, conn->exec(std::string("INSERT INTO legal_holds (hearing_id, reason, "
                                               "placed_by) SELECT id, $2, $3::uuid FROM hearings "
                                               "WHERE id = $1::uuid RETURNING ") +
                                       kHoldColumns,
                                   {hearingId, reason, userId}, what));
  if (r.rows() == 0) return missingHearing(hearingId);
  return holdFromRow(r, 0);
}

Expected<domain::LegalHold> PgRetentionRepository::releaseHold(const std::string& hearingId,
                                                               const std::string& reason,
                                                               const std::string& userId) {
  const Error none = notFound("hearing " + hearingId + " has no active legal hold");
  if (!isUuid(hearingId)) return none;
  const std::string what = "releasing the legal hold on hearing " + hearingId;
  if (!isUuid(userId)) return invalidArgument(what + ": user " + userId + " does not exist");
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("UPDATE legal_holds SET released_by = $3::uuid, "
                                               "released_at = clock_timestamp(), "
                                               "release_reason = $2 WHERE hearing_id = $1::uuid "
                                               "AND released_at IS NULL RETURNING ") +
                                       kHoldColumns,
                                   {hearingId, reason, userId}, what));
  if (r.rows() == 0) return none;
  return holdFromRow(r, 0);
}

Expected<std::vector<domain::LegalHold>> PgRetentionRepository::listHolds(
    const std::string& hearingId, bool includeReleased) {
  std::vector<domain::LegalHold> out;
  PgParam hearing;
  if (!hearingId.empty()) {
    if (!isUuid(hearingId)) return out;
    hearing = hearingId;
  }
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec(std::string("SELECT ") + kHoldColumns +
                               " FROM legal_holds WHERE ($1::uuid IS NULL OR hearing_id "
                               "= $1::uuid) AND ($2::boolean OR released_at IS NULL) "
                               "ORDER BY placed_at DESC, id DESC",
                           {hearing, includeReleased ? "true" : "false"}, "listing legal holds"));
  for (int row = 0; row < r.rows(); ++row) out.push_back(holdFromRow(r, row));
  return out;
}

Expected<std::vector<domain::ExpiredHearing>> PgRetentionRepository::expired(domain::Timestamp now,
                                                                             int limit) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(
      auto r,
      conn->exec(std::string("SELECT ") + kHearingColumns + ", " + kPolicyColumns +
                     ", h.created_at + p.retain_days * interval '1 day' AS expired_at, "
                     "EXISTS (SELECT 1 FROM legal_holds l WHERE l.hearing_id = h.id AND "
                     "l.released_at IS NULL) FROM hearings h " +
                     kDecidingPolicy +
                     "WHERE h.created_at + p.retain_days * interval '1 day' <= $1::timestamptz "
                     "ORDER BY expired_at, h.id LIMIT $2::int",
                 {toPgTimestamp(now), std::to_string(clampPageLimit(limit))},
                 "listing hearings whose retention ran out"));
  std::vector<domain::ExpiredHearing> out;
  std::vector<domain::Hearing> hearings;
  for (int row = 0; row < r.rows(); ++row) {
    domain::ExpiredHearing e;
    e.hearing = hearingFromRow(r, row, 0);
    e.policy = policyFromRow(r, row, 10);
    e.expiredAt = fromPgTimestamp(r.text(row, 16));
    e.underHold = r.boolean(row, 17);
    out.push_back(std::move(e));
  }
  return out;
}

Expected<domain::DeletionRecord> PgRetentionRepository::deleteHearing(
    const std::string& hearingId) {
  if (!isUuid(hearingId)) return missingHearing(hearingId);
  const std::string what = "deleting hearing " + hearingId;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto tx, PgTransaction::begin(std::move(conn)));
  // Locking the hearing makes a concurrent placeHold (whose foreign key needs a share lock on
  // it) wait until this deletion is over, and then fail: no hold can slip in unseen.
  AUDIENTIA_TRY(auto h, tx.exec(std::string(kHearingSelect) + "WHERE h.id = $1::uuid FOR UPDATE",
                                {hearingId}, what));
  if (h.rows() == 0) return missingHearing(hearingId);
  domain::DeletionRecord record;
  std::vector<domain::Hearing> one{hearingFromRow(h, 0)};
  AUDIENTIA_TRY_STATUS(loadParticipants(tx.connection(), one));
  record.hearing = std::move(one.front());

  AUDIENTIA_TRY(auto held, tx.exec("SELECT id, reason FROM legal_holds WHERE hearing_id = "
                                   "$1::uuid AND released_at IS NULL",
                                   {hearingId}, what));
  if (held.rows() != 0) {
    return Error(ErrorCode::kFailedPrecondition,
                 "hearing " + hearingId + " is under legal hold " + held.text(0, 0) + " (" +
                     held.text(0, 1) + ") and cannot be deleted until the hold is released");
  }

  AUDIENTIA_TRY(auto recs, tx.exec(std::string("SELECT ") + kRecordingColumns +
                                       " FROM recordings r WHERE r.hearing_id = $1::uuid "
                                       "ORDER BY r.created_at, r.id",
                                   {hearingId}, what));
  for (int row = 0; row < recs.rows(); ++row) {
    AUDIENTIA_TRY(auto rec, recordingFromRow(recs, row));
    AUDIENTIA_TRY(rec.files, loadFiles(tx.connection(), rec.id));
    record.recordings.push_back({std::move(rec)});
  }

  const PgParams id{hearingId};
  constexpr const char* kOfHearing =
      "recording_id IN (SELECT id FROM recordings WHERE hearing_id = $1::uuid)";
  AUDIENTIA_TRY_STATUS(tx.exec(std::string("DELETE FROM uploads WHERE ") + kOfHearing, id, what));
  AUDIENTIA_TRY(auto keys, tx.exec(std::string("DELETE FROM recording_files WHERE ") + kOfHearing +
                                       " RETURNING sha256",
                                   id, what));
  AUDIENTIA_TRY_STATUS(tx.exec("DELETE FROM recordings WHERE hearing_id = $1::uuid", id, what));
  AUDIENTIA_TRY_STATUS(
      tx.exec("DELETE FROM hearing_participants WHERE hearing_id = $1::uuid", id, what));
  AUDIENTIA_TRY_STATUS(tx.exec("DELETE FROM legal_holds WHERE hearing_id = $1::uuid", id, what));
  AUDIENTIA_TRY_STATUS(tx.exec("DELETE FROM hearings WHERE id = $1::uuid", id, what));

  std::vector<std::string> deleted;
  for (int row = 0; row < keys.rows(); ++row) deleted.push_back(keys.text(row, 0));
  AUDIENTIA_TRY(auto unreferenced,
                tx.exec("SELECT DISTINCT k FROM unnest($1::text[]) k WHERE NOT EXISTS (SELECT 1 "
                        "FROM recording_files f WHERE f.sha256 = k) ORDER BY k",
                        {toPgTextArray(deleted)}, what));
  for (int row = 0; row < unreferenced.rows(); ++row) {
    record.unreferencedKeys.push_back(unreferenced.text(row, 0));
  }
  // Their fixity history goes with them: the objects are about to be removed.
  AUDIENTIA_TRY_STATUS(tx.exec("DELETE FROM fixity_checks WHERE sha256 = ANY($1::text[])",
                               {toPgTextArray(record.unreferencedKeys)}, what));
  AUDIENTIA_TRY_STATUS(tx.commit());
  return record;
}

}  // namespace audientia::storage::postgres
