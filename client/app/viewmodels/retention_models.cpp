#include "viewmodels/retention_models.h"

#include "viewmodels/formatting.h"

namespace audientia::gui {

RetentionPolicyModel::RetentionPolicyModel(QObject* parent) : QAbstractTableModel(parent) {}

void RetentionPolicyModel::setPolicies(std::vector<v1::RetentionPolicy> policies,
                                       QHash<QString, QString> offices) {
  beginResetModel();
  policies_ = std::move(policies);
  offices_ = std::move(offices);
  endResetModel();
}

const v1::RetentionPolicy* RetentionPolicyModel::policyAt(int row) const {
  return row >= 0 && row < static_cast<int>(policies_.size())
             ? &policies_[static_cast<std::size_t>(row)]
             : nullptr;
}

QString RetentionPolicyModel::keepText(int days) {
  if (days % 365 == 0) {
    return tr("%n day(s)", nullptr, days) + QStringLiteral(" (") +
           tr("%n year(s)", nullptr, days / 365) + QLatin1Char(')');
  }
  return tr("%n day(s)", nullptr, days);
}

int RetentionPolicyModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(policies_.size());
}

int RetentionPolicyModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant RetentionPolicyModel::data(const QModelIndex& index, int role) const {
  const v1::RetentionPolicy* policy = policyAt(index.row());
  if (policy == nullptr) return {};
  if (role == PolicyIdRole) return QString::fromStdString(policy->id());
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case kOfficeColumn: {
      if (policy->office_id().empty()) return tr("Every office");
      const QString id = QString::fromStdString(policy->office_id());
      return offices_.value(id, id);
    }
    case kKindColumn:
      return policy->hearing_kind() == v1::HEARING_KIND_UNSPECIFIED
                 ? tr("Every kind")
                 : kindName(policy->hearing_kind());
    case kDaysColumn:
      return keepText(policy->retain_days());
    case kUpdatedColumn:
      return timestampText(policy->updated_at_unix_ms());
    default:
      return {};
  }
}

QVariant RetentionPolicyModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kOfficeColumn:
      return tr("Office");
    case kKindColumn:
      return tr("Hearings");
    case kDaysColumn:
      return tr("Kept for");
    case kUpdatedColumn:
      return tr("Set");
    default:
      return {};
  }
}

LegalHoldModel::LegalHoldModel(QObject* parent) : QAbstractTableModel(parent) {}

void LegalHoldModel::setHolds(std::vector<v1::LegalHold> holds, QHash<QString, QString> users) {
  beginResetModel();
  holds_ = std::move(holds);
  users_ = std::move(users);
  endResetModel();
}

QString LegalHoldModel::userName(const std::string& id) const {
  const QString key = QString::fromStdString(id);
  return users_.value(key, key);
}

int LegalHoldModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(holds_.size());
}

int LegalHoldModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant LegalHoldModel::data(const QModelIndex& index, int role) const {
  if (index.row() < 0 || index.row() >= rowCount()) return {};
  const v1::LegalHold& hold = holds_[static_cast<std::size_t>(index.row())];
  const bool active = hold.released_by().empty();
  if (role == HearingIdRole) return QString::fromStdString(hold.hearing_id());
  if (role == ActiveRole) return active;
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  switch (index.column()) {
    case kHearingColumn:
      return leftToRight(QString::fromStdString(hold.hearing_id()));
    case kReasonColumn:
      return QString::fromStdString(hold.reason());
    case kPlacedColumn:
      return tr("%1, %2").arg(userName(hold.placed_by()), timestampText(hold.placed_at_unix_ms()));
    case kStateColumn:
      return active
                 ? tr("Active")
                 : tr("Released by %1, %2: %3")
                       .arg(userName(hold.released_by()), timestampText(hold.released_at_unix_ms()),
                            QString::fromStdString(hold.release_reason()));
    default:
      return {};
  }
}

QVariant LegalHoldModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kHearingColumn:
      return tr("Hearing");
    case kReasonColumn:
      return tr("Why");
    case kPlacedColumn:
      return tr("Placed");
    case kStateColumn:
      return tr("State");
    default:
      return {};
  }
}

}  // namespace audientia::gui
