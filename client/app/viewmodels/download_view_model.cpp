#include "viewmodels/download_view_model.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrent>
#include <filesystem>

#include "audientia/client/recordings_api.h"
#include "viewmodels/login_view_model.h"
#include "viewmodels/recording_file_model.h"

namespace audientia::gui {

DownloadViewModel::DownloadViewModel(QObject* parent) : QObject(parent) {
  pool_.setMaxThreadCount(1);
}

DownloadViewModel::~DownloadViewModel() {
  if (cancelled_) *cancelled_ = true;
  pool_.waitForDone();
}

void DownloadViewModel::setClient(std::shared_ptr<client::RecordingsApi> client) {
  client_ = std::move(client);
}

int DownloadViewModel::percent() const {
  if (total_ <= 0) return state_ == DownloadState::kDone ? 100 : -1;
  return static_cast<int>(done_ * 100 / total_);
}

void DownloadViewModel::start(const std::string& recordingId, const v1::RecordingFile& file,
                              const QString& path) {
  if (state_ == DownloadState::kRunning) {
    status_ = tr("A download is already running; wait for it or cancel it first.");
    emit stateChanged(state_);
    return;
  }
  if (!client_) {
    finish(DownloadState::kFailed, tr("Not connected to the server; log in again."));
    return;
  }
  const QString what = RecordingFileModel::roleName(file);
  const QFileInfo target(path);
  if (path.isEmpty() || !target.dir().exists()) {
    finish(DownloadState::kFailed,
           tr("Cannot save to %1: the folder does not exist.").arg(QDir::toNativeSeparators(path)));
    return;
  }
  cancelled_ = std::make_shared<std::atomic<bool>>(false);
  state_ = DownloadState::kRunning;
  done_ = 0;
  total_ = file.size_bytes();
  status_ = tr("Downloading %1…").arg(what);
  emit stateChanged(state_);
  emit progressChanged(done_, total_);

  client::DownloadRequest request;
  request.recordingId = recordingId;
  request.role = file.role();
  request.sequence = file.sequence();
  auto api = client_;
  auto cancelled = cancelled_;
  const std::string out = path.toStdString();
  const QString sha = QString::fromStdString(file.sha256());
  QPointer<DownloadViewModel> self(this);
  (void)QtConcurrent::run(&pool_, [=]() {
    const Status status = api->downloadRecordingFile(
        request, std::filesystem::path(out), [=](std::uint64_t done, std::uint64_t total) {
          QMetaObject::invokeMethod(
              self,
              [=] {
                if (!self || self->state_ != DownloadState::kRunning) return;
                self->done_ = static_cast<qint64>(done);
                if (total > 0) self->total_ = static_cast<qint64>(total);
                emit self->progressChanged(self->done_, self->total_);
              },
              Qt::QueuedConnection);
          return !*cancelled;
        });
    QMetaObject::invokeMethod(
        self,
        [=] {
          if (!self) return;
          if (status) {
            self->finish(
                DownloadState::kDone,
                tr("Saved %1 as %2. Its SHA-256 matches the one the server recorded: %3")
                    .arg(what, QDir::toNativeSeparators(QString::fromStdString(out)), sha));
          } else if (*cancelled) {
            self->finish(DownloadState::kCancelled, tr("Download cancelled; nothing was saved."));
          } else {
            self->finish(DownloadState::kFailed,
                         tr("The download of %1 failed and nothing was saved: %2")
                             .arg(what, errorText(status.error())));
          }
        },
        Qt::QueuedConnection);
  });
}

void DownloadViewModel::cancel() {
  if (state_ == DownloadState::kRunning && cancelled_) *cancelled_ = true;
}

void DownloadViewModel::finish(DownloadState state, const QString& text) {
  state_ = state;
  status_ = text;
  if (state == DownloadState::kDone) done_ = total_;
  emit progressChanged(done_, total_);
  emit stateChanged(state_);
}

}  // namespace audientia::gui
