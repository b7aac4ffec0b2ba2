#pragma once

// A synthetic, correctly chained audit trail written straight into audit_events with COPY:
// the large trails of the audit tests and of bench/audit_verify_bench.cpp, far faster than
// PgAuditLog::append one event at a time. Header-only; needs libpq and audientia_domain.

#include <libpq-fe.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include "audientia/base/expected.h"
#include "domain/audit_chain.h"

namespace audientia::testing {

// Event `seq` of the synthetic trail (prevHash/hash not set): a few actors, offices and
// objects, one event per millisecond from 2024-01-01T00:00:00Z.
inline domain::AuditEvent syntheticAuditEvent(std::int64_t seq) {
  static const char* const kActors[] = {"11111111-1111-4111-8111-111111111111",
                                        "22222222-2222-4222-8222-222222222222",
                                        "33333333-3333-4333-8333-333333333333", ""};
  static const char* const kOffices[] = {"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
                                         "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"};
  static const char* const kActions[] = {"hearing.view", "recording.download", "auth.login",
                                         "annotation.update"};
  domain::AuditEvent e;
  e.seq = seq;
  e.time = domain::auditTimeFromMicros(1'704'067'200'000'000LL + seq * 1000);
  e.actorId = kActors[seq % 4];
  e.actorUsername = e.actorId.empty() ? "unknown-user" : "user" + std::to_string(seq % 4);
  e.action = kActions[seq % 4];
  e.objectType = "hearing";
  e.objectId = "hearing-" + std::to_string(seq % 1000);
  e.officeId = kOffices[seq % 2];
  e.clientAddress = "ipv4:10.0.0." + std::to_string(seq % 250) + ":51000";
  e.outcome = seq % 10 == 0 ? domain::AuditOutcome::kDenied : domain::AuditOutcome::kSuccess;
  e.detailsJson = "{\"n\": " + std::to_string(seq) + ", \"note\": \"synthetic\"}";
  return e;
}

namespace detail {

inline void appendCopyField(std::string& out, const std::string& value, bool nullWhenEmpty) {
  if (nullWhenEmpty && value.empty()) {
    out += "\\N";
    return;
  }
  for (char c : value) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out.push_back(c);
    }
  }
}

inline Error copyError(PGconn* conn, const std::string& what) {
  return Error(ErrorCode::kInternal, what + ": " + PQerrorMessage(conn));
}

}  // namespace detail

// Appends events `firstSeq`..`lastSeq` of the synthetic trail after an existing chain whose last
// hash is `prevHash` (kAuditGenesisHash when empty), with correct hashes. Returns the hash of
// the last event written.
inline Expected<std::string> copySyntheticAuditTrail(
    PGconn* conn, std::int64_t firstSeq, std::int64_t lastSeq,
    std::string prevHash = std::string(domain::kAuditGenesisHash)) {
  PGresult* start = PQexec(conn,
                           "COPY audit_events (seq, at, actor_id, actor_username, action, "
                           "object_type, object_id, office_id, client_address, outcome, "
                           "details, prev_hash, hash) FROM STDIN");
  const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
  PQclear(start);
  if (!copying) return detail::copyError(conn, "starting COPY into audit_events");

  domain::AuditChainHasher hasher;
  Sha256Digest prev{};
  if (!domain::decodeSha256Hex(prevHash, prev)) return invalidArgument("bad prevHash");
  std::string buffer;
  for (std::int64_t seq = firstSeq; seq <= lastSeq; ++seq) {
    domain::AuditEvent e = syntheticAuditEvent(seq);
    const Sha256Digest digest = hasher.hash(prev, e);
    const std::string hash = toHex(digest);
    buffer += std::to_string(seq);
    buffer += '\t';
    {
      using namespace std::chrono;
      const auto us = floor<microseconds>(e.time);
      const auto day = floor<days>(us);
      const year_month_day ymd{day};
      const hh_mm_ss hms{us - day};
      char text[64];
      std::snprintf(text, sizeof text, "%04d-%02u-%02u %02d:%02d:%02d.%06lld+00",
                    static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                    static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                    static_cast<int>(hms.minutes().count()),
                    static_cast<int>(hms.seconds().count()),
                    static_cast<long long>(hms.subseconds().count()));
      buffer += text;
    }
    for (const std::string* field : {&e.actorId, &e.actorUsername, &e.action, &e.objectType,
                                     &e.objectId, &e.officeId, &e.clientAddress}) {
      buffer += '\t';
      detail::appendCopyField(buffer, *field, field == &e.actorId || field == &e.officeId);
    }
    buffer += '\t';
    buffer += domain::auditOutcomeToText(e.outcome);
    buffer += '\t';
    detail::appendCopyField(buffer, e.detailsJson, false);
    buffer += '\t';
    buffer += prevHash;
    buffer += '\t';
    buffer += hash;
    buffer += '\n';
    prev = digest;
    prevHash = hash;
    if (buffer.size() > (1 << 20) || seq == lastSeq) {
      if (PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size())) != 1) {
        return detail::copyError(conn, "sending COPY data");
      }
      buffer.clear();
    }
  }
  if (PQputCopyEnd(conn, nullptr) != 1) return detail::copyError(conn, "ending COPY");
  bool failed = false;
  std::string message;
  while (PGresult* r = PQgetResult(conn)) {
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
      failed = true;
      message = PQresultErrorMessage(r);
    }
    PQclear(r);
  }
  if (failed) return Error(ErrorCode::kInternal, "COPY into audit_events: " + message);
  return prevHash;
}

}  // namespace audientia::testing
