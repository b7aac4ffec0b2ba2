#pragma once

// The PostgreSQL implementations of ports/annotation_repositories.h (db/migrations/0008).

#include <string>

#include "pg_pool.h"
#include "ports/annotation_repositories.h"

namespace audientia::storage::postgres {

class PgAnnotationRepository final : public ports::AnnotationRepository {
 public:
  explicit PgAnnotationRepository(PgPool& pool) : pool_(pool) {}
  Expected<domain::Annotation> create(const domain::NewAnnotation& annotation) override;
  Expected<domain::Annotation> get(const std::string& id) override;
  Expected<domain::Annotation> update(const domain::AnnotationUpdate& update) override;
  Expected<std::vector<domain::Annotation>> listByHearing(const std::string& hearingId,
                                                          const std::string& recordingId) override;
  Expected<std::vector<domain::AnnotationRevision>> history(const std::string& id) override;

 private:
  PgPool& pool_;
};

// Search over hearings and annotations: the stored tsvectors, the case-number trigram index
// and the composite (office, tsvector) GIN indexes of migration 0008.
class PgSearchRepository final : public ports::SearchRepository {
 public:
  explicit PgSearchRepository(PgPool& pool) : pool_(pool) {}
  Expected<std::vector<std::string>> officeSubtree(const std::string& officeId) override;
  Expected<domain::SearchPage> search(const domain::SearchQuery& query) override;

 private:
  PgPool& pool_;
};

// The search statement written for a query (PgSearchRepository runs it; bench_search EXPLAINs
// it): query.officeIds must be set. kInvalidArgument for a bad office id or cursor.
struct SearchStatement {
  std::string sql;
  PgParams params;
  int limit = 0;  // hits asked for (the statement reads one more, to know if more follow)
};
Expected<SearchStatement> searchStatement(const domain::SearchQuery& query);

}  // namespace audientia::storage::postgres
