#include "views/highlight_delegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace audientia::gui {

void HighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
  QStyleOptionViewItem opt = option;
  initStyleOption(&opt, index);
  const QString html = index.data(htmlRole_).toString();
  opt.text.clear();  // the background, focus and selection only; the text is drawn below
  QStyle* style = opt.widget != nullptr ? opt.widget->style() : QApplication::style();
  style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
  const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);

  QTextDocument document;
  document.setDocumentMargin(0);
  document.setDefaultFont(opt.font);
  QTextOption textOption;
  textOption.setWrapMode(QTextOption::NoWrap);
  textOption.setTextDirection(opt.direction);
  textOption.setAlignment(opt.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
  document.setDefaultTextOption(textOption);
  document.setHtml(html);
  document.setTextWidth(rect.width());

  painter->save();
  painter->setClipRect(rect);
  painter->translate(rect.left(), rect.top() + (rect.height() - document.size().height()) / 2);
  QAbstractTextDocumentLayout::PaintContext context;
  context.palette = opt.palette;
  const bool selected = (opt.state & QStyle::State_Selected) != 0;
  context.palette.setColor(
      QPalette::Text,
      opt.palette.color(opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive,
                        selected ? QPalette::HighlightedText : QPalette::Text));
  document.documentLayout()->draw(painter, context);
  painter->restore();
}

}  // namespace audientia::gui
