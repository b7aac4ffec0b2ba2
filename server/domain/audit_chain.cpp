#include "domain/audit_chain.h"

#include <chrono>

#include "domain/rules.h"

namespace audientia::domain {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

void putU32(std::string& out, std::uint32_t v) {
  out.push_back(static_cast<char>((v >> 24) & 0xff));
  out.push_back(static_cast<char>((v >> 16) & 0xff));
  out.push_back(static_cast<char>((v >> 8) & 0xff));
  out.push_back(static_cast<char>(v & 0xff));
}

void putI64(std::string& out, std::int64_t value) {
  const auto v = static_cast<std::uint64_t>(value);
  for (int shift = 56; shift >= 0; shift -= 8) {
    out.push_back(static_cast<char>((v >> shift) & 0xff));
  }
}

void putStr(std::string& out, std::string_view s) {
  putU32(out, static_cast<std::uint32_t>(s.size()));
  out.append(s);
}

// Length of the valid UTF-8 sequence starting at s[i] (1..4), or 0 when it is not valid
// (overlong forms, surrogates and code points above U+10FFFF are invalid). NUL is invalid too:
// PostgreSQL text cannot hold it.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 == 0) return 0;
  if (b0 < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    cp = b0 & 0x1Fu;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    cp = b0 & 0x0Fu;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    cp = b0 & 0x07u;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000)) return 0;
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// Replaces NUL and invalid UTF-8 with U+FFFD and cuts at a character boundary to maxBytes.
std::string sanitizeText(std::string_view s, std::size_t maxBytes) {
  std::string out;
  out.reserve(s.size() < maxBytes ? s.size() : maxBytes);
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t n = utf8SequenceLength(s, i);
    const std::string_view piece = n == 0 ? kReplacement : s.substr(i, n);
    if (out.size() + piece.size() > maxBytes) break;
    out.append(piece);
    i += n == 0 ? 1 : n;
  }
  return out;
}

Expected<std::string> normalizeUuid(std::string_view value, std::string_view field) {
  if (value.empty()) return std::string();
  if (!isUuid(value)) {
    return invalidArgument("audit event: " + std::string(field) + " is not a uuid");
  }
  std::string out(value);
  for (char& c : out) {
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool isBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string_view auditOutcomeToText(AuditOutcome outcome) {
  switch (outcome) {
    case AuditOutcome::kSuccess:
      return "success";
    case AuditOutcome::kDenied:
      return "denied";
    case AuditOutcome::kFailure:
      return "failure";
    case AuditOutcome::kUnspecified:
      break;
  }
  return {};
}

AuditOutcome auditOutcomeFromText(std::string_view text) {
  if (text == "success") return AuditOutcome::kSuccess;
  if (text == "denied") return AuditOutcome::kDenied;
  if (text == "failure") return AuditOutcome::kFailure;
  return AuditOutcome::kUnspecified;
}

std::int64_t auditTimeMicros(Timestamp time) {
  return std::chrono::floor<std::chrono::microseconds>(time).time_since_epoch().count();
}

Timestamp auditTimeFromMicros(std::int64_t micros) {
  return Timestamp(
      std::chrono::duration_cast<Timestamp::duration>(std::chrono::microseconds(micros)));
}

Expected<NewAuditEvent> normalizeAuditEvent(const NewAuditEvent& event) {
  NewAuditEvent out;
  if (event.action.empty()) return invalidArgument("audit event: action is empty");
  if (event.action.size() > kAuditMaxActionBytes) {
    return invalidArgument("audit event: action is longer than " +
                           std::to_string(kAuditMaxActionBytes) + " bytes");
  }
  out.action = sanitizeText(event.action, kAuditMaxActionBytes);
  if (auditOutcomeToText(event.outcome).empty()) {
    return invalidArgument("audit event " + out.action + ": outcome is not set");
  }
  out.outcome = event.outcome;
  AUDIENTIA_TRY(out.actorId, normalizeUuid(event.actorId, "actor_id"));
  AUDIENTIA_TRY(out.officeId, normalizeUuid(event.officeId, "office_id"));
  out.actorUsername = sanitizeText(event.actorUsername, kAuditMaxShortFieldBytes);
  out.objectType = sanitizeText(event.objectType, kAuditMaxActionBytes);
  out.objectId = sanitizeText(event.objectId, kAuditMaxShortFieldBytes);
  out.clientAddress = sanitizeText(event.clientAddress, kAuditMaxShortFieldBytes);

  if (event.detailsJson.size() > kAuditMaxDetailsBytes) {
    return invalidArgument("audit event " + out.action + ": details are longer than " +
                           std::to_string(kAuditMaxDetailsBytes) + " bytes");
  }
  std::string_view details = event.detailsJson;
  while (!details.empty() && isBlank(details.front())) details.remove_prefix(1);
  while (!details.empty() && isBlank(details.back())) details.remove_suffix(1);
  if (details.empty()) {
    out.detailsJson = "{}";
  } else if (details.front() != '{' || details.back() != '}') {
    return invalidArgument("audit event " + out.action + ": details is not a JSON object");
  } else {
    out.detailsJson = sanitizeText(event.detailsJson, 3 * kAuditMaxDetailsBytes);  // never cut JSON
  }
  return out;
}

void appendCanonicalAuditEncoding(const AuditEvent& event, std::string& out) {
  out.append(kAuditEncodingMagic);
  putI64(out, event.seq);
  putI64(out, auditTimeMicros(event.time));
  putStr(out, event.actorId);
  putStr(out, event.actorUsername);
  putStr(out, event.action);
  putStr(out, event.objectType);
  putStr(out, event.objectId);
  putStr(out, event.officeId);
  putStr(out, event.clientAddress);
  putStr(out, auditOutcomeToText(event.outcome));
  putStr(out, event.detailsJson);
}

Sha256Digest AuditChainHasher::hash(const Sha256Digest& prev, const AuditEvent& event) {
  buffer_.clear();
  buffer_.append(reinterpret_cast<const char*>(prev.data()), prev.size());
  appendCanonicalAuditEncoding(event, buffer_);
  sha_.update(std::string_view(buffer_));
  return sha_.finish();
}

Expected<std::string> AuditChainHasher::hashHex(std::string_view prevHex, const AuditEvent& event) {
  Sha256Digest prev{};
  if (!decodeSha256Hex(prevHex, prev)) {
    return invalidArgument("audit event " + std::to_string(event.seq) +
                           ": prev_hash is not 64 hex digits");
  }
  return toHex(hash(prev, event));
}

bool decodeSha256Hex(std::string_view hex, Sha256Digest& out) {
  if (hex.size() != 64) return false;
  for (std::size_t i = 0; i < 32; ++i) {
    const int hi = hexValue(hex[2 * i]);
    const int lo = hexValue(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return true;
}

bool digestEqualsHex(const Sha256Digest& digest, std::string_view hex) {
  static constexpr char kDigits[] = "0123456789abcdef";
  if (hex.size() != 64) return false;
  for (std::size_t i = 0; i < 32; ++i) {
    if (hex[2 * i] != kDigits[digest[i] >> 4] || hex[2 * i + 1] != kDigits[digest[i] & 0x0f]) {
      return false;
    }
  }
  return true;
}

}  // namespace audientia::domain
