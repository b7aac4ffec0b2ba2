#include "app/annotations/annotation_service.h"

#include "domain/annotation_rules.h"
#include "domain/rules.h"

namespace audientia::app {

Status AnnotationService::authorizeHearing(const domain::User& caller, const std::string& hearingId,
                                           Action action, const std::string& missing) {
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(action)));
  auto hearing = hearings_.get(hearingId);
  if (!hearing) {
    if (isMissing(hearing.error())) return notFound(missing);
    return hearing.error();
  }
  return authorizeObject(caller, action, hearing->officeId, offices_, missing);
}

Expected<domain::Annotation> AnnotationService::find(const domain::User& caller,
                                                     const std::string& id, Action action) {
  AUDIENTIA_TRY_STATUS(domain::validateId("annotation_id", id));
  const std::string missing = "annotation " + id + " does not exist";
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(action)));
  auto annotation = annotations_.get(id);
  if (!annotation) {
    if (isMissing(annotation.error())) return notFound(missing);
    return annotation.error();
  }
  AUDIENTIA_TRY_STATUS(authorizeObject(caller, action, annotation->officeId, offices_, missing));
  return annotation;
}

Expected<domain::Annotation> AnnotationService::add(const domain::User& caller,
                                                    domain::NewAnnotation annotation) {
  AUDIENTIA_TRY_STATUS(domain::validateId("recording_id", annotation.recordingId));
  const std::string missing = "recording " + annotation.recordingId + " does not exist";
  AUDIENTIA_TRY_STATUS(authorizeCall(caller, ruleFor(Action::kAddAnnotation)));
  auto recording = recordings_.get(annotation.recordingId);
  if (!recording) {
    if (isMissing(recording.error())) return notFound(missing);
    return recording.error();
  }
  AUDIENTIA_TRY_STATUS(
      authorizeHearing(caller, recording->hearingId, Action::kAddAnnotation, missing));
  std::optional<std::int64_t> durationMs;
  if (recording->mediaInfo && recording->mediaInfo->duration.count() > 0) {
    durationMs = recording->mediaInfo->duration.count();
  }
  AUDIENTIA_TRY_STATUS(domain::validateNewAnnotation(annotation, durationMs));
  annotation.authorId = caller.id;
  return annotations_.create(annotation);
}

Expected<domain::Annotation> AnnotationService::edit(const domain::User& caller,
                                                     const std::string& id,
                                                     std::optional<std::string> text,
                                                     std::optional<std::string> kind,
                                                     int expectedRevision) {
  AUDIENTIA_TRY(auto current, find(caller, id, Action::kEditAnnotation));
  if (!text && !kind) return invalidArgument("nothing to change: give a new text or kind");
  if (text) AUDIENTIA_TRY_STATUS(domain::validateAnnotationText(*text));
  if (kind) AUDIENTIA_TRY_STATUS(domain::validateAnnotationKind(*kind));
  if ((!text || *text == current.text) && (!kind || *kind == current.kind)) {
    return current;  // no change, no revision
  }
  domain::AnnotationUpdate update;
  update.annotationId = id;
  update.text = std::move(text);
  update.kind = std::move(kind);
  update.expectedRevision = expectedRevision;
  update.userId = caller.id;
  return annotations_.update(update);
}

Expected<domain::Annotation> AnnotationService::remove(const domain::User& caller,
                                                       const std::string& id,
                                                       int expectedRevision) {
  AUDIENTIA_TRY(auto current, find(caller, id, Action::kDeleteAnnotation));
  domain::AnnotationUpdate update;
  update.annotationId = current.id;
  update.remove = true;
  update.expectedRevision = expectedRevision;
  update.userId = caller.id;
  return annotations_.update(update);
}

Expected<std::vector<domain::Annotation>> AnnotationService::list(const domain::User& caller,
                                                                  const std::string& hearingId,
                                                                  const std::string& recordingId) {
  AUDIENTIA_TRY_STATUS(domain::validateId("hearing_id", hearingId));
  AUDIENTIA_TRY_STATUS(authorizeHearing(caller, hearingId, Action::kListAnnotations,
                                        "hearing " + hearingId + " does not exist"));
  if (!recordingId.empty()) {
    AUDIENTIA_TRY_STATUS(domain::validateId("recording_id", recordingId));
    auto recording = recordings_.get(recordingId);
    if (!recording || recording->hearingId != hearingId) {
      if (!recording && !isMissing(recording.error())) return recording.error();
      return notFound("recording " + recordingId + " is not a recording of hearing " + hearingId);
    }
  }
  return annotations_.listByHearing(hearingId, recordingId);
}

Expected<AnnotationWithHistory> AnnotationService::history(const domain::User& caller,
                                                           const std::string& id) {
  AUDIENTIA_TRY(auto current, find(caller, id, Action::kReadAnnotationHistory));
  AUDIENTIA_TRY(auto revisions, annotations_.history(id));
  return AnnotationWithHistory{std::move(current), std::move(revisions)};
}

}  // namespace audientia::app
