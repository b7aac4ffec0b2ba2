#pragma once

// The annotations of the recording selected in the hearing view (prosecutors and clerks): a table
// (time, kind, text, who changed it last and when, revision, from the capture) with
// "Add annotation…" (Insert), "Edit…" (Ctrl+E, F2, Enter), "Delete" (Delete, after asking) and
// "History…" (Ctrl+H). Edits and deletions carry the revision shown, so a change made meanwhile
// by someone else is refused with the server's message instead of being overwritten.

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace audientia::gui {

class AnnotationsViewModel;

class AnnotationsPanel : public QWidget {
  Q_OBJECT

 public:
  AnnotationsPanel(AnnotationsViewModel& viewModel, QWidget* parent);

  QTableView* view() const { return table_; }
  // Shows the annotations of this recording (empty: none selected).
  void setRecording(const QString& recordingId);
  // Where a new annotation starts: the media time (ms) of the moment selected, or -1.
  void setSuggestedTime(std::function<qint64()> suggest) { suggest_ = std::move(suggest); }

  void addAnnotation();
  void editAnnotation();
  void deleteAnnotation();
  void showHistory();

 private:
  void updateState();
  // The row shown current; -1 when none.
  int currentRow() const;

  AnnotationsViewModel& viewModel_;
  QLabel* status_ = nullptr;
  QTableView* table_ = nullptr;
  QPushButton* add_ = nullptr;
  QPushButton* edit_ = nullptr;
  QPushButton* delete_ = nullptr;
  QPushButton* history_ = nullptr;
  QString recordingId_;
  QString reselect_;  // the annotation to select once the list reloads
  std::function<qint64()> suggest_;
};

}  // namespace audientia::gui
