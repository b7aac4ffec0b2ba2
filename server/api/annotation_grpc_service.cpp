#include "api/annotation_grpc_service.h"

#include "api/annotation_mapping.h"

namespace audientia::api {
namespace {

// At most maxBytes of valid UTF-8 text, cut at a character boundary.
std::string utf8Prefix(const std::string& text, std::size_t maxBytes) {
  if (text.size() <= maxBytes) return text;
  std::size_t end = maxBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// What the trail keeps of an annotation change: where it is and its revision, never its text.
void describe(CallState& call, const domain::Annotation& annotation) {
  call.object("annotation", annotation.id, annotation.officeId);
  call.audit.details = {{"hearing_id", annotation.hearingId},
                        {"recording_id", annotation.recordingId},
                        {"revision", std::to_string(annotation.revision)}};
}

}  // namespace

grpc::Status AnnotationGrpcService::AddAnnotation(grpc::ServerContext* context,
                                                  const v1::AddAnnotationRequest* request,
                                                  v1::AddAnnotationResponse* response) {
  return runCall(gate_, "/audientia.v1.AnnotationService/AddAnnotation", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("annotation", {}, {});
                   call.audit.details = {{"recording_id", request->recording_id()}};
                   AUDIENTIA_TRY(auto added, annotations_.add(call.user(), fromProto(*request)));
                   describe(call, added);
                   toProto(added, response->mutable_annotation());
                   return ok();
                 });
}

grpc::Status AnnotationGrpcService::EditAnnotation(grpc::ServerContext* context,
                                                   const v1::EditAnnotationRequest* request,
                                                   v1::EditAnnotationResponse* response) {
  return runCall(gate_, "/audientia.v1.AnnotationService/EditAnnotation", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("annotation", request->annotation_id(), {});
                   // An empty text with a new kind changes the kind alone.
                   std::optional<std::string> text, kind;
                   if (!request->kind().empty()) kind = request->kind();
                   if (!request->text().empty() || !kind) text = request->text();
                   AUDIENTIA_TRY(
                       auto edited,
                       annotations_.edit(call.user(), request->annotation_id(), std::move(text),
                                         std::move(kind), request->expected_revision()));
                   describe(call, edited);
                   toProto(edited, response->mutable_annotation());
                   return ok();
                 });
}

grpc::Status AnnotationGrpcService::DeleteAnnotation(grpc::ServerContext* context,
                                                     const v1::DeleteAnnotationRequest* request,
                                                     v1::DeleteAnnotationResponse* response) {
  return runCall(gate_, "/audientia.v1.AnnotationService/DeleteAnnotation", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("annotation", request->annotation_id(), {});
                   AUDIENTIA_TRY(auto deleted,
                                 annotations_.remove(call.user(), request->annotation_id(),
                                                     request->expected_revision()));
                   describe(call, deleted);
                   toProto(deleted, response->mutable_annotation());
                   return ok();
                 });
}

grpc::Status AnnotationGrpcService::ListAnnotations(grpc::ServerContext* context,
                                                    const v1::ListAnnotationsRequest* request,
                                                    v1::ListAnnotationsResponse* response) {
  return runCall(gate_, "/audientia.v1.AnnotationService/ListAnnotations", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("hearing", request->hearing_id(), {});
                   AUDIENTIA_TRY(auto annotations,
                                 annotations_.list(call.user(), request->hearing_id(),
                                                   request->recording_id()));
                   for (const auto& annotation : annotations)
                     toProto(annotation, response->add_annotations());
                   return ok();
                 });
}

grpc::Status AnnotationGrpcService::GetAnnotationHistory(
    grpc::ServerContext* context, const v1::GetAnnotationHistoryRequest* request,
    v1::GetAnnotationHistoryResponse* response) {
  return runCall(gate_, "/audientia.v1.AnnotationService/GetAnnotationHistory", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("annotation", request->annotation_id(), {});
                   AUDIENTIA_TRY(auto found,
                                 annotations_.history(call.user(), request->annotation_id()));
                   call.audit.officeId = found.annotation.officeId;
                   toProto(found.annotation, response->mutable_annotation());
                   for (const auto& revision : found.revisions)
                     toProto(revision, response->add_revisions());
                   return ok();
                 });
}

grpc::Status SearchGrpcService::Search(grpc::ServerContext* context,
                                       const v1::SearchRequest* request,
                                       v1::SearchResponse* response) {
  return runCall(gate_, "/audientia.v1.SearchService/Search", *context, *request,
                 [&](CallState& call) -> Status {
                   const std::string office =
                       request->office_id().empty() ? call.user().officeId : request->office_id();
                   // The trail records who searched for what, where, and how much came back:
                   // searching for a person is itself an act an auditor may need to see.
                   call.object("office", office, office);
                   call.audit.details = {{"query", utf8Prefix(request->query(), 200)}};
                   AUDIENTIA_TRY(auto page, search_.search(call.user(), request->office_id(),
                                                           fromProto(*request)));
                   call.audit.details.emplace_back("hits", std::to_string(page.hits.size()));
                   for (const auto& hit : page.hits) toProto(hit, response->add_hits());
                   response->set_next_cursor(page.nextCursor);
                   return ok();
                 });
}

}  // namespace audientia::api
