#pragma once

// The Keeping tab's tables (admins), in the order the server gives (newest first): the jobs (id,
// kind and state in words, attempts, last change, last error), the alerts (kind in words, what,
// when, acknowledged) and the fixity runs (started, finished, objects checked, mismatches,
// missing, error).

#include <QAbstractTableModel>
#include <QString>
#include <cstdint>
#include <vector>

#include "audientia/v1/maintenance.pb.h"

namespace audientia::gui {

// "Processing a recording", "Fixity check"…; another kind as it is.
QString jobKindName(const std::string& kind);
QString jobStateName(v1::JobState state);  // "Queued", "Running", "Done", "Failed"
// "Stored file changed", "Stored file missing", "Job failed", "Storage nearly full"…
QString alertKindName(const std::string& kind);

class JobListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    kIdColumn = 0,
    kKindColumn,
    kStateColumn,
    kAttemptsColumn,
    kUpdatedColumn,
    kErrorColumn,
    kColumnCount
  };
  enum Role { JobIdRole = Qt::UserRole + 1, StateRole };

  explicit JobListModel(QObject* parent = nullptr);
  void setJobs(std::vector<v1::Job> jobs);
  const v1::Job* jobAt(int row) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  std::vector<v1::Job> jobs_;
};

class AlertListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { kKindColumn = 0, kWhatColumn, kWhenColumn, kAcknowledgedColumn, kColumnCount };
  enum Role { AlertIdRole = Qt::UserRole + 1, AcknowledgedRole };

  explicit AlertListModel(QObject* parent = nullptr);
  void setAlerts(std::vector<v1::Alert> alerts);
  const v1::Alert* alertAt(int row) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  std::vector<v1::Alert> alerts_;
};

class FixityRunModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    kStartedColumn = 0,
    kFinishedColumn,
    kCheckedColumn,
    kMismatchesColumn,
    kMissingColumn,
    kErrorColumn,
    kColumnCount
  };

  explicit FixityRunModel(QObject* parent = nullptr);
  void setRuns(std::vector<v1::FixityRun> runs);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  std::vector<v1::FixityRun> runs_;
};

}  // namespace audientia::gui
