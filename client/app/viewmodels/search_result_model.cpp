#include "viewmodels/search_result_model.h"

#include <QGuiApplication>

#include "viewmodels/formatting.h"
#include "viewmodels/recording_moments_model.h"

namespace audientia::gui {
namespace {

const QChar kMatchStart(0xE000);
const QChar kMatchEnd(0xE001);

}  // namespace

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractTableModel(parent) {}

void SearchResultModel::setHits(std::vector<v1::SearchHit> hits) {
  beginResetModel();
  hits_ = std::move(hits);
  endResetModel();
}

void SearchResultModel::appendHits(std::vector<v1::SearchHit> hits) {
  if (hits.empty()) return;
  const int first = static_cast<int>(hits_.size());
  beginInsertRows({}, first, first + static_cast<int>(hits.size()) - 1);
  for (auto& hit : hits) hits_.push_back(std::move(hit));
  endInsertRows();
}

void SearchResultModel::clear() {
  setHits({});
}

const v1::SearchHit* SearchResultModel::hitAt(int row) const {
  if (row < 0 || row >= static_cast<int>(hits_.size())) return nullptr;
  return &hits_[static_cast<std::size_t>(row)];
}

QString SearchResultModel::plainSnippet(const std::string& snippet) {
  QString text = QString::fromStdString(snippet);
  text.remove(kMatchStart);
  text.remove(kMatchEnd);
  return text.simplified();
}

QString SearchResultModel::htmlSnippet(const std::string& snippet) {
  QString html;
  const QString text = QString::fromStdString(snippet).simplified();
  QString run;
  for (const QChar c : text) {
    if (c == kMatchStart || c == kMatchEnd) {
      html += run.toHtmlEscaped();
      run.clear();
      html += c == kMatchStart ? QStringLiteral("<b>") : QStringLiteral("</b>");
    } else {
      run += c;
    }
  }
  return html + run.toHtmlEscaped();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(hits_.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant SearchResultModel::displayData(const v1::SearchHit& hit, int column) const {
  switch (column) {
    case kCaseColumn: {
      // A case number reads left to right in every language ("1234/P/2026", not
      // "P/2026/1234" in an Arabic layout): isolated as left-to-right text there.
      return leftToRight(QString::fromStdString(hit.hearing().case_number()));
    }
    case kFoundColumn:
      switch (hit.field()) {
        case v1::SEARCH_FIELD_ANNOTATION:
          return tr("Annotation: %1")
              .arg(RecordingMomentsModel::markerKindName(
                  QString::fromStdString(hit.annotation_kind())));
        case v1::SEARCH_FIELD_CASE_NUMBER:
          return tr("Case number");
        default:
          return tr("Hearing");
      }
    case kAtColumn:
      return hit.field() == v1::SEARCH_FIELD_ANNOTATION ? clockText(hit.at_ms()) : QString();
    case kMatchColumn:
      return plainSnippet(hit.snippet());
    case kTitleColumn: {
      const QString title = QString::fromStdString(hit.hearing().title());
      return title.isEmpty() ? kindName(hit.hearing().kind())
                             : kindName(hit.hearing().kind()) + QStringLiteral(" · ") + title;
    }
    case kCreatedColumn:
      return timestampText(hit.hearing().created_at_unix_ms());
    default:
      return {};
  }
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const {
  const v1::SearchHit* hit = index.isValid() ? hitAt(index.row()) : nullptr;
  if (hit == nullptr) return {};
  switch (role) {
    case Qt::DisplayRole:
      return displayData(*hit, index.column());
    case Qt::ToolTipRole:
      if (index.column() == kMatchColumn) return plainSnippet(hit->snippet());
      if (index.column() == kTitleColumn) return participantsText(hit->hearing());
      return {};
    case MatchHtmlRole:
      return htmlSnippet(hit->snippet());
    case HearingIdRole:
      return QString::fromStdString(hit->hearing().id());
    case RecordingIdRole:
      return QString::fromStdString(hit->recording_id());
    case AtMsRole:
      return hit->field() == v1::SEARCH_FIELD_ANNOTATION ? static_cast<qint64>(hit->at_ms())
                                                         : qint64{-1};
    case AnnotationIdRole:
      return QString::fromStdString(hit->annotation_id());
    default:
      return {};
  }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kCaseColumn:
      return tr("Case number");
    case kFoundColumn:
      return tr("Found in");
    case kAtColumn:
      return tr("At");
    case kMatchColumn:
      return tr("Match");
    case kTitleColumn:
      return tr("Hearing");
    case kCreatedColumn:
      return tr("Created");
    default:
      return {};
  }
}

}  // namespace audientia::gui
