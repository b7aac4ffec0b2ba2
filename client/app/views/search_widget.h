#pragma once

// The Search tab: the query box (Ctrl+Shift+F from anywhere in the window), filters (hearing
// kind, period, only with recordings), the hits best first with the matching words in bold, and
// "More hits". Enter or a double click on a hit opens it: the hearing, and for an annotation the
// recording at that moment (openRequested).

#include <QWidget>

#include "viewmodels/search_view_model.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace audientia::gui {

class SearchWidget : public QWidget {
  Q_OBJECT

 public:
  explicit SearchWidget(SearchViewModel& viewModel, QWidget* parent = nullptr);

  // Gives the query box the focus with its text selected.
  void focusQuery();
  QTableView* resultsView() const { return results_; }
  QLineEdit* queryEdit() const { return query_; }

 signals:
  // atMs -1: open the hearing; otherwise that recording at that time.
  void openRequested(const QString& hearingId, const QString& recordingId, qint64 atMs);

 private:
  void openCurrent();
  void showState();

  SearchViewModel& viewModel_;
  QLineEdit* query_ = nullptr;
  QComboBox* kind_ = nullptr;
  QComboBox* period_ = nullptr;
  QCheckBox* withRecordings_ = nullptr;
  QLabel* status_ = nullptr;
  QTableView* results_ = nullptr;
  QPushButton* more_ = nullptr;
};

}  // namespace audientia::gui
