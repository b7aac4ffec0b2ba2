#pragma once

// The Search tab's state: one query box over the hearings the user may read (case number, any
// part of it, title, participants' names, location, annotation text; the server ignores case and
// diacritics), with filters (hearing kind, period, only hearings with recordings). Typing
// searches after a short pause (or at once with search()); each answer replaces the previous one
// unless a newer search was started (answers to older searches are dropped). More hits come
// page by page (loadMore()). Errors keep the hits shown and say what happened.

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>

#include "audientia/v1/search.pb.h"
#include "services/annotations_api_service.h"
#include "viewmodels/search_result_model.h"

namespace audientia::gui {

enum class SearchState { kIdle = 0, kSearching, kDone, kFailed };

class SearchViewModel : public QObject {
  Q_OBJECT

 public:
  enum class Period { kAnyTime = 0, kLast7Days, kLast30Days, kLast12Months };

  explicit SearchViewModel(AnnotationsApiService& api, QObject* parent = nullptr);

  SearchResultModel* results() { return &results_; }
  SearchState state() const { return state_; }
  // What the line under the box says: a hint, "Searching…", "%n hits", nothing found, an error.
  QString statusText() const;
  bool canLoadMore() const { return !nextCursor_.empty() && state_ == SearchState::kDone; }
  const QString& query() const { return query_; }

  // Typing: searches once the text has not changed for the debounce interval.
  void setQuery(const QString& text);
  void setKind(v1::HearingKind kind);
  void setPeriod(Period period);
  void setOnlyWithRecordings(bool only);
  // Searches now with the current text and filters (Enter).
  void search();
  void loadMore();
  void setDebounceMs(int ms) { debounce_.setInterval(ms); }
  // The request search() would send (for tests and for the status line's wording).
  v1::SearchRequest request() const;

 signals:
  void stateChanged(SearchState state);
  void resultsChanged();

 private:
  bool hasCriteria() const;
  void run(bool more);
  void setState(SearchState state);

  AnnotationsApiService& api_;
  SearchResultModel results_;
  QTimer debounce_;
  QString query_;
  v1::HearingKind kind_ = v1::HEARING_KIND_UNSPECIFIED;
  Period period_ = Period::kAnyTime;
  bool onlyWithRecordings_ = false;
  SearchState state_ = SearchState::kIdle;
  QString error_;
  QString searchedText_;  // the text of the hits shown
  std::string nextCursor_;
  quint64 generation_ = 0;  // bumped by every new search; older answers are dropped
};

}  // namespace audientia::gui
