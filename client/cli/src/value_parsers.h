#pragma once

// Parsers for the values audientiactl's options take. Failures are usage errors
// (INVALID_ARGUMENT) that quote the bad value.

#include <chrono>
#include <cstdint>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/v1/hearings.pb.h"
#include "audientia/v1/maintenance.pb.h"
#include "audientia/v1/recordings.pb.h"

namespace audientia::cli {

// An inclusive byte range as in HTTP: "0-1023" (1024 bytes), "1000-" (from 1000 to the end).
struct ByteRange {
  std::int64_t offset = 0;
  std::int64_t length = 0;  // 0: to the end

  bool operator==(const ByteRange&) const = default;
};
Expected<ByteRange> parseByteRange(const std::string& text);

// suspect|defendant|victim|witness|expert|other (case-insensitive).
Expected<v1::HearingKind> parseHearingKind(const std::string& text);
// "suspect" for HEARING_KIND_SUSPECT.
std::string hearingKindName(v1::HearingKind kind);

// "ROLE:NAME", both parts non-empty after trimming; the name may contain ':'.
Expected<v1::Participant> parseParticipant(const std::string& text);

// HOST:PORT (or [IPv6]:PORT) with a port in 1..65535.
Status checkServerAddress(const std::string& text);

// A positive byte count with an optional binary unit: "500KiB", "2MiB", "1G", "65536".
// option names the option in the error ("limit-rate").
Expected<std::uint64_t> parseByteSize(const std::string& option, const std::string& text);

// A positive duration: "60s", "1500ms", "2m", "1h", "90" (seconds), fractions allowed.
// option names the option in the error ("segment").
Expected<std::chrono::milliseconds> parseDuration(const std::string& option,
                                                  const std::string& text);
// A time in a recording, in milliseconds: seconds ("754.5") or H:MM:SS / M:SS with optional
// fractions ("12:34.5", "1:02:03"). option names the option in the error ("at").
Expected<std::int64_t> parseMediaTime(const std::string& option, const std::string& text);
// A positive bit rate in bits per second: "4M", "800k", "2000000".
Expected<std::int64_t> parseBitRate(const std::string& option, const std::string& text);

// `recording download --file`: master|original|manifest|waveform|segment:N|thumbnail:N.
struct FileSelector {
  v1::FileRole role = v1::FILE_ROLE_UNSPECIFIED;
  int sequence = 0;

  bool operator==(const FileSelector&) const = default;
};
Expected<FileSelector> parseFileSelector(const std::string& text);
// "master", "segment:3".
std::string fileSelectorName(v1::FileRole role, int sequence);

// queued|running|done|failed.
Expected<v1::JobState> parseJobState(const std::string& text);
// A positive integer id (jobs, alerts); what names it in the error ("job id").
Expected<std::int64_t> parseId(const std::string& what, const std::string& text);
// --days: 1..36500.
Expected<int> parseRetainDays(const std::string& text);

}  // namespace audientia::cli
