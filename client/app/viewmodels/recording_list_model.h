#pragma once

// The recordings of one hearing: file, duration (h:mm:ss), size, video and audio summary, and
// the full SHA-256. A recording that could not be probed as media shows the probe's reason in
// red in place of its video summary (the file itself is kept by the server).

#include <QAbstractTableModel>
#include <vector>

#include "audientia/v1/recordings.pb.h"

namespace audientia::gui {

class RecordingListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    kFileColumn = 0,
    kDurationColumn,
    kSizeColumn,
    kVideoColumn,
    kAudioColumn,
    kSha256Column,
    kColumnCount
  };
  enum Role { RecordingIdRole = Qt::UserRole + 1, SortRole, Sha256Role, MediaErrorRole };

  explicit RecordingListModel(QObject* parent = nullptr);

  void setRecordings(std::vector<v1::Recording> recordings);
  void clear();
  const v1::Recording* recordingAt(int row) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  QVariant displayData(const v1::Recording& recording, int column) const;
  QVariant toolTip(const v1::Recording& recording, int column) const;

  std::vector<v1::Recording> recordings_;
};

}  // namespace audientia::gui
