#pragma once

// The Keeping tab's state (admins): the job queue (filtered by state on the server; a failed job
// can be retried), the alerts (open ones, or all with showAcknowledged; acknowledge one) and the
// fixity checks (the last runs, the archive's totals; run one now). Each section loads on its
// own and has a line saying what it shows; refresh() reloads the three. Errors are also signalled
// (errorOccurred) with the server's text.

#include <QObject>
#include <QString>

#include "audientia/v1/maintenance.pb.h"
#include "services/keeping_api_service.h"
#include "viewmodels/keeping_models.h"

namespace audientia::gui {

enum class KeepingLoad { kIdle = 0, kLoading, kDone, kFailed };

class KeepingViewModel : public QObject {
  Q_OBJECT

 public:
  explicit KeepingViewModel(KeepingApiService& api, QObject* parent = nullptr);

  JobListModel* jobs() { return &jobs_; }
  AlertListModel* alerts() { return &alerts_; }
  FixityRunModel* fixityRuns() { return &runs_; }
  KeepingLoad jobsState() const { return jobsState_; }
  KeepingLoad alertsState() const { return alertsState_; }
  KeepingLoad fixityState() const { return fixityState_; }
  v1::JobState jobFilter() const { return jobFilter_; }
  bool showAcknowledged() const { return showAcknowledged_; }
  // The lines under the tables: loading, how many are shown, an error.
  QString jobsText() const;
  QString alertsText() const;
  QString fixityText() const;

  // Reloads the jobs, the alerts and the fixity status.
  void refresh();
  void refreshJobs();
  void refreshAlerts();
  void refreshFixity();
  // JOB_STATE_UNSPECIFIED: every state. Reloads the jobs.
  void setJobFilter(v1::JobState state);
  // Reloads the alerts.
  void setShowAcknowledged(bool show);
  // Then reloads the jobs; a refusal is signalled with the server's message.
  void retryJob(qint64 jobId);
  void acknowledgeAlert(qint64 alertId);
  // Queues a fixity sweep, then reloads the jobs and the fixity status.
  void runFixity();
  // Forgets everything (logout).
  void clear();

 signals:
  void jobsChanged();
  void alertsChanged();
  void fixityChanged();
  void statusMessage(const QString& message);
  void errorOccurred(const QString& message);

 private:
  void fail(const QString& message);

  KeepingApiService& api_;
  JobListModel jobs_;
  AlertListModel alerts_;
  FixityRunModel runs_;
  v1::GetFixityStatusResponse fixity_;
  KeepingLoad jobsState_ = KeepingLoad::kIdle;
  KeepingLoad alertsState_ = KeepingLoad::kIdle;
  KeepingLoad fixityState_ = KeepingLoad::kIdle;
  QString jobsError_;
  QString alertsError_;
  QString fixityError_;
  v1::JobState jobFilter_ = v1::JOB_STATE_UNSPECIFIED;
  bool showAcknowledged_ = false;
  quint64 jobsGeneration_ = 0;  // bumped by every load; older answers are dropped
  quint64 alertsGeneration_ = 0;
  quint64 fixityGeneration_ = 0;
};

}  // namespace audientia::gui
