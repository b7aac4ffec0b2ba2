#pragma once

// The annotations of one recording (AnnotationListModel), in media-time order as the server
// lists them: the time in the recording, the kind in words, the text, who changed it last and
// when, its revision and whether it came from the capture's markers. And the revisions of one
// annotation (AnnotationHistoryModel), oldest first.

#include <QAbstractTableModel>
#include <QString>
#include <vector>

#include "audientia/v1/annotations.pb.h"

namespace audientia::gui {

class AnnotationListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    kAtColumn = 0,
    kKindColumn,
    kTextColumn,
    kChangedByColumn,
    kChangedAtColumn,
    kRevisionColumn,
    kFromCaptureColumn,
    kColumnCount
  };
  // AnnotationIdRole: QString; RevisionRole: int; StartMsRole: qint64; KindRole, TextRole: the
  // values as stored ("question", the full text).
  enum Role { AnnotationIdRole = Qt::UserRole + 1, RevisionRole, StartMsRole, KindRole, TextRole };

  explicit AnnotationListModel(QObject* parent = nullptr);

  // Every annotation of the hearing; the rows show those of recording().
  void setAnnotations(std::vector<v1::Annotation> annotations);
  void setRecording(const QString& recordingId);
  const QString& recording() const { return recordingId_; }
  void clear();
  // The row of an annotation (-1 when it is not shown).
  int rowOf(const QString& annotationId) const;
  const v1::Annotation* annotationAt(int row) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  void filter();

  std::vector<v1::Annotation> all_;
  std::vector<const v1::Annotation*> shown_;  // into all_
  QString recordingId_;
};

class AnnotationHistoryModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    kRevisionColumn = 0,
    kChangeColumn,
    kWhenColumn,
    kWhoColumn,
    kTextColumn,
    kColumnCount
  };

  explicit AnnotationHistoryModel(QObject* parent = nullptr);

  void setRevisions(std::vector<v1::AnnotationRevision> revisions);
  void clear();
  // "Created", "Edited", "Deleted".
  static QString changeName(v1::AnnotationChange change);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  std::vector<v1::AnnotationRevision> revisions_;
};

}  // namespace audientia::gui
