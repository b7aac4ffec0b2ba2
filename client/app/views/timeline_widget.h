#pragma once

// The player's timeline: the recording's loudness over time (the server's waveform) above a bar
// of its length, what has been played, the clip marked for export (green), the marks
// (annotations in blue, pauses in amber, interruptions in red) as ticks, and the playing position.
// A click seeks there, or exactly to a mark when it lands on one; hovering a mark shows its time
// and text, and the server's picture of that moment above it. Media time runs left to right in
// every language (Arabic too), as in every player.

#include <QWidget>

class QLabel;

namespace audientia::gui {

class PlayerViewModel;

class TimelineWidget : public QWidget {
  Q_OBJECT

 public:
  TimelineWidget(PlayerViewModel& player, QWidget* parent);

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;
  // The media time at x (for tests and the view).
  qint64 timeAt(int x) const;
  int xOf(qint64 ms) const;
  // The mark whose tick is within a few pixels of x (-1: none).
  int markAt(int x) const;
  // The picture of the moment under the mouse (hidden when there is none).
  QLabel* preview() const { return preview_; }
  // Shows the picture of the moment at x above the timeline, as hovering does.
  void showPreview(int x);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void hideEvent(QHideEvent* event) override;
  bool event(QEvent* event) override;

 private:
  QRect barRect() const;

  PlayerViewModel& player_;
  QLabel* preview_ = nullptr;
};

}  // namespace audientia::gui
