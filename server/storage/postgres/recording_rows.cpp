#include "recording_rows.h"

#include "pg_convert.h"

namespace audientia::storage::postgres {

const char* const kRecordingColumns =
    "r.id, r.hearing_id, r.file_name, r.size_bytes, r.sha256, r.state, r.media_info, "
    "r.media_error, r.uploaded_by, r.created_at, r.kind, r.failure_reason, r.capture_seal, "
    "r.gaps, r.markers";

const char* const kFileColumns =
    "recording_id, role, sequence, file_name, size_bytes, sha256, content_type, media_time_ms, "
    "duration_ms, created_at";

const char* const kFileOrder =
    "array_position(ARRAY['original', 'segment', 'manifest', 'master', 'thumbnail', "
    "'waveform'], role), sequence";

Expected<domain::Recording> recordingFromRow(const PgResult& r, int row) {
  domain::Recording rec;
  rec.id = r.text(row, 0);
  rec.hearingId = r.text(row, 1);
  rec.fileName = r.text(row, 2);
  rec.sizeBytes = r.int64(row, 3);
  rec.sha256 = r.optionalText(row, 4).value_or("");
  rec.state = recordingStateFromText(r.text(row, 5));
  if (auto json = r.optionalText(row, 6)) {
    auto info = mediaInfoFromJson(*json);
    if (!info) return std::move(info).error().withContext("recording " + rec.id);
    rec.mediaInfo = std::move(info).value();
  }
  rec.mediaError = r.text(row, 7);
  rec.uploadedBy = r.text(row, 8);
  rec.createdAt = fromPgTimestamp(r.text(row, 9));
  rec.kind = recordingKindFromText(r.text(row, 10));
  rec.failureReason = r.text(row, 11);
  rec.captureSeal = r.optionalText(row, 12).value_or("");
  auto gaps = gapsFromJson(r.text(row, 13));
  if (!gaps) return std::move(gaps).error().withContext("recording " + rec.id);
  rec.gaps = std::move(gaps).value();
  auto markers = markersFromJson(r.text(row, 14));
  if (!markers) return std::move(markers).error().withContext("recording " + rec.id);
  rec.markers = std::move(markers).value();
  return rec;
}

domain::RecordingFile fileFromRow(const PgResult& r, int row) {
  domain::RecordingFile f;
  f.recordingId = r.text(row, 0);
  f.role = fileRoleFromText(r.text(row, 1));
  f.sequence = static_cast<int>(r.int64(row, 2));
  f.fileName = r.text(row, 3);
  f.sizeBytes = r.int64(row, 4);
  f.sha256 = r.text(row, 5);
  f.contentType = r.text(row, 6);
  f.mediaTimeMs = r.int64(row, 7);
  f.durationMs = r.int64(row, 8);
  f.createdAt = fromPgTimestamp(r.text(row, 9));
  return f;
}

Expected<std::vector<domain::RecordingFile>> loadFiles(PgConnection& conn,
                                                       const std::string& recordingId,
                                                       bool withThumbnails) {
  std::vector<domain::RecordingFile> files;
  if (!isUuid(recordingId)) return files;
  AUDIENTIA_TRY(auto r, conn.exec(std::string("SELECT ") + kFileColumns +
                                      " FROM recording_files WHERE recording_id = $1::uuid " +
                                      (withThumbnails ? "" : "AND role <> 'thumbnail' ") +
                                      "ORDER BY " + kFileOrder,
                                  {recordingId}, "listing the files of recording " + recordingId));
  for (int row = 0; row < r.rows(); ++row) files.push_back(fileFromRow(r, row));
  return files;
}

Expected<domain::Recording> loadRecording(PgConnection& conn, const std::string& id) {
  const Error missing = notFound("recording " + id + " does not exist");
  if (!isUuid(id)) return missing;
  AUDIENTIA_TRY(auto r, conn.exec(std::string("SELECT ") + kRecordingColumns +
                                      " FROM recordings r WHERE r.id = $1::uuid",
                                  {id}, "reading recording"));
  if (r.rows() == 0) return missing;
  AUDIENTIA_TRY(auto rec, recordingFromRow(r, 0));
  AUDIENTIA_TRY(rec.files, loadFiles(conn, id));
  return rec;
}

Status insertFile(PgConnection& conn, const domain::RecordingFile& file, bool replace) {
  const std::string role = fileRoleToText(file.role);
  const std::string what = "adding " + (role.empty() ? std::string("unspecified") : role) +
                           " file " + std::to_string(file.sequence) + " to recording " +
                           file.recordingId;
  if (role.empty()) return invalidArgument(what + ": the file role is not set");
  if (!isUuid(file.recordingId)) {
    return invalidArgument(what + ": recording " + file.recordingId + " does not exist");
  }
  const std::string conflict =
      replace ? "ON CONFLICT (recording_id, role, sequence) DO UPDATE SET file_name = "
                "EXCLUDED.file_name, size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256, "
                "content_type = EXCLUDED.content_type, media_time_ms = EXCLUDED.media_time_ms, "
                "duration_ms = EXCLUDED.duration_ms, created_at = EXCLUDED.created_at"
              : "ON CONFLICT (recording_id, role, sequence) DO NOTHING";
  AUDIENTIA_TRY(
      auto r, conn.exec("INSERT INTO recording_files (recording_id, role, sequence, file_name, "
                        "size_bytes, sha256, content_type, media_time_ms, duration_ms) VALUES "
                        "($1::uuid, $2, $3::int, $4, $5::bigint, $6, $7, $8::bigint, $9::bigint) " +
                            conflict + " RETURNING sha256",
                        {file.recordingId, role, std::to_string(file.sequence), file.fileName,
                         std::to_string(file.sizeBytes), file.sha256, file.contentType,
                         std::to_string(file.mediaTimeMs), std::to_string(file.durationMs)},
                        what));
  if (r.rows() == 1) return ok();
  AUDIENTIA_TRY(auto existing,
                conn.exec("SELECT sha256 FROM recording_files WHERE recording_id = $1::uuid AND "
                          "role = $2 AND sequence = $3::int",
                          {file.recordingId, role, std::to_string(file.sequence)}, what));
  if (existing.rows() == 1 && existing.text(0, 0) == file.sha256) return ok();
  return Error(ErrorCode::kAlreadyExists,
               what + ": the recording already has that file with sha256 " +
                   (existing.rows() == 1 ? existing.text(0, 0) : std::string("(removed)")) +
                   ", not " + file.sha256);
}

}  // namespace audientia::storage::postgres
