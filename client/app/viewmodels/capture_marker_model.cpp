#include "viewmodels/capture_marker_model.h"

#include <QLocale>

#include "viewmodels/formatting.h"

namespace audientia::gui {

CaptureMarkerModel::CaptureMarkerModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaptureMarkerModel::append(CaptureMarkerRow row) {
  const int at = static_cast<int>(rows_.size());
  beginInsertRows({}, at, at);
  rows_.push_back(std::move(row));
  endInsertRows();
}

void CaptureMarkerModel::clear() {
  beginResetModel();
  rows_.clear();
  editable_ = true;
  endResetModel();
}

void CaptureMarkerModel::setEditable(bool editable) {
  if (editable_ == editable) return;
  editable_ = editable;
  if (!rows_.empty()) {
    emit dataChanged(index(0, kTextColumn), index(rowCount() - 1, kTextColumn));
  }
}

void CaptureMarkerModel::setText(int markerIndex, const QString& text) {
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    if (rows_[i].index != markerIndex) continue;
    rows_[i].text = text;
    const QModelIndex changed = index(static_cast<int>(i), kTextColumn);
    emit dataChanged(changed, changed);
  }
}

int CaptureMarkerModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CaptureMarkerModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant CaptureMarkerModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const auto& row = rows_[static_cast<std::size_t>(index.row())];
  if (role == Qt::DisplayRole || role == Qt::EditRole) {
    switch (index.column()) {
      case kTimeColumn:
        return clockText(row.mediaMs);
      case kKindColumn:
        return row.label;
      case kTextColumn:
        return row.text;
      case kWallColumn:
        return wallClockText(row.wallTime);
      default:
        return {};
    }
  }
  if (role == Qt::ToolTipRole && index.column() == kTextColumn && editable_) {
    return tr(
        "Double-click or press F2 on the text to correct it (until the recording is "
        "sealed)");
  }
  return {};
}

bool CaptureMarkerModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (role != Qt::EditRole || index.column() != kTextColumn || !editable_ ||
      index.row() >= rowCount()) {
    return false;
  }
  const auto& row = rows_[static_cast<std::size_t>(index.row())];
  const QString text = value.toString().trimmed();
  if (text == row.text) return false;
  emit textEdited(row.index, text);
  return true;
}

Qt::ItemFlags CaptureMarkerModel::flags(const QModelIndex& index) const {
  Qt::ItemFlags flags = QAbstractTableModel::flags(index);
  if (editable_ && index.column() == kTextColumn) flags |= Qt::ItemIsEditable;
  return flags;
}

QVariant CaptureMarkerModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kTimeColumn:
      return tr("Time");
    case kKindColumn:
      return tr("Marker");
    case kTextColumn:
      return tr("Text");
    case kWallColumn:
      return tr("Clock");
    default:
      return {};
  }
}

}  // namespace audientia::gui
