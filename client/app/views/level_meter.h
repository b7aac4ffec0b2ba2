#pragma once

// One audio channel's level: the RMS as a filled bar (green, amber from -18 dBFS, red from
// -6 dBFS), the peak as a line, and a CLIP light that stays lit for a second after a peak at
// full scale. Scale -60..0 dBFS; drawn from the leading edge (right to left in Arabic).

#include <QWidget>

namespace audientia::gui {

class LevelMeter : public QWidget {
  Q_OBJECT

 public:
  explicit LevelMeter(QWidget* parent = nullptr);

  void setLevels(double peakDb, double rmsDb, bool clipping);
  double peakDb() const { return peakDb_; }
  bool clipping() const { return clipping_; }
  QSize sizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  double peakDb_ = -120;
  double rmsDb_ = -120;
  bool clipping_ = false;
};

}  // namespace audientia::gui
