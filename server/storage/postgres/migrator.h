#pragma once

// Forward-only schema migrations.
//
// Each migration is a numbered SQL script (db/migrations/NNNN_name.sql, compiled into the
// binary). applyMigrations() runs in ONE transaction holding a transaction-scoped advisory
// lock, so several servers starting together apply each migration exactly once:
//   1. lock; create schema_migrations if missing;
//   2. refuse (kFailedPrecondition) when the database has a version this binary does not know
//      (a newer binary migrated it) or an applied migration's checksum differs from the
//      compiled script (someone edited a released migration);
//   3. run the pending scripts in version order, recording version, name, SHA-256, time;
//   4. commit (any failure rolls everything back).

#include <string>
#include <string_view>
#include <vector>

#include "audientia/base/expected.h"
#include "pg_pool.h"

namespace audientia::storage::postgres {

struct Migration {
  int version = 0;
  std::string_view name;
  std::string_view sql;
};

// The migrations compiled in from db/migrations, ordered by version.
const std::vector<Migration>& compiledMigrations();

// SHA-256 of the script, lower-case hex: what schema_migrations.checksum holds.
std::string migrationChecksum(const Migration& migration);

// Returns the versions applied by this call (empty when up to date).
Expected<std::vector<int>> applyMigrations(PgPool& pool, const std::vector<Migration>& migrations);

}  // namespace audientia::storage::postgres
