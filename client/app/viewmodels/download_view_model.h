#pragma once

// Saving one file of a recording on the workstation (prosecutors and clerks): the download runs
// on a worker thread over the session's client, reports its progress, can be cancelled, and is
// written under a temporary name that becomes the chosen name only once the whole file arrived
// and its SHA-256 matched the one the server recorded (client::RecordingsApi); a download that
// fails or is cancelled leaves nothing under that name. One download at a time.

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <memory>

#include "audientia/v1/recordings.pb.h"

namespace audientia::client {
class RecordingsApi;
}

namespace audientia::gui {

enum class DownloadState { kIdle, kRunning, kDone, kFailed, kCancelled };

class DownloadViewModel : public QObject {
  Q_OBJECT

 public:
  explicit DownloadViewModel(QObject* parent = nullptr);
  // Cancels the download in progress and waits for it to stop.
  ~DownloadViewModel() override;

  void setClient(std::shared_ptr<client::RecordingsApi> client);
  // Downloads `file` of recording `recordingId` to `path`. Refused (errorText) while another runs.
  void start(const std::string& recordingId, const v1::RecordingFile& file, const QString& path);
  void cancel();

  DownloadState state() const { return state_; }
  qint64 bytesDone() const { return done_; }
  qint64 bytesTotal() const { return total_; }
  // 0..100, -1 while the size is unknown.
  int percent() const;
  // What happened, in words: progress, the checked digest, or the reason it failed.
  const QString& statusText() const { return status_; }

 signals:
  void stateChanged(DownloadState state);
  void progressChanged(qint64 done, qint64 total);

 private:
  void finish(DownloadState state, const QString& text);

  std::shared_ptr<client::RecordingsApi> client_;
  QThreadPool pool_;
  std::shared_ptr<std::atomic<bool>> cancelled_;
  DownloadState state_ = DownloadState::kIdle;
  qint64 done_ = 0;
  qint64 total_ = 0;
  QString status_;
};

}  // namespace audientia::gui
