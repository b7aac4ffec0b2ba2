#pragma once

// Screenshots from widget tests: saved under $AUDIENTIA_SCREENSHOT_DIR when it is set
// (docs/screenshots/ is refreshed that way), skipped otherwise.

#include <QString>
#include <QWidget>
#include <cstdlib>

namespace audientia::gui::testing {

// Saves widget (laid out at its size hint when fitToContents) as DIR/name.
enum class PictureSize { AsIs, FitToContents };
inline void keepPicture(QWidget& widget, const char* name, PictureSize size = PictureSize::AsIs) {
  const char* dir = std::getenv("AUDIENTIA_SCREENSHOT_DIR");
  if (dir == nullptr || *dir == '\0') return;
  if (size == PictureSize::FitToContents) widget.adjustSize();
  widget.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
}

}  // namespace audientia::gui::testing
