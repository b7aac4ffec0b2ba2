#pragma once

// The hearings of the user's office as a table: case number, kind, title, created, recordings.
// Display text is formatted for people; SortRole gives raw values (time, count) for sorting,
// FilterRole the text a filter box matches (case number and title), HearingIdRole the id.

#include <QAbstractTableModel>
#include <QString>
#include <vector>

#include "audientia/v1/hearings.pb.h"

namespace audientia::gui {

class HearingListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    kCaseColumn = 0,
    kKindColumn,
    kTitleColumn,
    kCreatedColumn,
    kRecordingsColumn,
    kColumnCount
  };
  enum Role { HearingIdRole = Qt::UserRole + 1, SortRole, FilterRole };

  explicit HearingListModel(QObject* parent = nullptr);

  // Replaces every row (a model reset).
  void setHearings(std::vector<v1::Hearing> hearings);
  // Replaces one hearing in place (by id); returns false when it is not listed.
  bool updateHearing(const v1::Hearing& hearing);
  void clear();

  const v1::Hearing* hearingAt(int row) const;
  // -1 when the id is not listed.
  int rowOf(const QString& hearingId) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

 private:
  QVariant displayData(const v1::Hearing& hearing, int column) const;
  QVariant sortData(const v1::Hearing& hearing, int column) const;

  std::vector<v1::Hearing> hearings_;
};

}  // namespace audientia::gui
