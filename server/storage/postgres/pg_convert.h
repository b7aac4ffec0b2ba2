#pragma once

// Conversions between domain values and the text forms PostgreSQL reads and writes.
// Timestamps assume the session settings PgConnection::connect makes (UTC, ISO).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "domain/ingest.h"
#include "domain/keeping.h"
#include "domain/rules.h"

namespace audientia::storage::postgres {

// "2024-05-01 10:20:30.123456+00" <-> Timestamp (microsecond precision).
std::string toPgTimestamp(domain::Timestamp t);
domain::Timestamp fromPgTimestamp(std::string_view text);

// Ids that are not uuids are simply not found (no SQL runs for them).
using domain::isUuid;

std::string roleToText(domain::Role role);
domain::Role roleFromText(std::string_view text);
std::string hearingKindToText(domain::HearingKind kind);
domain::HearingKind hearingKindFromText(std::string_view text);
std::string hearingStatusToText(domain::HearingStatus status);
domain::HearingStatus hearingStatusFromText(std::string_view text);
std::string recordingStateToText(domain::RecordingState state);
domain::RecordingState recordingStateFromText(std::string_view text);
std::string recordingKindToText(domain::RecordingKind kind);
domain::RecordingKind recordingKindFromText(std::string_view text);
std::string fileRoleToText(domain::FileRole role);
domain::FileRole fileRoleFromText(std::string_view text);
std::string uploadStateToText(domain::UploadState state);
domain::UploadState uploadStateFromText(std::string_view text);
std::string jobStateToText(domain::JobState state);
domain::JobState jobStateFromText(std::string_view text);

// Declared capture gaps <-> the jsonb array stored in recordings.gaps:
// [{"wall_start": ..., "wall_end": ..., "reason": ...}].
std::string gapsToJson(const std::vector<domain::RecordingGap>& gaps);
Expected<std::vector<domain::RecordingGap>> gapsFromJson(std::string_view json);
std::string markersToJson(const std::vector<domain::RecordingMarker>& markers);
Expected<std::vector<domain::RecordingMarker>> markersFromJson(std::string_view json);

// A text[] literal ("{"a","b"}") for an array parameter; elements quoted and escaped.
std::string toPgTextArray(const std::vector<std::string>& values);

// MediaInfo <-> the jsonb document stored in recordings.media_info.
std::string mediaInfoToJson(const domain::MediaInfo& info);
Expected<domain::MediaInfo> mediaInfoFromJson(std::string_view json);

// Keyset position (created_at, id) <-> opaque page token.
struct KeysetPosition {
  std::int64_t createdAtMicros = 0;
  std::string id;
};
std::string encodePageToken(const KeysetPosition& position);
// Text as an opaque token for clients (hex), and back: nullopt for anything encodePageToken or
// opaqueToken could not have made, or longer than maxChars.
std::string opaqueToken(std::string_view plain);
std::optional<std::string> fromOpaqueToken(std::string_view token, std::size_t maxChars);
// kInvalidArgument when the token was not made by encodePageToken.
Expected<KeysetPosition> decodePageToken(std::string_view token);
std::int64_t toMicros(domain::Timestamp t);
// Clamps a requested page size to [1, 1000]; 0 or negative means the default 100.
int clampPageLimit(int limit);

}  // namespace audientia::storage::postgres
