#include "views/search_widget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "viewmodels/formatting.h"
#include "views/highlight_delegate.h"
#include "views/table_rows.h"

namespace audientia::gui {

SearchWidget::SearchWidget(SearchViewModel& viewModel, QWidget* parent)
    : QWidget(parent), viewModel_(viewModel) {
  query_ = new QLineEdit(this);
  query_->setPlaceholderText(
      tr("Search case numbers, names, places and annotations (Ctrl+Shift+F)"));
  query_->setClearButtonEnabled(true);
  query_->setMaxLength(500);

  kind_ = new QComboBox(this);
  kind_->addItem(tr("Any kind"), int{v1::HEARING_KIND_UNSPECIFIED});
  for (auto kind : {v1::HEARING_KIND_SUSPECT, v1::HEARING_KIND_DEFENDANT, v1::HEARING_KIND_VICTIM,
                    v1::HEARING_KIND_WITNESS, v1::HEARING_KIND_EXPERT, v1::HEARING_KIND_OTHER}) {
    kind_->addItem(kindName(kind), int{kind});
  }
  kind_->setToolTip(tr("Only hearings of this kind"));
  period_ = new QComboBox(this);
  period_->addItem(tr("Any time"), int(SearchViewModel::Period::kAnyTime));
  period_->addItem(tr("Last 7 days"), int(SearchViewModel::Period::kLast7Days));
  period_->addItem(tr("Last 30 days"), int(SearchViewModel::Period::kLast30Days));
  period_->addItem(tr("Last 12 months"), int(SearchViewModel::Period::kLast12Months));
  period_->setToolTip(tr("Only hearings created in this period"));
  withRecordings_ = new QCheckBox(tr("Only with recordings"), this);

  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  results_ = new QTableView(this);
  results_->setModel(viewModel_.results());
  results_->setSelectionBehavior(QAbstractItemView::SelectRows);
  results_->setSelectionMode(QAbstractItemView::SingleSelection);
  results_->setAlternatingRowColors(true);
  results_->setWordWrap(false);
  results_->verticalHeader()->hide();
  results_->horizontalHeader()->setHighlightSections(false);
  results_->setItemDelegateForColumn(
      SearchResultModel::kMatchColumn,
      new HighlightDelegate(SearchResultModel::MatchHtmlRole, results_));
  results_->horizontalHeader()->setSectionResizeMode(SearchResultModel::kMatchColumn,
                                                     QHeaderView::Stretch);
  results_->setToolTip(
      tr("Enter or double-click opens the hearing (an annotation at its "
         "moment)"));

  more_ = new QPushButton(tr("&More hits"), this);
  more_->setVisible(false);

  auto* filters = new QHBoxLayout;
  filters->addWidget(query_, 1);
  filters->addWidget(kind_);
  filters->addWidget(period_);
  filters->addWidget(withRecordings_);
  auto* bottom = new QHBoxLayout;
  bottom->addWidget(status_, 1);
  bottom->addWidget(more_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(filters);
  layout->addWidget(results_, 1);
  layout->addLayout(bottom);

  connect(query_, &QLineEdit::textChanged, &viewModel_, &SearchViewModel::setQuery);
  connect(query_, &QLineEdit::returnPressed, this, [this] { viewModel_.search(); });
  connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
    viewModel_.setKind(static_cast<v1::HearingKind>(kind_->currentData().toInt()));
  });
  connect(period_, &QComboBox::currentIndexChanged, this, [this] {
    viewModel_.setPeriod(static_cast<SearchViewModel::Period>(period_->currentData().toInt()));
  });
  connect(withRecordings_, &QCheckBox::toggled, &viewModel_,
          &SearchViewModel::setOnlyWithRecordings);
  connect(more_, &QPushButton::clicked, &viewModel_, &SearchViewModel::loadMore);
  connect(results_, &QTableView::activated, this, &SearchWidget::openCurrent);
  connect(&viewModel_, &SearchViewModel::stateChanged, this, &SearchWidget::showState);
  connect(&viewModel_, &SearchViewModel::resultsChanged, this, [this] {
    results_->resizeColumnToContents(SearchResultModel::kCaseColumn);
    results_->resizeColumnToContents(SearchResultModel::kFoundColumn);
    results_->resizeColumnToContents(SearchResultModel::kAtColumn);
    results_->resizeColumnToContents(SearchResultModel::kCreatedColumn);
    results_->resizeColumnToContents(SearchResultModel::kTitleColumn);
    results_->setColumnWidth(SearchResultModel::kTitleColumn,
                             std::min(results_->columnWidth(SearchResultModel::kTitleColumn), 320));
    if (results_->currentIndex().row() < 0 && viewModel_.results()->rowCount() > 0) {
      selectTableRow(*results_, 0);
    }
  });
  showState();
}

void SearchWidget::focusQuery() {
  query_->setFocus();
  query_->selectAll();
}

void SearchWidget::openCurrent() {
  const QModelIndex current = results_->currentIndex();
  if (!current.isValid()) return;
  emit openRequested(current.data(SearchResultModel::HearingIdRole).toString(),
                     current.data(SearchResultModel::RecordingIdRole).toString(),
                     current.data(SearchResultModel::AtMsRole).toLongLong());
}

void SearchWidget::showState() {
  status_->setText(viewModel_.statusText());
  const bool failed = viewModel_.state() == SearchState::kFailed;
  status_->setStyleSheet(failed ? QStringLiteral("color: #b00020;") : QString());
  more_->setVisible(viewModel_.canLoadMore());
}

}  // namespace audientia::gui
