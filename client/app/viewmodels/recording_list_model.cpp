#include "viewmodels/recording_list_model.h"

#include <QColor>
#include <QFontDatabase>
#include <utility>

#include "viewmodels/formatting.h"

namespace audientia::gui {
namespace {

bool hasMediaError(const v1::Recording& recording) {
  return !recording.media_error().empty();
}

std::int64_t durationMs(const v1::Recording& recording) {
  return recording.has_media_info() ? recording.media_info().duration_ms() : 0;
}

}  // namespace

RecordingListModel::RecordingListModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecordingListModel::setRecordings(std::vector<v1::Recording> recordings) {
  beginResetModel();
  recordings_ = std::move(recordings);
  endResetModel();
}

void RecordingListModel::clear() {
  setRecordings({});
}

const v1::Recording* RecordingListModel::recordingAt(int row) const {
  if (row < 0 || row >= rowCount()) return nullptr;
  return &recordings_[static_cast<std::size_t>(row)];
}

int RecordingListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(recordings_.size());
}

int RecordingListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant RecordingListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
    return {};
  }
  const v1::Recording& recording = recordings_[static_cast<std::size_t>(index.row())];
  const int column = index.column();
  switch (role) {
    case Qt::DisplayRole:
      return displayData(recording, column);
    case Qt::ToolTipRole:
      return toolTip(recording, column);
    case Qt::ForegroundRole:
      if (column == kVideoColumn && hasMediaError(recording)) return QColor(Qt::red).darker(120);
      return {};
    case Qt::FontRole:
      if (column == kSha256Column) return QFontDatabase::systemFont(QFontDatabase::FixedFont);
      return {};
    case Qt::TextAlignmentRole:
      if (column == kDurationColumn || column == kSizeColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
      }
      return {};
    case RecordingIdRole:
      return QString::fromStdString(recording.id());
    case Sha256Role:
      return QString::fromStdString(recording.sha256());
    case MediaErrorRole:
      return QString::fromStdString(recording.media_error());
    case SortRole:
      if (column == kDurationColumn) return qlonglong{durationMs(recording)};
      if (column == kSizeColumn) return qlonglong{recording.size_bytes()};
      return displayData(recording, column);
    default:
      return {};
  }
}

QVariant RecordingListModel::displayData(const v1::Recording& recording, int column) const {
  switch (column) {
    case kFileColumn:
      return QString::fromStdString(recording.file_name());
    case kDurationColumn:
      return durationText(durationMs(recording));
    case kSizeColumn:
      return sizeText(recording.size_bytes());
    case kVideoColumn:
      if (hasMediaError(recording)) {
        return tr("Not playable: %1").arg(QString::fromStdString(recording.media_error()));
      }
      return recording.has_media_info() ? videoSummary(recording.media_info()) : QString();
    case kAudioColumn:
      return recording.has_media_info() ? audioSummary(recording.media_info()) : QString();
    case kSha256Column:
      return QString::fromStdString(recording.sha256());
    default:
      return {};
  }
}

QVariant RecordingListModel::toolTip(const v1::Recording& recording, int column) const {
  switch (column) {
    case kSizeColumn:
      return exactSizeText(recording.size_bytes());
    case kVideoColumn:
    case kAudioColumn:
      if (hasMediaError(recording)) return QString::fromStdString(recording.media_error());
      return displayData(recording, column);
    case kSha256Column:
      return QString::fromStdString(recording.sha256());
    case kFileColumn:
      return tr("Uploaded %1").arg(timestampText(recording.created_at_unix_ms()));
    default:
      return {};
  }
}

QVariant RecordingListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
    return QAbstractTableModel::headerData(section, orientation, role);
  }
  switch (section) {
    case kFileColumn:
      return tr("File");
    case kDurationColumn:
      return tr("Duration");
    case kSizeColumn:
      return tr("Size");
    case kVideoColumn:
      return tr("Video");
    case kAudioColumn:
      return tr("Audio");
    case kSha256Column:
      return tr("SHA-256");
    default:
      return {};
  }
}

}  // namespace audientia::gui
