#include "audientia/base/sha256.h"
#include "pg_convert.h"
#include "pg_repositories.h"
#include "pg_transaction.h"
#include "recording_rows.h"

namespace audientia::storage::postgres {

namespace {

Error missingRecording(const std::string& id) {
  return notFound("recording " + id + " does not exist");
}

// After an UPDATE matched no row: kNotFound when the recording is missing, else `otherwise`.
Error explainNoRow(PgConnection& conn, const std::string& id, const Error& otherwise) {
  auto r = conn.exec("SELECT state FROM recordings WHERE id = $1::uuid", {id}, "reading recording");
  if (!r) return std::move(r).error();
  if (r->rows() == 0) return missingRecording(id);
  return otherwise;
}

}  // namespace

Expected<domain::Recording> PgRecordingRepository::create(const domain::NewRecording& recording) {
  if (!isUuid(recording.hearingId)) {
    return invalidArgument("creating recording: hearing " + recording.hearingId +
                           " does not exist");
  }
  if (!isUuid(recording.uploadedBy)) {
    return invalidArgument("creating recording: user " + recording.uploadedBy + " does not exist");
  }
  PgParam mediaInfo;
  if (recording.mediaInfo) mediaInfo = mediaInfoToJson(*recording.mediaInfo);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto tx, PgTransaction::begin(std::move(conn)));
  AUDIENTIA_TRY(
      auto r, tx.exec("INSERT INTO recordings (hearing_id, file_name, size_bytes, "
                      "sha256, state, media_info, media_error, uploaded_by, kind, "
                      "completed_at) VALUES ($1::uuid, $2, $3::bigint, $4, 'available', "
                      "$5::jsonb, $6, $7::uuid, 'file', clock_timestamp()) RETURNING id",
                      {recording.hearingId, recording.fileName, std::to_string(recording.sizeBytes),
                       recording.sha256, mediaInfo, recording.mediaError, recording.uploadedBy},
                      "creating recording " + recording.fileName));
  const std::string id = r.text(0, 0);
  domain::RecordingFile original;
  original.recordingId = id;
  original.role = domain::FileRole::kOriginal;
  original.fileName = recording.fileName;
  original.sizeBytes = recording.sizeBytes;
  original.sha256 = recording.sha256;
  AUDIENTIA_TRY_STATUS(insertFile(tx.connection(), original, false));
  AUDIENTIA_TRY(auto created, loadRecording(tx.connection(), id));
  AUDIENTIA_TRY_STATUS(tx.commit());
  return created;
}

Expected<domain::Recording> PgRecordingRepository::get(const std::string& id) {
  if (!isUuid(id)) return missingRecording(id);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  return loadRecording(*conn, id);
}

Expected<std::vector<domain::Recording>> PgRecordingRepository::listByHearing(
    const std::string& hearingId) {
  std::vector<domain::Recording> out;
  if (!isUuid(hearingId)) return out;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("SELECT ") + kRecordingColumns +
                                       " FROM recordings r WHERE r.hearing_id = $1::uuid "
                                       "ORDER BY r.created_at, r.id",
                                   {hearingId}, "listing recordings"));
  for (int row = 0; row < r.rows(); ++row) {
    AUDIENTIA_TRY(auto rec, recordingFromRow(r, row));
    // The hearing view shows each recording's files (a hearing holds a handful of recordings);
    // the thumbnails, hundreds per hour, come with GetRecording.
    AUDIENTIA_TRY(rec.files, loadFiles(*conn, rec.id, false));
    out.push_back(std::move(rec));
  }
  return out;
}

Expected<domain::Recording> PgRecordingRepository::setState(const std::string& id,
                                                            domain::RecordingState state,
                                                            const std::string& failureReason) {
  const std::string text = recordingStateToText(state);
  if (text.empty()) return invalidArgument("setting the state of recording " + id + ": not set");
  if (!isUuid(id)) return missingRecording(id);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec("UPDATE recordings SET state = $2, "
                           "failure_reason = CASE WHEN $2 = 'failed' THEN left($3, 2000) "
                           "ELSE '' END, "
                           "completed_at = CASE WHEN $2 = 'available' THEN "
                           "coalesce(completed_at, clock_timestamp()) ELSE completed_at "
                           "END, updated_at = clock_timestamp() WHERE id = $1::uuid",
                           {id, text, failureReason}, "setting the state of recording " + id));
  if (r.affectedRows() == 0) return missingRecording(id);
  return loadRecording(*conn, id);
}

Expected<bool> PgRecordingRepository::transition(const std::string& id, domain::RecordingState from,
                                                 domain::RecordingState to) {
  const std::string fromText = recordingStateToText(from);
  const std::string toText = recordingStateToText(to);
  if (fromText.empty() || toText.empty()) {
    return invalidArgument("moving recording " + id + ": a state is not set");
  }
  if (!isUuid(id)) return missingRecording(id);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec("UPDATE recordings SET state = $3, failure_reason = '', "
                           "completed_at = CASE WHEN $3 = 'available' THEN "
                           "coalesce(completed_at, clock_timestamp()) ELSE completed_at "
                           "END, updated_at = clock_timestamp() "
                           "WHERE id = $1::uuid AND state = $2",
                           {id, fromText, toText},
                           "moving recording " + id + " from " + fromText + " to " + toText));
  if (r.affectedRows() == 1) return true;
  AUDIENTIA_TRY(auto exists, conn->exec("SELECT 1 FROM recordings WHERE id = $1::uuid", {id},
                                        "reading recording"));
  if (exists.rows() == 0) return missingRecording(id);
  return false;
}

