#include "pg_convert.h"
#include "pg_repositories.h"

namespace audientia::storage::postgres {

namespace {

constexpr const char* kColumns =
    "id, hearing_id, file_name, size_bytes, sha256, state, media_info, media_error, uploaded_by, "
    "created_at";

Expected<domain::Recording> recordingFromRow(const PgResult& r, int row) {
  domain::Recording rec;
  rec.id = r.text(row, 0);
  rec.hearingId = r.text(row, 1);
  rec.fileName = r.text(row, 2);
  rec.sizeBytes = r.int64(row, 3);
  rec.sha256 = r.text(row, 4);
  rec.state = recordingStateFromText(r.text(row, 5));
  if (auto json = r.optionalText(row, 6)) {
    auto info = mediaInfoFromJson(*json);
    if (!info) return std::move(info).error().withContext("recording " + rec.id);
    rec.mediaInfo = std::move(info).value();
  }
  rec.mediaError = r.text(row, 7);
  rec.uploadedBy = r.text(row, 8);
  rec.createdAt = fromPgTimestamp(r.text(row, 9));
  return rec;
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
  AUDIENTIA_TRY(auto r, conn->exec(std::string("INSERT INTO recordings (hearing_id, file_name, "
                                               "size_bytes, sha256, state, media_info, "
                                               "media_error, uploaded_by) VALUES ($1::uuid, $2, "
                                               "$3::bigint, $4, 'available', $5::jsonb, $6, "
                                               "$7::uuid) RETURNING ") +
                                       kColumns,
                                   {recording.hearingId, recording.fileName,
                                    std::to_string(recording.sizeBytes), recording.sha256,
                                    mediaInfo, recording.mediaError, recording.uploadedBy},
                                   "creating recording " + recording.fileName));
  return recordingFromRow(r, 0);
}

Expected<domain::Recording> PgRecordingRepository::get(const std::string& id) {
  const Error missing = notFound("recording " + id + " does not exist");
  if (!isUuid(id)) return missing;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(
      auto r, conn->exec(std::string("SELECT ") + kColumns + " FROM recordings WHERE id = $1::uuid",
                         {id}, "reading recording"));
  if (r.rows() == 0) return missing;
  return recordingFromRow(r, 0);
}

Expected<std::vector<domain::Recording>> PgRecordingRepository::listByHearing(
    const std::string& hearingId) {
  std::vector<domain::Recording> out;
  if (!isUuid(hearingId)) return out;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("SELECT ") + kColumns +
                                       " FROM recordings WHERE hearing_id = $1::uuid "
                                       "ORDER BY created_at, id",
                                   {hearingId}, "listing recordings"));
  for (int row = 0; row < r.rows(); ++row) {
    AUDIENTIA_TRY(auto rec, recordingFromRow(r, row));
    out.push_back(std::move(rec));
  }
  return out;
}

}  // namespace audientia::storage::postgres
