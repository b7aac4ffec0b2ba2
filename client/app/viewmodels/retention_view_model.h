#pragma once

// The Retention tab (admins): how long hearings are kept and the legal holds that keep them
// regardless (RetentionService). Loads the offices and users once to name them, then the
// policies and the holds (the released ones too when asked). Sets a policy for an office and/or
// a kind of hearing (replacing the one for the same pair), deletes one, places a hold on a
// hearing with a reason, releases one with a reason. What the form can tell before asking (a
// number of days outside 1..36500, a missing reason, a hearing id that is not one) is refused
// here with a message; the server's refusals are shown with its own text. Every change reloads.

#include <QHash>
#include <QObject>
#include <QString>
#include <utility>
#include <vector>

#include "services/admin_api_service.h"
#include "services/keeping_api_service.h"
#include "viewmodels/retention_models.h"

namespace audientia::gui {

class RetentionViewModel : public QObject {
  Q_OBJECT

 public:
  RetentionViewModel(KeepingApiService& keeping, AdminApiService& admin, QObject* parent = nullptr);

  RetentionPolicyModel* policies() { return &policies_; }
  LegalHoldModel* holds() { return &holds_; }
  // The offices a policy can name (id, name), by name.
  const std::vector<std::pair<QString, QString>>& offices() const { return officeList_; }
  bool showsReleased() const { return showReleased_; }
  bool isBusy() const { return pending_ > 0; }

  void refresh();
  void setShowReleased(bool show);
  // officeId "" : every office; kind UNSPECIFIED: every kind (not both).
  void setPolicy(const QString& officeId, v1::HearingKind kind, int days);
  void deletePolicy(const QString& policyId);
  void placeHold(const QString& hearingId, const QString& reason);
  void releaseHold(const QString& hearingId, const QString& reason);

 signals:
  void loaded();
  // A change went through; the message says which.
  void changed(const QString& message);
  void errorOccurred(const QString& message);
  void busyChanged(bool busy);

 private:
  void loadPolicies();
  void loadHolds();
  void began();
  void ended();

  KeepingApiService& keeping_;
  AdminApiService& admin_;
  RetentionPolicyModel policies_;
  LegalHoldModel holds_;
  QHash<QString, QString> officeNames_;
  QHash<QString, QString> userNames_;
  std::vector<std::pair<QString, QString>> officeList_;
  bool showReleased_ = false;
  int pending_ = 0;
};

}  // namespace audientia::gui
