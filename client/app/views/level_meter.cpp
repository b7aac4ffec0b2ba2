#include "views/level_meter.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace audientia::gui {
namespace {

constexpr double kFloorDb = -60.0;

double fraction(double db) {
  return std::clamp((db - kFloorDb) / -kFloorDb, 0.0, 1.0);
}

}  // namespace

LevelMeter::LevelMeter(QWidget* parent) : QWidget(parent) {
  setMinimumSize(120, 16);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LevelMeter::setLevels(double peakDb, double rmsDb, bool clipping) {
  if (peakDb == peakDb_ && rmsDb == rmsDb_ && clipping == clipping_) return;
  peakDb_ = peakDb;
  rmsDb_ = rmsDb;
  clipping_ = clipping;
  setToolTip(tr("Peak %1 dBFS, RMS %2 dBFS")
                 .arg(QLocale().toString(std::max(peakDb, -120.0), 'f', 1),
                      QLocale().toString(std::max(rmsDb, -120.0), 'f', 1)));
  update();
}

QSize LevelMeter::sizeHint() const {
  return {240, 18};
}

void LevelMeter::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  QFont font = painter.font();
  font.setPixelSize(std::max(9, height() - 8));
  font.setBold(true);
  painter.setFont(font);
  const QString clipText = tr("CLIP");
  const int clipWidth = painter.fontMetrics().horizontalAdvance(clipText) + 10;
  QRect bar = rect().adjusted(0, 2, -(clipWidth + 4), -2);
  QRect clip(bar.right() + 4, bar.top(), clipWidth, bar.height());
  if (layoutDirection() == Qt::RightToLeft) {
    clip.moveLeft(0);
    bar.moveLeft(clipWidth + 4);
  }
  painter.fillRect(bar, QColor(0x20, 0x20, 0x20));
  const auto span = [&](double db) { return static_cast<int>(fraction(db) * bar.width()); };
  const int rms = span(rmsDb_);
  const int amber = span(-18), red = span(-6);
  const auto fill = [&](int from, int to, const QColor& color) {
    if (to <= from) return;
    QRect part(bar.left() + from, bar.top(), to - from, bar.height());
    if (layoutDirection() == Qt::RightToLeft) part.moveRight(bar.right() - from);
    painter.fillRect(part, color);
  };
  fill(0, std::min(rms, amber), QColor(0x2e, 0xa0, 0x43));
  fill(amber, std::min(rms, red), QColor(0xe0, 0xa8, 0x00));
  fill(red, rms, QColor(0xd0, 0x20, 0x20));
  const int peak = span(peakDb_);
  if (peak > 0) {
    const int x = layoutDirection() == Qt::RightToLeft ? bar.right() - peak : bar.left() + peak;
    painter.fillRect(QRect(x - 1, bar.top(), 2, bar.height()), Qt::white);
  }
  painter.fillRect(clip, clipping_ ? QColor(0xd0, 0x20, 0x20) : QColor(0x55, 0x55, 0x55));
  painter.setPen(clipping_ ? Qt::white : QColor(0xaa, 0xaa, 0xaa));
  painter.drawText(clip, Qt::AlignCenter, clipText);
}

}  // namespace audientia::gui
