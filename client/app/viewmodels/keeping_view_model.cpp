#include "viewmodels/keeping_view_model.h"

#include <QLocale>

#include "viewmodels/login_view_model.h"

namespace audientia::gui {
namespace {

constexpr int kKeepingJobLimit = 200;
constexpr int kKeepingFixityRuns = 10;

}  // namespace

KeepingViewModel::KeepingViewModel(KeepingApiService& api, QObject* parent)
    : QObject(parent), api_(api) {}

QString KeepingViewModel::jobsText() const {
  switch (jobsState_) {
    case KeepingLoad::kIdle:
      return {};
    case KeepingLoad::kLoading:
      return tr("Loading the jobs…");
    case KeepingLoad::kFailed:
      return tr("The jobs could not be read: %1").arg(jobsError_);
    case KeepingLoad::kDone:
      break;
  }
  const int count = jobs_.rowCount();
  if (count == 0) return tr("No job in this state.");
  return tr("%Ln jobs, newest first.", nullptr, count);
}

QString KeepingViewModel::alertsText() const {
  switch (alertsState_) {
    case KeepingLoad::kIdle:
      return {};
    case KeepingLoad::kLoading:
      return tr("Loading the alerts…");
    case KeepingLoad::kFailed:
      return tr("The alerts could not be read: %1").arg(alertsError_);
    case KeepingLoad::kDone:
      break;
  }
  const int count = alerts_.rowCount();
  if (count == 0) return showAcknowledged_ ? tr("No alerts.") : tr("No open alerts.");
  return showAcknowledged_ ? tr("%Ln alerts, newest first.", nullptr, count)
                           : tr("%Ln open alerts, newest first.", nullptr, count);
}

QString KeepingViewModel::fixityText() const {
  switch (fixityState_) {
    case KeepingLoad::kIdle:
      return {};
    case KeepingLoad::kLoading:
      return tr("Loading the fixity status…");
    case KeepingLoad::kFailed:
      return tr("The fixity status could not be read: %1").arg(fixityError_);
    case KeepingLoad::kDone:
      break;
  }
  const QLocale locale;
  QString text = tr("%Ln stored files, %1 never checked; %2 failed their last check.", nullptr,
                    static_cast<int>(fixity_.objects_total()))
                     .arg(locale.toString(static_cast<qlonglong>(fixity_.objects_never_checked())),
                          locale.toString(static_cast<qlonglong>(fixity_.failures_size())));
  if (fixity_.runs_size() == 0) text += QLatin1Char(' ') + tr("No fixity check has run yet.");
  return text;
}

void KeepingViewModel::refresh() {
  refreshJobs();
  refreshAlerts();
  refreshFixity();
}

void KeepingViewModel::refreshJobs() {
  const quint64 generation = ++jobsGeneration_;
  jobsState_ = KeepingLoad::kLoading;
  emit jobsChanged();
  api_.listJobs(jobFilter_, kKeepingJobLimit, this,
                [this, generation](Expected<std::vector<v1::Job>> jobs) {
                  if (generation != jobsGeneration_) return;
                  if (!jobs) {
                    jobsError_ = errorText(jobs.error());
                    jobsState_ = KeepingLoad::kFailed;
                    emit jobsChanged();
                    emit errorOccurred(tr("The jobs could not be read: %1").arg(jobsError_));
                    return;
                  }
                  jobs_.setJobs(std::move(jobs).value());
                  jobsState_ = KeepingLoad::kDone;
                  emit jobsChanged();
                });
}

void KeepingViewModel::refreshAlerts() {
  const quint64 generation = ++alertsGeneration_;
  alertsState_ = KeepingLoad::kLoading;
  emit alertsChanged();
  api_.listAlerts(showAcknowledged_, this,
                  [this, generation](Expected<std::vector<v1::Alert>> alerts) {
                    if (generation != alertsGeneration_) return;
                    if (!alerts) {
                      alertsError_ = errorText(alerts.error());
                      alertsState_ = KeepingLoad::kFailed;
                      emit alertsChanged();
                      emit errorOccurred(tr("The alerts could not be read: %1").arg(alertsError_));
                      return;
                    }
                    alerts_.setAlerts(std::move(alerts).value());
                    alertsState_ = KeepingLoad::kDone;
                    emit alertsChanged();
                  });
}

void KeepingViewModel::refreshFixity() {
  const quint64 generation = ++fixityGeneration_;
  fixityState_ = KeepingLoad::kLoading;
  emit fixityChanged();
  api_.getFixityStatus(
      kKeepingFixityRuns, this, [this, generation](Expected<v1::GetFixityStatusResponse> status) {
        if (generation != fixityGeneration_) return;
        if (!status) {
          fixityError_ = errorText(status.error());
          fixityState_ = KeepingLoad::kFailed;
          emit fixityChanged();
          emit errorOccurred(tr("The fixity status could not be read: %1").arg(fixityError_));
          return;
        }
        fixity_ = std::move(status).value();
        runs_.setRuns({fixity_.runs().begin(), fixity_.runs().end()});
        fixityState_ = KeepingLoad::kDone;
        emit fixityChanged();
      });
}

void KeepingViewModel::setJobFilter(v1::JobState state) {
  jobFilter_ = state;
  refreshJobs();
}

void KeepingViewModel::setShowAcknowledged(bool show) {
  showAcknowledged_ = show;
  refreshAlerts();
}

void KeepingViewModel::retryJob(qint64 jobId) {
  api_.retryJob(jobId, this, [this, jobId](Expected<v1::Job> job) {
    if (!job) {
      fail(tr("Job %1 could not be retried: %2")
               .arg(QLocale().toString(jobId), errorText(job.error())));
      return;
    }
    emit statusMessage(tr("Job %1 is queued again.").arg(QLocale().toString(jobId)));
    refreshJobs();
  });
}

void KeepingViewModel::acknowledgeAlert(qint64 alertId) {
  api_.acknowledgeAlert(alertId, this, [this](Expected<v1::Alert> alert) {
    if (!alert) {
      fail(tr("The alert could not be acknowledged: %1").arg(errorText(alert.error())));
      return;
    }
    emit statusMessage(tr("Alert acknowledged."));
    refreshAlerts();
    refreshFixity();  // its count of open alerts
  });
}

void KeepingViewModel::runFixity() {
  api_.runFixity(this, [this](Expected<v1::Job> job) {
    if (!job) {
      fail(tr("The fixity check could not be started: %1").arg(errorText(job.error())));
      return;
    }
    emit statusMessage(tr("Fixity check queued (job %1).")
                           .arg(QLocale().toString(static_cast<qlonglong>(job->id()))));
    refreshJobs();
    refreshFixity();
  });
}

void KeepingViewModel::clear() {
  ++jobsGeneration_;
  ++alertsGeneration_;
  ++fixityGeneration_;
  jobs_.setJobs({});
  alerts_.setAlerts({});
  runs_.setRuns({});
  fixity_.Clear();
  jobsState_ = alertsState_ = fixityState_ = KeepingLoad::kIdle;
  emit jobsChanged();
  emit alertsChanged();
  emit fixityChanged();
}

void KeepingViewModel::fail(const QString& message) {
  emit errorOccurred(message);
}

}  // namespace audientia::gui
