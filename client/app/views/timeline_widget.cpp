#include "views/timeline_widget.h"

#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

#include "viewmodels/formatting.h"
#include "viewmodels/player_view_model.h"
#include "viewmodels/thumbnail_strip_model.h"

namespace audientia::gui {
namespace {

constexpr int kMargin = 6;
constexpr int kSnapPixels = 4;

QColor markColor(PlayerViewModel::MarkKind kind) {
  switch (kind) {
    case PlayerViewModel::MarkKind::kAnnotation:
      return QColor(0x1f, 0x5f, 0xbf);
    case PlayerViewModel::MarkKind::kPause:
      return QColor(0xd0, 0x8a, 0x00);
    case PlayerViewModel::MarkKind::kInterruption:
      return QColor(0xb0, 0x00, 0x20);
  }
  return Qt::black;
}

}  // namespace

TimelineWidget::TimelineWidget(PlayerViewModel& player, QWidget* parent)
    : QWidget(parent), player_(player) {
  // Media time runs left to right in every language.
  setLayoutDirection(Qt::LeftToRight);
  setMouseTracking(true);
  setFocusPolicy(Qt::NoFocus);
  setCursor(Qt::PointingHandCursor);
  preview_ = new QLabel(this, Qt::ToolTip | Qt::FramelessWindowHint);
  preview_->setFrameShape(QFrame::Box);
  preview_->hide();
  setToolTip(
      tr("Click to play from there; the ticks are annotations (blue), pauses (amber) and "
         "interruptions (red)"));
  auto repaint = [this] { update(); };
  connect(&player_, &PlayerViewModel::positionChanged, this, repaint);
  connect(&player_, &PlayerViewModel::durationChanged, this, repaint);
  connect(&player_, &PlayerViewModel::marksChanged, this, repaint);
  connect(&player_, &PlayerViewModel::clipChanged, this, repaint);
  connect(&player_, &PlayerViewModel::waveformChanged, this, repaint);
}

QSize TimelineWidget::sizeHint() const {
  return {600, 58};
}

QSize TimelineWidget::minimumSizeHint() const {
  return {160, 58};
}

QRect TimelineWidget::barRect() const {
  return QRect(kMargin, 36, std::max(1, width() - 2 * kMargin), 10);
}

qint64 TimelineWidget::timeAt(int x) const {
  const QRect bar = barRect();
  const qint64 duration = player_.durationMs();
  if (duration <= 0) return 0;
  const double share = std::clamp(double(x - bar.left()) / double(bar.width()), 0.0, 1.0);
  return static_cast<qint64>(share * double(duration));
}

int TimelineWidget::xOf(qint64 ms) const {
  const QRect bar = barRect();
  const qint64 duration = player_.durationMs();
  if (duration <= 0) return bar.left();
  const double share = std::clamp(double(ms) / double(duration), 0.0, 1.0);
  return bar.left() + static_cast<int>(share * double(bar.width()));
}

int TimelineWidget::markAt(int x) const {
  int best = -1;
  int bestDistance = kSnapPixels + 1;
  const auto& marks = player_.marks();
  for (int i = 0; i < static_cast<int>(marks.size()); ++i) {
    const int distance = std::abs(xOf(marks[static_cast<std::size_t>(i)].atMs) - x);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

void TimelineWidget::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  const QRect bar = barRect();
  painter.setPen(Qt::NoPen);
  painter.setBrush(palette().color(QPalette::Mid));
  painter.drawRoundedRect(bar, 3, 3);
  const bool enabled = player_.hasMedia() && player_.durationMs() > 0;
  // The loudness above the bar: where people speak, where it is quiet.
  const auto& waveform = player_.waveform();
  if (enabled && !waveform.empty() && player_.waveformPeaksPerSecond() > 0) {
    const int top = 4;
    const int height = bar.top() - 6 - top;
    const double msPerPeak = 1000.0 / player_.waveformPeaksPerSecond();
    painter.setPen(QPen(palette().color(QPalette::Dark), 1));
    for (int x = bar.left(); x < bar.right(); ++x) {
      // The loudest peak within this pixel's stretch of time.
      const auto from = static_cast<std::size_t>(double(timeAt(x)) / msPerPeak);
      const auto to =
          std::max(from + 1, static_cast<std::size_t>(double(timeAt(x + 1)) / msPerPeak));
      float peak = 0;
      for (std::size_t i = from; i < to && i < waveform.size(); ++i)
        peak = std::max(peak, waveform[i]);
      const int h = static_cast<int>(peak * float(height));
      if (h > 0) painter.drawLine(x, top + height - h, x, top + height);
    }
  }
  if (enabled) {
    QRect played = bar;
    played.setRight(xOf(player_.positionMs()));
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRoundedRect(played, 3, 3);
  }
  if (enabled && player_.hasClip()) {
    // The clip marked for export, over the bar.
    QRect clip = bar.adjusted(0, -5, 0, 5);
    clip.setLeft(xOf(player_.clipFromMs()));
    clip.setRight(xOf(player_.clipToMs()));
    painter.fillRect(clip, QColor(0x2e, 0x7d, 0x32, 110));
  }
  for (const auto& mark : player_.marks()) {
    const int x = xOf(mark.atMs);
    painter.setPen(
        QPen(markColor(mark.kind), mark.kind == PlayerViewModel::MarkKind::kAnnotation ? 2 : 3));
    painter.drawLine(x, 2, x, bar.bottom() + 6);
  }
  if (enabled) {
    const int x = xOf(player_.positionMs());
    painter.setPen(QPen(palette().color(QPalette::Text), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawEllipse(QPoint(x, bar.center().y()), 7, 7);
  }
}

void TimelineWidget::mousePressEvent(QMouseEvent* event) {
  if (!player_.hasMedia() || event->button() != Qt::LeftButton) return;
  const int x = static_cast<int>(event->position().x());
  const int mark = markAt(x);
  player_.seek(mark >= 0 ? player_.marks()[static_cast<std::size_t>(mark)].atMs : timeAt(x));
}

void TimelineWidget::showPreview(int x) {
  const qint64 at = timeAt(x);
  const QImage picture = player_.hasMedia() ? player_.thumbnails().pictureAt(at) : QImage();
  if (picture.isNull()) {
    preview_->hide();
    return;
  }
  const QImage scaled = picture.scaled(192, 108, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  const QFontMetrics metrics(font());
  QPixmap shown(scaled.width(), scaled.height() + metrics.height() + 4);
  shown.fill(palette().color(QPalette::ToolTipBase));
  {
    QPainter painter(&shown);
    painter.drawImage(0, 0, scaled);
    painter.setPen(palette().color(QPalette::ToolTipText));
    painter.drawText(QRect(0, scaled.height() + 2, shown.width(), metrics.height()),
                     Qt::AlignCenter, clockText(at));
  }
  preview_->setPixmap(shown);
  preview_->adjustSize();
  const QPoint below = mapToGlobal(QPoint(x - preview_->width() / 2, 0));
  preview_->move(below.x(), below.y() - preview_->height() - 4);
  preview_->show();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event) {
  showPreview(static_cast<int>(event->position().x()));
  QWidget::mouseMoveEvent(event);
}

void TimelineWidget::leaveEvent(QEvent* event) {
  preview_->hide();
  QWidget::leaveEvent(event);
}

void TimelineWidget::hideEvent(QHideEvent* event) {
  preview_->hide();
  QWidget::hideEvent(event);
}

bool TimelineWidget::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const int mark = markAt(help->pos().x());
    if (mark >= 0) {
      const auto& found = player_.marks()[static_cast<std::size_t>(mark)];
      QToolTip::showText(help->globalPos(),
                         clockText(found.atMs) + QStringLiteral("  ") + found.label, this);
    } else if (player_.hasMedia()) {
      QToolTip::showText(help->globalPos(), clockText(timeAt(help->pos().x())), this);
    } else {
      QToolTip::showText(help->globalPos(), toolTip(), this);
    }
    return true;
  }
  return QWidget::event(event);
}

}  // namespace audientia::gui
