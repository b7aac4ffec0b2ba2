#pragma once

// Search and annotations, as asynchronous calls (async_call.h), for SearchViewModel and the
// hearing view's annotations.

#include <QObject>
#include <string>
#include <vector>

#include "audientia/v1/annotations.pb.h"
#include "audientia/v1/search.pb.h"
#include "services/async_call.h"

namespace audientia::gui {

class AnnotationsApiService {
 public:
  virtual ~AnnotationsApiService() = default;

  // One page of hits; the next with request.cursor = the response's next_cursor.
  virtual void search(const v1::SearchRequest& request, QObject* context,
                      Done<v1::SearchResponse> done) = 0;
  virtual void listAnnotations(const std::string& hearingId, QObject* context,
                               Done<std::vector<v1::Annotation>> done) = 0;
  virtual void addAnnotation(const v1::AddAnnotationRequest& request, QObject* context,
                             Done<v1::Annotation> done) = 0;
  virtual void editAnnotation(const v1::EditAnnotationRequest& request, QObject* context,
                              Done<v1::Annotation> done) = 0;
  virtual void deleteAnnotation(const v1::DeleteAnnotationRequest& request, QObject* context,
                                Done<v1::Annotation> done) = 0;
  virtual void annotationHistory(const std::string& annotationId, QObject* context,
                                 Done<v1::GetAnnotationHistoryResponse> done) = 0;
};

}  // namespace audientia::gui
