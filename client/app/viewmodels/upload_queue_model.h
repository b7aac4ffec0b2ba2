#pragma once

// The upload queue as a table: file, hearing, kind, state, progress, MiB done of total, rate and
// error. Rows are the journal's items (setEntries, oldest first); the running item's live
// progress (applyProgress) and errors of runs in this session (setStopped) are kept by key
// across reloads of the journal. ProgressRole gives the share done in percent for a progress-bar
// delegate; the Can*Role roles say which actions make sense for a row.

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <filesystem>
#include <optional>
#include <vector>

#include "audientia/client/upload_engine.h"
#include "audientia/client/upload_journal.h"

namespace audientia::gui {

// The engine's messages name the item by its full path; the list shows its file name already,
// so the path is shortened to the name ("/data/a/x.mp4 changed …" -> "x.mp4 changed …").
QString uploadErrorText(const QString& error, const std::filesystem::path& path);

class UploadQueueModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    kFileColumn = 0,
    kHearingColumn,
    kKindColumn,
    kStateColumn,
    kProgressColumn,
    kSizeColumn,
    kRateColumn,
    kErrorColumn,
    kColumnCount
  };
  enum Role {
    KeyRole = Qt::UserRole + 1,
    HearingIdRole,
    ProgressRole,  // int 0..100
    ActiveRole,    // bool: being run now
    CanAbortRole,  // unfinished
    CanRetryRole,  // failed, or stopped with an error in this session
    CanRemoveRole  // finished (done, failed, aborted)
  };

  explicit UploadQueueModel(QObject* parent = nullptr);

  // The journal's items; keeps live progress and errors of the keys still listed.
  void setEntries(std::vector<client::UploadJournalEntry> entries);
  void clear();
  // The item being run (empty: none).
  void setRunning(const QString& key);
  void applyProgress(const client::UploadProgress& progress);
  // The run of key ended with this error (empty: clears it); shown until it runs again.
  void setStopped(const QString& key, const QString& error);
  // Pending items read "Paused" instead of "Queued".
  void setPaused(bool paused);
  // Hearing id -> what the user knows it by ("UI-2024/17 — Statement of the night guard").
  void setHearingNames(QHash<QString, QString> names);

  const client::UploadJournalEntry* entryAt(int row) const;
  // -1 when not listed.
  int rowOf(const QString& key) const;
  int pendingCount() const;
  int doneCount() const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 signals:
  // The hearing column's texts changed (their widths may have).
  void hearingNamesChanged();

 private:
  struct Row {
    client::UploadJournalEntry entry;
    QString key;
    std::optional<client::UploadProgress> live;  // while it runs
    QString error;                               // of a run in this session
  };
  bool isRunning(const Row& row) const { return !running_.isEmpty() && row.key == running_; }
  QVariant displayData(const Row& row, int column) const;
  QString stateText(const Row& row) const;
  QString errorOf(const Row& row) const;
  int percentDone(const Row& row) const;
  void rowChanged(int row);

  std::vector<Row> rows_;
  QString running_;
  bool paused_ = false;
  QHash<QString, QString> hearingNames_;
};

}  // namespace audientia::gui
