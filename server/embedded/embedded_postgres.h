#pragma once

// A PostgreSQL cluster owned by one process: created (initdb) on first use under a directory,
// started with pg_ctl listening only on a Unix socket inside that directory, stopped on stop()
// or destruction. When the process runs as root, the cluster runs as the `postgres` user.
//
// Layout under dir:  data/ (PGDATA)  run/ (socket)  postgres.log
//
// Contract: start() either returns a running cluster whose connectionString() works, or an
// error that says what failed (initdb/pg_ctl output included). A cluster left running by a
// process that died is taken over, not duplicated.

#include <filesystem>
#include <memory>
#include <string>

#include "audientia/base/expected.h"

namespace audientia::embedded {

// The directory holding initdb, pg_ctl and postgres: $AUDIENTIA_PG_BINDIR when set, otherwise
// the highest version under /usr/lib/postgresql/*/bin. kFailedPrecondition when none exists.
Expected<std::filesystem::path> findPostgresBinDir();

struct EmbeddedPostgresOptions {
  std::filesystem::path dir;           // e.g. DATA_DIR/postgres
  std::string database = "audientia";  // created on first start
  bool fsync = true;                   // tests turn it off for speed
};

class EmbeddedPostgres {
 public:
  static Expected<std::unique_ptr<EmbeddedPostgres>> start(const EmbeddedPostgresOptions& options);
  ~EmbeddedPostgres();  // stops the cluster if still running
  EmbeddedPostgres(const EmbeddedPostgres&) = delete;
  EmbeddedPostgres& operator=(const EmbeddedPostgres&) = delete;

  // libpq key/value connection string: "host=DIR/run port=5432 dbname=audientia user=postgres"
  std::string connectionString() const;
  // The same for another database of the cluster.
  std::string connectionString(const std::string& database) const;
  // Fast shutdown (pg_ctl stop -m fast); idempotent.
  Status stop();
  // Whether the cluster answers on its socket now.
  bool answers() const;
  // Brings back a cluster that died under us (killed, crashed): a stale postmaster.pid is
  // removed and the cluster started again. ok() when it answers already. After stop(),
  // kFailedPrecondition. Not thread-safe with start()/stop(): one supervisor calls it.
  Status restartIfDown();

  const std::filesystem::path& dir() const { return options_.dir; }

 private:
  struct Runtime;  // binaries and identity to run them as
  EmbeddedPostgres(EmbeddedPostgresOptions options, std::shared_ptr<const Runtime> runtime);
  Status prepareDirectories();
  Status initializeIfNeeded();
  Status takeOverOrClearExisting(bool& alreadyRunning);
  Status startServer();
  Status ensureDatabase();
  std::string logTail() const;

  EmbeddedPostgresOptions options_;
  std::shared_ptr<const Runtime> runtime_;
  bool running_ = false;
};

}  // namespace audientia::embedded
