#pragma once

#include <string>
#include <vector>

#include "app/identity/access_policy.h"
#include "audientia/base/expected.h"
#include "domain/annotations.h"
#include "ports/annotation_repositories.h"
#include "ports/repositories.h"

namespace audientia::app {

struct AnnotationWithHistory {
  domain::Annotation annotation;
  std::vector<domain::AnnotationRevision> revisions;
};

// Annotations on recordings: validated, scoped to the office of the recording's hearing by the
// access policy (an annotation out of scope is reported as missing), each change a revision.
class AnnotationService {
 public:
  AnnotationService(ports::OfficeRepository& offices, ports::HearingRepository& hearings,
                    ports::RecordingRepository& recordings,
                    ports::AnnotationRepository& annotations)
      : offices_(offices),
        hearings_(hearings),
        recordings_(recordings),
        annotations_(annotations) {}

  // annotation.authorId is set from the caller.
  Expected<domain::Annotation> add(const domain::User& caller, domain::NewAnnotation annotation);
  // text / kind nullopt: unchanged. expectedRevision 0: whatever the current one is.
  Expected<domain::Annotation> edit(const domain::User& caller, const std::string& id,
                                    std::optional<std::string> text,
                                    std::optional<std::string> kind, int expectedRevision);
  Expected<domain::Annotation> remove(const domain::User& caller, const std::string& id,
                                      int expectedRevision);
  Expected<std::vector<domain::Annotation>> list(const domain::User& caller,
                                                 const std::string& hearingId,
                                                 const std::string& recordingId);
  Expected<AnnotationWithHistory> history(const domain::User& caller, const std::string& id);

 private:
  // The annotation if it exists and its office lies in the caller's scope for `action`.
  Expected<domain::Annotation> find(const domain::User& caller, const std::string& id,
                                    Action action);
  Status authorizeHearing(const domain::User& caller, const std::string& hearingId, Action action,
                          const std::string& missing);

  ports::OfficeRepository& offices_;
  ports::HearingRepository& hearings_;
  ports::RecordingRepository& recordings_;
  ports::AnnotationRepository& annotations_;
};

}  // namespace audientia::app
