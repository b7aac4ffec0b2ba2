#include "audit_log_repository.h"

#include "domain/audit_chain.h"
#include "pg_convert.h"
#include "pg_errors.h"
#include "pg_transaction.h"

namespace audientia::storage::postgres {

namespace {

// Arbitrary constant shared by every Audientia server: "audichn1" as ASCII.
constexpr const char* kAuditLockKey = "7022629597756288561";

constexpr std::string_view kColumns =
    "SELECT seq, at, actor_id, actor_username, action, object_type, object_id, office_id, "
    "client_address, outcome, details, prev_hash, hash FROM audit_events ";

// The last event (NULLs when there is none) and the database clock.
constexpr std::string_view kHead =
    "SELECT e.seq, e.hash, clock_timestamp() FROM (VALUES (1)) AS one "
    "LEFT JOIN LATERAL (SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1) AS e "
    "ON true";

constexpr std::string_view kInsert =
    "INSERT INTO audit_events (seq, at, actor_id, actor_username, action, object_type, "
    "object_id, office_id, client_address, outcome, details, prev_hash, hash) VALUES "
    "($1::bigint, $2::timestamptz, $3::uuid, $4, $5, $6, $7, $8::uuid, $9, $10, $11, $12, $13)";
// The casts of the 13 inserted columns, for the further rows of a multi-row INSERT.
constexpr const char* kInsertTypes[13] = {
    "::bigint", "::timestamptz", "::uuid", "", "", "", "", "::uuid", "", "", "", "", ""};

constexpr std::string_view kTokenHex = "0123456789abcdef";

// Fills `e` from row `row` of a kColumns result in text format.
void eventFromRow(const PgResult& r, int row, domain::AuditEvent& e) {
  e.seq = r.int64(row, 0);
  e.time = fromPgTimestamp(r.text(row, 1));
  e.actorId = r.text(row, 2);  // NULL reads as ""
  e.actorUsername = r.text(row, 3);
  e.action = r.text(row, 4);
  e.objectType = r.text(row, 5);
  e.objectId = r.text(row, 6);
  e.officeId = r.text(row, 7);
  e.clientAddress = r.text(row, 8);
  e.outcome = domain::auditOutcomeFromText(r.text(row, 9));
  e.detailsJson = r.text(row, 10);
  e.prevHash = r.text(row, 11);
  e.hash = r.text(row, 12);
}

// Binary wire formats (binary results spare the server the text conversions).
std::int64_t bigEndian64(const std::string& bytes) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < 8 && i < bytes.size(); ++i) {
    v = (v << 8) | static_cast<unsigned char>(bytes[i]);
  }
  return static_cast<std::int64_t>(v);
}

// uuid: 16 bytes -> lower-case 8-4-4-4-12 text (what the text format would say).
void uuidFromBinary(const std::string& bytes, std::string& out) {
  out.clear();
  if (bytes.size() != 16) return;
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    const auto b = static_cast<unsigned char>(bytes[i]);
    out.push_back(kTokenHex[b >> 4]);
    out.push_back(kTokenHex[b & 0xf]);
  }
}

// timestamptz: microseconds since 2000-01-01T00:00:00Z.
constexpr std::int64_t kPgEpochMicros = 946'684'800'000'000LL;

// Fills `e` from row `row` of a kColumns result fetched in binary format.
void eventFromBinaryRow(const PgResult& r, int row, domain::AuditEvent& e) {
  e.seq = bigEndian64(r.text(row, 0));
  e.time = domain::auditTimeFromMicros(bigEndian64(r.text(row, 1)) + kPgEpochMicros);
  if (r.isNull(row, 2)) {
    e.actorId.clear();
  } else {
    uuidFromBinary(r.text(row, 2), e.actorId);
  }
  e.actorUsername = r.text(row, 3);  // text: the bytes themselves
  e.action = r.text(row, 4);
  e.objectType = r.text(row, 5);
  e.objectId = r.text(row, 6);
  if (r.isNull(row, 7)) {
    e.officeId.clear();
  } else {
    uuidFromBinary(r.text(row, 7), e.officeId);
  }
  e.clientAddress = r.text(row, 8);
  e.outcome = domain::auditOutcomeFromText(r.text(row, 9));
  e.detailsJson = r.text(row, 10);
  e.prevHash = r.text(row, 11);
  e.hash = r.text(row, 12);
}

