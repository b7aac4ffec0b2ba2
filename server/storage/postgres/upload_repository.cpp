#include "pg_convert.h"
#include "pg_ingest_repositories.h"
#include "pg_transaction.h"
#include "recording_rows.h"

namespace audientia::storage::postgres {

namespace {

constexpr const char* kColumns =
    "id, recording_id, role, sequence, file_name, size_bytes, sha256, state, durable_offset, "
    "created_by, created_at, updated_at, expires_at";

domain::Upload uploadFromRow(const PgResult& r, int row) {
  domain::Upload u;
  u.id = r.text(row, 0);
  u.recordingId = r.text(row, 1);
  u.role = fileRoleFromText(r.text(row, 2));
  u.sequence = static_cast<int>(r.int64(row, 3));
  u.fileName = r.text(row, 4);
  u.sizeBytes = r.int64(row, 5);
  u.sha256 = r.text(row, 6);
  u.state = uploadStateFromText(r.text(row, 7));
  u.durableOffset = r.int64(row, 8);
  u.createdBy = r.text(row, 9);
  u.createdAt = fromPgTimestamp(r.text(row, 10));
  u.updatedAt = fromPgTimestamp(r.text(row, 11));
  u.expiresAt = fromPgTimestamp(r.text(row, 12));
  return u;
}

Error missingUpload(const std::string& id) {
  return notFound("upload " + id + " does not exist");
}

std::string memberName(domain::FileRole role, int sequence) {
  if (role == domain::FileRole::kSegment) return "segment " + std::to_string(sequence);
  return fileRoleToText(role) + " file";
}

Expected<domain::Upload> readUpload(PgConnection& conn, const std::string& id) {
  AUDIENTIA_TRY(auto r,
                conn.exec(std::string("SELECT ") + kColumns + " FROM uploads WHERE id = $1::uuid",
                          {id}, "reading upload " + id));
  if (r.rows() == 0) return missingUpload(id);
  return uploadFromRow(r, 0);
}

// Inserts the recording of a new upload unless it exists, then checks that the one stored is
// the one asked for (a concurrent creator may have won the race).
Status ensureRecording(PgConnection& conn, const domain::NewUpload& u) {
  const bool capture = u.recordingKind == domain::RecordingKind::kCapture;
  const std::string kind = recordingKindToText(u.recordingKind);
  PgParam sha;  // NULL for a capture (its manifest's, at completion) or a digest not yet declared
  if (!capture && !u.sha256.empty()) sha = u.sha256;
  AUDIENTIA_TRY_STATUS(conn.exec(
      "INSERT INTO recordings (id, hearing_id, file_name, size_bytes, sha256, state, kind, "
      "uploaded_by) VALUES ($1::uuid, $2::uuid, $3, $4::bigint, $5, 'uploading', $6, $7::uuid) "
      "ON CONFLICT (id) DO NOTHING",
      {u.recordingId, u.hearingId, capture ? std::string("capture") : u.fileName,
       std::to_string(capture ? 0 : u.sizeBytes), sha, kind, u.createdBy},
      "creating recording " + u.recordingId + " for upload " + u.id));
  AUDIENTIA_TRY(auto r, conn.exec("SELECT hearing_id, kind, state FROM recordings WHERE id = "
                                  "$1::uuid",
                                  {u.recordingId}, "reading recording " + u.recordingId));
  if (r.rows() == 0) return internalError("recording " + u.recordingId + " vanished");
  if (r.text(0, 0) != u.hearingId) {
    return Error(ErrorCode::kFailedPrecondition, "recording " + u.recordingId +
                                                     " belongs to hearing " + r.text(0, 0) +
                                                     ", not " + u.hearingId);
  }
  if (r.text(0, 1) != kind) {
    return Error(ErrorCode::kFailedPrecondition, "recording " + u.recordingId + " is a " +
                                                     r.text(0, 1) + " recording, not a " + kind +
                                                     " recording");
  }
  if (r.text(0, 2) != "uploading") {
    return Error(ErrorCode::kFailedPrecondition, "recording " + u.recordingId + " is " +
                                                     r.text(0, 2) + " and takes no more uploads");
  }
  return ok();
}

}  // namespace

Expected<domain::Upload> PgUploadRepository::create(const domain::NewUpload& u) {
  const std::string what = "creating upload " + u.id;
  for (const auto& [field, value] :
       {std::pair{"upload id", &u.id}, std::pair{"recording id", &u.recordingId}}) {
    if (!isUuid(*value)) return invalidArgument(what + ": " + field + " is not a uuid");
  }
  if (!isUuid(u.hearingId)) {
    return invalidArgument(what + ": hearing " + u.hearingId + " does not exist");
  }
  if (!isUuid(u.createdBy)) {
    return invalidArgument(what + ": user " + u.createdBy + " does not exist");
  }
  const std::string role = fileRoleToText(u.role);
  if (u.role != domain::FileRole::kOriginal && u.role != domain::FileRole::kSegment) {
    return invalidArgument(what + ": an upload holds an original or a segment, not " +
                           (role.empty() ? std::string("an unspecified file") : role));
  }
  if (recordingKindToText(u.recordingKind).empty()) {
    return invalidArgument(what + ": the recording kind is not set");
  }
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto tx, PgTransaction::begin(std::move(conn)));
  AUDIENTIA_TRY(auto taken, tx.exec("SELECT 1 FROM uploads WHERE id = $1::uuid", {u.id}, what));
  if (taken.rows() != 0) {
    return Error(ErrorCode::kAlreadyExists, "upload " + u.id + " already exists");
  }
  AUDIENTIA_TRY_STATUS(ensureRecording(tx.connection(), u));
  AUDIENTIA_TRY(auto live, tx.exec("SELECT id FROM uploads WHERE recording_id = $1::uuid AND "
                                   "role = $2 AND sequence = $3::int AND state IN ('receiving', "
                                   "'complete')",
                                   {u.recordingId, role, std::to_string(u.sequence)}, what));
  if (live.rows() != 0) {
    return Error(ErrorCode::kAlreadyExists, "recording " + u.recordingId + " already has " +
                                                memberName(u.role, u.sequence) + " in upload " +
                                                live.text(0, 0));
  }
  AUDIENTIA_TRY(auto r, tx.exec(std::string("INSERT INTO uploads (id, recording_id, role, "
                                            "sequence, file_name, size_bytes, sha256, state, "
                                            "created_by, expires_at) VALUES ($1::uuid, $2::uuid, "
                                            "$3, $4::int, $5, $6::bigint, $7, 'receiving', "
                                            "$8::uuid, $9::timestamptz) RETURNING ") +
                                    kColumns,
                                {u.id, u.recordingId, role, std::to_string(u.sequence), u.fileName,
                                 std::to_string(u.sizeBytes), u.sha256, u.createdBy,
                                 toPgTimestamp(u.expiresAt)},
                                what + " (" + memberName(u.role, u.sequence) + " of recording " +
                                    u.recordingId + ")"));
  domain::Upload created = uploadFromRow(r, 0);
  AUDIENTIA_TRY_STATUS(tx.commit());
  return created;
}

