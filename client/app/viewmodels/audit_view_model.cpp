#include "viewmodels/audit_view_model.h"

#include <QDateTime>
#include <QLocale>
#include <iterator>

#include "viewmodels/login_view_model.h"

namespace audientia::gui {
namespace {

bool containsText(const std::string& value, const QString& part) {
  return part.isEmpty() || QString::fromStdString(value).contains(part, Qt::CaseInsensitive);
}

}  // namespace

AuditViewModel::AuditViewModel(AuditApiService& api, QObject* parent)
    : QObject(parent), api_(api) {}

QString AuditViewModel::statusText() const {
  switch (state_) {
    case AuditState::kIdle:
      return tr("Set the filters and press Enter to read the audit trail.");
    case AuditState::kLoading:
      return tr("Loading events…");
    case AuditState::kFailed:
      return tr("The audit trail could not be read: %1").arg(error_);
    case AuditState::kDone:
      break;
  }
  const int shown = events_.rowCount();
  const int loaded = loadedCount();
  QString text;
  if (shown == 0) {
    text = tr("No event matches these filters.");
  } else if (shown == loaded) {
    text = tr("%Ln events, oldest first.", nullptr, shown);
  } else {
    text = tr("%1 of %Ln events loaded match the user and action filters.", nullptr, loaded)
               .arg(QLocale().toString(shown));
  }
  if (!nextPageToken_.empty()) text += QLatin1Char(' ') + tr("More on the server: “More events”.");
  return text;
}

QString AuditViewModel::verifyText() const {
  switch (verifyState_) {
    case VerifyState::kNotVerified:
      return {};
    case VerifyState::kVerifying:
      return tr("Verifying the chain…");
    case VerifyState::kIntact:
      return tr("The trail is intact: %Ln events checked, last event #%1, last hash %2", nullptr,
                static_cast<int>(verified_.events_checked()))
          .arg(AuditEventModel::seqText(verified_.last_seq()),
               QString::fromStdString(verified_.last_hash()));
    case VerifyState::kBroken:
      return tr("The trail is broken at event #%1: %2")
          .arg(AuditEventModel::seqText(verified_.first_broken_seq()),
               QString::fromStdString(verified_.reason()));
    case VerifyState::kFailed:
      return tr("The chain could not be verified: %1").arg(verifyError_);
  }
  return {};
}

void AuditViewModel::setUserFilter(const QString& text) {
  const QString trimmed = text.trimmed();
  if (trimmed == user_) return;
  user_ = trimmed;
  refilter();
}

void AuditViewModel::setActionFilter(const QString& text) {
  const QString trimmed = text.trimmed();
  if (trimmed == action_) return;
  action_ = trimmed;
  refilter();
}

void AuditViewModel::setObjectId(const QString& id) {
  objectId_ = id.trimmed();
}

void AuditViewModel::setDateRange(const QDate& from, const QDate& to) {
  from_ = from;
  to_ = to;
}

v1::ListAuditEventsRequest AuditViewModel::request() const {
  v1::ListAuditEventsRequest request;
  request.set_object_id(objectId_.toStdString());
  if (from_.isValid()) request.set_from_unix_ms(from_.startOfDay().toMSecsSinceEpoch());
  // The end is exclusive on the server: the day after the last one, at midnight.
  if (to_.isValid()) request.set_to_unix_ms(to_.addDays(1).startOfDay().toMSecsSinceEpoch());
  request.set_page_size(pageSize_);
  return request;
}

void AuditViewModel::apply() {
  load(false);
}

void AuditViewModel::loadMore() {
  if (canLoadMore()) load(true);
}

void AuditViewModel::load(bool more) {
  v1::ListAuditEventsRequest request = this->request();
  if (more) request.set_page_token(nextPageToken_);
  const quint64 generation = ++generation_;
  setState(AuditState::kLoading);
  api_.listAuditEvents(
      request, this, [this, generation, more](Expected<v1::ListAuditEventsResponse> response) {
        if (generation != generation_) return;  // a newer load replaced this one
        if (!response) {
          error_ = errorText(response.error());
          setState(AuditState::kFailed);
          emit errorOccurred(tr("The audit trail could not be read: %1").arg(error_));
          return;
        }
        if (!more) loaded_.clear();
        loaded_.insert(loaded_.end(), std::make_move_iterator(response->mutable_events()->begin()),
                       std::make_move_iterator(response->mutable_events()->end()));
        nextPageToken_ = response->next_page_token();
        state_ = AuditState::kDone;  // before refilter(): the status line reads it
        refilter();
        emit stateChanged(state_);
      });
}

void AuditViewModel::refilter() {
  std::vector<v1::AuditEvent> shown;
  for (const v1::AuditEvent& event : loaded_) {
    if (containsText(event.actor_username(), user_) && containsText(event.action(), action_)) {
      shown.push_back(event);
    }
  }
  events_.setEvents(std::move(shown));
  emit eventsChanged();
}

void AuditViewModel::verify() {
  if (verifyState_ == VerifyState::kVerifying) return;
  setVerifyState(VerifyState::kVerifying);
  api_.verifyAuditChain(this, [this](Expected<v1::VerifyAuditChainResponse> response) {
    if (!response) {
      verifyError_ = errorText(response.error());
      setVerifyState(VerifyState::kFailed);
      emit errorOccurred(tr("The chain could not be verified: %1").arg(verifyError_));
      return;
    }
    verified_ = std::move(response).value();
    setVerifyState(verified_.intact() ? VerifyState::kIntact : VerifyState::kBroken);
  });
}

void AuditViewModel::setState(AuditState state) {
  state_ = state;
  emit stateChanged(state);
}

void AuditViewModel::setVerifyState(VerifyState state) {
  verifyState_ = state;
  emit verifyStateChanged(state);
}

}  // namespace audientia::gui
