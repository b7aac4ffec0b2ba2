#pragma once

// The PostgreSQL adapter as the rest of the server sees it: a connection pool, the schema
// migrator, and the repositories of ports/repositories.h. No libpq type crosses this header.

#include <memory>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "ports/annotation_repositories.h"
#include "ports/audit_log.h"
#include "ports/ingest_repositories.h"
#include "ports/keeping_repositories.h"
#include "ports/key_locks.h"
#include "ports/repositories.h"

namespace audientia::storage::postgres {

struct PostgresOptions {
  std::string connectionString;  // libpq conninfo or postgresql:// URL
  int poolSize = 8;
  // Connections of the key locks' own pool: at most this many key locks held at once.
  int keyLockConnections = 8;
};

class PostgresStorage {
 public:
  // Connects (one connection is opened to check the URL); kUnavailable with libpq's message
  // when the server cannot be reached.
  static Expected<std::unique_ptr<PostgresStorage>> open(const PostgresOptions& options);
  ~PostgresStorage();

  // Applies pending migrations from db/migrations (compiled into the binary), in one
  // transaction under an advisory lock, and records them in schema_migrations.
  // Returns the versions applied now (empty when the schema was up to date).
  Expected<std::vector<int>> migrate();

  ports::OfficeRepository& offices();
  ports::UserRepository& users();
  ports::SessionRepository& sessions();
  ports::HearingRepository& hearings();
  ports::RecordingRepository& recordings();
  // The append-only, hash-chained audit trail (audit_log_repository.h).
  ports::AuditLog& auditLog();
  // Ingest and keeping (ports/ingest_repositories.h).
  ports::UploadRepository& uploads();
  ports::JobQueue& jobs();
  ports::FixityRepository& fixity();
  ports::AlertRepository& alerts();
  ports::RetentionRepository& retention();
  // Annotations with their revisions, and search (ports/annotation_repositories.h).
  ports::AnnotationRepository& annotations();
  ports::SearchRepository& search();
  // Media key locks shared by every instance on this database (pg_key_locks.h).
  ports::KeyLocks& keyLocks();

 private:
  struct Impl;
  explicit PostgresStorage(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace audientia::storage::postgres
