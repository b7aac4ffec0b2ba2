#pragma once

// The hits of a search as a table: case number, what matched (hearing, case number, annotation),
// where in the recording (annotation hits), the match with its words marked, the hearing's title
// and date. DisplayRole of the match column is plain text; MatchHtmlRole the same text as HTML
// with each match in <b>, for HighlightDelegate. The other roles say where a hit opens.

#include <QAbstractTableModel>
#include <QString>
#include <vector>

#include "audientia/v1/search.pb.h"

namespace audientia::gui {

class SearchResultModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    kCaseColumn = 0,
    kFoundColumn,
    kAtColumn,
    kMatchColumn,
    kTitleColumn,
    kCreatedColumn,
    kColumnCount
  };
  enum Role {
    HearingIdRole = Qt::UserRole + 1,
    RecordingIdRole,
    AtMsRole,  // qint64; -1 for a hit that is not an annotation
    AnnotationIdRole,
    MatchHtmlRole
  };

  explicit SearchResultModel(QObject* parent = nullptr);

  void setHits(std::vector<v1::SearchHit> hits);
  void appendHits(std::vector<v1::SearchHit> hits);
  void clear();
  const v1::SearchHit* hitAt(int row) const;

  // A server snippet (matches between U+E000 and U+E001) as plain text, and as HTML with <b>.
  static QString plainSnippet(const std::string& snippet);
  static QString htmlSnippet(const std::string& snippet);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  QVariant displayData(const v1::SearchHit& hit, int column) const;

  std::vector<v1::SearchHit> hits_;
};

}  // namespace audientia::gui
