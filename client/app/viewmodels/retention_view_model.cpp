#include "viewmodels/retention_view_model.h"

#include <QUuid>
#include <algorithm>

#include "viewmodels/formatting.h"
#include "viewmodels/login_view_model.h"

namespace audientia::gui {

RetentionViewModel::RetentionViewModel(KeepingApiService& keeping, AdminApiService& admin,
                                       QObject* parent)
    : QObject(parent), keeping_(keeping), admin_(admin) {}

void RetentionViewModel::began() {
  if (pending_++ == 0) emit busyChanged(true);
}

void RetentionViewModel::ended() {
  if (--pending_ == 0) emit busyChanged(false);
}

void RetentionViewModel::refresh() {
  began();
  admin_.listOffices(this, [this](Expected<std::vector<v1::Office>> offices) {
    ended();
    if (!offices) {
      emit errorOccurred(errorText(offices.error()));
      return;
    }
    officeNames_.clear();
    officeList_.clear();
    for (const auto& office : *offices) {
      const QString id = QString::fromStdString(office.id());
      const QString name = QString::fromStdString(office.name());
      officeNames_.insert(id, name);
      officeList_.emplace_back(id, name);
    }
    std::sort(officeList_.begin(), officeList_.end(), [](const auto& a, const auto& b) {
      return a.second.localeAwareCompare(b.second) < 0;
    });
    loadPolicies();
  });
  began();
  admin_.listUsers(std::string(), this, [this](Expected<std::vector<v1::User>> users) {
    ended();
    if (users) {
      userNames_.clear();
      for (const auto& user : *users) {
        userNames_.insert(QString::fromStdString(user.id()),
                          QString::fromStdString(user.username()));
      }
    }
    loadHolds();  // names are a nicety: the holds load either way
  });
}

void RetentionViewModel::loadPolicies() {
  began();
  keeping_.listRetentionPolicies(this, [this](Expected<std::vector<v1::RetentionPolicy>> list) {
    ended();
    if (!list) {
      emit errorOccurred(errorText(list.error()));
      return;
    }
    policies_.setPolicies(std::move(list).value(), officeNames_);
    emit loaded();
  });
}

void RetentionViewModel::loadHolds() {
  began();
  keeping_.listLegalHolds(showReleased_, this, [this](Expected<std::vector<v1::LegalHold>> list) {
    ended();
    if (!list) {
      emit errorOccurred(errorText(list.error()));
      return;
    }
    holds_.setHolds(std::move(list).value(), userNames_);
    emit loaded();
  });
}

void RetentionViewModel::setShowReleased(bool show) {
  if (show == showReleased_) return;
  showReleased_ = show;
  loadHolds();
}

void RetentionViewModel::setPolicy(const QString& officeId, v1::HearingKind kind, int days) {
  if (officeId.isEmpty() && kind == v1::HEARING_KIND_UNSPECIFIED) {
    emit errorOccurred(
        tr("Choose an office, a kind of hearing, or both: a policy for every "
           "hearing of every office is not allowed."));
    return;
  }
  if (days < 1 || days > 36500) {
    emit errorOccurred(tr("Hearings can be kept from 1 to 36500 days (100 years)."));
    return;
  }
  v1::SetRetentionPolicyRequest request;
  request.set_office_id(officeId.toStdString());
  request.set_hearing_kind(kind);
  request.set_retain_days(days);
  began();
  keeping_.setRetentionPolicy(request, this, [this](Expected<v1::RetentionPolicy> policy) {
    ended();
    if (!policy) {
      emit errorOccurred(errorText(policy.error()));
      return;
    }
    emit changed(tr("Policy set: %1.").arg(RetentionPolicyModel::keepText(policy->retain_days())));
    loadPolicies();
  });
}

void RetentionViewModel::deletePolicy(const QString& policyId) {
  began();
  keeping_.deleteRetentionPolicy(policyId.toStdString(), this, [this](Expected<void> done) {
    ended();
    if (!done) {
      emit errorOccurred(errorText(done.error()));
      return;
    }
    emit changed(
        tr("Policy deleted: the hearings it covered fall under the next policy that "
           "matches them, or are kept for ever."));
    loadPolicies();
  });
}

void RetentionViewModel::placeHold(const QString& hearingId, const QString& reason) {
  const QString id = hearingId.trimmed();
  if (QUuid::fromString(id).isNull()) {
    emit errorOccurred(tr("“%1” is not a hearing id: paste the id the prosecutor or clerk gave "
                          "(36 characters, such as 6d0c3f1e-3c52-4f43-9d52-1f6f5d1b0a01).")
                           .arg(id));
    return;
  }
  if (reason.trimmed().isEmpty()) {
    emit errorOccurred(tr("Say why the hearing is held: the reason is kept in the audit trail."));
    return;
  }
  began();
  keeping_.placeLegalHold(id.toStdString(), reason.trimmed().toStdString(), this,
                          [this](Expected<v1::LegalHold> hold) {
                            ended();
                            if (!hold) {
                              emit errorOccurred(errorText(hold.error()));
                              return;
                            }
                            emit changed(
                                tr("Hold placed: the hearing will not be deleted until "
                                   "it is released."));
                            loadHolds();
                          });
}

void RetentionViewModel::releaseHold(const QString& hearingId, const QString& reason) {
  if (reason.trimmed().isEmpty()) {
    emit errorOccurred(tr("Say why the hold is released: the reason is kept in the audit trail."));
    return;
  }
  began();
  keeping_.releaseLegalHold(hearingId.toStdString(), reason.trimmed().toStdString(), this,
                            [this](Expected<v1::LegalHold> hold) {
                              ended();
                              if (!hold) {
                                emit errorOccurred(errorText(hold.error()));
                                return;
                              }
                              emit changed(tr("Hold released."));
                              loadHolds();
                            });
}

}  // namespace audientia::gui
