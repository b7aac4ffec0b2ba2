#include "viewmodels/upload_queue_model.h"

#include <QColor>
#include <QLocale>
#include <algorithm>
#include <utility>

namespace audientia::gui {
namespace {

using client::UploadItemKind;
using client::UploadItemState;
using client::UploadPhase;

constexpr double kMiB = 1024.0 * 1024.0;

QString mib(std::uint64_t bytes) {
  return QLocale().toString(static_cast<double>(bytes) / kMiB, 'f', 1);
}

int percent(std::uint64_t part, std::uint64_t whole) {
  if (whole == 0) return 0;
  return static_cast<int>(std::min<std::uint64_t>(100, part * 100 / whole));
}

QString phaseText(const client::UploadProgress& progress) {
  switch (progress.phase) {
    case UploadPhase::kHashing:
      return UploadQueueModel::tr("Hashing %L1%")
          .arg(percent(progress.hashedBytes, progress.hashTotalBytes));
    case UploadPhase::kResuming:
      return UploadQueueModel::tr("Resuming");
    case UploadPhase::kSending:
      return UploadQueueModel::tr("Uploading");
    case UploadPhase::kRetrying:
      return UploadQueueModel::tr("Retrying");
    case UploadPhase::kWaiting:
      return UploadQueueModel::tr("Waiting for the recorder");
    case UploadPhase::kCompleting:
      return UploadQueueModel::tr("Verifying");
    case UploadPhase::kDone:
      return UploadQueueModel::tr("Done");
    default:
      return UploadQueueModel::tr("Starting");
  }
}

}  // namespace

QString uploadErrorText(const QString& error, const std::filesystem::path& path) {
  if (path.empty()) return error;
  QString text = error;
  return text.replace(QString::fromStdString(path.string()),
                      QString::fromStdString(path.filename().string()));
}

UploadQueueModel::UploadQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void UploadQueueModel::setEntries(std::vector<client::UploadJournalEntry> entries) {
  std::vector<Row> rows;
  rows.reserve(entries.size());
  for (auto& entry : entries) {
    Row row;
    row.key = QString::fromStdString(entry.key);
    row.entry = std::move(entry);
    if (const int old = rowOf(row.key); old >= 0) {
      const Row& previous = rows_[static_cast<std::size_t>(old)];
      // Live progress belongs to an item still under way; a finished item shows its journal.
      if (!row.entry.finished()) row.live = previous.live;
      row.error = previous.error;
    }
    rows.push_back(std::move(row));
  }
  const bool sameKeys = std::equal(rows.begin(), rows.end(), rows_.begin(), rows_.end(),
                                   [](const Row& a, const Row& b) { return a.key == b.key; });
  if (sameKeys) {
    rows_ = std::move(rows);
    if (!rows_.empty()) {
      emit dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1));
    }
    return;
  }
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
}

void UploadQueueModel::clear() {
  beginResetModel();
  rows_.clear();
  running_.clear();
  endResetModel();
}

void UploadQueueModel::setRunning(const QString& key) {
  if (key == running_) return;
  const int before = rowOf(running_);
  running_ = key;
  if (const int now = rowOf(key); now >= 0) {
    Row& row = rows_[static_cast<std::size_t>(now)];
    row.error.clear();
    row.live.reset();
    rowChanged(now);
  }
  if (before >= 0) rowChanged(before);
}

void UploadQueueModel::applyProgress(const client::UploadProgress& progress) {
  const int row = rowOf(QString::fromStdString(progress.itemKey));
  if (row < 0) return;
  rows_[static_cast<std::size_t>(row)].live = progress;
  rowChanged(row);
}

void UploadQueueModel::setStopped(const QString& key, const QString& error) {
  const int row = rowOf(key);
  if (row < 0) return;
  rows_[static_cast<std::size_t>(row)].error = error;
  rowChanged(row);
}

void UploadQueueModel::setPaused(bool paused) {
  if (paused_ == paused) return;
  paused_ = paused;
  if (!rows_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1));
}

void UploadQueueModel::setHearingNames(QHash<QString, QString> names) {
  hearingNames_ = std::move(names);
  if (!rows_.empty()) {
    emit dataChanged(index(0, kHearingColumn), index(rowCount() - 1, kHearingColumn));
  }
  emit hearingNamesChanged();
}

const client::UploadJournalEntry* UploadQueueModel::entryAt(int row) const {
  if (row < 0 || row >= rowCount()) return nullptr;
  return &rows_[static_cast<std::size_t>(row)].entry;
}

int UploadQueueModel::rowOf(const QString& key) const {
  if (key.isEmpty()) return -1;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    if (rows_[i].key == key) return static_cast<int>(i);
  }
  return -1;
}

int UploadQueueModel::pendingCount() const {
  return static_cast<int>(std::count_if(rows_.begin(), rows_.end(), [](const Row& row) {
    return row.entry.state == UploadItemState::kPending;
  }));
}

int UploadQueueModel::doneCount() const {
  return static_cast<int>(std::count_if(rows_.begin(), rows_.end(), [](const Row& row) {
    return row.entry.state == UploadItemState::kDone;
  }));
}

int UploadQueueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int UploadQueueModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant UploadQueueModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
    return {};
  }
  const Row& row = rows_[static_cast<std::size_t>(index.row())];
  const UploadItemState state = row.entry.state;
  switch (role) {
    case Qt::DisplayRole:
      return displayData(row, index.column());
    case Qt::ToolTipRole:
      if (index.column() == kFileColumn) {
        return QString::fromStdString(row.entry.path.string());
      }
      if (index.column() == kErrorColumn || index.column() == kStateColumn) {
        const QString error = errorOf(row);
        return error.isEmpty() ? QVariant() : QVariant(error);
      }
      return {};
    case Qt::ForegroundRole:
      if ((index.column() == kErrorColumn || index.column() == kStateColumn) &&
          (state == UploadItemState::kFailed || !row.error.isEmpty())) {
        return QColor(Qt::red).darker(120);
      }
      return {};
    case Qt::TextAlignmentRole:
      if (index.column() == kSizeColumn || index.column() == kRateColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
      }
      return {};
    case KeyRole:
      return row.key;
    case HearingIdRole:
      return QString::fromStdString(row.entry.hearingId);
    case ProgressRole:
      return percentDone(row);
    case ActiveRole:
      return isRunning(row);
    case CanAbortRole:
      return state == UploadItemState::kPending;
    case CanRetryRole:
      return !isRunning(row) && (state == UploadItemState::kFailed ||
                                 (state == UploadItemState::kPending && !row.error.isEmpty()));
    case CanRemoveRole:
      return row.entry.finished();
    default:
      return {};
  }
}

QVariant UploadQueueModel::displayData(const Row& row, int column) const {
  const client::UploadJournalEntry& entry = row.entry;
  switch (column) {
    case kFileColumn:
      return QString::fromStdString(entry.path.filename().string());
    case kHearingColumn: {
      const QString id = QString::fromStdString(entry.hearingId);
      return hearingNames_.value(id, id);
    }
    case kKindColumn:
      return entry.kind == UploadItemKind::kCapture ? tr("Capture") : tr("File");
    case kStateColumn:
      return stateText(row);
    case kProgressColumn:
      return tr("%L1%").arg(percentDone(row));
    case kSizeColumn: {
      // While hashing, what the server holds is still the part done.
      const bool live = isRunning(row) && row.live && row.live->phase != UploadPhase::kHashing;
      const std::uint64_t total =
          live ? std::max(row.live->totalBytes, entry.totalBytes()) : entry.totalBytes();
      std::uint64_t done = live ? row.live->sentBytes : entry.durableBytes();
      if (entry.state == UploadItemState::kDone) done = total;
      return tr("%1 of %2 MiB").arg(mib(done), mib(total));
    }
    case kRateColumn:
      if (isRunning(row) && row.live && row.live->phase == UploadPhase::kSending &&
          row.live->bytesPerSecond > 0) {
        return tr("%1 MiB/s").arg(mib(static_cast<std::uint64_t>(row.live->bytesPerSecond)));
      }
      return QString();
    case kErrorColumn:
      return errorOf(row);
    default:
      return {};
  }
}

QString UploadQueueModel::stateText(const Row& row) const {
  switch (row.entry.state) {
    case UploadItemState::kDone:
      return tr("Done");
    case UploadItemState::kFailed:
      return tr("Failed");
    case UploadItemState::kAborted:
      return tr("Aborted");
    default:
      break;
  }
  if (isRunning(row)) return row.live ? phaseText(*row.live) : tr("Starting");
  if (!row.error.isEmpty()) return tr("Stopped");
  return paused_ ? tr("Paused") : tr("Queued");
}

QString UploadQueueModel::errorOf(const Row& row) const {
  const UploadItemState state = row.entry.state;
  if (state == UploadItemState::kFailed || state == UploadItemState::kAborted) {
    return uploadErrorText(QString::fromStdString(row.entry.error), row.entry.path);
  }
  if (state != UploadItemState::kPending) return {};
  if (isRunning(row) && row.live && row.live->phase == UploadPhase::kRetrying) {
    return uploadErrorText(QString::fromStdString(row.live->detail), row.entry.path);
  }
  // A pending item's journal error may only say it was cancelled (the client closed): only
  // errors of this session's runs are shown.
  return uploadErrorText(row.error, row.entry.path);
}

int UploadQueueModel::percentDone(const Row& row) const {
  const client::UploadJournalEntry& entry = row.entry;
  if (entry.state == UploadItemState::kDone) return 100;
  if (isRunning(row) && row.live && row.live->phase != UploadPhase::kHashing) {
    return percent(row.live->sentBytes, std::max(row.live->totalBytes, entry.totalBytes()));
  }
  return percent(entry.durableBytes(), entry.totalBytes());
}

void UploadQueueModel::rowChanged(int row) {
  emit dataChanged(index(row, 0), index(row, kColumnCount - 1));
}

QVariant UploadQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kFileColumn:
      return tr("File");
    case kHearingColumn:
      return tr("Hearing");
    case kKindColumn:
      return tr("Kind");
    case kStateColumn:
      return tr("State");
    case kProgressColumn:
      return tr("Progress");
    case kSizeColumn:
      return tr("Size");
    case kRateColumn:
      return tr("Rate");
    case kErrorColumn:
      return tr("Error");
    default:
      return {};
  }
}

}  // namespace audientia::gui
