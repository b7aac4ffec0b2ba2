#pragma once

// Saving evidence on the workstation (prosecutors and clerks): one file of a recording, a clip
// of it cut on the server (stream copy), the hearing report or the hearing's evidence package. The
// transfer runs on a worker thread over the session's client, reports its progress, can be
// cancelled, and is written under a temporary name that becomes the chosen name only once the whole
// file arrived and its SHA-256 matched the server's (client::RecordingsApi, client::ExportApi); one
// that fails or is cancelled leaves nothing under that name. One at a time.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/client/export_api.h"
#include "audientia/client/progress_callback.h"
#include "audientia/v1/recordings.pb.h"

namespace audientia::client {
class ApiClient;
}

namespace audientia::gui {

enum class DownloadState { kIdle, kRunning, kDone, kFailed, kCancelled };
// What the transfer is, so that each view shows only its own (the files panel its files, the
// player its clips, the hearing's export bar its report and package).
enum class TransferKind { kFile, kClip, kReport, kPackage };

class DownloadViewModel : public QObject {
  Q_OBJECT

 public:
  explicit DownloadViewModel(QObject* parent = nullptr);
  // Cancels the transfer in progress and waits for it to stop.
  ~DownloadViewModel() override;

  void setClient(std::shared_ptr<client::ApiClient> client);
  // Downloads `file` of recording `recordingId` to `path`. Refused (statusText) while another
  // transfer runs.
  void start(const std::string& recordingId, const v1::RecordingFile& file, const QString& path);
  // Exports [fromMs, toMs) of the recording as an MP4 clip to `path` (the server cuts it on the
  // keyframe at or before fromMs; the message says where it really starts).
  void startClip(const std::string& recordingId, qint64 fromMs, qint64 toMs, const QString& path);
  // The hearing report (PDF) in `language` ("en", "ro") to `path`.
  void startReport(const std::string& hearingId, const QString& language, const QString& path);
  // The hearing's signed evidence package to `path` (which must not exist yet): a directory, or
  // with `zip` one ZIP file; with the report in it in `language`; `reason` is written into it
  // and the audit trail. recordingIds: whose files go in (empty: every recording); clips: parts
  // of the hearing's recordings cut into it.
  void startPackage(const std::string& hearingId, const QString& reason, const QString& language,
                    const QString& path, const QStringList& recordingIds = {}, bool zip = false,
                    const std::vector<client::ClipExportRequest>& clips = {});
  void cancel();

  DownloadState state() const { return state_; }
  // Of the transfer running or last finished (or refused).
  TransferKind kind() const { return kind_; }
  qint64 bytesDone() const { return done_; }
  qint64 bytesTotal() const { return total_; }
  // 0..100, -1 while the size is unknown.
  int percent() const;
  // What happened, in words: progress, the checked digest, or the reason it failed.
  const QString& statusText() const { return status_; }
  // The file last saved (empty until one is).
  const QString& savedPath() const { return saved_; }

 signals:
  void stateChanged(DownloadState state);
  void progressChanged(qint64 done, qint64 total);

 private:
  // The transfer itself, on the worker thread: what it says when it succeeds, or why not.
  using Work = std::function<Expected<QString>(const client::ProgressCallback& progress)>;
  // Checks that one may start (not running, a client, an existing folder); false after saying
  // why.
  bool mayStart(TransferKind kind, const QString& path);
  void run(const QString& what, const QString& path, qint64 total, Work work);
  void finish(DownloadState state, const QString& text);

  std::shared_ptr<client::ApiClient> client_;
  QThreadPool pool_;
  std::shared_ptr<std::atomic<bool>> cancelled_;
  DownloadState state_ = DownloadState::kIdle;
  TransferKind kind_ = TransferKind::kFile;
  qint64 done_ = 0;
  qint64 total_ = 0;
  QString status_;
  QString saved_;
};

}  // namespace audientia::gui
