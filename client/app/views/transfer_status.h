#pragma once

// What a DownloadViewModel is doing for one view (the kinds of transfer it starts), shown under the
// buttons that started it: a progress bar (busy until the size is known) and Cancel while it runs,
// then what happened in words (failures in red). Used by the player's clip bar and the hearing
// view's export bar.

#include <QList>
#include <QWidget>

#include "viewmodels/download_view_model.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace audientia::gui {

class TransferStatus : public QWidget {
  Q_OBJECT

 public:
  // Shows the transfers of these kinds only.
  TransferStatus(DownloadViewModel& downloads, QList<TransferKind> kinds, const QString& cancelText,
                 QWidget* parent);

  QLabel* statusLabel() const { return status_; }
  QProgressBar* progressBar() const { return progress_; }
  QPushButton* cancelButton() const { return cancel_; }
  void clear();

 private:
  void show();

  DownloadViewModel& downloads_;
  QList<TransferKind> kinds_;
  QProgressBar* progress_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace audientia::gui
