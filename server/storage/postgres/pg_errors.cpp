#include "pg_errors.h"

#include <array>

namespace audientia::storage::postgres {

namespace {

struct SqlStateRule {
  std::string_view prefix;  // a full SQLSTATE or a two-character class
  ErrorCode code;
};

// Keep in sync with the table at the top of pg_errors.h. Exact states come before classes.
constexpr std::array<SqlStateRule, 12> kRules{{
    {"23505", ErrorCode::kAlreadyExists},
    {"23001", ErrorCode::kFailedPrecondition},
    {"23503", ErrorCode::kInvalidArgument},
    {"23502", ErrorCode::kInvalidArgument},
    {"23514", ErrorCode::kInvalidArgument},
    {"40001", ErrorCode::kAborted},
    {"40P01", ErrorCode::kAborted},
    {"57P01", ErrorCode::kUnavailable},
    {"57P02", ErrorCode::kUnavailable},
    {"57P03", ErrorCode::kUnavailable},
    {"22", ErrorCode::kInvalidArgument},
    {"08", ErrorCode::kUnavailable},
}};

std::string trimmed(const char* text) {
  std::string s = text == nullptr ? std::string() : std::string(text);
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

ErrorCode errorCodeForSqlState(std::string_view sqlState) {
  if (sqlState.empty()) return ErrorCode::kUnavailable;
  for (const auto& rule : kRules) {
    if (sqlState.substr(0, rule.prefix.size()) == rule.prefix) return rule.code;
  }
  return ErrorCode::kInternal;
}

Error errorFromResult(const PGresult* result, const PGconn* conn, std::string_view what) {
  std::string prefix = std::string(what) + ": ";
  if (result == nullptr) {
    return {ErrorCode::kUnavailable, prefix + trimmed(PQerrorMessage(conn))};
  }
  const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
  std::string message = trimmed(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
  if (message.empty()) message = trimmed(PQresultErrorMessage(result));
  if (message.empty()) message = trimmed(PQerrorMessage(conn));
  std::string detail = trimmed(PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL));
  if (!detail.empty()) message += " (" + detail + ")";
  if (state != nullptr) message += " [SQLSTATE " + std::string(state) + "]";
  return {errorCodeForSqlState(state == nullptr ? std::string_view() : std::string_view(state)),
          prefix + message};
}

Error connectionError(const PGconn* conn) {
  std::string message =
      conn == nullptr ? std::string("out of memory") : trimmed(PQerrorMessage(conn));
  return {ErrorCode::kUnavailable, "connecting to PostgreSQL: " + message};
}

}  // namespace audientia::storage::postgres
