#pragma once

// The Uploads tab's state (prosecutors): the queue (UploadQueueModel) kept in step with an
// UploadQueueService, and the actions on it. The service belongs to one login: setService() after
// the login starts it (pending items of that server resume at once: "Resuming 2 uploads"), clear()
// at logout stops it (the running item is cancelled and stays pending for the next time).

#include <QHash>
#include <QObject>
#include <QString>
#include <memory>

#include "services/upload_queue_service.h"
#include "viewmodels/upload_queue_model.h"

namespace audientia::gui {

class UploadsViewModel : public QObject {
  Q_OBJECT

 public:
  explicit UploadsViewModel(QObject* parent = nullptr);
  ~UploadsViewModel() override;

  void setService(std::unique_ptr<UploadQueueService> service);
  void clear();
  bool isAvailable() const { return service_ != nullptr; }
  UploadQueueService* service() const { return service_.get(); }

  UploadQueueModel* model() { return &model_; }
  void setHearingNames(QHash<QString, QString> names) { model_.setHearingNames(std::move(names)); }

  // Enqueue for a hearing and return at once; the upload runs in the background.
  void addFile(const QString& hearingId, const QString& path);
  void addCaptureFolder(const QString& hearingId, const QString& directory);
  void pause();
  void resume();
  bool isPaused() const;
  void retry(const QString& key);
  void abort(const QString& key);
  void remove(const QString& key);
  void removeFinished();
  // Reads the journal again.
  void reload();

 signals:
  void statusMessage(const QString& message);
  void errorOccurred(const QString& message);
  // An upload ended with a recording on the server.
  void recordingUploaded(const QString& hearingId, const QString& recordingId);
  // The number of pending or done items, or paused, changed.
  void queueChanged();

 private:
  void add(const QString& hearingId, const QString& path, client::FollowMode follow);
  void onItemFinished(const QString& key, const QString& hearingId, const QString& recordingId,
                      const QString& error, bool cancelled);
  QString fileNameOf(const QString& key) const;

  UploadQueueModel model_;
  std::unique_ptr<UploadQueueService> service_;
};

}  // namespace audientia::gui
