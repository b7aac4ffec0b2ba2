#include "views/main_window.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QSizePolicy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "viewmodels/hearing_list_model.h"
#include "viewmodels/hearings_view_model.h"
#include "views/hearing_details_widget.h"

namespace audientia::gui {

MainWindow::MainWindow(HearingsViewModel& viewModel, ErrorDisplay errorDisplay, QWidget* parent)
    : QMainWindow(parent), viewModel_(viewModel), errorDisplay_(errorDisplay) {
  resize(1200, 760);

  auto* toolbar = addToolBar(tr("Main"));
  toolbar->setObjectName(QStringLiteral("mainToolbar"));
  toolbar->setMovable(false);
  toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  refresh_ = toolbar->addAction(tr("&Refresh"));
  refresh_->setShortcut(QKeySequence::Refresh);
  refresh_->setToolTip(tr("Reload the hearings (F5)"));
  logout_ = toolbar->addAction(tr("Log &out"));
  logout_->setToolTip(tr("End the session and return to the login"));
  auto* spacer = new QWidget(toolbar);
  spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  toolbar->addWidget(spacer);
  sessionLabel_ = new QLabel(toolbar);
  sessionLabel_->setContentsMargins(8, 0, 8, 0);
  toolbar->addWidget(sessionLabel_);

  auto* listPane = new QWidget(this);
  filter_ = new QLineEdit(listPane);
  filter_->setPlaceholderText(tr("Filter by case number or title (Ctrl+F)"));
  filter_->setClearButtonEnabled(true);
  auto* focusFilter = new QAction(this);
  focusFilter->setShortcut(QKeySequence::Find);
  addAction(focusFilter);
  connect(focusFilter, &QAction::triggered, filter_, [this] {
    filter_->setFocus();
    filter_->selectAll();
  });

  listStack_ = new QStackedWidget(listPane);
  noHearings_ = new QLabel(tr("Loading hearings…"), listStack_);
  noHearings_->setAlignment(Qt::AlignCenter);
  noHearings_->setForegroundRole(QPalette::PlaceholderText);
  hearings_ = new QTableView(listStack_);
  hearings_->setModel(viewModel_.filteredHearings());
  hearings_->setSelectionBehavior(QAbstractItemView::SelectRows);
  hearings_->setSelectionMode(QAbstractItemView::SingleSelection);
  hearings_->setSortingEnabled(true);
  hearings_->sortByColumn(HearingListModel::kCreatedColumn, Qt::DescendingOrder);
  hearings_->setAlternatingRowColors(true);
  hearings_->setWordWrap(false);
  hearings_->verticalHeader()->hide();
  hearings_->horizontalHeader()->setHighlightSections(false);
  hearings_->horizontalHeader()->setSectionResizeMode(HearingListModel::kTitleColumn,
                                                      QHeaderView::Stretch);
  listStack_->addWidget(noHearings_);
  listStack_->addWidget(hearings_);

  auto* listLayout = new QVBoxLayout(listPane);
  listLayout->setContentsMargins(0, 0, 0, 0);
  listLayout->addWidget(filter_);
  listLayout->addWidget(listStack_, 1);

  details_ = new HearingDetailsWidget(viewModel_, this);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(listPane);
  splitter->addWidget(details_);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  splitter->setChildrenCollapsible(false);
  auto* central = new QWidget(this);
  auto* centralLayout = new QVBoxLayout(central);
  centralLayout->setContentsMargins(8, 8, 8, 8);
  centralLayout->addWidget(splitter);
  setCentralWidget(central);

  busy_ = new QProgressBar(this);
  busy_->setRange(0, 0);
  busy_->setTextVisible(false);
  busy_->setMaximumWidth(120);
  busy_->setMaximumHeight(12);
  busy_->hide();
  countLabel_ = new QLabel(this);
  statusBar()->addPermanentWidget(busy_);
  statusBar()->addPermanentWidget(countLabel_);

  setTabOrder(filter_, hearings_);
  setTabOrder(hearings_, details_->recordingsView());

  connect(refresh_, &QAction::triggered, &viewModel_, &HearingsViewModel::refresh);
  connect(logout_, &QAction::triggered, this, &MainWindow::logoutRequested);
  connect(filter_, &QLineEdit::textChanged, &viewModel_, &HearingsViewModel::setFilterText);
  connect(&viewModel_, &HearingsViewModel::hearingsLoaded, this, &MainWindow::onHearingsLoaded);
  connect(&viewModel_, &HearingsViewModel::busyChanged, this, &MainWindow::onBusyChanged);
  connect(&viewModel_, &HearingsViewModel::errorOccurred, this, &MainWindow::showError);
  connect(hearings_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          &MainWindow::onCurrentHearingChanged);
  showSession();
}

void MainWindow::showSession() {
  const auto& session = viewModel_.session();
  sessionLabel_->setText(viewModel_.sessionSummary());
  setWindowTitle(tr("Audientia — Hearings — %1@%2")
                     .arg(QString::fromStdString(session.user.username()),
                          QString::fromStdString(session.server)));
}

void MainWindow::onHearingsLoaded(int count) {
  noHearings_->setText(tr("No hearings in your office yet."));
  listStack_->setCurrentWidget(count > 0 ? static_cast<QWidget*>(hearings_) : noHearings_);
  statusBar()->setStyleSheet({});
  statusBar()->clearMessage();
  countLabel_->setText(count == 1 ? tr("1 hearing") : tr("%1 hearings").arg(count));
  const int current = viewModel_.hearings()->rowOf(viewModel_.selectedHearingId());
  if (current >= 0) {
    // Keep the selection across a refresh (the view model reloads it; no second load here).
    const QModelIndex source = viewModel_.hearings()->index(current, 0);
    hearings_->selectRow(viewModel_.filteredHearings()->mapFromSource(source).row());
  } else if (firstLoad_ && viewModel_.filteredHearings()->rowCount() > 0) {
    hearings_->selectRow(0);
  }
  if (firstLoad_) {
    hearings_->resizeColumnsToContents();
    hearings_->horizontalHeader()->setSectionResizeMode(HearingListModel::kTitleColumn,
                                                        QHeaderView::Stretch);
    hearings_->setFocus();
  }
  firstLoad_ = false;
}

void MainWindow::onCurrentHearingChanged() {
  const QModelIndex current = hearings_->currentIndex();
  const QString id =
      current.isValid() ? current.data(HearingListModel::HearingIdRole).toString() : QString();
  if (id != viewModel_.selectedHearingId()) viewModel_.selectHearing(id);
}

void MainWindow::onBusyChanged(bool busy) {
  busy_->setVisible(busy);
  refresh_->setEnabled(!viewModel_.isLoadingList());
  busy_->setToolTip(viewModel_.isLoadingList() ? tr("Loading the hearings…")
                                               : tr("Loading the hearing…"));
}

void MainWindow::showError(const QString& message) {
  statusBar()->setStyleSheet(QStringLiteral("QStatusBar { color: #b00020; }"));
  statusBar()->showMessage(message);
  if (errorDisplay_ == ErrorDisplay::kMessageBox) {
    QMessageBox::warning(this, tr("Audientia"), message);
  }
}

}  // namespace audientia::gui
