#pragma once

// Paints a cell whose role `htmlRole` holds simple HTML (text with <b> around the words that
// matched a search) instead of its plain DisplayRole text, elided to one line, in the view's
// layout direction.

#include <QStyledItemDelegate>

namespace audientia::gui {

class HighlightDelegate : public QStyledItemDelegate {
 public:
  HighlightDelegate(int htmlRole, QObject* parent = nullptr)
      : QStyledItemDelegate(parent), htmlRole_(htmlRole) {}

  void paint(QPainter* painter, const QStyleOptionViewItem& option,
             const QModelIndex& index) const override;

 private:
  int htmlRole_;
};

}  // namespace audientia::gui
