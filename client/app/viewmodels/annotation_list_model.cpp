#include "viewmodels/annotation_list_model.h"

#include "viewmodels/formatting.h"
#include "viewmodels/recording_moments_model.h"

namespace audientia::gui {
namespace {

// The text on one line of a table; the full text is in the tooltip.
QString annotationOneLine(const std::string& text) {
  return QString::fromStdString(text).simplified();
}

}  // namespace

AnnotationListModel::AnnotationListModel(QObject* parent) : QAbstractTableModel(parent) {}

void AnnotationListModel::setAnnotations(std::vector<v1::Annotation> annotations) {
  beginResetModel();
  all_ = std::move(annotations);
  filter();
  endResetModel();
}

void AnnotationListModel::setRecording(const QString& recordingId) {
  beginResetModel();
  recordingId_ = recordingId;
  filter();
  endResetModel();
}

void AnnotationListModel::clear() {
  beginResetModel();
  all_.clear();
  shown_.clear();
  endResetModel();
}

void AnnotationListModel::filter() {
  shown_.clear();
  const std::string recording = recordingId_.toStdString();
  for (const auto& annotation : all_) {
    if (!annotation.deleted() && !recording.empty() && annotation.recording_id() == recording) {
      shown_.push_back(&annotation);
    }
  }
}

int AnnotationListModel::rowOf(const QString& annotationId) const {
  const std::string id = annotationId.toStdString();
  for (std::size_t i = 0; i < shown_.size(); ++i) {
    if (shown_[i]->id() == id) return static_cast<int>(i);
  }
  return -1;
}

const v1::Annotation* AnnotationListModel::annotationAt(int row) const {
  return row >= 0 && row < rowCount() ? shown_[static_cast<std::size_t>(row)] : nullptr;
}

int AnnotationListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(shown_.size());
}

int AnnotationListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex& index, int role) const {
  const v1::Annotation* a = annotationAt(index.row());
  if (a == nullptr || index.column() < 0 || index.column() >= kColumnCount) return {};
  switch (role) {
    case AnnotationIdRole:
      return QString::fromStdString(a->id());
    case RevisionRole:
      return a->revision();
    case StartMsRole:
      return static_cast<qint64>(a->start_ms());
    case KindRole:
      return QString::fromStdString(a->kind());
    case TextRole:
      return QString::fromStdString(a->text());
    case Qt::ToolTipRole:
      return index.column() == kTextColumn ? QString::fromStdString(a->text()) : QVariant();
    case Qt::TextAlignmentRole:
      return index.column() == kRevisionColumn
                 ? QVariant(static_cast<int>(Qt::AlignTrailing | Qt::AlignVCenter))
                 : QVariant();
    case Qt::DisplayRole:
      break;
    default:
      return {};
  }
  switch (index.column()) {
    case kAtColumn:
      return clockText(a->start_ms());
    case kKindColumn:
      return RecordingMomentsModel::markerKindName(QString::fromStdString(a->kind()));
    case kTextColumn:
      return annotationOneLine(a->text());
    case kChangedByColumn:
      return QString::fromStdString(a->updated_by_username().empty() ? a->author_username()
                                                                     : a->updated_by_username());
    case kChangedAtColumn:
      return timestampText(a->updated_at_unix_ms() > 0 ? a->updated_at_unix_ms()
                                                       : a->created_at_unix_ms());
    case kRevisionColumn:
      return a->revision();
    case kFromCaptureColumn:
      return a->from_capture() ? tr("From the capture") : QString();
    default:
      return {};
  }
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kAtColumn:
      return tr("Time");
    case kKindColumn:
      return tr("Kind");
    case kTextColumn:
      return tr("Text");
    case kChangedByColumn:
      return tr("Changed by");
    case kChangedAtColumn:
      return tr("Changed");
    case kRevisionColumn:
      return tr("Revision");
    case kFromCaptureColumn:
      return tr("Source");
    default:
      return {};
  }
}

AnnotationHistoryModel::AnnotationHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void AnnotationHistoryModel::setRevisions(std::vector<v1::AnnotationRevision> revisions) {
  beginResetModel();
  revisions_ = std::move(revisions);
  endResetModel();
}

void AnnotationHistoryModel::clear() {
  setRevisions({});
}

QString AnnotationHistoryModel::changeName(v1::AnnotationChange change) {
  switch (change) {
    case v1::ANNOTATION_CHANGE_CREATE:
      return tr("Created");
    case v1::ANNOTATION_CHANGE_EDIT:
      return tr("Edited");
    case v1::ANNOTATION_CHANGE_DELETE:
      return tr("Deleted");
    default:
      return tr("Other change");
  }
}

int AnnotationHistoryModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(revisions_.size());
}

int AnnotationHistoryModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant AnnotationHistoryModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const auto& r = revisions_[static_cast<std::size_t>(index.row())];
  if (role == Qt::ToolTipRole && index.column() == kTextColumn) {
    return QString::fromStdString(r.text());
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case kRevisionColumn:
      return r.revision();
    case kChangeColumn:
      return changeName(r.change());
    case kWhenColumn:
      return timestampText(r.changed_at_unix_ms());
    case kWhoColumn:
      return QString::fromStdString(r.changed_by_username());
    case kTextColumn:
      return annotationOneLine(r.text());
    default:
      return {};
  }
}

QVariant AnnotationHistoryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kRevisionColumn:
      return tr("Revision");
    case kChangeColumn:
      return tr("Change");
    case kWhenColumn:
      return tr("When");
    case kWhoColumn:
      return tr("Who");
    case kTextColumn:
      return tr("Text");
    default:
      return {};
  }
}

}  // namespace audientia::gui
