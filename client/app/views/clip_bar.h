#pragma once

// The player's clip controls: where the clip to export starts (I) and ends (O) on the timeline,
// and "Export clip…" (Ctrl+Shift+E), which asks where to save it and exports it through the
// DownloadViewModel (cut on the server without re-encoding, saved once its digest matches),
// with a progress bar, Cancel, and what happened in words.

#include <QWidget>

class QLabel;
class QPushButton;

namespace audientia::gui {

class DownloadViewModel;
class PlayerViewModel;
class TransferStatus;

class ClipBar : public QWidget {
  Q_OBJECT

 public:
  ClipBar(PlayerViewModel& player, DownloadViewModel& downloads, QWidget* parent);

  // The case of the recording playing, for the suggested file name.
  void setCaseNumber(const QString& caseNumber) { caseNumber_ = caseNumber; }
  // Asks where to save the marked clip, then exports it.
  void exportClip();
  // Exports the marked clip to path without asking.
  void exportClipTo(const QString& path);
  // "808-P-2026_0-00-05_0-00-09.mp4".
  QString suggestedFileName() const;
  QPushButton* exportButton() const { return export_; }
  QLabel* rangeLabel() const { return range_; }
  QLabel* statusLabel() const;

 private:
  void showClip();

  PlayerViewModel& player_;
  DownloadViewModel& downloads_;
  QString caseNumber_;
  QLabel* range_ = nullptr;
  QPushButton* start_ = nullptr;
  QPushButton* end_ = nullptr;
  QPushButton* clear_ = nullptr;
  QPushButton* export_ = nullptr;
  TransferStatus* transfer_ = nullptr;
};

}  // namespace audientia::gui
