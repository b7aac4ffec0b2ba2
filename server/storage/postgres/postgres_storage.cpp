#include "postgres_storage.h"

#include "annotation_repository.h"
#include "audit_log_repository.h"
#include "migrator.h"
#include "pg_ingest_repositories.h"
#include "pg_key_locks.h"
#include "pg_pool.h"
#include "pg_repositories.h"

namespace audientia::storage::postgres {

struct PostgresStorage::Impl {
  Impl(const PostgresOptions& options)
      : pool(options.connectionString, options.poolSize),
        offices(pool),
        users(pool),
        sessions(pool),
        hearings(pool),
        recordings(pool),
        auditLog(pool),
        uploads(pool),
        jobs(pool),
        fixity(pool),
        alerts(pool),
        retention(pool),
        annotations(pool),
        search(pool),
        keyLocks(options.connectionString, options.keyLockConnections) {}

  PgPool pool;
  PgOfficeRepository offices;
  PgUserRepository users;
  PgSessionRepository sessions;
  PgHearingRepository hearings;
  PgRecordingRepository recordings;
  PgAuditLog auditLog;
  PgUploadRepository uploads;
  PgJobQueue jobs;
  PgFixityRepository fixity;
  PgAlertRepository alerts;
  PgRetentionRepository retention;
  PgAnnotationRepository annotations;
  PgSearchRepository search;
  PgKeyLocks keyLocks;
};

Expected<std::unique_ptr<PostgresStorage>> PostgresStorage::open(const PostgresOptions& options) {
  auto impl = std::make_unique<Impl>(options);
  {
    AUDIENTIA_TRY(auto conn, impl->pool.acquire());  // checks the URL and that the server answers
  }
  return std::unique_ptr<PostgresStorage>(new PostgresStorage(std::move(impl)));
}

PostgresStorage::PostgresStorage(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PostgresStorage::~PostgresStorage() = default;

Expected<std::vector<int>> PostgresStorage::migrate() {
  return applyMigrations(impl_->pool, compiledMigrations());
}

ports::OfficeRepository& PostgresStorage::offices() {
  return impl_->offices;
}
ports::UserRepository& PostgresStorage::users() {
  return impl_->users;
}
ports::SessionRepository& PostgresStorage::sessions() {
  return impl_->sessions;
}
ports::HearingRepository& PostgresStorage::hearings() {
  return impl_->hearings;
}
ports::RecordingRepository& PostgresStorage::recordings() {
  return impl_->recordings;
}
ports::AuditLog& PostgresStorage::auditLog() {
  return impl_->auditLog;
}
ports::UploadRepository& PostgresStorage::uploads() {
  return impl_->uploads;
}
ports::JobQueue& PostgresStorage::jobs() {
  return impl_->jobs;
}
ports::FixityRepository& PostgresStorage::fixity() {
  return impl_->fixity;
}
ports::AlertRepository& PostgresStorage::alerts() {
  return impl_->alerts;
}
ports::RetentionRepository& PostgresStorage::retention() {
  return impl_->retention;
}
ports::AnnotationRepository& PostgresStorage::annotations() {
  return impl_->annotations;
}
ports::SearchRepository& PostgresStorage::search() {
  return impl_->search;
}

ports::KeyLocks& PostgresStorage::keyLocks() {
  return impl_->keyLocks;
}

}  // namespace audientia::storage::postgres
