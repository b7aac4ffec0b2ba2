#include "annotation_repository.h"

#include "domain/annotation_rules.h"
#include "pg_convert.h"
#include "pg_transaction.h"

namespace audientia::storage::postgres {
namespace {

constexpr const char* kAnnotationSelect =
    "SELECT a.id, a.recording_id, a.hearing_id, a.office_id, a.kind, a.start_ms, a.end_ms, "
    "a.text, a.wall_time, a.from_capture, a.capture_index, a.revision, a.deleted, a.author_id, "
    "coalesce(ua.username, ''), a.created_at, a.updated_by, coalesce(uu.username, ''), "
    "a.updated_at FROM annotations a LEFT JOIN users ua ON ua.id = a.author_id "
    "LEFT JOIN users uu ON uu.id = a.updated_by ";

domain::Annotation annotationFromRow(const PgResult& r, int row) {
  domain::Annotation a;
  a.id = r.text(row, 0);
  a.recordingId = r.text(row, 1);
  a.hearingId = r.text(row, 2);
  a.officeId = r.text(row, 3);
  a.kind = r.text(row, 4);
  a.startMs = r.int64(row, 5);
  if (!r.isNull(row, 6)) a.endMs = r.int64(row, 6);
  a.text = r.text(row, 7);
  if (!r.isNull(row, 8)) a.wallTime = fromPgTimestamp(r.text(row, 8));
  a.fromCapture = r.boolean(row, 9);
  if (!r.isNull(row, 10)) a.captureIndex = static_cast<int>(r.int64(row, 10));
  a.revision = static_cast<int>(r.int64(row, 11));
  a.deleted = r.boolean(row, 12);
  a.authorId = r.text(row, 13);
  a.authorUsername = r.text(row, 14);
  a.createdAt = fromPgTimestamp(r.text(row, 15));
  a.updatedBy = r.text(row, 16);
  a.updatedByUsername = r.text(row, 17);
  a.updatedAt = fromPgTimestamp(r.text(row, 18));
  return a;
}

Error missingAnnotation(const std::string& id) {
  return notFound("annotation " + id + " does not exist");
}

PgParam optionalMs(const std::optional<std::int64_t>& ms) {
  if (!ms) return std::nullopt;
  return std::to_string(*ms);
}

Expected<domain::Annotation> load(PgConnection& conn, const std::string& id, bool lock) {
  AUDIENTIA_TRY(auto r, conn.exec(std::string(kAnnotationSelect) + "WHERE a.id = $1::uuid" +
                                      (lock ? " FOR UPDATE OF a" : ""),
                                  {id}, "reading annotation " + id));
  if (r.rows() == 0) return missingAnnotation(id);
  return annotationFromRow(r, 0);
}

Status addRevision(PgTransaction& tx, const domain::Annotation& a, domain::AnnotationChange change,
                   const std::string& userId) {
  AUDIENTIA_TRY_STATUS(
      tx.exec("INSERT INTO annotation_revisions (annotation_id, revision, change, kind, start_ms, "
              "end_ms, text, changed_by, office_id) VALUES ($1::uuid, $2::int, $3, $4, $5::bigint, "
              "$6::bigint, $7, $8::uuid, $9::uuid)",
              {a.id, std::to_string(a.revision), std::string(domain::annotationChangeName(change)),
               a.kind, std::to_string(a.startMs), optionalMs(a.endMs), a.text, userId, a.officeId},
              "recording revision " + std::to_string(a.revision) + " of annotation " + a.id));
  return ok();
}

domain::AnnotationChange changeFromText(const std::string& text) {
  if (text == "create") return domain::AnnotationChange::kCreate;
  if (text == "edit") return domain::AnnotationChange::kEdit;
  if (text == "delete") return domain::AnnotationChange::kDelete;
  return domain::AnnotationChange::kUnspecified;
}

}  // namespace

Expected<domain::Annotation> PgAnnotationRepository::create(const domain::NewAnnotation& na) {
  if (!isUuid(na.recordingId)) {
    return invalidArgument("recording " + na.recordingId + " does not exist");
  }
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto tx, PgTransaction::begin(std::move(conn)));
  AUDIENTIA_TRY(auto r, tx.exec("INSERT INTO annotations (recording_id, hearing_id, office_id, "
                                "kind, start_ms, end_ms, text, author_id, updated_by) "
                                "SELECT r.id, r.hearing_id, h.office_id, $2, $3::bigint, "
                                "$4::bigint, $5, $6::uuid, $6::uuid FROM recordings r "
                                "JOIN hearings h ON h.id = r.hearing_id WHERE r.id = $1::uuid "
                                "RETURNING id",
                                {na.recordingId, na.kind, std::to_string(na.startMs),
                                 optionalMs(na.endMs), na.text, na.authorId},
                                "adding an annotation"));
  if (r.rows() == 0) return notFound("recording " + na.recordingId + " does not exist");
  AUDIENTIA_TRY(auto created, load(tx.connection(), r.text(0, 0), false));
  AUDIENTIA_TRY_STATUS(addRevision(tx, created, domain::AnnotationChange::kCreate, na.authorId));
  AUDIENTIA_TRY_STATUS(tx.commit());
  return created;
}

