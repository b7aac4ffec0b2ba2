#include "views/wrapped_text_style.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace audientia::gui {

void WrappedTextStyle::drawItemText(QPainter* painter, const QRect& rect, int flags,
                                    const QPalette& palette, bool enabled, const QString& text,
                                    QPalette::ColorRole textRole) const {
  if ((flags & Qt::TextWordWrap) == 0 || painter->layoutDirection() != Qt::RightToLeft ||
      text.contains(QLatin1Char('&'))) {
    QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
    return;
  }
  QTextOption option;
  option.setTextDirection(Qt::RightToLeft);
  option.setWrapMode(QTextOption::WordWrap);
  option.setAlignment(
      QStyle::visualAlignment(Qt::RightToLeft, Qt::Alignment(flags & Qt::AlignHorizontal_Mask)));
  QTextLayout layout(text, painter->font());
  layout.setTextOption(option);
  layout.beginLayout();
  qreal height = 0;
  for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
    line.setLineWidth(rect.width());
    line.setPosition(QPointF(0, height));
    height += line.height();
  }
  layout.endLayout();
  qreal top = rect.top();
  if ((flags & Qt::AlignVCenter) != 0) {
    top += (rect.height() - height) / 2;
  } else if ((flags & Qt::AlignBottom) != 0) {
    top += rect.height() - height;
  }
  painter->save();
  if (textRole != QPalette::NoRole) {
    painter->setPen(palette.color(enabled ? QPalette::Active : QPalette::Disabled, textRole));
  }
  layout.draw(painter, QPointF(rect.left(), top));
  painter->restore();
}

void installWrappedTextStyle(QApplication& app) {
  app.setStyle(new WrappedTextStyle(QApplication::style()->name()));
}

}  // namespace audientia::gui
