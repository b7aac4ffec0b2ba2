#pragma once

// ports::AuditLog on PostgreSQL: the audit_events table of db/migrations/0002_audit_events.sql.
//
// append: one READ COMMITTED transaction that takes a transaction-scoped advisory lock (a fixed
//   key shared by every Audientia server on the database), reads the last (seq, hash), takes
//   the time from the database clock (microseconds, so it round-trips exactly), computes the
//   hashes (domain/audit_chain.h) and inserts seq + 1, ... Appends from any number of
//   connections, threads or server instances therefore form one linear chain, and times never
//   decrease along it (unless the database clock is stepped back).
//   Group commit: the lock is held until COMMIT has flushed, so one transaction per event would
//   cap the rate at one WAL flush per event. Callers that arrive while a transaction is being
//   written queue up; the next caller to find no writer active becomes the writer and stores up
//   to kMaxBatch queued events in one transaction, then wakes their callers. append() returns
//   only after its own event is committed. If a batch is refused as invalid (say one event's
//   details are not JSON), its events are retried one by one so only the bad one fails.
// list: filters on object id, actor, office and time range; oldest first; keyset pagination
//   on seq behind an opaque token; page size clamped to [1, 1000] (default 100).
// verify: one REPEATABLE READ, READ ONLY transaction reading every event in seq order through
//   a server-side cursor in batches of kVerifyBatchRows (memory stays flat at any size);
//   recomputes each hash and checks the link to the previous event and that seq runs 1, 2, 3...
//   Stops at the first event that does not fit and names it. lastSeq/lastHash are those of the
//   last stored event (anchor lastHash elsewhere to detect a truncated tail).

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

#include "pg_pool.h"
#include "ports/audit_log.h"

namespace audientia::storage::postgres {

class PgAuditLog final : public ports::AuditLog {
 public:
  static constexpr int kVerifyBatchRows = 10'000;
  static constexpr std::size_t kMaxBatch = 64;

  explicit PgAuditLog(PgPool& pool) : pool_(pool) {}
  Expected<domain::AuditEvent> append(const domain::NewAuditEvent& event) override;
  Expected<domain::Page<domain::AuditEvent>> list(const domain::AuditFilter& filter,
                                                  const domain::PageRequest& page) override;
  Expected<domain::AuditVerification> verify() override;

 private:
  struct Pending;
  // Writes `batch` in one transaction and fills each result (no lock held). noexcept: an
  // exception escaping here would leave writing_ set and every later append waiting forever.
  void writeBatch(const std::vector<Pending*>& batch) noexcept;
  Status insertChained(const std::vector<Pending*>& batch);

  PgPool& pool_;
  std::mutex mutex_;
  std::condition_variable written_;
  std::deque<Pending*> queue_;  // guarded by mutex_
  bool writing_ = false;        // guarded by mutex_: a caller is writing a batch
};

}  // namespace audientia::storage::postgres
