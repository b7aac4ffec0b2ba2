#pragma once

// What the server keeps for the recording selected in the hearing view: its state (and why it
// failed), the seal of a capture (the last link of its segment chain, to copy into a report),
// and its files (master or original, segments with where they start, the sealed manifest, the
// waveform) with size and SHA-256. "Save file…" (Ctrl+S) downloads the selected file (the
// master or original when none is selected) with a progress bar and Cancel; the file gets its
// name only once its SHA-256 matched the server's.

#include <QWidget>

#include "audientia/v1/recordings.pb.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace audientia::gui {

class DownloadViewModel;
class RecordingFileModel;

class RecordingFilesPanel : public QWidget {
  Q_OBJECT

 public:
  RecordingFilesPanel(RecordingFileModel& files, QWidget* parent);

  // Shows this recording's state and seal (the files come from the model).
  void setRecording(const v1::Recording* recording);
  // Offers "Save file…" through this download (null: hidden).
  void setDownloads(DownloadViewModel* downloads);
  QTableView* view() const { return table_; }
  QPushButton* saveButton() const { return save_; }
  // Downloads the chosen file to path without asking (the button asks for the path).
  void saveTo(const QString& path);

 private:
  void save();
  void showDownload();
  const v1::RecordingFile* chosenFile() const;

  RecordingFileModel& files_;
  DownloadViewModel* downloads_ = nullptr;
  std::string recordingId_;
  QLabel* state_ = nullptr;
  QLabel* sealLabel_ = nullptr;
  QLineEdit* seal_ = nullptr;
  QTableView* table_ = nullptr;
  QPushButton* save_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace audientia::gui