Expected<domain::Annotation> PgAnnotationRepository::get(const std::string& id) {
  if (!isUuid(id)) return missingAnnotation(id);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  return load(*conn, id, false);
}

Expected<domain::Annotation> PgAnnotationRepository::update(const domain::AnnotationUpdate& u) {
  if (!isUuid(u.annotationId)) return missingAnnotation(u.annotationId);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto tx, PgTransaction::begin(std::move(conn)));
  AUDIENTIA_TRY(auto current, load(tx.connection(), u.annotationId, true));
  if (current.deleted) {
    return Error(ErrorCode::kFailedPrecondition,
                 "annotation " + u.annotationId + " was deleted (revision " +
                     std::to_string(current.revision) + "); it can no longer be changed");
  }
  if (u.expectedRevision != 0 && u.expectedRevision != current.revision) {
    return Error(ErrorCode::kFailedPrecondition,
                 "annotation " + u.annotationId + " was changed by " + current.updatedByUsername +
                     " since revision " + std::to_string(u.expectedRevision) +
                     " (it is at revision " + std::to_string(current.revision) +
                     "): reload it and apply the change again");
  }
  AUDIENTIA_TRY(auto r, tx.exec("UPDATE annotations SET text = coalesce($2, text), "
                                "kind = coalesce($3, kind), deleted = $4::boolean, "
                                "revision = revision + 1, updated_by = $5::uuid, "
                                "updated_at = clock_timestamp() "
                                "WHERE office_id = $6::uuid AND id = $1::uuid",
                                {u.annotationId, u.text, u.kind, u.remove ? "true" : "false",
                                 u.userId, current.officeId},
                                "changing annotation " + u.annotationId));
  if (r.affectedRows() == 0) return missingAnnotation(u.annotationId);
  AUDIENTIA_TRY(auto changed, load(tx.connection(), u.annotationId, false));
  AUDIENTIA_TRY_STATUS(addRevision(
      tx, changed, u.remove ? domain::AnnotationChange::kDelete : domain::AnnotationChange::kEdit,
      u.userId));
  AUDIENTIA_TRY_STATUS(tx.commit());
  return changed;
}

Expected<std::vector<domain::Annotation>> PgAnnotationRepository::listByHearing(
    const std::string& hearingId, const std::string& recordingId) {
  std::vector<domain::Annotation> out;
  if (!isUuid(hearingId) || (!recordingId.empty() && !isUuid(recordingId))) return out;
  PgParam recording;
  if (!recordingId.empty()) recording = recordingId;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string(kAnnotationSelect) +
                                       "WHERE a.hearing_id = $1::uuid AND NOT a.deleted AND "
                                       "($2::uuid IS NULL OR a.recording_id = $2::uuid) "
                                       "ORDER BY a.recording_id, a.start_ms, a.created_at, a.id",
                                   {hearingId, recording}, "listing annotations"));
  for (int row = 0; row < r.rows(); ++row) out.push_back(annotationFromRow(r, row));
  return out;
}

Expected<std::vector<domain::AnnotationRevision>> PgAnnotationRepository::history(
    const std::string& id) {
  if (!isUuid(id)) return missingAnnotation(id);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("SELECT v.annotation_id, v.revision, v.change, v.kind, "
                                   "v.start_ms, v.end_ms, v.text, v.changed_by, "
                                   "coalesce(u.username, ''), v.changed_at "
                                   "FROM annotation_revisions v "
                                   "LEFT JOIN users u ON u.id = v.changed_by "
                                   "WHERE v.annotation_id = $1::uuid ORDER BY v.revision",
                                   {id}, "reading the history of annotation " + id));
  if (r.rows() == 0) return missingAnnotation(id);
  std::vector<domain::AnnotationRevision> out;
  for (int row = 0; row < r.rows(); ++row) {
    domain::AnnotationRevision v;
    v.annotationId = r.text(row, 0);
    v.revision = static_cast<int>(r.int64(row, 1));
    v.change = changeFromText(r.text(row, 2));
    v.kind = r.text(row, 3);
    v.startMs = r.int64(row, 4);
    if (!r.isNull(row, 5)) v.endMs = r.int64(row, 5);
    v.text = r.text(row, 6);
    v.changedBy = r.text(row, 7);
    v.changedByUsername = r.text(row, 8);
    v.changedAt = fromPgTimestamp(r.text(row, 9));
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace audientia::storage::postgres
