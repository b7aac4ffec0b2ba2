#pragma once

// Reading and writing recordings and their files, shared by the recording, upload and
// retention repositories (which run them inside their own transactions).

#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "pg_connection.h"

namespace audientia::storage::postgres {

// The columns recordingFromRow reads, in order; `r.` prefixed for joins.
extern const char* const kRecordingColumns;
// The columns fileFromRow reads, in order.
extern const char* const kFileColumns;
// ORDER BY clause of files: role in the domain's order (original, segment, manifest, master,
// thumbnail, waveform), then sequence.
extern const char* const kFileOrder;

Expected<domain::Recording> recordingFromRow(const PgResult& r, int row);
domain::RecordingFile fileFromRow(const PgResult& r, int row);

// withThumbnails false: all but the thumbnails (one every few seconds: hundreds per hour).
Expected<std::vector<domain::RecordingFile>> loadFiles(PgConnection& conn,
                                                       const std::string& recordingId,
                                                       bool withThumbnails = true);
// The recording with its files; kNotFound when it does not exist.
Expected<domain::Recording> loadRecording(PgConnection& conn, const std::string& id);

// Inserts a file row. Same (recording, role, sequence) again: a no-op with the same sha256,
// kAlreadyExists with another; replace=true overwrites. kInvalidArgument for a missing
// recording or a role the table does not take.
Status insertFile(PgConnection& conn, const domain::RecordingFile& file, bool replace);

}  // namespace audientia::storage::postgres