std::string encodeSeqToken(std::int64_t seq) {
  const std::string plain = "a1:" + std::to_string(seq);
  std::string out;
  for (unsigned char c : plain) {
    out.push_back(kTokenHex[c >> 4]);
    out.push_back(kTokenHex[c & 0xf]);
  }
  return out;
}

Expected<std::int64_t> decodeSeqToken(std::string_view token) {
  const Error bad = invalidArgument("page_token is not a token this server issued");
  if (token.size() % 2 != 0 || token.size() > 64) return bad;
  std::string plain;
  for (std::size_t i = 0; i < token.size(); i += 2) {
    const auto hi = kTokenHex.find(token[i]);
    const auto lo = kTokenHex.find(token[i + 1]);
    if (hi == std::string_view::npos || lo == std::string_view::npos) return bad;
    plain.push_back(static_cast<char>(hi * 16 + lo));
  }
  if (plain.rfind("a1:", 0) != 0 || plain.size() < 4 || plain.size() > 3 + 18) return bad;
  std::int64_t seq = 0;
  for (std::size_t i = 3; i < plain.size(); ++i) {
    if (plain[i] < '0' || plain[i] > '9') return bad;
    seq = seq * 10 + (plain[i] - '0');
  }
  return seq;
}

PgParam nullIfEmpty(const std::string& s) {
  return s.empty() ? PgParam() : PgParam(s);
}

}  // namespace

struct PgAuditLog::Pending {
  domain::AuditEvent event;  // normalized; seq, time and hashes filled when written
  Expected<domain::AuditEvent> result = Error(ErrorCode::kInternal, "audit event not written");
  bool done = false;  // guarded by mutex_
};

Expected<domain::AuditEvent> PgAuditLog::append(const domain::NewAuditEvent& event) {
  Pending pending;
  AUDIENTIA_TRY(static_cast<domain::NewAuditEvent&>(pending.event),
                domain::normalizeAuditEvent(event));
  std::unique_lock lock(mutex_);
  queue_.push_back(&pending);
  while (!pending.done) {
    if (writing_) {
      written_.wait(lock);
      continue;
    }
    // No writer: this caller writes what is queued (its own event or events ahead of it).
    writing_ = true;
    std::vector<Pending*> batch;
    while (!queue_.empty() && batch.size() < kMaxBatch) {
      batch.push_back(queue_.front());
      queue_.pop_front();
    }
    lock.unlock();
    writeBatch(batch);
    lock.lock();
    for (Pending* p : batch) p->done = true;
    writing_ = false;
    written_.notify_all();
  }
  return std::move(pending.result);
}

void PgAuditLog::writeBatch(const std::vector<Pending*>& batch) noexcept {
  Status status = insertChained(batch);
  if (!status && status.error().code() == ErrorCode::kInvalidArgument && batch.size() > 1) {
    // One bad event must not take the others down with it: write them one by one.
    for (Pending* p : batch) writeBatch({p});
    return;
  }
  for (Pending* p : batch) {
    if (status) {
      p->result = p->event;
    } else {
      p->result = status.error();
    }
  }
}

