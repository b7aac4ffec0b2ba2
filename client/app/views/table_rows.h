#pragma once

// Selecting a whole row of a table view, in either layout direction.

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace audientia::gui {

// QTableView::selectRow() makes current the cell at the viewport's far edge in a right-to-left
// layout (Qt 6.4), where there is no cell once the columns fill the viewport: the row is
// selected but the current index stays invalid, and nothing that follows currentRowChanged (the
// details of the selected hearing) hears of it. This selects the row and makes its first shown
// cell current, in either direction.
inline void selectTableRow(QTableView& view, int row) {
  QAbstractItemModel* model = view.model();
  if (model == nullptr || row < 0 || row >= model->rowCount(view.rootIndex())) return;
  const int column = view.horizontalHeader()->logicalIndex(0);
  const QModelIndex index = model->index(row, column < 0 ? 0 : column, view.rootIndex());
  view.selectionModel()->setCurrentIndex(
      index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

}  // namespace audientia::gui
