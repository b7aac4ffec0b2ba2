#pragma once

// Move-only owners of libpq handles. Everything in storage/postgres that holds a PGconn or a
// PGresult holds it through one of these, so that every path frees it exactly once.
// Internal to the adapter: no header outside storage/postgres includes this one.

#include <libpq-fe.h>

#include <memory>

namespace audientia::storage::postgres {

struct PgConnDeleter {
  void operator()(PGconn* conn) const noexcept {
    if (conn != nullptr) PQfinish(conn);
  }
};

struct PgResultDeleter {
  void operator()(PGresult* result) const noexcept {
    if (result != nullptr) PQclear(result);
  }
};

using PgConnHandle = std::unique_ptr<PGconn, PgConnDeleter>;
using PgResultHandle = std::unique_ptr<PGresult, PgResultDeleter>;

}  // namespace audientia::storage::postgres