Status PgRecordingRepository::addFile(const domain::RecordingFile& file, bool replace) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  return insertFile(*conn, file, replace);
}

Status PgRecordingRepository::removeDerivedFiles(const std::string& recordingId) {
  if (!isUuid(recordingId)) return missingRecording(recordingId);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY_STATUS(
      conn->exec("DELETE FROM recording_files WHERE recording_id = $1::uuid "
                 "AND role IN ('master', 'thumbnail', 'waveform')",
                 {recordingId}, "removing the derived files of recording " + recordingId));
  return ok();
}

Expected<std::vector<domain::RecordingFile>> PgRecordingRepository::listFiles(
    const std::string& recordingId) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  return loadFiles(*conn, recordingId);
}

Status PgRecordingRepository::setMediaInfo(const std::string& id,
                                           const std::optional<domain::MediaInfo>& mediaInfo,
                                           const std::string& mediaError) {
  if (!isUuid(id)) return missingRecording(id);
  PgParam info;
  if (mediaInfo) info = mediaInfoToJson(*mediaInfo);
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec("UPDATE recordings SET media_info = $2::jsonb, "
                           "media_error = left($3, 2000), updated_at = clock_timestamp() "
                           "WHERE id = $1::uuid",
                           {id, info, mediaError}, "storing the media facts of recording " + id));
  if (r.affectedRows() == 0) return missingRecording(id);
  return ok();
}

Expected<domain::Recording> PgRecordingRepository::completeCapture(
    const std::string& id, const std::string& sha256, std::int64_t sizeBytes,
    const std::string& manifestJson, const domain::CaptureFacts& facts) {
  if (!isUuid(id)) return missingRecording(id);
  PgParam sealParam;
  if (!facts.seal.empty()) sealParam = facts.seal;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto tx, PgTransaction::begin(std::move(conn)));
  AUDIENTIA_TRY(auto r, tx.exec("UPDATE recordings SET sha256 = $2, size_bytes = $3::bigint, "
                                "capture_manifest = $4::jsonb, capture_seal = $5, "
                                "gaps = $6::jsonb, markers = $7::jsonb, state = 'verifying', "
                                "completed_at = clock_timestamp(), "
                                "updated_at = clock_timestamp() "
                                "WHERE id = $1::uuid AND state = 'uploading'",
                                {id, sha256, std::to_string(sizeBytes), manifestJson, sealParam,
                                 gapsToJson(facts.gaps), markersToJson(facts.markers)},
                                "completing capture " + id));
  if (r.affectedRows() == 0) {
    return explainNoRow(
        tx.connection(), id,
        Error(ErrorCode::kFailedPrecondition, "capture " + id +
                                                  " is not receiving segments any more (it was "
                                                  "already completed or failed)"));
  }
  // The sealed markers become the recording's annotations (db/migrations/0008).
  AUDIENTIA_TRY_STATUS(tx.exec("SELECT public.audientia_annotate_markers($1::uuid)", {id},
                               "turning the markers of capture " + id + " into annotations"));
  AUDIENTIA_TRY(auto completed, loadRecording(tx.connection(), id));
  AUDIENTIA_TRY_STATUS(tx.commit());
  return completed;
}

Expected<bool> PgRecordingRepository::keyReferenced(const std::string& sha256) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("SELECT EXISTS (SELECT 1 FROM recording_files WHERE "
                                   "sha256 = $1)",
                                   {sha256}, "looking up references to object " + sha256));
  return r.boolean(0, 0);
}

Expected<std::map<std::string, std::string>> PgRecordingRepository::sha512Of(
    const std::vector<std::string>& sha256s) {
  std::map<std::string, std::string> out;
  if (sha256s.empty()) return out;
  std::string keys = "{";
  for (const auto& key : sha256s) {
    if (!isSha256Hex(key)) return invalidArgument("not a SHA-256: " + key);
    keys += (keys.size() > 1 ? "," : "") + key;
  }
  keys += "}";
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("SELECT sha256, sha512 FROM object_digests WHERE sha256 = "
                                   "ANY($1::text[])",
                                   {keys}, "reading the SHA-512 of stored objects"));
  for (int row = 0; row < r.rows(); ++row) out.emplace(r.text(row, 0), r.text(row, 1));
  return out;
}

Status PgRecordingRepository::recordSha512(const std::string& sha256, const std::string& sha512) {
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY_STATUS(
      conn->exec("INSERT INTO object_digests (sha256, sha512) VALUES ($1, $2) "
                 "ON CONFLICT (sha256) DO NOTHING",
                 {sha256, sha512}, "keeping the SHA-512 of object " + sha256));
  return ok();
}

}  // namespace audientia::storage::postgres