Status PgAuditLog::insertChained(const std::vector<Pending*>& batch) {
  const std::string what = batch.size() == 1
                               ? "appending audit event " + batch.front()->event.action
                               : "appending " + std::to_string(batch.size()) + " audit events";
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto tx, PgTransaction::begin(std::move(conn)));
  AUDIENTIA_TRY_STATUS(tx.exec("SELECT pg_advisory_xact_lock($1::bigint)", {kAuditLockKey}, what));
  // A statement of its own, after the lock: in READ COMMITTED its snapshot sees the events the
  // previous lock holder committed.
  AUDIENTIA_TRY(auto head, tx.exec(kHead, {}, what));
  std::int64_t seq = head.isNull(0, 0) ? 0 : head.int64(0, 0);
  std::string prevHash =
      head.isNull(0, 0) ? std::string(domain::kAuditGenesisHash) : head.text(0, 1);
  // The database clock, in microseconds: stored and hashed exactly.
  const domain::Timestamp now = fromPgTimestamp(head.text(0, 2));
  domain::AuditChainHasher hasher;
  std::string sql(kInsert);
  PgParams params;
  params.reserve(batch.size() * 13);
  for (Pending* p : batch) {
    domain::AuditEvent& e = p->event;
    e.seq = ++seq;
    e.time = now;
    e.prevHash = prevHash;
    AUDIENTIA_TRY(e.hash, hasher.hashHex(e.prevHash, e));
    prevHash = e.hash;
    if (!params.empty()) {
      sql += ", (";
      for (int column = 0; column < 13; ++column) {
        sql += (column == 0 ? "$" : ", $") + std::to_string(params.size() + 1 + column) +
               kInsertTypes[column];
      }
      sql += ")";
    }
    for (auto& value :
         {PgParam(std::to_string(e.seq)), PgParam(toPgTimestamp(e.time)), nullIfEmpty(e.actorId),
          PgParam(e.actorUsername), PgParam(e.action), PgParam(e.objectType), PgParam(e.objectId),
          nullIfEmpty(e.officeId), PgParam(e.clientAddress),
          PgParam(std::string(domain::auditOutcomeToText(e.outcome))), PgParam(e.detailsJson),
          PgParam(e.prevHash), PgParam(e.hash)}) {
      params.push_back(value);
    }
  }
  AUDIENTIA_TRY_STATUS(tx.exec(sql, params, what));
  return tx.commit();
}

Expected<domain::Page<domain::AuditEvent>> PgAuditLog::list(const domain::AuditFilter& filter,
                                                            const domain::PageRequest& page) {
  const int limit = clampPageLimit(page.limit);
  domain::Page<domain::AuditEvent> out;
  // An id that is not a uuid matches no event.
  if (!filter.actorId.empty() && !isUuid(filter.actorId)) return out;
  if (!filter.officeId.empty() && !isUuid(filter.officeId)) return out;

  PgParams params{std::to_string(limit + 1)};
  std::string where;
  auto add = [&](std::string condition, std::string value) {
    params.emplace_back(std::move(value));
    const std::string placeholder = "$" + std::to_string(params.size());
    const auto at = condition.find('?');
    condition.replace(at, 1, placeholder);
    where += (where.empty() ? "WHERE " : " AND ") + condition;
  };
  if (!filter.objectId.empty()) add("object_id = ?", filter.objectId);
  if (!filter.actorId.empty()) add("actor_id = ?::uuid", filter.actorId);
  if (!filter.officeId.empty()) add("office_id = ?::uuid", filter.officeId);
  if (filter.from) add("at >= ?::timestamptz", toPgTimestamp(*filter.from));
  if (filter.to) add("at < ?::timestamptz", toPgTimestamp(*filter.to));
  if (!page.pageToken.empty()) {
    AUDIENTIA_TRY(auto after, decodeSeqToken(page.pageToken));
    add("seq > ?::bigint", std::to_string(after));
  }
  const std::string sql = std::string(kColumns) + where + " ORDER BY seq LIMIT $1::int";

  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(sql, params, "listing audit events"));
  const int n = r.rows() < limit ? r.rows() : limit;
  out.items.resize(static_cast<std::size_t>(n));
  for (int row = 0; row < n; ++row) eventFromRow(r, row, out.items[static_cast<std::size_t>(row)]);
  if (r.rows() > limit) out.nextPageToken = encodeSeqToken(out.items.back().seq);
  return out;
}

