#pragma once

// An RAII transaction on a pooled connection.
//
// Contract:
// - begin() issues BEGIN (with the isolation level asked for) and owns the connection until
//   the transaction object is destroyed.
// - commit() issues COMMIT. Only when it succeeds is the transaction committed; after a failed
//   commit the transaction is over and the error (kAborted for serialization failures) says why.
// - The destructor rolls back unless commit() succeeded. Errors from that ROLLBACK are not
//   reported; a connection left in a bad state is closed by the pool rather than reused.
// - After any failed statement PostgreSQL aborts the transaction: further exec() calls fail
//   until the object is destroyed (rolled back).
// - Move-only; a moved-from transaction does nothing on destruction.

#include <string_view>

#include "audientia/base/expected.h"
#include "pg_pool.h"

namespace audientia::storage::postgres {

enum class IsolationLevel { kUnspecified = 0, kReadCommitted, kRepeatableRead, kSerializable };

class PgTransaction {
 public:
  static Expected<PgTransaction> begin(PooledConnection conn,
                                       IsolationLevel level = IsolationLevel::kReadCommitted);
  ~PgTransaction();
  PgTransaction(PgTransaction&& other) noexcept;
  PgTransaction& operator=(PgTransaction&&) = delete;
  PgTransaction(const PgTransaction&) = delete;
  PgTransaction& operator=(const PgTransaction&) = delete;

  Expected<PgResult> exec(std::string_view sql, const PgParams& params = {},
                          std::string_view what = "query");
  Status execScript(std::string_view sql, std::string_view what);
  Status commit();
  // The connection the transaction runs on, for helpers shared with single-statement code.
  PgConnection& connection() { return *conn_; }
  // Rolls back now (the destructor then does nothing).
  void rollback();

 private:
  explicit PgTransaction(PooledConnection conn) : conn_(std::move(conn)) {}
  PooledConnection conn_;
  bool open_ = true;
};

}  // namespace audientia::storage::postgres
