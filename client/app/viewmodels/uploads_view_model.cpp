#include "viewmodels/uploads_view_model.h"

#include <QFileInfo>
#include <utility>

#include "viewmodels/login_view_model.h"

namespace audientia::gui {

UploadsViewModel::UploadsViewModel(QObject* parent) : QObject(parent) {}

UploadsViewModel::~UploadsViewModel() = default;

void UploadsViewModel::setService(std::unique_ptr<UploadQueueService> service) {
  clear();
  service_ = std::move(service);
  if (!service_) return;
  UploadQueueService* s = service_.get();
  connect(s, &UploadQueueService::itemStarted, this,
          [this](const QString& key) { model_.setRunning(key); });
  connect(s, &UploadQueueService::progressed, &model_, &UploadQueueModel::applyProgress);
  connect(s, &UploadQueueService::itemFinished, this, &UploadsViewModel::onItemFinished);
  connect(s, &UploadQueueService::itemsChanged, this, &UploadsViewModel::reload);
  connect(s, &UploadQueueService::aborted, this, [this](const QString& key) {
    emit statusMessage(tr("The upload of %1 was aborted.").arg(fileNameOf(key)));
  });
  connect(s, &UploadQueueService::errorOccurred, this, &UploadsViewModel::errorOccurred);
  reload();
  auto pending = s->start();
  if (!pending) {
    emit errorOccurred(tr("Reading the upload queue failed: %1").arg(errorText(pending.error())));
    return;
  }
  if (*pending > 0) {
    emit statusMessage(tr("Resuming %Ln uploads", nullptr, static_cast<int>(*pending)));
  }
}

void UploadsViewModel::clear() {
  // Destroying the service cancels the running item; it stays pending in the journal.
  service_.reset();
  model_.clear();
  model_.setPaused(false);
  emit queueChanged();
}

void UploadsViewModel::reload() {
  if (!service_) return;
  auto entries = service_->items();
  if (!entries) {
    emit errorOccurred(tr("Reading the upload queue failed: %1").arg(errorText(entries.error())));
    return;
  }
  model_.setEntries(std::move(entries).value());
  model_.setRunning(QString::fromStdString(service_->runningKey()));
  emit queueChanged();
}

void UploadsViewModel::addFile(const QString& hearingId, const QString& path) {
  add(hearingId, path, client::FollowMode::kNoFollow);
}

void UploadsViewModel::addCaptureFolder(const QString& hearingId, const QString& directory) {
  // A capture still recording is followed until its manifest is sealed.
  add(hearingId, directory, client::FollowMode::kFollow);
}

void UploadsViewModel::add(const QString& hearingId, const QString& path,
                           client::FollowMode follow) {
  if (!service_) {
    emit errorOccurred(tr("Uploads are not available for this login."));
    return;
  }
  const QString name = QFileInfo(path).fileName();
  auto entry = service_->enqueue(hearingId.toStdString(), path.toStdString(), follow);
  if (!entry) {
    emit errorOccurred(tr("Cannot upload %1: %2").arg(name, errorText(entry.error())));
    return;
  }
  if (entry->state == client::UploadItemState::kDone) {
    emit statusMessage(tr("%1 was uploaded to this hearing already.").arg(name));
  } else if (service_->isPaused()) {
    emit statusMessage(tr("%1 was added to the uploads; they are paused.").arg(name));
  } else {
    emit statusMessage(tr("%1 was added to the uploads.").arg(name));
  }
}

void UploadsViewModel::pause() {
  if (!service_) return;
  service_->pause();
  model_.setPaused(true);
  emit statusMessage(tr("Uploads paused; they continue where they stopped on Resume."));
  emit queueChanged();
}

void UploadsViewModel::resume() {
  if (!service_) return;
  service_->resume();
  model_.setPaused(false);
  emit statusMessage(tr("Uploads resumed."));
  emit queueChanged();
}

bool UploadsViewModel::isPaused() const {
  return service_ && service_->isPaused();
}

void UploadsViewModel::retry(const QString& key) {
  if (!service_) return;
  model_.setStopped(key, {});
  service_->retry(key.toStdString());
  if (service_->isPaused()) resume();
}

void UploadsViewModel::abort(const QString& key) {
  if (service_) service_->abort(key.toStdString());
}

void UploadsViewModel::remove(const QString& key) {
  if (!service_) return;
  if (Status removed = service_->remove(key.toStdString()); !removed) {
    emit errorOccurred(errorText(removed.error()));
  }
}

void UploadsViewModel::removeFinished() {
  if (!service_) return;
  auto removed = service_->removeFinished();
  if (!removed) {
    emit errorOccurred(tr("Removing finished uploads failed: %1").arg(errorText(removed.error())));
    return;
  }
  emit statusMessage(
      tr("%Ln finished uploads removed from the list.", nullptr, static_cast<int>(*removed)));
}

void UploadsViewModel::onItemFinished(const QString& key, const QString& hearingId,
                                      const QString& recordingId, const QString& error,
                                      bool cancelled) {
  model_.setRunning({});
  const QString name = fileNameOf(key);
  if (!recordingId.isEmpty() && error.isEmpty()) {
    emit statusMessage(tr("%1 was uploaded and verified.").arg(name));
    emit recordingUploaded(hearingId, recordingId);
    return;
  }
  if (cancelled) return;  // paused or closing: it stays pending, nothing went wrong
  model_.setStopped(key, error);
  const client::UploadJournalEntry* entry = model_.entryAt(model_.rowOf(key));
  emit errorOccurred(
      tr("The upload of %1 stopped: %2")
          .arg(name, entry != nullptr ? uploadErrorText(error, entry->path) : error));
}

QString UploadsViewModel::fileNameOf(const QString& key) const {
  const client::UploadJournalEntry* entry = model_.entryAt(model_.rowOf(key));
  return entry != nullptr ? QString::fromStdString(entry->path.filename().string()) : key;
}

}  // namespace audientia::gui
