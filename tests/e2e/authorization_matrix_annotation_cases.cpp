// The authorization matrix's cases for annotations and search (issue 16).

#include "authorization_matrix_fixture.h"

namespace audientia::authz_matrix {

std::string AuthorizationMatrixTest::seedAnnotation(const OfficeObjects& o,
                                                    const std::string& authorId) {
  domain::NewAnnotation annotation;
  annotation.recordingId = o.recordingId;
  annotation.kind = "note";
  annotation.text = "seeded " + std::to_string(++counter_);
  annotation.authorId = authorId.empty() ? callers_[Role::kProsecutor].id : authorId;
  auto created = storage_->annotations().create(annotation);
  EXPECT_TRUE(created) << created.error().toString();
  return created ? created->id : std::string();
}

void AuthorizationMatrixTest::addAnnotationCases(std::map<std::string, Case>& c) {
  auto& s = stubs_;
  const std::string a = "/audientia.v1.AnnotationService/";
  c[a + "AddAnnotation"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::AddAnnotationRequest req;
    req.set_recording_id(o.recordingId);
    req.set_kind("question");
    req.set_text("Unde erați?");
    v1::AddAnnotationResponse resp;
    return unaryOutcome(s.annotations->AddAnnotation(&ctx, req, &resp), resp);
  };
  c[a + "EditAnnotation"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::EditAnnotationRequest req;
    req.set_annotation_id(seedAnnotation(o));
    req.set_text("edited " + std::to_string(++counter_));
    v1::EditAnnotationResponse resp;
    return unaryOutcome(s.annotations->EditAnnotation(&ctx, req, &resp), resp);
  };
  c[a + "DeleteAnnotation"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::DeleteAnnotationRequest req;
    req.set_annotation_id(seedAnnotation(o));
    v1::DeleteAnnotationResponse resp;
    return unaryOutcome(s.annotations->DeleteAnnotation(&ctx, req, &resp), resp);
  };
  c[a + "ListAnnotations"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::ListAnnotationsRequest req;
    req.set_hearing_id(o.hearingId);
    v1::ListAnnotationsResponse resp;
    return unaryOutcome(s.annotations->ListAnnotations(&ctx, req, &resp), resp);
  };
  c[a + "GetAnnotationHistory"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::GetAnnotationHistoryRequest req;
    req.set_annotation_id(o.annotationId);
    v1::GetAnnotationHistoryResponse resp;
    return unaryOutcome(s.annotations->GetAnnotationHistory(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.SearchService/Search"] = [&](grpc::ClientContext& ctx, Role,
                                                const OfficeObjects& o) {
    v1::SearchRequest req;
    req.set_query("seeded");
    req.set_office_id(o.officeId);
    v1::SearchResponse resp;
    Outcome out = unaryOutcome(s.search->Search(&ctx, req, &resp), resp);
    for (const auto& hit : resp.hits()) out.officesSeen.insert(hit.hearing().office_id());
    return out;
  };
}

}  // namespace audientia::authz_matrix
