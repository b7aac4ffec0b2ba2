// CaptureViewModel, after a crash: the captures an earlier run left unsealed, found and
// recovered at start, then resumed into the same hearing or sealed as they are.

#include <QStringList>

#include "viewmodels/capture_view_model.h"

namespace audientia::gui {
namespace {

QString recoveryMessage(const Error& error) {
  return QString::fromStdString(error.message());
}

QStringList specList(const std::vector<std::string>& list) {
  QStringList out;
  for (const auto& item : list) out << QString::fromStdString(item);
  return out;
}

}  // namespace

// --- After a crash

void CaptureViewModel::findInterrupted() {
  capture_.findInterrupted(
      captureRoot_.toStdString(), this, [this](Expected<std::vector<InterruptedCapture>> found) {
        if (!found) {
          emit errorOccurred(tr("Interrupted recordings could not be checked: %1")
                                 .arg(recoveryMessage(found.error())));
          return;
        }
        interrupted_ = std::move(*found);
        if (!interrupted_.empty()) {
          emit interruptedFound(static_cast<int>(interrupted_.size()));
        }
      });
}

void CaptureViewModel::resumeInterrupted(int index) {
  if (state_ != CaptureState::kPreparing || index < 0 ||
      index >= static_cast<int>(interrupted_.size())) {
    return;
  }
  const InterruptedCapture capture = interrupted_[static_cast<std::size_t>(index)];
  interrupted_.erase(interrupted_.begin() + index);
  existingHearingId_ = QString::fromStdString(capture.hearingId);
  hearingId_ = existingHearingId_;
  caseNumber_ = QString::fromStdString(capture.title);
  video_ = specList(capture.videoInputs);
  audio_ = specList(capture.audioInputs);
  captureDir_ = QString::fromStdString(capture.dir.string());
  emit sourcesChanged();
  emit formChanged();
  setState(CaptureState::kStarting);
  markers_.clear();
  events_.clear();
  startCapture(true);
}

void CaptureViewModel::sealInterrupted(int index) {
  if (index < 0 || index >= static_cast<int>(interrupted_.size())) return;
  const InterruptedCapture capture = interrupted_[static_cast<std::size_t>(index)];
  interrupted_.erase(interrupted_.begin() + index);
  capture_.sealInterrupted(capture.dir, this, [this, capture](Status sealed) {
    if (!sealed) {
      emit errorOccurred(
          tr("The interrupted recording in %1 could not be sealed: %2")
              .arg(QString::fromStdString(capture.dir.string()), recoveryMessage(sealed.error())));
      return;
    }
    emit statusMessage(
        tr("The interrupted recording was sealed as it is; it is uploaded in the "
           "background."));
    if (!capture.hearingId.empty()) {
      emit captureStarted(QString::fromStdString(capture.hearingId),
                          QString::fromStdString(capture.dir.string()));
    }
  });
}

}  // namespace audientia::gui
