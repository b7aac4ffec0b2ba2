#include "viewmodels/audit_event_model.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>

#include "viewmodels/formatting.h"

namespace audientia::gui {
namespace {}  // namespace

AuditEventModel::AuditEventModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditEventModel::setEvents(std::vector<v1::AuditEvent> events) {
  beginResetModel();
  events_ = std::move(events);
  endResetModel();
}

const v1::AuditEvent* AuditEventModel::eventAt(int row) const {
  if (row < 0 || row >= static_cast<int>(events_.size())) return nullptr;
  return &events_[static_cast<std::size_t>(row)];
}

QString AuditEventModel::outcomeName(v1::AuditOutcome outcome) {
  switch (outcome) {
    case v1::AUDIT_OUTCOME_SUCCESS:
      return tr("Success");
    case v1::AUDIT_OUTCOME_DENIED:
      return tr("Denied");
    case v1::AUDIT_OUTCOME_FAILURE:
      return tr("Failure");
    default:
      return tr("Unknown");
  }
}

QString AuditEventModel::seqText(std::int64_t seq) {
  QLocale locale;
  locale.setNumberOptions(QLocale::OmitGroupSeparator);
  return locale.toString(static_cast<qlonglong>(seq));
}

int AuditEventModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(events_.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant AuditEventModel::displayData(const v1::AuditEvent& event, int column) const {
  switch (column) {
    case kSeqColumn:
      return seqText(event.seq());
    case kTimeColumn:
      return timestampText(event.time_unix_ms());
    case kUserColumn:
      return event.actor_username().empty() ? tr("(anonymous)")
                                            : QString::fromStdString(event.actor_username());
    case kActionColumn:
      return leftToRight(QString::fromStdString(event.action()));
    case kObjectColumn: {
      const QString type = QString::fromStdString(event.object_type());
      const QString id = QString::fromStdString(event.object_id());
      if (id.isEmpty()) return type;
      return type.isEmpty() ? leftToRight(id) : type + QLatin1Char(' ') + leftToRight(id);
    }
    case kOfficeColumn:
      return leftToRight(QString::fromStdString(event.office_id()));
    case kOutcomeColumn:
      return outcomeName(event.outcome());
    case kAddressColumn:
      return leftToRight(QString::fromStdString(event.client_address()));
    default:
      return {};
  }
}

QString AuditEventModel::toolTip(const v1::AuditEvent& event) const {
  const QString details = QString::fromStdString(event.details_json());
  return tr("Event #%1\nDetails: %2\nHash: %3\nPrevious hash: %4")
      .arg(seqText(event.seq()), details.isEmpty() ? tr("none") : details,
           QString::fromStdString(event.hash()), QString::fromStdString(event.prev_hash()));
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const {
  const v1::AuditEvent* event = index.isValid() ? eventAt(index.row()) : nullptr;
  if (event == nullptr) return {};
  switch (role) {
    case Qt::DisplayRole:
      return displayData(*event, index.column());
    case Qt::ToolTipRole:
      return toolTip(*event);
    case Qt::ForegroundRole:
      if (index.column() == kOutcomeColumn && event->outcome() != v1::AUDIT_OUTCOME_SUCCESS) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
      }
      return {};
    case SeqRole:
      return static_cast<qint64>(event->seq());
    case OutcomeRole:
      return static_cast<int>(event->outcome());
    default:
      return {};
  }
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kSeqColumn:
      return tr("#");
    case kTimeColumn:
      return tr("Time");
    case kUserColumn:
      return tr("User");
    case kActionColumn:
      return tr("Action");
    case kObjectColumn:
      return tr("Object");
    case kOfficeColumn:
      return tr("Office");
    case kOutcomeColumn:
      return tr("Outcome");
    case kAddressColumn:
      return tr("Client address");
    default:
      return {};
  }
}

}  // namespace audientia::gui
