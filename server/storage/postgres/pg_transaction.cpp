#include "pg_transaction.h"

namespace audientia::storage::postgres {

namespace {
const char* beginStatement(IsolationLevel level) {
  switch (level) {
    case IsolationLevel::kRepeatableRead:
      return "BEGIN ISOLATION LEVEL REPEATABLE READ";
    case IsolationLevel::kSerializable:
      return "BEGIN ISOLATION LEVEL SERIALIZABLE";
    case IsolationLevel::kUnspecified:
    case IsolationLevel::kReadCommitted:
      break;
  }
  return "BEGIN ISOLATION LEVEL READ COMMITTED";
}
}  // namespace

Expected<PgTransaction> PgTransaction::begin(PooledConnection conn, IsolationLevel level) {
  AUDIENTIA_TRY_STATUS(conn->execScript(beginStatement(level), "beginning a transaction"));
  return PgTransaction(std::move(conn));
}

PgTransaction::PgTransaction(PgTransaction&& other) noexcept
    : conn_(std::move(other.conn_)), open_(other.open_) {
  other.open_ = false;
}

PgTransaction::~PgTransaction() {
  rollback();
}

Expected<PgResult> PgTransaction::exec(std::string_view sql, const PgParams& params,
                                       std::string_view what) {
  if (!open_) return internalError(std::string(what) + ": the transaction is already finished");
  return conn_->exec(sql, params, what);
}

Status PgTransaction::execScript(std::string_view sql, std::string_view what) {
  if (!open_) return internalError(std::string(what) + ": the transaction is already finished");
  return conn_->execScript(sql, what);
}

Status PgTransaction::commit() {
  if (!open_) return internalError("committing: the transaction is already finished");
  open_ = false;
  AUDIENTIA_TRY(PgResult result, conn_->exec("COMMIT", {}, "committing"));
  // COMMIT of a transaction aborted by an earlier error answers ROLLBACK.
  if (result.commandStatus() != "COMMIT") {
    return Error(ErrorCode::kAborted, "committing: the transaction had failed and was rolled back");
  }
  return ok();
}

void PgTransaction::rollback() {
  if (!open_) return;
  open_ = false;
  (void)conn_->execScript("ROLLBACK", "rolling back");
}

}  // namespace audientia::storage::postgres
