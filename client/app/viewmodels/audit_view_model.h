#pragma once

// The Audit trail tab's state (auditors): the server's events, oldest first, page by page
// (loadMore()), filtered on the server by object id and time range and, among the events loaded,
// by user (a part of the username, as given at the time) and action (a part of it, such as
// "recording.download"); the server filters users by id only. apply() reloads from the first
// page; the user and action filters apply at once to what is loaded. verify() has the server
// recompute the hash chain and says whether the trail is intact or where it first breaks.
// Errors are also signalled (errorOccurred) with the server's text.

#include <QDate>
#include <QObject>
#include <QString>
#include <string>
#include <vector>

#include "audientia/v1/audit.pb.h"
#include "services/audit_api_service.h"
#include "viewmodels/audit_event_model.h"

namespace audientia::gui {

enum class AuditState { kIdle = 0, kLoading, kDone, kFailed };
enum class VerifyState { kNotVerified = 0, kVerifying, kIntact, kBroken, kFailed };

class AuditViewModel : public QObject {
  Q_OBJECT

 public:
  explicit AuditViewModel(AuditApiService& api, QObject* parent = nullptr);

  // The events loaded that pass the user and action filters.
  AuditEventModel* events() { return &events_; }
  AuditState state() const { return state_; }
  VerifyState verifyState() const { return verifyState_; }
  int loadedCount() const { return static_cast<int>(loaded_.size()); }
  bool canLoadMore() const { return !nextPageToken_.empty() && state_ == AuditState::kDone; }
  // The line under the table: loading, how many events are shown, an error.
  QString statusText() const;
  // The verification's result: intact (with the last event and hash) or where it breaks.
  QString verifyText() const;

  // Client-side, at once, on the events loaded.
  void setUserFilter(const QString& text);
  void setActionFilter(const QString& text);
  // Server-side: taken by the next apply().
  void setObjectId(const QString& id);
  // An invalid date: no bound. Both days are included.
  void setDateRange(const QDate& from, const QDate& to);

  // Reloads from the first page with the current filters.
  void apply();
  void loadMore();
  void verify();
  // Events per page (200 unless changed; tests page with fewer).
  void setPageSize(int size) { pageSize_ = size; }
  // The request apply() would send (for tests).
  v1::ListAuditEventsRequest request() const;

 signals:
  void stateChanged(AuditState state);
  void eventsChanged();
  void verifyStateChanged(VerifyState state);
  void errorOccurred(const QString& message);

 private:
  void load(bool more);
  void refilter();
  void setState(AuditState state);
  void setVerifyState(VerifyState state);

  AuditApiService& api_;
  AuditEventModel events_;
  std::vector<v1::AuditEvent> loaded_;
  QString user_;
  QString action_;
  QString objectId_;
  QDate from_;
  QDate to_;
  int pageSize_ = 200;
  AuditState state_ = AuditState::kIdle;
  QString error_;
  std::string nextPageToken_;
  quint64 generation_ = 0;  // bumped by every new load; older answers are dropped
  VerifyState verifyState_ = VerifyState::kNotVerified;
  v1::VerifyAuditChainResponse verified_;
  QString verifyError_;
};

}  // namespace audientia::gui
