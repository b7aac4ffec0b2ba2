#pragma once

// What happened in one recording, in the order of the clock: the markers stamped while it was
// recorded (kind, text, media time) and its gaps (a pause with the prosecutor's reason, or an
// interruption the capture recovered from), each with its wall-clock time. Read-only: the next
// step turns markers into editable annotations.

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>
#include <vector>

#include "audientia/v1/recordings.pb.h"

namespace audientia::gui {

class RecordingMomentsModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { kClockColumn = 0, kMediaTimeColumn, kWhatColumn, kTextColumn, kColumnCount };
  enum Role { MediaMsRole = Qt::UserRole + 1 };  // qint64; -1 for a gap

  explicit RecordingMomentsModel(QObject* parent = nullptr);

  void setRecording(const v1::Recording& recording);
  void clear();
  // Words for a marker kind: "question" -> "Question"; another kind as written.
  static QString markerKindName(const QString& kind);
  // The marker nearest to media time atMs (-1 when there is none).
  int rowNearest(qint64 atMs) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  struct Moment {
    QDateTime wall;
    qint64 mediaMs = -1;  // markers only
    QString what;
    QString text;
    bool gap = false;
  };
  std::vector<Moment> moments_;
};

}  // namespace audientia::gui
