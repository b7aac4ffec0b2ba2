#pragma once

#include "api/call_support.h"
#include "app/annotations/annotation_service.h"
#include "app/search/search_service.h"
#include "audientia/v1/annotations.grpc.pb.h"
#include "audientia/v1/search.grpc.pb.h"

namespace audientia::api {

class AnnotationGrpcService final : public v1::AnnotationService::Service {
 public:
  AnnotationGrpcService(CallGate& gate, app::AnnotationService& annotations)
      : gate_(gate), annotations_(annotations) {}

  grpc::Status AddAnnotation(grpc::ServerContext* context, const v1::AddAnnotationRequest* request,
                             v1::AddAnnotationResponse* response) override;
  grpc::Status EditAnnotation(grpc::ServerContext* context,
                              const v1::EditAnnotationRequest* request,
                              v1::EditAnnotationResponse* response) override;
  grpc::Status DeleteAnnotation(grpc::ServerContext* context,
                                const v1::DeleteAnnotationRequest* request,
                                v1::DeleteAnnotationResponse* response) override;
  grpc::Status ListAnnotations(grpc::ServerContext* context,
                               const v1::ListAnnotationsRequest* request,
                               v1::ListAnnotationsResponse* response) override;
  grpc::Status GetAnnotationHistory(grpc::ServerContext* context,
                                    const v1::GetAnnotationHistoryRequest* request,
                                    v1::GetAnnotationHistoryResponse* response) override;

 private:
  CallGate& gate_;
  app::AnnotationService& annotations_;
};

class SearchGrpcService final : public v1::SearchService::Service {
 public:
  SearchGrpcService(CallGate& gate, app::SearchService& search) : gate_(gate), search_(search) {}

  grpc::Status Search(grpc::ServerContext* context, const v1::SearchRequest* request,
                      v1::SearchResponse* response) override;

 private:
  CallGate& gate_;
  app::SearchService& search_;
};

}  // namespace audientia::api
