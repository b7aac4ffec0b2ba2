#include "views/clip_bar.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "viewmodels/download_view_model.h"
#include "viewmodels/formatting.h"
#include "viewmodels/player_view_model.h"
#include "views/transfer_status.h"

namespace audientia::gui {
namespace {

// "0-00-05" for a file name.
QString fileTime(qint64 ms) {
  return clockText(ms).replace(QLatin1Char(':'), QLatin1Char('-'));
}

}  // namespace

ClipBar::ClipBar(PlayerViewModel& player, DownloadViewModel& downloads, QWidget* parent)
    : QWidget(parent), player_(player), downloads_(downloads) {
  range_ = new QLabel(this);
  range_->setTextFormat(Qt::PlainText);
  start_ = new QPushButton(tr("Clip st&arts here"), this);
  start_->setToolTip(tr("The clip to export starts at the playing position (I)"));
  end_ = new QPushButton(tr("Cli&p ends here"), this);
  end_->setToolTip(tr("The clip to export ends at the playing position (O)"));
  clear_ = new QPushButton(tr("Clea&r"), this);
  clear_->setToolTip(tr("Forget the clip's start and end"));
  export_ = new QPushButton(tr("E&xport clip…"), this);
  export_->setToolTip(
      tr("Save the marked part as an MP4 (Ctrl+Shift+E): cut on the server without re-encoding, "
         "from the last keyframe before its start, with the case and the source's SHA-256 in "
         "it; saved only once its SHA-256 matches"));
  transfer_ = new TransferStatus(downloads_, {TransferKind::kClip}, tr("Cancel export"), this);

  auto* row = new QHBoxLayout;
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(range_);
  row->addStretch(1);
  for (QWidget* widget : {static_cast<QWidget*>(start_), static_cast<QWidget*>(end_),
                          static_cast<QWidget*>(clear_), static_cast<QWidget*>(export_)}) {
    row->addWidget(widget);
  }
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(row);
  layout->addWidget(transfer_);

  connect(start_, &QPushButton::clicked, &player_, &PlayerViewModel::markClipStart);
  connect(end_, &QPushButton::clicked, &player_, &PlayerViewModel::markClipEnd);
  connect(clear_, &QPushButton::clicked, &player_, &PlayerViewModel::clearClip);
  connect(export_, &QPushButton::clicked, this, &ClipBar::exportClip);
  connect(&player_, &PlayerViewModel::clipChanged, this, &ClipBar::showClip);
  connect(&player_, &PlayerViewModel::stateChanged, this, &ClipBar::showClip);
  connect(&player_, &PlayerViewModel::durationChanged, this, &ClipBar::showClip);
  connect(&downloads_, &DownloadViewModel::stateChanged, this, &ClipBar::showClip);
  showClip();
}

QLabel* ClipBar::statusLabel() const {
  return transfer_->statusLabel();
}

QString ClipBar::suggestedFileName() const {
  return caseFileStem(caseNumber_, tr("clip")) + QLatin1Char('_') + fileTime(player_.clipFromMs()) +
         QLatin1Char('_') + fileTime(player_.clipToMs()) + QStringLiteral(".mp4");
}

void ClipBar::exportClip() {
  if (!player_.hasClip() || downloads_.state() == DownloadState::kRunning) return;
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  const QString path = QFileDialog::getSaveFileName(
      this,
      tr("Export clip %1–%2")
          .arg(preciseClockText(player_.clipFromMs()), preciseClockText(player_.clipToMs())),
      QDir(folder).filePath(suggestedFileName()), tr("MP4 video (*.mp4)"));
  if (!path.isEmpty()) exportClipTo(path);
}

void ClipBar::exportClipTo(const QString& path) {
  downloads_.startClip(player_.recordingId().toStdString(), player_.clipFromMs(),
                       player_.clipToMs(), path);
}

void ClipBar::showClip() {
  const bool media = player_.hasMedia();
  range_->setText(
      player_.hasClip()
          ? tr("Clip: %1 – %2 (%3)")
                .arg(leftToRight(preciseClockText(player_.clipFromMs())),
                     leftToRight(preciseClockText(player_.clipToMs())),
                     leftToRight(preciseClockText(player_.clipToMs() - player_.clipFromMs())))
          : tr("Clip: mark its start (I) and end (O) while playing"));
  start_->setEnabled(media);
  end_->setEnabled(media);
  clear_->setEnabled(player_.clipStartMs() >= 0 || player_.clipEndMs() >= 0);
  export_->setEnabled(media && player_.hasClip() && downloads_.state() != DownloadState::kRunning);
}

}  // namespace audientia::gui
