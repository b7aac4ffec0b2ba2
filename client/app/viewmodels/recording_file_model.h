#pragma once

// The files the server keeps for one recording, as the hearing view lists them: the playable
// master (or the uploaded original), each capture segment with where it starts in the media, the
// sealed capture manifest, and the waveform, each with its size and full SHA-256. The thumbnails
// are not rows: thumbnails() lists them for the view's strip.

#include <QAbstractTableModel>
#include <vector>

#include "audientia/v1/recordings.pb.h"

namespace audientia::gui {

class RecordingFileModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { kWhatColumn = 0, kSizeColumn, kMediaColumn, kSha256Column, kColumnCount };

  explicit RecordingFileModel(QObject* parent = nullptr);

  void setRecording(const v1::Recording& recording);
  void clear();
  const v1::RecordingFile* fileAt(int row) const;
  const std::vector<v1::RecordingFile>& thumbnails() const { return thumbnails_; }
  // "Master (playable MP4)", "Segment 3", "Capture manifest (sealed)", ...
  static QString roleName(const v1::RecordingFile& file);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  std::vector<v1::RecordingFile> files_;
  std::vector<v1::RecordingFile> thumbnails_;
};

}  // namespace audientia::gui
