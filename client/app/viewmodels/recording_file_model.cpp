#include "viewmodels/recording_file_model.h"

#include <QFontDatabase>
#include <algorithm>

#include "viewmodels/formatting.h"

namespace audientia::gui {
namespace {

int roleOrder(v1::FileRole role) {
  switch (role) {
    case v1::FILE_ROLE_MASTER:
      return 0;
    case v1::FILE_ROLE_ORIGINAL:
      return 1;
    case v1::FILE_ROLE_MANIFEST:
      return 2;
    case v1::FILE_ROLE_SEGMENT:
      return 3;
    default:
      return 4;
  }
}

}  // namespace

RecordingFileModel::RecordingFileModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecordingFileModel::setRecording(const v1::Recording& recording) {
  beginResetModel();
  files_.clear();
  thumbnails_.clear();
  for (const auto& file : recording.files()) {
    (file.role() == v1::FILE_ROLE_THUMBNAIL ? thumbnails_ : files_).push_back(file);
  }
  std::stable_sort(files_.begin(), files_.end(), [](const auto& a, const auto& b) {
    return std::pair(roleOrder(a.role()), a.sequence()) <
           std::pair(roleOrder(b.role()), b.sequence());
  });
  std::stable_sort(thumbnails_.begin(), thumbnails_.end(), [](const auto& a, const auto& b) {
    return a.media_time_ms() < b.media_time_ms();
  });
  endResetModel();
}

void RecordingFileModel::clear() {
  beginResetModel();
  files_.clear();
  thumbnails_.clear();
  endResetModel();
}

const v1::RecordingFile* RecordingFileModel::fileAt(int row) const {
  return row >= 0 && row < static_cast<int>(files_.size()) ? &files_[static_cast<std::size_t>(row)]
                                                           : nullptr;
}

QString RecordingFileModel::roleName(const v1::RecordingFile& file) {
  switch (file.role()) {
    case v1::FILE_ROLE_MASTER:
      return tr("Master (playable MP4)");
    case v1::FILE_ROLE_ORIGINAL:
      return tr("Original (as uploaded)");
    case v1::FILE_ROLE_SEGMENT:
      return tr("Segment %1").arg(file.sequence());
    case v1::FILE_ROLE_MANIFEST:
      return tr("Capture manifest (sealed)");
    case v1::FILE_ROLE_THUMBNAIL:
      return tr("Thumbnail %1").arg(file.sequence());
    case v1::FILE_ROLE_WAVEFORM:
      return tr("Waveform");
    default:
      return QString::fromStdString(file.file_name());
  }
}

int RecordingFileModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(files_.size());
}

int RecordingFileModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant RecordingFileModel::data(const QModelIndex& index, int role) const {
  const v1::RecordingFile* file = fileAt(index.row());
  if (file == nullptr) return {};
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case kWhatColumn:
        return roleName(*file);
      case kSizeColumn:
        return sizeText(file->size_bytes());
      case kMediaColumn:
        return file->role() == v1::FILE_ROLE_SEGMENT
                   ? tr("from %1, %2")
                         .arg(clockText(file->media_time_ms()), durationText(file->duration_ms()))
                   : QString();
      case kSha256Column:
        return QString::fromStdString(file->sha256());
      default:
        return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    return tr("%1: %2, %3, SHA-256 %4")
        .arg(roleName(*file), QString::fromStdString(file->file_name()),
             exactSizeText(file->size_bytes()), QString::fromStdString(file->sha256()));
  }
  if (role == Qt::FontRole && index.column() == kSha256Column) {
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
  }
  if (role == Qt::TextAlignmentRole && index.column() == kSizeColumn) {
    return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
  }
  return {};
}

QVariant RecordingFileModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kWhatColumn:
      return tr("File");
    case kSizeColumn:
      return tr("Size");
    case kMediaColumn:
      return tr("In the media");
    case kSha256Column:
      return tr("SHA-256");
    default:
      return {};
  }
}

}  // namespace audientia::gui
