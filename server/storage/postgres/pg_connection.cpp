#include "pg_connection.h"

#include <poll.h>

#include <cstdlib>

#include "pg_errors.h"

namespace audientia::storage::postgres {

int PgResult::rows() const {
  return PQntuples(handle_.get());
}

std::int64_t PgResult::affectedRows() const {
  const char* n = PQcmdTuples(handle_.get());
  return (n == nullptr || *n == '\0') ? 0 : std::strtoll(n, nullptr, 10);
}

std::string PgResult::commandStatus() const {
  const char* tag = PQcmdStatus(handle_.get());
  return tag == nullptr ? std::string() : std::string(tag);
}

bool PgResult::isNull(int row, int column) const {
  return PQgetisnull(handle_.get(), row, column) != 0;
}

std::string PgResult::text(int row, int column) const {
  return std::string(PQgetvalue(handle_.get(), row, column),
                     static_cast<std::size_t>(PQgetlength(handle_.get(), row, column)));
}

std::optional<std::string> PgResult::optionalText(int row, int column) const {
  if (isNull(row, column)) return std::nullopt;
  return text(row, column);
}

std::int64_t PgResult::int64(int row, int column) const {
  return std::strtoll(PQgetvalue(handle_.get(), row, column), nullptr, 10);
}

bool PgResult::boolean(int row, int column) const {
  const char* v = PQgetvalue(handle_.get(), row, column);
  return v != nullptr && v[0] == 't';
}

Expected<PgConnection> PgConnection::connect(const std::string& conninfo) {
  PgConnHandle conn(PQconnectdb(conninfo.c_str()));
  if (conn == nullptr || PQstatus(conn.get()) != CONNECTION_OK) {
    return connectionError(conn.get());
  }
  // Server notices (and the FATAL a terminated idle backend sends) are not printed on stderr;
  // failures reach callers as errors instead.
  PQsetNoticeProcessor(
      conn.get(), [](void*, const char*) {}, nullptr);
  PgConnection connection(std::move(conn));
  AUDIENTIA_TRY_STATUS(connection.execScript("SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'",
                                             "configuring the session"));
  return connection;
}

Expected<PgResult> PgConnection::exec(std::string_view sql, const PgParams& params,
                                      std::string_view what) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const auto& p : params) {
    // libpq takes C strings: a NUL would silently cut the value ("prosa\0zz" as "prosa").
    if (p && p->find('\0') != std::string::npos) {
      return invalidArgument(std::string(what) + ": a text value contains a NUL byte");
    }
    values.push_back(p ? p->c_str() : nullptr);
  }
  std::string statement(sql);
  PgResultHandle result(PQexecParams(conn_.get(), statement.c_str(),
                                     static_cast<int>(values.size()), nullptr, values.data(),
                                     nullptr, nullptr, 0));
  const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    return errorFromResult(result.get(), conn_.get(), what);
  }
  return PgResult(std::move(result));
}

Status PgConnection::execScript(std::string_view sql, std::string_view what) {
  std::string script(sql);
  PgResultHandle result(PQexec(conn_.get(), script.c_str()));
  const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    return errorFromResult(result.get(), conn_.get(), what);
  }
  return ok();
}

bool PgConnection::healthy() const {
  return PQstatus(conn_.get()) == CONNECTION_OK;
}

bool PgConnection::probe() {
  // An idle connection has nothing to read unless the server said goodbye (a FATAL message
  // followed by end of file). Drain what is there; libpq marks the connection bad at EOF.
  for (int round = 0; round < 16 && healthy(); ++round) {
    pollfd fd{PQsocket(conn_.get()), POLLIN, 0};
    if (::poll(&fd, 1, 0) <= 0) break;
    if (PQconsumeInput(conn_.get()) == 0) return false;
  }
  return healthy();
}

bool PgConnection::idle() const {
  return PQtransactionStatus(conn_.get()) == PQTRANS_IDLE;
}

}  // namespace audientia::storage::postgres
