#include "viewmodels/recording_moments_model.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <algorithm>
#include <cstdlib>

#include "viewmodels/formatting.h"

namespace audientia::gui {
namespace {

QDateTime parseWall(const std::string& text) {
  return QDateTime::fromString(QString::fromStdString(text), Qt::ISODateWithMs);
}

}  // namespace

RecordingMomentsModel::RecordingMomentsModel(QObject* parent) : QAbstractTableModel(parent) {}

QString RecordingMomentsModel::markerKindName(const QString& kind) {
  if (kind == QLatin1String("question")) return tr("Question");
  if (kind == QLatin1String("answer")) return tr("Answer");
  if (kind == QLatin1String("objection")) return tr("Objection");
  if (kind == QLatin1String("exhibit")) return tr("Exhibit shown");
  if (kind == QLatin1String("note")) return tr("Note");
  return kind;
}

void RecordingMomentsModel::setRecording(const v1::Recording& recording) {
  beginResetModel();
  moments_.clear();
  for (const auto& marker : recording.markers()) {
    moments_.push_back({parseWall(marker.wall_time()), marker.media_time_ms(),
                        markerKindName(QString::fromStdString(marker.kind())),
                        QString::fromStdString(marker.text()), false});
  }
  for (const auto& gap : recording.gaps()) {
    const QDateTime start = parseWall(gap.wall_start());
    const QDateTime end = parseWall(gap.wall_end());
    QString text = QString::fromStdString(gap.reason());
    if (start.isValid() && end.isValid()) {
      const QString length = durationText(start.msecsTo(end));
      text = text.isEmpty() ? length : tr("%1 (%2)").arg(text, length);
    } else if (!end.isValid()) {
      text = text.isEmpty() ? tr("until the end") : tr("%1 (until the end)").arg(text);
    }
    moments_.push_back(
        {start, -1, gap.kind() == v1::GAP_KIND_PAUSE ? tr("Pause") : tr("Interruption (recovered)"),
         text, true});
  }
  std::stable_sort(moments_.begin(), moments_.end(),
                   [](const Moment& a, const Moment& b) { return a.wall < b.wall; });
  endResetModel();
}

void RecordingMomentsModel::clear() {
  beginResetModel();
  moments_.clear();
  endResetModel();
}

int RecordingMomentsModel::rowNearest(qint64 atMs) const {
  int best = -1;
  qint64 bestDistance = 0;
  for (std::size_t i = 0; i < moments_.size(); ++i) {
    if (moments_[i].mediaMs < 0) continue;
    const qint64 distance = std::abs(moments_[i].mediaMs - atMs);
    if (best < 0 || distance < bestDistance) {
      best = static_cast<int>(i);
      bestDistance = distance;
    }
  }
  return best;
}

int RecordingMomentsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(moments_.size());
}

int RecordingMomentsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QVariant RecordingMomentsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const Moment& moment = moments_[static_cast<std::size_t>(index.row())];
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case kClockColumn:
        return moment.wall.isValid() ? wallClockText(moment.wall) : QStringLiteral("–");
      case kMediaTimeColumn:
        return moment.mediaMs >= 0 ? clockText(moment.mediaMs) : QString();
      case kWhatColumn:
        return moment.what;
      case kTextColumn:
        return moment.text;
      default:
        return {};
    }
  }
  if (role == Qt::ToolTipRole && index.column() == kClockColumn && moment.wall.isValid()) {
    return QLocale().toString(moment.wall.toLocalTime(), QLocale::LongFormat);
  }
  if (role == MediaMsRole) return moment.mediaMs;
  if (role == Qt::ForegroundRole && moment.gap) return QBrush(QColor(0x9a, 0x5b, 0x00));
  return {};
}

QVariant RecordingMomentsModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kClockColumn:
      return tr("Clock");
    case kMediaTimeColumn:
      return tr("In the recording");
    case kWhatColumn:
      return tr("Marker or gap");
    case kTextColumn:
      return tr("Text or reason");
    default:
      return {};
  }
}

}  // namespace audientia::gui
