#pragma once

// The Uploads tab (prosecutors): the upload queue with a progress bar per item, and Pause /
// Resume (of the whole queue), Retry (an item that stopped with an error or failed), Abort…
// (an unfinished item, after a confirmation: its staged bytes on the server are discarded),
// Remove (a finished item) and Remove finished (every done item) — the last two only tidy the
// list; recordings on the server are not touched.

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace audientia::gui {

class UploadsViewModel;

class UploadsWidget : public QWidget {
  Q_OBJECT

 public:
  UploadsWidget(UploadsViewModel& viewModel, QWidget* parent);

  QTableView* view() const { return view_; }
  QPushButton* pauseButton() const { return pause_; }
  QPushButton* abortButton() const { return abort_; }

 private:
  void updateState();
  void fitColumns();
  int currentRow() const;
  QString currentKey() const;
  void confirmAbort();

  UploadsViewModel& viewModel_;
  QLabel* summary_ = nullptr;
  QStackedWidget* stack_ = nullptr;
  QLabel* empty_ = nullptr;
  QTableView* view_ = nullptr;
  QPushButton* pause_ = nullptr;
  QPushButton* retry_ = nullptr;
  QPushButton* abort_ = nullptr;
  QPushButton* remove_ = nullptr;
  QPushButton* removeFinished_ = nullptr;
  bool columnsFitted_ = false;
};

}  // namespace audientia::gui
