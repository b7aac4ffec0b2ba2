#pragma once

// protobuf <-> domain for annotations and search (annotations.proto, search.proto).

#include "audientia/v1/annotations.pb.h"
#include "audientia/v1/search.pb.h"
#include "domain/annotations.h"

namespace audientia::api {

void toProto(const domain::Annotation& annotation, v1::Annotation* out);
void toProto(const domain::AnnotationRevision& revision, v1::AnnotationRevision* out);
void toProto(const domain::SearchHit& hit, v1::SearchHit* out);
domain::NewAnnotation fromProto(const v1::AddAnnotationRequest& request);
// The filters and paging of a search (office scope is resolved by the use case).
domain::SearchQuery fromProto(const v1::SearchRequest& request);
domain::HearingStatus fromProto(v1::HearingStatus status);

}  // namespace audientia::api
