#pragma once

// The application's style, with one fix: word-wrapped plain text in a right-to-left layout.
//
// Qt draws a wrapped plain-text label (QLabel with wordWrap, through QStyle::drawItemText) with
// each broken line shifted left by the width of the space it broke at, so that in Arabic the end
// of every wrapped line but the last runs past the label's left edge (clipped in the package
// dialog, among others). Rich text does not have the fault. This style lays such text out with
// QTextLayout, which places right-to-left lines correctly, and leaves everything else, and any
// text with a '&' (a mnemonic), to the style it wraps.

#include <QProxyStyle>

class QApplication;

namespace audientia::gui {

class WrappedTextStyle final : public QProxyStyle {
 public:
  using QProxyStyle::QProxyStyle;

  void drawItemText(QPainter* painter, const QRect& rect, int flags, const QPalette& palette,
                    bool enabled, const QString& text,
                    QPalette::ColorRole textRole = QPalette::NoRole) const override;
};

// Wraps the application's current style (the platform's, or -style's) in WrappedTextStyle.
void installWrappedTextStyle(QApplication& app);

}  // namespace audientia::gui