Expected<domain::Upload> PgUploadRepository::get(const std::string& id) {
  if (!isUuid(id)) return missingUpload(id);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  return readUpload(*conn, id);
}

Expected<bool> PgUploadRepository::advance(const std::string& id, std::int64_t expected,
                                           std::int64_t offset, domain::Timestamp expiresAt) {
  if (!isUuid(id)) return missingUpload(id);
  if (offset < expected) {
    return invalidArgument("upload " + id + ": the durable offset only grows (" +
                           std::to_string(expected) + " -> " + std::to_string(offset) + ")");
  }
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("UPDATE uploads SET durable_offset = $3::bigint, "
                                   "expires_at = $4::timestamptz, updated_at = clock_timestamp() "
                                   "WHERE id = $1::uuid AND durable_offset = $2::bigint AND "
                                   "state = 'receiving'",
                                   {id, std::to_string(expected), std::to_string(offset),
                                    toPgTimestamp(expiresAt)},
                                   "advancing upload " + id));
  if (r.affectedRows() == 1) return true;
  AUDIENTIA_TRY(auto exists,
                conn->exec("SELECT 1 FROM uploads WHERE id = $1::uuid", {id}, "reading upload"));
  if (exists.rows() == 0) return missingUpload(id);
  return false;
}

Status PgUploadRepository::reset(const std::string& id) {
  if (!isUuid(id)) return missingUpload(id);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("UPDATE uploads SET durable_offset = 0, updated_at = "
                                   "clock_timestamp() WHERE id = $1::uuid",
                                   {id}, "resetting upload " + id));
  if (r.affectedRows() == 0) return missingUpload(id);
  return ok();
}

