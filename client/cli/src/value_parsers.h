#pragma once

// Parsers for the values audientiactl's options take. Failures are usage errors
// (INVALID_ARGUMENT) that quote the bad value.

#include <cstdint>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/v1/hearings.pb.h"

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

}  // namespace audientia::cli
