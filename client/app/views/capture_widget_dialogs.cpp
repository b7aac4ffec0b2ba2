// CaptureWidget, what it asks the user: the pause's reason, the stop's confirmation, a note's
// moment, an interrupted recording found at start, and closing while a hearing records.

#include <QEventLoop>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include "viewmodels/capture_view_model.h"
#include "views/capture_widget.h"

namespace audientia::gui {

void CaptureWidget::askPause() {
  bool chosen = false;
  const QString reason = QInputDialog::getItem(
      this, tr("Pause the recording"),
      tr("Why is the hearing paused? Choose a reason or type one; it goes into the record."),
      CaptureViewModel::pauseReasons(), 0, /*editable=*/true, &chosen);
  if (!chosen) return;
  viewModel_.pause(reason);
}

void CaptureWidget::askStop() {
  const auto answer = QMessageBox::question(
      this, tr("Stop the recording"),
      tr("Stop recording and seal the hearing now? A sealed recording cannot be continued; a new "
         "session of the hearing can be recorded later."),
      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
  if (answer == QMessageBox::Yes) viewModel_.stop();
}

void CaptureWidget::stampMarker(int kindIndex) {
  const auto& kinds = viewModel_.markerKinds();
  if (kindIndex < 0 || kindIndex >= static_cast<int>(kinds.size())) return;
  // The moment is the key press, not the end of typing: the marker is stamped at once and a
  // note's text is then typed into its row.
  editNextMarker_ = kinds[static_cast<std::size_t>(kindIndex)].asksText;
  viewModel_.addMarker(kindIndex);
}

void CaptureWidget::offerInterrupted(int count) {
  Q_UNUSED(count);
  const auto& found = viewModel_.interrupted();
  for (int i = static_cast<int>(found.size()) - 1; i >= 0; --i) {
    const auto& capture = found[static_cast<std::size_t>(i)];
    QMessageBox box(
        QMessageBox::Warning, tr("Interrupted recording found"),
        tr("The recording \"%1\" was interrupted (the program or the computer "
           "stopped). What was recorded up to %2 has been recovered.\n\nResume "
           "recording into the same hearing? The gap is noted in the record.")
            .arg(QString::fromStdString(capture.title), QString::fromStdString(capture.gapStart)),
        QMessageBox::NoButton, this);
    auto* resume = box.addButton(tr("&Resume recording"), QMessageBox::AcceptRole);
    box.addButton(tr("&Seal it as it is"), QMessageBox::DestructiveRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(resume));
    box.exec();
    if (box.clickedButton() == resume && viewModel_.state() == CaptureState::kPreparing) {
      viewModel_.resumeInterrupted(i);
    } else {
      viewModel_.sealInterrupted(i);
    }
  }
}

bool CaptureWidget::confirmClose() {
  if (!viewModel_.isCapturing()) return true;
  const auto answer = QMessageBox::warning(
      this, tr("A hearing is being recorded"),
      tr("A hearing is being recorded. Stop and seal it before closing?\n\nNothing is lost "
         "either way: if you keep recording, the window stays open."),
      QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
  if (answer != QMessageBox::Yes) return false;
  if (viewModel_.state() == CaptureState::kRecording ||
      viewModel_.state() == CaptureState::kPaused) {
    viewModel_.stop();
  }
  // The seal takes a moment: wait for it (the event loop keeps the window painting).
  QEventLoop loop;
  connect(&viewModel_, &CaptureViewModel::stateChanged, &loop, [&loop, this] {
    if (!viewModel_.isCapturing()) loop.quit();
  });
  if (viewModel_.isCapturing()) loop.exec();
  return true;
}

}  // namespace audientia::gui
