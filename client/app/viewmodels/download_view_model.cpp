#include "viewmodels/download_view_model.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrent>
#include <filesystem>

#include "audientia/client/api_client.h"
#include "viewmodels/formatting.h"
#include "viewmodels/login_view_model.h"
#include "viewmodels/recording_file_model.h"

namespace audientia::gui {
namespace {

// A write the disk of `path` refused for want of room: the client's message then names the file
// it was writing there (path, or path + ".partial"); the server's never name a local file.
bool localDiskFull(const Error& error, const QString& path) {
  return error.code() == ErrorCode::kResourceExhausted &&
         QString::fromStdString(error.message()).contains(path);
}

}  // namespace

DownloadViewModel::DownloadViewModel(QObject* parent) : QObject(parent) {
  pool_.setMaxThreadCount(1);
}

DownloadViewModel::~DownloadViewModel() {
  if (cancelled_) *cancelled_ = true;
  pool_.waitForDone();
}

void DownloadViewModel::setClient(std::shared_ptr<client::ApiClient> client) {
  client_ = std::move(client);
}

int DownloadViewModel::percent() const {
  if (total_ <= 0) return state_ == DownloadState::kDone ? 100 : -1;
  return static_cast<int>(done_ * 100 / total_);
}

bool DownloadViewModel::mayStart(TransferKind kind, const QString& path) {
  if (state_ == DownloadState::kRunning) {
    status_ = tr("A download is already running; wait for it or cancel it first.");
    emit stateChanged(state_);
    return false;
  }
  kind_ = kind;
  if (!client_) {
    finish(DownloadState::kFailed, tr("Not connected to the server; log in again."));
    return false;
  }
  if (path.isEmpty() || !QFileInfo(path).dir().exists()) {
    finish(DownloadState::kFailed,
           tr("Cannot save to %1: the folder does not exist.").arg(QDir::toNativeSeparators(path)));
    return false;
  }
  return true;
}

void DownloadViewModel::start(const std::string& recordingId, const v1::RecordingFile& file,
                              const QString& path) {
  if (!mayStart(TransferKind::kFile, path)) return;
  const QString what = RecordingFileModel::roleName(file);
  client::DownloadRequest request;
  request.recordingId = recordingId;
  request.role = file.role();
  request.sequence = file.sequence();
  auto api = client_;
  const std::filesystem::path out = path.toStdString();
  const QString sha = QString::fromStdString(file.sha256());
  const QString shown = QDir::toNativeSeparators(path);
  run(what, path, file.size_bytes(),
      [api, request, out, what, sha,
       shown](const client::ProgressCallback& progress) -> Expected<QString> {
        AUDIENTIA_TRY_STATUS(api->downloadRecordingFile(request, out, progress));
        return tr("Saved %1 as %2. Its SHA-256 matches the one the server recorded: %3")
            .arg(what, shown, sha);
      });
}

void DownloadViewModel::startClip(const std::string& recordingId, qint64 fromMs, qint64 toMs,
                                  const QString& path) {
  if (!mayStart(TransferKind::kClip, path)) return;
  if (toMs <= fromMs) {
    finish(DownloadState::kFailed, tr("A clip must end after it starts: mark its start (I) "
                                      "and its end (O) on the timeline."));
    return;
  }
  const QString what =
      tr("the clip %1–%2")
          .arg(leftToRight(preciseClockText(fromMs)), leftToRight(preciseClockText(toMs)));
  auto api = client_;
  const client::ClipExportRequest request{recordingId, fromMs, toMs};
  const std::filesystem::path out = path.toStdString();
  const QString shown = leftToRight(QDir::toNativeSeparators(path));
  run(what, path, -1,
      [api, request, out, shown](const client::ProgressCallback& progress) -> Expected<QString> {
        AUDIENTIA_TRY(v1::ClipInfo clip, api->exportClip(request, out, progress));
        QString text = tr("Saved the clip %1–%2 as %3 (cut without re-encoding; SHA-256 %4).")
                           .arg(leftToRight(preciseClockText(clip.start_ms())),
                                leftToRight(preciseClockText(clip.end_ms())), shown,
                                leftToRight(QString::fromStdString(clip.sha256())));
        if (clip.start_ms() != clip.asked_from_ms()) {
          text += QLatin1Char(' ') +
                  tr("It starts at %1, the last keyframe before %2, so that no picture is "
                     "re-encoded.")
                      .arg(leftToRight(preciseClockText(clip.start_ms())),
                           leftToRight(preciseClockText(clip.asked_from_ms())));
        }
        return text;
      });
}

void DownloadViewModel::startReport(const std::string& hearingId, const QString& language,
                                    const QString& path) {
  if (!mayStart(TransferKind::kReport, path)) return;
  auto api = client_;
  const client::ReportRequest request{hearingId, language.toStdString()};
  const std::filesystem::path out = path.toStdString();
  const QString shown = leftToRight(QDir::toNativeSeparators(path));
  run(tr("the hearing report"), path, -1,
      [api, request, out, shown](const client::ProgressCallback& progress) -> Expected<QString> {
        AUDIENTIA_TRY(v1::ReportInfo report, api->hearingReport(request, out, progress));
        return tr("Saved the hearing report of case %1 as %2 (SHA-256 %3).")
            .arg(leftToRight(QString::fromStdString(report.case_number())), shown,
                 leftToRight(QString::fromStdString(report.sha256())));
      });
}

void DownloadViewModel::startPackage(const std::string& hearingId, const QString& reason,
                                     const QString& language, const QString& path,
                                     const QStringList& recordingIds, bool zip,
                                     const std::vector<client::ClipExportRequest>& clips) {
  if (!mayStart(TransferKind::kPackage, path)) return;
  if (reason.trimmed().isEmpty()) {
    finish(DownloadState::kFailed, tr("Say why the package leaves the building: the reason is "
                                      "written into it and into the audit trail."));
    return;
  }
  if (QFileInfo::exists(path)) {
    finish(DownloadState::kFailed, tr("%1 already exists: choose a new name for the package.")
                                       .arg(leftToRight(QDir::toNativeSeparators(path))));
    return;
  }
  auto api = client_;
  client::PackageExportRequest request{hearingId, reason.trimmed().toStdString(),
                                       language.toStdString()};
  request.layout = zip ? client::PackageLayout::kZip : client::PackageLayout::kDirectory;
  for (const QString& id : recordingIds) request.recordingIds.push_back(id.toStdString());
  request.clips = clips;
  const std::filesystem::path out = path.toStdString();
  const QString shown = leftToRight(QDir::toNativeSeparators(path));
  run(tr("the evidence package"), path, -1,
      [api, request, out, shown](const client::ProgressCallback& progress) -> Expected<QString> {
        AUDIENTIA_TRY(v1::PackageInfo package, api->exportPackage(request, out, progress));
        return tr("Saved the signed evidence package of case %1 as %2: %n file(s), digest %3 "
                  "(audit event %4). Anyone can check it with audientia-verify.",
                  nullptr, package.payload_files())
            .arg(leftToRight(QString::fromStdString(package.case_number())), shown,
                 leftToRight(QString::fromStdString(package.payload_manifest_sha256())))
            .arg(package.audit_sequence());
      });
}

void DownloadViewModel::run(const QString& what, const QString& path, qint64 total, Work work) {
  cancelled_ = std::make_shared<std::atomic<bool>>(false);
  state_ = DownloadState::kRunning;
  done_ = 0;
  total_ = total;
  status_ = tr("Downloading %1…").arg(what);
  emit stateChanged(state_);
  emit progressChanged(done_, total_);

  auto cancelled = cancelled_;
  QPointer<DownloadViewModel> self(this);
  (void)QtConcurrent::run(&pool_, [=]() {
    Expected<QString> result = work([=](std::uint64_t done, std::uint64_t size) {
      QMetaObject::invokeMethod(
          self,
          [=] {
            if (!self || self->state_ != DownloadState::kRunning) return;
            self->done_ = static_cast<qint64>(done);
            if (size > 0) self->total_ = static_cast<qint64>(size);
            emit self->progressChanged(self->done_, self->total_);
          },
          Qt::QueuedConnection);
      return !*cancelled;
    });
    QMetaObject::invokeMethod(
        self,
        [=] {
          if (!self) return;
          if (result) {
            self->saved_ = path;
            self->finish(DownloadState::kDone, *result);
          } else if (*cancelled) {
            self->finish(DownloadState::kCancelled, tr("Download cancelled; nothing was saved."));
          } else if (localDiskFull(result.error(), path)) {
            self->finish(
                DownloadState::kFailed,
                tr("The disk that holds %1 is full and nothing was saved: free some "
                   "space there or choose another place, then try again.")
                    .arg(leftToRight(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))));
          } else {
            self->finish(DownloadState::kFailed,
                         tr("The download of %1 failed and nothing was saved: %2")
                             .arg(what, errorText(result.error())));
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
