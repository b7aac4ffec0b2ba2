#pragma once

// The selected hearing: its particulars (case, kind, status, location, participants) and its
// recordings, with the selected recording's full SHA-256 in a field that can be selected and
// copied. Shows a hint instead of empty panes when nothing is selected or nothing is recorded.
// With uploads (prosecutors): "Add recording…" (a file) and "Add capture folder…" (a directory
// written by the capture engine) put it on the upload queue for this hearing. With annotations
// (prosecutors and clerks), the selected recording's annotations in a tab beside its moments
// and its files (state, seal, files with their digests, "Save file…"). With a
// player, "Play" (Ctrl+P, or a double-click on the recording) asks to play the selected
// recording, and a hearing opened at a moment (a search hit) asks to play it from there.

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace audientia::gui {

class AnnotationsPanel;
class AnnotationsViewModel;
class DownloadViewModel;
class HearingExportBar;
class RecordingFilesPanel;
class ThumbnailStripView;
class HearingsViewModel;
class PlayerViewModel;
class UploadsViewModel;

class HearingDetailsWidget : public QWidget {
  Q_OBJECT

 public:
  HearingDetailsWidget(HearingsViewModel& viewModel, QWidget* parent);

  QTableView* recordingsView() const { return recordings_; }
  QTableView* momentsView() const { return moments_; }
  // When the hearing loading now is shown: selects this recording and the moment nearest atMs
  // (atMs -1: the recording only). How a search hit opens.
  void openAt(const QString& recordingId, qint64 atMs);
  // Shows the buttons that enqueue uploads for the hearing shown (null: hides them).
  void setUploads(UploadsViewModel* uploads);
  // Shows the annotations of the selected recording, with their actions (once; not null).
  void setAnnotations(AnnotationsViewModel& annotations);
  // Null until setAnnotations().
  AnnotationsPanel* annotationsPanel() const { return annotationsPanel_; }
  // "Save file…" in the Files tab and the hearing's report and evidence package
  // (HearingExportBar), through this download.
  void setDownloads(DownloadViewModel& downloads);
  HearingExportBar* exportBar() const { return exportBar_; }
  RecordingFilesPanel* filesPanel() const { return filesPanel_; }
  // The selected recording's pictures; a double click plays from one.
  ThumbnailStripView* picturesView() const { return pictures_; }
  QTabWidget* detailTabs() const { return detailTabs_; }
  // Shows "Play" (playRequested) for the selected recording.
  void setPlayable(bool playable);
  // The player, whose marked part the evidence package dialog offers.
  void setPlayer(const PlayerViewModel* player);
  QPushButton* playButton() const { return play_; }
  // Asks to play the selected recording.
  void playCurrent();

 signals:
  // Play recording row `row` of the hearing shown from atMs (-1: the start).
  void playRequested(int row, qint64 atMs);

 private:
  void showDetails();
  void showCurrentRecording();
  void copySha256();
  void addRecording();
  void addCaptureFolder();

  HearingsViewModel& viewModel_;
  QStackedWidget* stack_ = nullptr;
  QLabel* placeholder_ = nullptr;
  QLabel* heading_ = nullptr;
  QLabel* kind_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* location_ = nullptr;
  QLabel* participants_ = nullptr;
  QLabel* created_ = nullptr;
  QStackedWidget* recordingsStack_ = nullptr;
  QLabel* noRecordings_ = nullptr;
  QTableView* recordings_ = nullptr;
  QLabel* mediaError_ = nullptr;   // the selected recording's, when it is not playable
  QTableView* moments_ = nullptr;  // the selected recording's markers and gaps
  RecordingFilesPanel* filesPanel_ = nullptr;
  ThumbnailStripView* pictures_ = nullptr;
  QTabWidget* detailTabs_ = nullptr;  // annotations, moments, files of the selected recording
  QLineEdit* sha256_ = nullptr;
  QPushButton* copySha_ = nullptr;
  UploadsViewModel* uploads_ = nullptr;
  QString pendingRecording_;  // openAt()
  qint64 pendingAtMs_ = -1;
  QPushButton* addRecording_ = nullptr;
  QPushButton* addCapture_ = nullptr;
  QPushButton* play_ = nullptr;
  QVBoxLayout* recordingsLayout_ = nullptr;
  AnnotationsViewModel* annotations_ = nullptr;
  AnnotationsPanel* annotationsPanel_ = nullptr;
  QFormLayout* particularsLayout_ = nullptr;
  HearingExportBar* exportBar_ = nullptr;  // with setDownloads()
  const PlayerViewModel* player_ = nullptr;
};

}  // namespace audientia::gui
