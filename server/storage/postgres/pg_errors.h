#pragma once

// The one place where PostgreSQL errors become project errors.
//
//   SQLSTATE                      ErrorCode            meaning
//   ----------------------------  -------------------  ------------------------------------------
//   23505 unique_violation        kAlreadyExists       a row with that key exists
//   23001 restrict_violation      kFailedPrecondition  a trigger refused (hearing under legal hold)
//   23503 foreign_key_violation   kInvalidArgument     a reference to a missing object
//   23502 not_null_violation      kInvalidArgument     a required value is missing
//   23514 check_violation         kInvalidArgument     a value outside its allowed set or length
//   22xxx data_exception          kInvalidArgument     malformed value (bad uuid, too long, ...)
//   40001 serialization_failure   kAborted             retry the transaction
//   40P01 deadlock_detected       kAborted             retry the transaction
//   08xxx connection_exception    kUnavailable         the server cannot be reached
//   57P01 admin_shutdown          kUnavailable         the server is shutting down
//   57P02 crash_shutdown          kUnavailable
//   57P03 cannot_connect_now      kUnavailable         the server is starting up
//   (no SQLSTATE: connection lost) kUnavailable
//   anything else                 kInternal
//
// Connection failures (PQconnectdb) are kUnavailable with libpq's message.

#include <string>
#include <string_view>

#include "audientia/base/error.h"
#include "pg_handles.h"

namespace audientia::storage::postgres {

// The ErrorCode for a SQLSTATE (five characters; empty when the server sent none).
ErrorCode errorCodeForSqlState(std::string_view sqlState);

// An Error for a failed result (or a null result, meaning the connection failed), with the
// server's primary message and detail. `what` says what was attempted: "inserting office".
Error errorFromResult(const PGresult* result, const PGconn* conn, std::string_view what);

// An Error for a connection that could not be opened.
Error connectionError(const PGconn* conn);

}  // namespace audientia::storage::postgres
