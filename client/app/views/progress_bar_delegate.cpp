#include "views/progress_bar_delegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <algorithm>

namespace audientia::gui {
namespace {

constexpr int kMargin = 3;
constexpr int kMinimumWidth = 120;

}  // namespace

ProgressBarDelegate::ProgressBarDelegate(int percentRole, QObject* parent)
    : QStyledItemDelegate(parent), percentRole_(percentRole) {}

void ProgressBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
  // The row's background (selection, alternating colours) first, without the text.
  QStyleOptionViewItem background = option;
  initStyleOption(&background, index);
  background.text.clear();
  QStyle* style = option.widget != nullptr ? option.widget->style() : QApplication::style();
  style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

  QStyleOptionProgressBar bar;
  if (option.widget != nullptr) bar.initFrom(option.widget);
  bar.rect = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
  bar.state = option.state | QStyle::State_Horizontal;
  bar.minimum = 0;
  bar.maximum = 100;
  bar.progress = std::clamp(index.data(percentRole_).toInt(), 0, 100);
  bar.text = index.data(Qt::DisplayRole).toString();
  bar.textVisible = true;
  bar.textAlignment = Qt::AlignCenter;
  style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
  QSize size = QStyledItemDelegate::sizeHint(option, index);
  size.setWidth(std::max(size.width(), kMinimumWidth));
  return size;
}

}  // namespace audientia::gui
