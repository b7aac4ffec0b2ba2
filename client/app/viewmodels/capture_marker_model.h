#pragma once

// The markers of the capture being recorded, live: media time, kind, text (editable until the
// seal), wall time. Editing a text only asks (textEdited); the view model sends it to the engine
// and confirms with setText() once the manifest holds it.

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>
#include <vector>

namespace audientia::gui {

struct CaptureMarkerRow {
  int index = -1;  // the engine's marker index
  QString kind;    // the stored kind ("question")
  QString label;   // its words in the user's language ("Question")
  QString text;
  qint64 mediaMs = 0;
  QDateTime wallTime;
};

class CaptureMarkerModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { kTimeColumn = 0, kKindColumn, kTextColumn, kWallColumn, kColumnCount };

  explicit CaptureMarkerModel(QObject* parent = nullptr);

  void append(CaptureMarkerRow row);
  void clear();
  // Once sealed nothing is editable.
  void setEditable(bool editable);
  // The text the engine now holds for marker `index`.
  void setText(int index, const QString& text);
  const std::vector<CaptureMarkerRow>& rows() const { return rows_; }

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 signals:
  void textEdited(int markerIndex, const QString& text);

 private:
  std::vector<CaptureMarkerRow> rows_;
  bool editable_ = true;
};

}  // namespace audientia::gui
