#pragma once

// The hearing's event list while it is recorded: what the engine noticed (silence, clipping,
// frozen or black video, an input that stopped, dropped frames, little disk left) and what the
// people did (started, paused with the reason, resumed, stopped), newest last, with the media
// time and the clock time. Warnings and errors are coloured.

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>
#include <vector>

namespace audientia::gui {

enum class EventSeverity { kUnspecified = 0, kInfo, kWarning, kError };

struct CaptureEventRow {
  EventSeverity severity = EventSeverity::kInfo;
  QString what;    // "Silence on Microphone 1"
  QString detail;  // the engine's own words, or the pause's reason
  qint64 mediaMs = 0;
  QDateTime wallTime;
  QString technical;  // the engine's own words (English), shown as a tooltip for support
};

class CaptureEventModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { kTimeColumn = 0, kWhatColumn, kDetailColumn, kWallColumn, kColumnCount };

  explicit CaptureEventModel(QObject* parent = nullptr);

  void append(CaptureEventRow row);
  void clear();
  const std::vector<CaptureEventRow>& rows() const { return rows_; }

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  std::vector<CaptureEventRow> rows_;
};

}  // namespace audientia::gui
