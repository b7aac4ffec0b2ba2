#pragma once

// Annotation and search calls (AnnotationService, SearchService). One part of ApiClient
// (api_client.h says how to create one, and its threads, deadlines and errors).

#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/v1/annotations.pb.h"
#include "audientia/v1/search.pb.h"

namespace audientia::client {

class AnnotationsApi {
 public:
  virtual ~AnnotationsApi() = default;

  virtual Expected<v1::Annotation> addAnnotation(const v1::AddAnnotationRequest& request) = 0;
  virtual Expected<v1::Annotation> editAnnotation(const v1::EditAnnotationRequest& request) = 0;
  virtual Expected<v1::Annotation> deleteAnnotation(const v1::DeleteAnnotationRequest& request) = 0;
  // recordingId empty: every recording of the hearing.
  virtual Expected<std::vector<v1::Annotation>> listAnnotations(const std::string& hearingId,
                                                                const std::string& recordingId) = 0;
  virtual Expected<v1::GetAnnotationHistoryResponse> annotationHistory(
      const std::string& annotationId) = 0;
  // One page; the next with request.cursor = response.next_cursor.
  virtual Expected<v1::SearchResponse> search(const v1::SearchRequest& request) = 0;
};

}  // namespace audientia::client