Expected<domain::Upload> PgUploadRepository::complete(const std::string& id,
                                                      const domain::RecordingFile& file) {
  if (!isUuid(id)) return missingUpload(id);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto tx, PgTransaction::begin(std::move(conn)));
  // Locks the row: a concurrent complete or expiry waits for this one.
  AUDIENTIA_TRY(auto current, tx.exec(std::string("SELECT ") + kColumns +
                                          " FROM uploads WHERE id = $1::uuid FOR UPDATE",
                                      {id}, "completing upload " + id));
  if (current.rows() == 0) return missingUpload(id);
  domain::Upload upload = uploadFromRow(current, 0);
  if (upload.state != domain::UploadState::kReceiving &&
      upload.state != domain::UploadState::kComplete) {
    return Error(ErrorCode::kFailedPrecondition, "upload " + id + " is " +
                                                     uploadStateToText(upload.state) +
                                                     " and can no longer be completed");
  }
  domain::RecordingFile row = file;
  if (row.recordingId.empty()) row.recordingId = upload.recordingId;
  if (row.recordingId != upload.recordingId) {
    return invalidArgument("completing upload " + id + ": its file belongs to recording " +
                           upload.recordingId + ", not " + row.recordingId);
  }
  // A retried complete finds the file already there with the same digest: not an error.
  AUDIENTIA_TRY_STATUS(insertFile(tx.connection(), row, false));
  if (upload.sha256.empty()) {
    // Declared at completion: the original of a FILE recording is the recording's digest too.
    AUDIENTIA_TRY_STATUS(
        tx.exec("UPDATE recordings SET sha256 = $2, updated_at = "
                "clock_timestamp() WHERE id = $1::uuid AND kind = 'file' AND "
                "sha256 IS NULL",
                {upload.recordingId, row.sha256},
                "recording the digest of recording " + upload.recordingId));
  }
  AUDIENTIA_TRY(auto r, tx.exec(std::string("UPDATE uploads SET state = 'complete', sha256 = "
                                            "CASE WHEN sha256 = '' THEN $2 ELSE sha256 END, "
                                            "completed_at = coalesce(completed_at, "
                                            "clock_timestamp()), updated_at = clock_timestamp() "
                                            "WHERE id = $1::uuid RETURNING ") +
                                    kColumns,
                                {id, row.sha256}, "completing upload " + id));
  upload = uploadFromRow(r, 0);
  AUDIENTIA_TRY_STATUS(tx.commit());
  return upload;
}

Expected<domain::Upload> PgUploadRepository::setState(const std::string& id,
                                                      domain::UploadState state) {
  const std::string text = uploadStateToText(state);
  if (text.empty()) return invalidArgument("setting the state of upload " + id + ": not set");
  if (!isUuid(id)) return missingUpload(id);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("UPDATE uploads SET state = $2, updated_at = "
                                               "clock_timestamp() WHERE id = $1::uuid RETURNING ") +
                                       kColumns,
                                   {id, text}, "setting the state of upload " + id));
  if (r.rows() == 0) return missingUpload(id);
  return uploadFromRow(r, 0);
}

Expected<std::vector<domain::Upload>> PgUploadRepository::listExpired(domain::Timestamp now,
                                                                      int limit) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("SELECT ") + kColumns +
                                       " FROM uploads WHERE state = 'receiving' AND expires_at < "
                                       "$1::timestamptz ORDER BY expires_at, id LIMIT $2::int",
                                   {toPgTimestamp(now), std::to_string(clampPageLimit(limit))},
                                   "listing expired uploads"));
  std::vector<domain::Upload> out;
  for (int row = 0; row < r.rows(); ++row) out.push_back(uploadFromRow(r, row));
  return out;
}

Expected<std::vector<domain::Upload>> PgUploadRepository::listByRecording(
    const std::string& recordingId) {
  std::vector<domain::Upload> out;
  if (!isUuid(recordingId)) return out;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec(std::string("SELECT ") + kColumns +
                               " FROM uploads WHERE recording_id = $1::uuid "
                               "ORDER BY sequence, created_at, id",
                           {recordingId}, "listing the uploads of recording " + recordingId));
  for (int row = 0; row < r.rows(); ++row) out.push_back(uploadFromRow(r, row));
  return out;
}

}  // namespace audientia::storage::postgres
