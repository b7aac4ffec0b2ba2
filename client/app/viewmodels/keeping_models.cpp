#include "viewmodels/keeping_models.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include "viewmodels/formatting.h"

namespace audientia::gui {
namespace {

QString keepingNumber(std::int64_t value) {
  return QLocale().toString(static_cast<qlonglong>(value));
}

QVariant keepingWarning() {
  return QBrush(QColor(0xb0, 0x00, 0x20));
}

}  // namespace

QString jobKindName(const std::string& kind) {
  if (kind == "process_recording") return JobListModel::tr("Processing a recording");
  if (kind == "fixity_sweep") return JobListModel::tr("Fixity check");
  if (kind == "retention_sweep") return JobListModel::tr("Retention sweep");
  if (kind == "expire_uploads") return JobListModel::tr("Expiring unfinished uploads");
  return QString::fromStdString(kind);
}

QString jobStateName(v1::JobState state) {
  switch (state) {
    case v1::JOB_STATE_QUEUED:
      return JobListModel::tr("Queued");
    case v1::JOB_STATE_RUNNING:
      return JobListModel::tr("Running");
    case v1::JOB_STATE_DONE:
      return JobListModel::tr("Done");
    case v1::JOB_STATE_FAILED:
      return JobListModel::tr("Failed");
    default:
      return JobListModel::tr("Unknown");
  }
}

QString alertKindName(const std::string& kind) {
  if (kind == "fixity_mismatch") return AlertListModel::tr("Stored file changed");
  if (kind == "fixity_missing") return AlertListModel::tr("Stored file missing");
  if (kind == "job_failed") return AlertListModel::tr("Job failed");
  if (kind == "storage_full") return AlertListModel::tr("Storage nearly full");
  return QString::fromStdString(kind);
}

JobListModel::JobListModel(QObject* parent) : QAbstractTableModel(parent) {}

void JobListModel::setJobs(std::vector<v1::Job> jobs) {
  beginResetModel();
  jobs_ = std::move(jobs);
  endResetModel();
}

const v1::Job* JobListModel::jobAt(int row) const {
  if (row < 0 || row >= static_cast<int>(jobs_.size())) return nullptr;
  return &jobs_[static_cast<std::size_t>(row)];
}

int JobListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(jobs_.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant JobListModel::data(const QModelIndex& index, int role) const {
  const v1::Job* job = index.isValid() ? jobAt(index.row()) : nullptr;
  if (job == nullptr) return {};
  if (role == JobIdRole) return static_cast<qint64>(job->id());
  if (role == StateRole) return static_cast<int>(job->state());
  if (role == Qt::ForegroundRole) {
    if (index.column() == kStateColumn && job->state() == v1::JOB_STATE_FAILED) {
      return keepingWarning();
    }
    return {};
  }
  if (role == Qt::ToolTipRole) {
    const QString subject = QString::fromStdString(job->subject());
    return subject.isEmpty() ? QString() : tr("Subject: %1").arg(subject);
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case kIdColumn:
      return keepingNumber(job->id());
    case kKindColumn:
      return jobKindName(job->kind());
    case kStateColumn:
      return jobStateName(job->state());
    case kAttemptsColumn:
      return tr("%1 of %2").arg(keepingNumber(job->attempts()), keepingNumber(job->max_attempts()));
    case kErrorColumn:
      return leftToRight(QString::fromStdString(job->last_error()));
    case kUpdatedColumn:
      return timestampText(job->finished_at_unix_ms() > 0 ? job->finished_at_unix_ms()
                                                          : job->created_at_unix_ms());
    default:
      return {};
  }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kIdColumn:
      return tr("Job");
    case kKindColumn:
      return tr("Kind");
    case kStateColumn:
      return tr("State");
    case kAttemptsColumn:
      return tr("Attempts");
    case kErrorColumn:
      return tr("Last error");
    case kUpdatedColumn:
      return tr("Updated");
    default:
      return {};
  }
}

AlertListModel::AlertListModel(QObject* parent) : QAbstractTableModel(parent) {}

void AlertListModel::setAlerts(std::vector<v1::Alert> alerts) {
  beginResetModel();
  alerts_ = std::move(alerts);
  endResetModel();
}

const v1::Alert* AlertListModel::alertAt(int row) const {
  if (row < 0 || row >= static_cast<int>(alerts_.size())) return nullptr;
  return &alerts_[static_cast<std::size_t>(row)];
}

int AlertListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(alerts_.size());
}

int AlertListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant AlertListModel::data(const QModelIndex& index, int role) const {
  const v1::Alert* alert = index.isValid() ? alertAt(index.row()) : nullptr;
  if (alert == nullptr) return {};
  const bool acknowledged = alert->acknowledged_at_unix_ms() > 0;
  if (role == AlertIdRole) return static_cast<qint64>(alert->id());
  if (role == AcknowledgedRole) return acknowledged;
  if (role == Qt::ForegroundRole) {
    if (index.column() == kKindColumn && !acknowledged) return keepingWarning();
    return {};
  }
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  switch (index.column()) {
    case kKindColumn:
      return alertKindName(alert->kind());
    case kWhatColumn: {
      QString what = QString::fromStdString(alert->detail());
      if (what.isEmpty()) what = QString::fromStdString(alert->subject());
      return leftToRight(what);
    }
    case kWhenColumn:
      return timestampText(alert->created_at_unix_ms());
    case kAcknowledgedColumn:
      return acknowledged ? timestampText(alert->acknowledged_at_unix_ms()) : tr("Open");
    default:
      return {};
  }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kKindColumn:
      return tr("Alert");
    case kWhatColumn:
      return tr("What");
    case kWhenColumn:
      return tr("When");
    case kAcknowledgedColumn:
      return tr("Acknowledged");
    default:
      return {};
  }
}

FixityRunModel::FixityRunModel(QObject* parent) : QAbstractTableModel(parent) {}

void FixityRunModel::setRuns(std::vector<v1::FixityRun> runs) {
  beginResetModel();
  runs_ = std::move(runs);
  endResetModel();
}

int FixityRunModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(runs_.size());
}

int FixityRunModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant FixityRunModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= static_cast<int>(runs_.size())) return {};
  const v1::FixityRun& run = runs_[static_cast<std::size_t>(index.row())];
  if (role == Qt::ForegroundRole) {
    const bool bad = (index.column() == kMismatchesColumn && run.mismatches() > 0) ||
                     (index.column() == kMissingColumn && run.missing() > 0);
    return bad ? keepingWarning() : QVariant();
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case kStartedColumn:
      return timestampText(run.started_at_unix_ms());
    case kFinishedColumn:
      return run.finished_at_unix_ms() > 0 ? timestampText(run.finished_at_unix_ms())
                                           : tr("Running");
    case kCheckedColumn:
      return tr("%1 (%2)").arg(keepingNumber(run.objects_checked()), sizeText(run.bytes_checked()));
    case kMismatchesColumn:
      return keepingNumber(run.mismatches());
    case kMissingColumn:
      return keepingNumber(run.missing());
    case kErrorColumn:
      return leftToRight(QString::fromStdString(run.error()));
    default:
      return {};
  }
}

QVariant FixityRunModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kStartedColumn:
      return tr("Started");
    case kFinishedColumn:
      return tr("Finished");
    case kCheckedColumn:
      return tr("Files checked");
    case kMismatchesColumn:
      return tr("Mismatches");
    case kMissingColumn:
      return tr("Missing");
    case kErrorColumn:
      return tr("Error");
    default:
      return {};
  }
}

}  // namespace audientia::gui
