#include "viewmodels/search_view_model.h"

#include <QDateTime>

#include "viewmodels/login_view_model.h"

namespace audientia::gui {
namespace {

constexpr int kPageSize = 50;

}  // namespace

SearchViewModel::SearchViewModel(AnnotationsApiService& api, QObject* parent)
    : QObject(parent), api_(api) {
  debounce_.setSingleShot(true);
  debounce_.setInterval(300);
  connect(&debounce_, &QTimer::timeout, this, &SearchViewModel::search);
}

QString SearchViewModel::statusText() const {
  switch (state_) {
    case SearchState::kIdle:
      return tr(
          "Type a case number (or part of it), a name, a place or words from an "
          "annotation. Case and diacritics do not matter.");
    case SearchState::kSearching:
      return tr("Searching…");
    case SearchState::kFailed:
      return tr("The search failed: %1").arg(error_);
    case SearchState::kDone:
      break;
  }
  const int count = results_.rowCount();
  if (count == 0) {
    return searchedText_.isEmpty() ? tr("No hearing matches these filters.")
                                   : tr("Nothing found for “%1”.").arg(searchedText_);
  }
  return canLoadMore() ? tr("The first %Ln hits, best first; more below.", nullptr, count)
                       : tr("%Ln hits, best first.", nullptr, count);
}

void SearchViewModel::setQuery(const QString& text) {
  if (text == query_) return;
  query_ = text;
  debounce_.start();
}

void SearchViewModel::setKind(v1::HearingKind kind) {
  if (kind == kind_) return;
  kind_ = kind;
  search();
}

void SearchViewModel::setPeriod(Period period) {
  if (period == period_) return;
  period_ = period;
  search();
}

void SearchViewModel::setOnlyWithRecordings(bool only) {
  if (only == onlyWithRecordings_) return;
  onlyWithRecordings_ = only;
  search();
}

bool SearchViewModel::hasCriteria() const {
  return !query_.trimmed().isEmpty() || kind_ != v1::HEARING_KIND_UNSPECIFIED ||
         period_ != Period::kAnyTime || onlyWithRecordings_;
}

v1::SearchRequest SearchViewModel::request() const {
  v1::SearchRequest request;
  request.set_query(query_.simplified().left(500).toStdString());
  request.set_kind(kind_);
  request.set_has_recording(onlyWithRecordings_);
  request.set_page_size(kPageSize);
  if (period_ != Period::kAnyTime) {
    const QDate today = QDate::currentDate();
    const QDate from = period_ == Period::kLast7Days    ? today.addDays(-7)
                       : period_ == Period::kLast30Days ? today.addDays(-30)
                                                        : today.addYears(-1);
    request.set_from_unix_ms(from.startOfDay().toMSecsSinceEpoch());
  }
  return request;
}

void SearchViewModel::search() {
  debounce_.stop();
  if (!hasCriteria()) {
    ++generation_;  // an answer still on its way is no longer wanted
    results_.clear();
    nextCursor_.clear();
    setState(SearchState::kIdle);
    emit resultsChanged();
    return;
  }
  run(false);
}

void SearchViewModel::loadMore() {
  if (canLoadMore()) run(true);
}

void SearchViewModel::run(bool more) {
  v1::SearchRequest request = this->request();
  if (more) request.set_cursor(nextCursor_);
  const quint64 generation = ++generation_;
  const QString text = query_.simplified();
  setState(SearchState::kSearching);
  api_.search(request, this, [this, generation, more, text](Expected<v1::SearchResponse> response) {
    if (generation != generation_) return;  // a newer search replaced this one
    if (!response) {
      error_ = errorText(response.error());
      setState(SearchState::kFailed);
      return;
    }
    std::vector<v1::SearchHit> hits(std::make_move_iterator(response->mutable_hits()->begin()),
                                    std::make_move_iterator(response->mutable_hits()->end()));
    if (more) {
      results_.appendHits(std::move(hits));
    } else {
      results_.setHits(std::move(hits));
    }
    searchedText_ = text;
    nextCursor_ = response->next_cursor();
    setState(SearchState::kDone);
    emit resultsChanged();
  });
}

void SearchViewModel::setState(SearchState state) {
  state_ = state;
  emit stateChanged(state);
}

}  // namespace audientia::gui