Expected<domain::AuditVerification> PgAuditLog::verify() {
  const std::string what = "verifying the audit trail";
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  // One snapshot for the whole walk: events appended meanwhile are simply not part of it.
  // (Driven by hand rather than through PgTransaction: the batches are fetched in binary
  // format, which needs the raw connection.)
  AUDIENTIA_TRY_STATUS(conn->exec("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", {}, what));
  struct EndTransaction {
    PgConnection& connection;
    ~EndTransaction() { (void)connection.exec("ROLLBACK", {}, "ending audit verification"); }
  } endTransaction{*conn};
  AUDIENTIA_TRY_STATUS(conn->exec(
      "DECLARE audit_verify NO SCROLL CURSOR FOR " + std::string(kColumns) + "ORDER BY seq", {},
      what));
  const std::string fetchSql =
      "FETCH FORWARD " + std::to_string(kVerifyBatchRows) + " FROM audit_verify";
  // Binary results spare the server the text conversions (timestamps above all).
  auto fetch = [&]() -> Expected<PgResult> {
    PgResultHandle result(PQexecParams(conn->raw(), fetchSql.c_str(), 0, nullptr, nullptr, nullptr,
                                       nullptr, /*resultFormat=*/1));
    if (!result || PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
      return errorFromResult(result.get(), conn->raw(), what);
    }
    return PgResult(std::move(result));
  };

  domain::AuditVerification v;
  v.lastHash = std::string(domain::kAuditGenesisHash);
  domain::AuditChainHasher hasher;
  domain::AuditEvent e;
  Sha256Digest prev{};  // the verified hash of the previous event; zeros before seq 1
  auto fail = [&](std::int64_t seq, std::string reason) {
    v.intact = false;
    v.firstBrokenSeq = seq;
    v.reason = std::move(reason);
  };

  while (v.intact) {
    AUDIENTIA_TRY(auto r, fetch());
    if (r.rows() == 0) break;
    for (int row = 0; row < r.rows(); ++row) {
      eventFromBinaryRow(r, row, e);
      ++v.eventsChecked;
      const std::int64_t expected = v.lastSeq + 1;
      if (e.seq != expected) {
        fail(expected, v.lastSeq == 0
                           ? "seq 1 missing: the trail starts at seq " + std::to_string(e.seq)
                           : "seq " + std::to_string(expected) + " missing: after " +
                                 std::to_string(v.lastSeq) + " comes " + std::to_string(e.seq));
        break;
      }
      const bool linked =
          v.lastSeq == 0 ? e.prevHash == domain::kAuditGenesisHash : e.prevHash == v.lastHash;
      if (!linked) {
        fail(e.seq, v.lastSeq == 0
                        ? "seq 1: prev_hash is not the genesis value (64 zeros)"
                        : "seq " + std::to_string(e.seq) +
                              ": prev_hash does not match the hash of seq " +
                              std::to_string(v.lastSeq) +
                              " (an event was changed, inserted, removed or moved here)");
        break;
      }
      const Sha256Digest digest = hasher.hash(prev, e);
      if (!domain::digestEqualsHex(digest, e.hash)) {
        fail(e.seq, "seq " + std::to_string(e.seq) + ": hash does not match its content");
        break;
      }
      prev = digest;
      v.lastSeq = e.seq;
      v.lastHash = e.hash;
    }
  }
  if (!v.intact) {
    // Report where the stored trail really ends, for the anchor comparison.
    AUDIENTIA_TRY(
        auto last,
        conn->exec("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1", {}, what));
    if (last.rows() == 1) {
      v.lastSeq = last.int64(0, 0);
      v.lastHash = last.text(0, 1);
    }
  }
  return v;
}

}  // namespace audientia::storage::postgres
