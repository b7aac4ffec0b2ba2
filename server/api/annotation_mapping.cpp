#include "api/annotation_mapping.h"

#include <chrono>

#include "api/proto_mapping.h"

namespace audientia::api {
namespace {

v1::AnnotationChange toProto(domain::AnnotationChange change) {
  switch (change) {
    case domain::AnnotationChange::kCreate:
      return v1::ANNOTATION_CHANGE_CREATE;
    case domain::AnnotationChange::kEdit:
      return v1::ANNOTATION_CHANGE_EDIT;
    case domain::AnnotationChange::kDelete:
      return v1::ANNOTATION_CHANGE_DELETE;
    case domain::AnnotationChange::kUnspecified:
      break;
  }
  return v1::ANNOTATION_CHANGE_UNSPECIFIED;
}

v1::SearchField toProto(domain::SearchField field) {
  switch (field) {
    case domain::SearchField::kHearing:
      return v1::SEARCH_FIELD_HEARING;
    case domain::SearchField::kCaseNumber:
      return v1::SEARCH_FIELD_CASE_NUMBER;
    case domain::SearchField::kAnnotation:
      return v1::SEARCH_FIELD_ANNOTATION;
    case domain::SearchField::kUnspecified:
      break;
  }
  return v1::SEARCH_FIELD_UNSPECIFIED;
}

domain::Timestamp fromUnixMs(std::int64_t ms) {
  return domain::Timestamp(std::chrono::milliseconds(ms));
}

}  // namespace

void toProto(const domain::Annotation& a, v1::Annotation* out) {
  out->set_id(a.id);
  out->set_recording_id(a.recordingId);
  out->set_hearing_id(a.hearingId);
  out->set_kind(a.kind);
  out->set_start_ms(a.startMs);
  out->set_end_ms(a.endMs.value_or(0));
  out->set_text(a.text);
  if (a.wallTime) out->set_wall_time_unix_ms(toUnixMs(*a.wallTime));
  out->set_from_capture(a.fromCapture);
  out->set_capture_index(a.captureIndex.value_or(0));
  out->set_revision(a.revision);
  out->set_deleted(a.deleted);
  out->set_author_id(a.authorId);
  out->set_author_username(a.authorUsername);
  out->set_created_at_unix_ms(toUnixMs(a.createdAt));
  out->set_updated_by(a.updatedBy);
  out->set_updated_by_username(a.updatedByUsername);
  out->set_updated_at_unix_ms(toUnixMs(a.updatedAt));
}

void toProto(const domain::AnnotationRevision& v, v1::AnnotationRevision* out) {
  out->set_annotation_id(v.annotationId);
  out->set_revision(v.revision);
  out->set_change(toProto(v.change));
  out->set_kind(v.kind);
  out->set_start_ms(v.startMs);
  out->set_end_ms(v.endMs.value_or(0));
  out->set_text(v.text);
  out->set_changed_by(v.changedBy);
  out->set_changed_by_username(v.changedByUsername);
  out->set_changed_at_unix_ms(toUnixMs(v.changedAt));
}

void toProto(const domain::SearchHit& hit, v1::SearchHit* out) {
  toProto(hit.hearing, out->mutable_hearing());
  out->set_field(toProto(hit.field));
  out->set_snippet(hit.snippet);
  out->set_rank(hit.rank);
  out->set_annotation_id(hit.annotationId);
  out->set_recording_id(hit.recordingId);
  out->set_at_ms(hit.atMs);
  out->set_annotation_kind(hit.annotationKind);
}

domain::NewAnnotation fromProto(const v1::AddAnnotationRequest& request) {
  domain::NewAnnotation a;
  a.recordingId = request.recording_id();
  a.startMs = request.start_ms();
  if (request.end_ms() != 0) a.endMs = request.end_ms();
  a.kind = request.kind();
  a.text = request.text();
  return a;
}

domain::HearingStatus fromProto(v1::HearingStatus status) {
  switch (status) {
    case v1::HEARING_STATUS_OPEN:
      return domain::HearingStatus::kOpen;
    case v1::HEARING_STATUS_CLOSED:
      return domain::HearingStatus::kClosed;
    default:
      break;
  }
  return domain::HearingStatus::kUnspecified;
}

domain::SearchQuery fromProto(const v1::SearchRequest& request) {
  domain::SearchQuery q;
  q.text = request.query();
  q.kind = fromProto(request.kind());
  if (request.from_unix_ms() != 0) q.from = fromUnixMs(request.from_unix_ms());
  if (request.to_unix_ms() != 0) q.to = fromUnixMs(request.to_unix_ms());
  q.prosecutorId = request.prosecutor_id();
  q.participantRole = request.participant_role();
  q.hasRecording = request.has_recording();
  q.status = fromProto(request.status());
  q.limit = request.page_size();
  q.cursor = request.cursor();
  return q;
}

}  // namespace audientia::api
