#pragma once

// Annotations with their revisions, and search. Implemented by storage/postgres; errors as in
// repositories.h.

#include <optional>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "domain/annotations.h"

namespace audientia::ports {

class AnnotationRepository {
 public:
  virtual ~AnnotationRepository() = default;
  // Inserts the annotation (on the recording's hearing and office) with its first revision.
  virtual Expected<domain::Annotation> create(const domain::NewAnnotation& annotation) = 0;
  // Deleted ones too. kNotFound.
  virtual Expected<domain::Annotation> get(const std::string& id) = 0;
  // An edit or a deletion as one new revision, in one transaction. kNotFound; kFailedPrecondition
  // when the annotation is deleted or expectedRevision is set and not the current revision.
  virtual Expected<domain::Annotation> update(const domain::AnnotationUpdate& update) = 0;
  // Not deleted, by media time; recordingId empty: every recording of the hearing.
  virtual Expected<std::vector<domain::Annotation>> listByHearing(
      const std::string& hearingId, const std::string& recordingId) = 0;
  // Oldest first.
  virtual Expected<std::vector<domain::AnnotationRevision>> history(const std::string& id) = 0;
};

class SearchRepository {
 public:
  virtual ~SearchRepository() = default;
  // The office and every office below it (active or not); empty when it does not exist.
  virtual Expected<std::vector<std::string>> officeSubtree(const std::string& officeId) = 0;
  // Ranked hits within query.officeIds; kInvalidArgument for a cursor it did not make.
  virtual Expected<domain::SearchPage> search(const domain::SearchQuery& query) = 0;
};

}  // namespace audientia::ports
