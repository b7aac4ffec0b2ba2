#pragma once

// The hash chain of the audit trail: the canonical byte encoding of an event and its hash.
// Pure functions; storage/postgres computes hashes with them on append and on verify, and
// anyone holding an export of audit_events can recompute them (docs/audit.md).
//
// Encoding, version 1. For an event E with the previous event's hash P (32 raw bytes; 32 zero
// bytes for seq 1), the hashed message is
//
//   P                                   32 bytes
//   "AUDIENTIA-AUDIT-1"                 17 bytes (ASCII magic, fixes the version)
//   i64(seq)                            8 bytes, big-endian two's complement
//   i64(time)                           8 bytes, microseconds since 1970-01-01T00:00:00Z
//   str(actor_id)                       lower-case 8-4-4-4-12 uuid, or empty when anonymous
//   str(actor_username)
//   str(action)
//   str(object_type)
//   str(object_id)
//   str(office_id)                      lower-case uuid, or empty
//   str(client_address)
//   str(outcome)                        "success" | "denied" | "failure"
//   str(details)                        the JSON text exactly as stored (not re-serialized)
//
// where str(s) = u32(byte length of s, big-endian) followed by the UTF-8 bytes of s, and
// hash(E) = SHA-256(message). Every field is length-prefixed or fixed-size, so two different
// events never encode to the same bytes.

#include <cstdint>
#include <string>
#include <string_view>

#include "audientia/base/expected.h"
#include "audientia/base/sha256.h"
#include "domain/audit.h"

namespace audientia::domain {

// prev_hash of the first event: 64 zero hex digits.
inline constexpr std::string_view kAuditGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";
inline constexpr std::string_view kAuditEncodingMagic = "AUDIENTIA-AUDIT-1";

// Limits on the stored fields, in bytes (the schema checks the same bounds in characters).
inline constexpr std::size_t kAuditMaxActionBytes = 100;      // action, object type
inline constexpr std::size_t kAuditMaxShortFieldBytes = 256;  // username, object id, address
inline constexpr std::size_t kAuditMaxDetailsBytes = 65536;

// "success", "denied", "failure"; empty for kUnspecified.
std::string_view auditOutcomeToText(AuditOutcome outcome);
// kUnspecified for anything else.
AuditOutcome auditOutcomeFromText(std::string_view text);

// Microseconds since the Unix epoch (floor), the precision the trail stores.
std::int64_t auditTimeMicros(Timestamp time);
Timestamp auditTimeFromMicros(std::int64_t micros);

// Makes an event storable, so that what is hashed is exactly what the database returns:
// uuids lower-cased; free-text fields (username, object type/id, client address) with NUL
// bytes and invalid UTF-8 replaced by U+FFFD and cut (at a character boundary) to their
// limit — an attacker-supplied username must still be recorded; empty details become "{}".
// kInvalidArgument naming the field when action is empty or too long, outcome is not set,
// actor_id/office_id is neither empty nor a uuid, or details is not a JSON object text
// (checked by its first and last non-blank characters; the database checks it fully).
Expected<NewAuditEvent> normalizeAuditEvent(const NewAuditEvent& event);

// The canonical encoding above without the 32-byte prev-hash prefix, appended to `out`.
void appendCanonicalAuditEncoding(const AuditEvent& event, std::string& out);

// Computes hashes with a reusable buffer and SHA-256 context (verify hashes a million events).
class AuditChainHasher {
 public:
  // hash = SHA-256(prev ‖ canonical(event)); event.prevHash/hash are not read.
  Sha256Digest hash(const Sha256Digest& prev, const AuditEvent& event);
  // The same with prev given as 64 hex digits; kInvalidArgument when it is not.
  Expected<std::string> hashHex(std::string_view prevHex, const AuditEvent& event);

 private:
  Sha256 sha_;
  std::string buffer_;
};

// Decodes 64 hex digits (either case); false when `hex` is not exactly that.
bool decodeSha256Hex(std::string_view hex, Sha256Digest& out);
// True when `hex` is the lower-case hex form of `digest` (no allocation).
bool digestEqualsHex(const Sha256Digest& digest, std::string_view hex);

}  // namespace audientia::domain
