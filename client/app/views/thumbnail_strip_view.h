#pragma once

// The pictures of the recording selected in the hearing view, in media time order (left to
// right in every language, like the player's timeline), each with its time; a double click or
// Enter asks to play from that picture (playRequested). Says when there are none or they are
// still being read.

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;

namespace audientia::gui {

class ThumbnailStripModel;

class ThumbnailStripView : public QWidget {
  Q_OBJECT

 public:
  ThumbnailStripView(ThumbnailStripModel& model, QWidget* parent);
  QListView* view() const { return list_; }
  // "Pictures (n)", for the tab that holds the strip.
  QString title() const;

 signals:
  void playRequested(qint64 atMs);
  void titleChanged();

 private:
  void showState();

  ThumbnailStripModel& model_;
  QStackedWidget* stack_ = nullptr;
  QLabel* hint_ = nullptr;
  QListView* list_ = nullptr;
};

}  // namespace audientia::gui
