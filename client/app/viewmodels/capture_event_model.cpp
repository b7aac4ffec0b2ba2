#include "viewmodels/capture_event_model.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "viewmodels/formatting.h"

namespace audientia::gui {

CaptureEventModel::CaptureEventModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaptureEventModel::append(CaptureEventRow row) {
  const int at = static_cast<int>(rows_.size());
  beginInsertRows({}, at, at);
  rows_.push_back(std::move(row));
  endInsertRows();
}

void CaptureEventModel::clear() {
  beginResetModel();
  rows_.clear();
  endResetModel();
}

int CaptureEventModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CaptureEventModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant CaptureEventModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const auto& row = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case kTimeColumn:
          return clockText(row.mediaMs);
        case kWhatColumn:
          return row.what;
        case kDetailColumn:
          return row.detail;
        case kWallColumn:
          return wallClockText(row.wallTime);
        default:
          return {};
      }
    case Qt::ToolTipRole: {
      QString tip = row.detail.isEmpty() ? row.what : row.what + QLatin1Char('\n') + row.detail;
      if (!row.technical.isEmpty()) tip += QLatin1Char('\n') + row.technical;
      return tip;
    }
    case Qt::ForegroundRole:
      if (row.severity == EventSeverity::kError) return QBrush(QColor(0xb0, 0x00, 0x20));
      if (row.severity == EventSeverity::kWarning) return QBrush(QColor(0x9a, 0x5b, 0x00));
      return {};
    default:
      return {};
  }
}

QVariant CaptureEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kTimeColumn:
      return tr("Time");
    case kWhatColumn:
      return tr("Event");
    case kDetailColumn:
      return tr("Detail");
    case kWallColumn:
      return tr("Clock");
    default:
      return {};
  }
}

}  // namespace audientia::gui
