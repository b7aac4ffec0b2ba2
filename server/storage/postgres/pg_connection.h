#pragma once

// One libpq connection and the results of its queries. Values always travel as parameters
// (PQexecParams, text format); SQL text never contains values.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audientia/base/expected.h"
#include "pg_handles.h"

namespace audientia::storage::postgres {

// A query parameter in text format; nullopt is SQL NULL.
using PgParam = std::optional<std::string>;
using PgParams = std::vector<PgParam>;

// The rows of a successful query. Column access is by index, in the SELECT's order.
class PgResult {
 public:
  explicit PgResult(PgResultHandle handle) : handle_(std::move(handle)) {}

  int rows() const;
  // Rows changed by INSERT/UPDATE/DELETE.
  std::int64_t affectedRows() const;
  // The command tag: "INSERT 0 1", "COMMIT", "ROLLBACK", ...
  std::string commandStatus() const;
  bool isNull(int row, int column) const;
  std::string text(int row, int column) const;
  std::optional<std::string> optionalText(int row, int column) const;
  std::int64_t int64(int row, int column) const;
  bool boolean(int row, int column) const;

 private:
  PgResultHandle handle_;
};

class PgConnection {
 public:
  // kUnavailable with libpq's message when the server cannot be reached. The session is set
  // to UTC and ISO dates, which the timestamp conversions rely on.
  static Expected<PgConnection> connect(const std::string& conninfo);

  // One statement with parameters ($1, $2, ...). `what` names the operation for errors.
  Expected<PgResult> exec(std::string_view sql, const PgParams& params = {},
                          std::string_view what = "query");
  // Several statements without parameters (migration scripts). Never put values in `sql`.
  Status execScript(std::string_view sql, std::string_view what);

  // False once libpq has seen the connection fail; such a connection is not reused.
  bool healthy() const;
  // Reads whatever the server sent while the connection sat idle (without blocking) and says
  // whether it is still usable: a backend terminated or a server shut down is noticed here.
  bool probe();
  // True when no transaction is open.
  bool idle() const;

  PGconn* raw() const { return conn_.get(); }

 private:
  explicit PgConnection(PgConnHandle conn) : conn_(std::move(conn)) {}
  PgConnHandle conn_;
};

}  // namespace audientia::storage::postgres
