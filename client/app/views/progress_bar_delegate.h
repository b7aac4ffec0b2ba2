#pragma once

// Draws a column as a progress bar (the style's own) from an int 0..100 in a role of the model,
// with the percentage as its text.

#include <QStyledItemDelegate>

namespace audientia::gui {

class ProgressBarDelegate : public QStyledItemDelegate {
  Q_OBJECT

 public:
  ProgressBarDelegate(int percentRole, QObject* parent);

  void paint(QPainter* painter, const QStyleOptionViewItem& option,
             const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

 private:
  int percentRole_;
};

}  // namespace audientia::gui
