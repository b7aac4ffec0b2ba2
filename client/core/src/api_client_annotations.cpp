// GrpcApiClient: annotations and search.

#include "grpc_api_client.h"

namespace audientia::client::detail {

Expected<v1::Annotation> GrpcApiClient::addAnnotation(const v1::AddAnnotationRequest& request) {
  AUDIENTIA_TRY(auto response,
                unary<v1::AddAnnotationResponse>(
                    request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                      return annotations_->AddAnnotation(context, req, resp);
                    }));
  return std::move(*response.mutable_annotation());
}

Expected<v1::Annotation> GrpcApiClient::editAnnotation(const v1::EditAnnotationRequest& request) {
  AUDIENTIA_TRY(auto response,
                unary<v1::EditAnnotationResponse>(
                    request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                      return annotations_->EditAnnotation(context, req, resp);
                    }));
  return std::move(*response.mutable_annotation());
}

Expected<v1::Annotation> GrpcApiClient::deleteAnnotation(
    const v1::DeleteAnnotationRequest& request) {
  AUDIENTIA_TRY(auto response,
                unary<v1::DeleteAnnotationResponse>(
                    request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                      return annotations_->DeleteAnnotation(context, req, resp);
                    }));
  return std::move(*response.mutable_annotation());
}

Expected<std::vector<v1::Annotation>> GrpcApiClient::listAnnotations(
    const std::string& hearingId, const std::string& recordingId) {
  v1::ListAnnotationsRequest request;
  request.set_hearing_id(hearingId);
  request.set_recording_id(recordingId);
  AUDIENTIA_TRY(auto response,
                unary<v1::ListAnnotationsResponse>(
                    request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                      return annotations_->ListAnnotations(context, req, resp);
                    }));
  return std::vector<v1::Annotation>(
      std::make_move_iterator(response.mutable_annotations()->begin()),
      std::make_move_iterator(response.mutable_annotations()->end()));
}

Expected<v1::GetAnnotationHistoryResponse> GrpcApiClient::annotationHistory(
    const std::string& annotationId) {
  v1::GetAnnotationHistoryRequest request;
  request.set_annotation_id(annotationId);
  return unary<v1::GetAnnotationHistoryResponse>(
      request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
        return annotations_->GetAnnotationHistory(context, req, resp);
      });
}

Expected<v1::SearchResponse> GrpcApiClient::search(const v1::SearchRequest& request) {
  return unary<v1::SearchResponse>(request, Auth::kBearer,
                                   [this](auto* context, const auto& req, auto* resp) {
                                     return search_->Search(context, req, resp);
                                   });
}

}  // namespace audientia::client::detail
