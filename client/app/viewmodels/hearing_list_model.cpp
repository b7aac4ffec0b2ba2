#include "viewmodels/hearing_list_model.h"

#include <QDateTime>
#include <utility>

#include "viewmodels/formatting.h"

namespace audientia::gui {

HearingListModel::HearingListModel(QObject* parent) : QAbstractTableModel(parent) {}

void HearingListModel::setHearings(std::vector<v1::Hearing> hearings) {
  beginResetModel();
  hearings_ = std::move(hearings);
  endResetModel();
}

bool HearingListModel::updateHearing(const v1::Hearing& hearing) {
  const int row = rowOf(QString::fromStdString(hearing.id()));
  if (row < 0) return false;
  hearings_[static_cast<std::size_t>(row)] = hearing;
  emit dataChanged(index(row, 0), index(row, kColumnCount - 1));
  return true;
}

void HearingListModel::clear() {
  setHearings({});
}

const v1::Hearing* HearingListModel::hearingAt(int row) const {
  if (row < 0 || row >= rowCount()) return nullptr;
  return &hearings_[static_cast<std::size_t>(row)];
}

int HearingListModel::rowOf(const QString& hearingId) const {
  const std::string id = hearingId.toStdString();
  for (std::size_t i = 0; i < hearings_.size(); ++i) {
    if (hearings_[i].id() == id) return static_cast<int>(i);
  }
  return -1;
}

int HearingListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(hearings_.size());
}

int HearingListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant HearingListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
    return {};
  }
  const v1::Hearing& hearing = hearings_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      return displayData(hearing, index.column());
    case Qt::ToolTipRole:
      if (index.column() == kCreatedColumn) {
        return QDateTime::fromMSecsSinceEpoch(hearing.created_at_unix_ms()).toString(Qt::ISODate);
      }
      if (index.column() == kTitleColumn) return QString::fromStdString(hearing.title());
      return {};
    case Qt::TextAlignmentRole:
      if (index.column() == kRecordingsColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
      }
      return {};
    case HearingIdRole:
      return QString::fromStdString(hearing.id());
    case SortRole:
      return sortData(hearing, index.column());
    case FilterRole:
      return QString::fromStdString(hearing.case_number()) + QLatin1Char('\n') +
             QString::fromStdString(hearing.title());
    default:
      return {};
  }
}

QVariant HearingListModel::displayData(const v1::Hearing& hearing, int column) const {
  switch (column) {
    case kCaseColumn:
      return leftToRight(QString::fromStdString(hearing.case_number()));
    case kKindColumn:
      return kindName(hearing.kind());
    case kTitleColumn:
      return QString::fromStdString(hearing.title());
    case kCreatedColumn:
      return timestampText(hearing.created_at_unix_ms());
    case kRecordingsColumn:
      return hearing.recording_count();
    default:
      return {};
  }
}

QVariant HearingListModel::sortData(const v1::Hearing& hearing, int column) const {
  switch (column) {
    case kCreatedColumn:
      return qlonglong{hearing.created_at_unix_ms()};
    case kRecordingsColumn:
      return hearing.recording_count();
    default:
      return displayData(hearing, column);
  }
}

QVariant HearingListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
    return QAbstractTableModel::headerData(section, orientation, role);
  }
  switch (section) {
    case kCaseColumn:
      return tr("Case number");
    case kKindColumn:
      return tr("Kind");
    case kTitleColumn:
      return tr("Title");
    case kCreatedColumn:
      return tr("Created");
    case kRecordingsColumn:
      return tr("Recordings");
    default:
      return {};
  }
}

QHash<int, QByteArray> HearingListModel::roleNames() const {
  QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
  names.insert(HearingIdRole, "hearingId");
  names.insert(SortRole, "sortValue");
  names.insert(FilterRole, "filterText");
  return names;
}

}  // namespace audientia::gui
