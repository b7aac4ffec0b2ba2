#include "migrator.h"

#include <algorithm>
#include <map>

#include "audientia/base/sha256.h"
#include "pg_transaction.h"

namespace audientia::storage::postgres {

namespace {

// Arbitrary constant shared by every Audientia server: "audi" "mig1" as ASCII.
constexpr const char* kMigrationLockKey = "6081956366279477553";

constexpr std::string_view kCreateTable = R"sql(
CREATE TABLE IF NOT EXISTS schema_migrations (
  version    integer     PRIMARY KEY CHECK (version > 0),
  name       text        NOT NULL,
  checksum   text        NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
))sql";

Status checkApplied(const std::map<int, std::string>& applied,
                    const std::vector<Migration>& migrations) {
  const int known = migrations.empty() ? 0 : migrations.back().version;
  for (const auto& [version, checksum] : applied) {
    auto it = std::find_if(migrations.begin(), migrations.end(),
                           [v = version](const Migration& m) { return m.version == v; });
    if (it == migrations.end()) {
      return Error(ErrorCode::kFailedPrecondition,
                   "the database schema has migration " + std::to_string(version) +
                       (version > known ? ", newer than this binary knows (it knows up to " +
                                              std::to_string(known) + "); use a newer server"
                                        : ", which this binary does not have"));
    }
    if (migrationChecksum(*it) != checksum) {
      return Error(ErrorCode::kFailedPrecondition,
                   "migration " + std::to_string(version) + " (" + std::string(it->name) +
                       ") was applied with checksum " + checksum +
                       " but this binary's script has " + migrationChecksum(*it) +
                       "; released migrations must never be edited");
    }
  }
  return ok();
}

}  // namespace

std::string migrationChecksum(const Migration& migration) {
  return toHex(Sha256::of(migration.sql));
}

Expected<std::vector<int>> applyMigrations(PgPool& pool, const std::vector<Migration>& migrations) {
  AUDIENTIA_TRY(auto conn, pool.acquire());
  AUDIENTIA_TRY(auto tx, PgTransaction::begin(std::move(conn)));
  AUDIENTIA_TRY_STATUS(tx.exec("SELECT pg_advisory_xact_lock($1::bigint)", {kMigrationLockKey},
                               "taking the migration lock"));
  AUDIENTIA_TRY_STATUS(tx.execScript(kCreateTable, "creating schema_migrations"));
  AUDIENTIA_TRY(auto rows, tx.exec("SELECT version, checksum FROM schema_migrations", {},
                                   "reading schema_migrations"));
  std::map<int, std::string> applied;
  for (int r = 0; r < rows.rows(); ++r) {
    applied.emplace(static_cast<int>(rows.int64(r, 0)), rows.text(r, 1));
  }
  AUDIENTIA_TRY_STATUS(checkApplied(applied, migrations));

  std::vector<int> done;
  for (const auto& m : migrations) {
    if (applied.count(m.version) != 0) continue;
    const std::string what =
        "applying migration " + std::to_string(m.version) + " (" + std::string(m.name) + ")";
    AUDIENTIA_TRY_STATUS(tx.execScript(m.sql, what));
    AUDIENTIA_TRY_STATUS(
        tx.exec("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1::int, $2, $3)",
                {std::to_string(m.version), std::string(m.name), migrationChecksum(m)}, what));
    done.push_back(m.version);
  }
  AUDIENTIA_TRY_STATUS(tx.commit());
  return done;
}

}  // namespace audientia::storage::postgres
