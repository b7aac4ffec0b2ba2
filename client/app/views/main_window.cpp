#include "views/main_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSizePolicy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "viewmodels/account_view_model.h"
#include "viewmodels/admin_view_model.h"
#include "viewmodels/annotations_view_model.h"
#include "viewmodels/capture_view_model.h"
#include "viewmodels/formatting.h"
#include "viewmodels/hearing_list_model.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/retention_view_model.h"
#include "viewmodels/upload_queue_model.h"
#include "viewmodels/uploads_view_model.h"
#include "viewmodels/user_role.h"
#include "views/admin_dialogs.h"
#include "views/admin_widget.h"
#include "views/audit_widget.h"
#include "views/capture_widget.h"
#include "views/hearing_details_widget.h"
#include "views/keeping_widget.h"
#include "views/player_window.h"
#include "views/retention_widget.h"
#include "views/search_widget.h"
#include "views/settings_menu.h"
#include "views/table_rows.h"
#include "views/uploads_widget.h"

namespace audientia::gui {

MainWindow::MainWindow(HearingsViewModel& viewModel, bool showHearings, AdminViewModel* admin,
                       UploadsViewModel* uploads, AccountViewModel& account,
                       ErrorDisplay errorDisplay, QWidget* parent)
    : QMainWindow(parent),
      viewModel_(viewModel),
      admin_(admin),
      uploads_(uploads),
      account_(account),
      errorDisplay_(errorDisplay) {
  resize(1200, 760);

  auto* toolbar = addToolBar(tr("Main"));
  toolbar->setObjectName(QStringLiteral("mainToolbar"));
  toolbar->setMovable(false);
  toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  refresh_ = toolbar->addAction(tr("&Refresh"));
  refresh_->setShortcut(QKeySequence::Refresh);
  refresh_->setToolTip(tr("Reload the list shown (F5)"));
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
  hearingsTab_ = new QWidget(this);
  auto* hearingsLayout = new QVBoxLayout(hearingsTab_);
  hearingsLayout->setContentsMargins(8, 8, 8, 8);
  hearingsLayout->addWidget(splitter);
  tabs_ = new QTabWidget(this);
  tabs_->setDocumentMode(true);
  if (showHearings) {
    tabs_->addTab(hearingsTab_, tr("&Hearings"));
  } else {
    hearingsTab_->hide();
  }
  if (admin_ != nullptr) {
    adminWidget_ = new AdminWidget(*admin_, tabs_);
    adminWidget_->setContentsMargins(8, 0, 8, 8);
    tabs_->addTab(adminWidget_, tr("&Administration"));
    connect(adminWidget_, &AdminWidget::statusMessage, this, &MainWindow::showStatus);
    connect(adminWidget_, &AdminWidget::errorShown, this, &MainWindow::showError);
    connect(admin_, &AdminViewModel::busyChanged, this, &MainWindow::onBusyChanged);
  }
  if (uploads_ != nullptr) {
    uploadsWidget_ = new UploadsWidget(*uploads_, tabs_);
    uploadsWidget_->setContentsMargins(8, 0, 8, 8);
    tabs_->addTab(uploadsWidget_, tr("&Uploads"));
    details_->setUploads(uploads_);
    connect(uploads_, &UploadsViewModel::statusMessage, this, &MainWindow::showStatus);
    connect(uploads_, &UploadsViewModel::errorOccurred, this, &MainWindow::showError);
    connect(uploads_, &UploadsViewModel::queueChanged, this, &MainWindow::updateUploadsTitle);
    connect(uploads_->model(), &QAbstractItemModel::modelReset, this,
            &MainWindow::updateUploadsTitle);
    connect(uploads_->model(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::updateUploadsTitle);
    updateUploadsTitle();
  }
  if (tabs_->count() == 0) {
    auto* nothing = new QLabel(
        tr("Your role (%1) has no hearings or administration to show here.\n"
           "Auditors read and verify the audit trail with  audientiactl audit list  and  "
           "audientiactl audit verify.")
            .arg(roleName(viewModel_.role())),
        tabs_);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tabs_->addTab(nothing, tr("Audientia"));
    nothingTab_ = nothing;
  }
  tabs_->tabBar()->setVisible(tabs_->count() > 1);
  refresh_->setVisible(showHearings || admin_ != nullptr);
  setCentralWidget(tabs_);

  auto* accountMenu = menuBar()->addMenu(tr("A&ccount"));
  QAction* changePassword = accountMenu->addAction(tr("Change my &password…"));
  accountMenu->addSeparator();
  accountMenu->addAction(logout_);
  QAction* quit = accountMenu->addAction(tr("&Quit"));
  quit->setShortcut(QKeySequence::Quit);
  connect(changePassword, &QAction::triggered, this, &MainWindow::changeOwnPassword);
  connect(quit, &QAction::triggered, this, &QMainWindow::close);
  menuBar()->addMenu(new SettingsMenu(this));

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

  connect(refresh_, &QAction::triggered, this, &MainWindow::refreshCurrentTab);
  connect(logout_, &QAction::triggered, this, [this] {
    if (captureWidget_ != nullptr && !captureWidget_->confirmClose()) return;
    emit logoutRequested();
  });
  connect(filter_, &QLineEdit::textChanged, &viewModel_, &HearingsViewModel::setFilterText);
  connect(&viewModel_, &HearingsViewModel::hearingsLoaded, this, &MainWindow::onHearingsLoaded);
  connect(&viewModel_, &HearingsViewModel::busyChanged, this, &MainWindow::onBusyChanged);
  connect(&viewModel_, &HearingsViewModel::errorOccurred, this, &MainWindow::showError);
  connect(hearings_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          &MainWindow::onCurrentHearingChanged);
  showSession();
}

void MainWindow::showSession() {
  sessionLabel_->setText(viewModel_.sessionSummary());
  setWindowTitle(tr("Audientia — %1 — %2@%3")
                     .arg(tabs_->indexOf(hearingsTab_) >= 0 ? tr("Hearings")
                          : auditWidget_ != nullptr         ? tr("Audit trail")
                                                            : tr("Administration"),
                          viewModel_.username(), viewModel_.server()));
}

void MainWindow::onHearingsLoaded(int count) {
  noHearings_->setText(tr("No hearings in your office yet."));
  listStack_->setCurrentWidget(count > 0 ? static_cast<QWidget*>(hearings_) : noHearings_);
  statusBar()->setStyleSheet({});
  statusBar()->clearMessage();
  countLabel_->setText(tr("%Ln hearings", nullptr, count));
  const int current = viewModel_.hearings()->rowOf(viewModel_.selectedHearingId());
  if (current >= 0) {
    // Keep the selection across a refresh (the view model reloads it; no second load here).
    const QModelIndex source = viewModel_.hearings()->index(current, 0);
    selectTableRow(*hearings_, viewModel_.filteredHearings()->mapFromSource(source).row());
  } else if (firstLoad_ && viewModel_.filteredHearings()->rowCount() > 0) {
    selectTableRow(*hearings_, 0);
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

void MainWindow::onBusyChanged() {
  const bool adminBusy = admin_ != nullptr && admin_->isBusy();
  busy_->setVisible(viewModel_.isBusy() || adminBusy);
  refresh_->setEnabled(!viewModel_.isLoadingList());
  busy_->setToolTip(adminBusy                    ? tr("Waiting for the server…")
                    : viewModel_.isLoadingList() ? tr("Loading the hearings…")
                                                 : tr("Loading the hearing…"));
}

bool MainWindow::showTab(Tab tab) {
  if (tab == Tab::kHearings && tabs_->indexOf(hearingsTab_) >= 0) {
    tabs_->setCurrentWidget(hearingsTab_);
    return true;
  }
  if (tab == Tab::kAdministration && adminWidget_ != nullptr) {
    tabs_->setCurrentWidget(adminWidget_);
    return true;
  }
  if (tab == Tab::kUploads && uploadsWidget_ != nullptr) {
    tabs_->setCurrentWidget(uploadsWidget_);
    return true;
  }
  if (tab == Tab::kSearch && searchWidget_ != nullptr) {
    tabs_->setCurrentWidget(searchWidget_);
    searchWidget_->focusQuery();
    return true;
  }
  if (tab == Tab::kKeeping && keepingWidget_ != nullptr) {
    tabs_->setCurrentWidget(keepingWidget_);
    return true;
  }
  if (tab == Tab::kRetention && retentionWidget_ != nullptr) {
    tabs_->setCurrentWidget(retentionWidget_);
    return true;
  }
  if (tab == Tab::kAudit && auditWidget_ != nullptr) {
    tabs_->setCurrentWidget(auditWidget_);
    return true;
  }
  if (tab == Tab::kHearingRoom && captureWidget_ != nullptr) {
    tabs_->setCurrentWidget(captureWidget_);
    return true;
  }
  return false;
}

void MainWindow::addCaptureTab(CaptureViewModel& capture) {
  if (captureWidget_ != nullptr) return;
  capture_ = &capture;
  captureWidget_ = new CaptureWidget(capture, tabs_);
  captureWidget_->setContentsMargins(8, 0, 8, 8);
  tabs_->insertTab(tabs_->indexOf(hearingsTab_) + 1, captureWidget_, tr("Hearing roo&m"));
  tabs_->tabBar()->setVisible(tabs_->count() > 1);
  connect(captureWidget_, &CaptureWidget::statusMessage, this, &MainWindow::showStatus);
  connect(captureWidget_, &CaptureWidget::errorShown, this, &MainWindow::showError);
  connect(&capture, &CaptureViewModel::stateChanged, this, [this](CaptureState state) {
    const bool recording = state == CaptureState::kRecording || state == CaptureState::kPaused;
    tabs_->setTabText(tabs_->indexOf(captureWidget_),
                      recording ? tr("● Hearing roo&m") : tr("Hearing roo&m"));
  });
  auto* recordHere = new QAction(tr("Record into this &hearing"), this);
  recordHere->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
  recordHere->setToolTip(tr("Record another session of the selected hearing (Ctrl+Shift+R)"));
  addAction(recordHere);
  connect(recordHere, &QAction::triggered, this, [this] {
    const auto& details = viewModel_.details();
    if (!details) {
      showStatus(tr("Select a hearing first."));
      return;
    }
    if (capture_->isCapturing()) {
      showError(tr("A hearing is being recorded: stop it before recording another one."));
      return;
    }
    capture_->useExistingHearing(details->id, details->caseNumber);
    tabs_->setCurrentWidget(captureWidget_);
  });
  connect(&capture, &CaptureViewModel::hearingCreated, &viewModel_, &HearingsViewModel::refresh);
}

void MainWindow::addSearchTab(SearchViewModel& search) {
  if (searchWidget_ != nullptr || tabs_->indexOf(hearingsTab_) < 0) return;
  searchWidget_ = new SearchWidget(search, tabs_);
  searchWidget_->setContentsMargins(8, 0, 8, 8);
  tabs_->insertTab(tabs_->indexOf(hearingsTab_) + 1, searchWidget_, tr("&Search"));
  tabs_->tabBar()->setVisible(tabs_->count() > 1);
  auto* focusSearch = new QAction(tr("Search all hearings"), this);
  focusSearch->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
  addAction(focusSearch);
  connect(focusSearch, &QAction::triggered, this, [this] { showTab(Tab::kSearch); });
  connect(searchWidget_, &SearchWidget::openRequested, this, &MainWindow::openHearing);
}

void MainWindow::addAuditTab(AuditViewModel& audit) {
  if (auditWidget_ != nullptr) return;
  audit_ = &audit;
  auditWidget_ = new AuditWidget(audit, tabs_);
  auditWidget_->setContentsMargins(8, 0, 8, 8);
  tabs_->addTab(auditWidget_, tr("A&udit trail"));
  if (nothingTab_ != nullptr) {
    tabs_->removeTab(tabs_->indexOf(nothingTab_));
    nothingTab_->deleteLater();
    nothingTab_ = nullptr;
  }
  tabs_->tabBar()->setVisible(tabs_->count() > 1);
  refresh_->setVisible(true);
  connect(&audit, &AuditViewModel::errorOccurred, this, &MainWindow::showError);
  showSession();
}

void MainWindow::addKeepingTab(KeepingViewModel& keeping) {
  if (keepingWidget_ != nullptr) return;
  keeping_ = &keeping;
  keepingWidget_ = new KeepingWidget(keeping, tabs_);
  keepingWidget_->setContentsMargins(8, 0, 8, 8);
  tabs_->addTab(keepingWidget_, tr("&Keeping"));
  tabs_->tabBar()->setVisible(tabs_->count() > 1);
  refresh_->setVisible(true);
  connect(keepingWidget_, &KeepingWidget::statusMessage, this, &MainWindow::showStatus);
  connect(&keeping, &KeepingViewModel::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::addRetentionTab(RetentionViewModel& retention) {
  if (retentionWidget_ != nullptr) return;
  retention_ = &retention;
  retentionWidget_ = new RetentionWidget(retention, tabs_);
  retentionWidget_->setContentsMargins(8, 0, 8, 8);
  tabs_->addTab(retentionWidget_, tr("&Retention"));
  tabs_->tabBar()->setVisible(tabs_->count() > 1);
  refresh_->setVisible(true);
  connect(retentionWidget_, &RetentionWidget::statusMessage, this, &MainWindow::showStatus);
  connect(&retention, &RetentionViewModel::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::addAnnotations(AnnotationsViewModel& annotations) {
  if (tabs_->indexOf(hearingsTab_) < 0) return;
  details_->setAnnotations(annotations);
  connect(&annotations, &AnnotationsViewModel::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::addPlayer(PlayerViewModel& player, AnnotationsViewModel* annotations,
                           DownloadViewModel* downloads) {
  if (tabs_->indexOf(hearingsTab_) < 0 || player_ != nullptr) return;
  player_ = &player;
  playerAnnotations_ = annotations;
  playerDownloads_ = downloads;
  details_->setPlayable(true);
  details_->setPlayer(&player);
  connect(details_, &HearingDetailsWidget::playRequested, this, [this](int row, qint64 atMs) {
    const v1::Recording* recording = viewModel_.recordings()->recordingAt(row);
    const auto& details = viewModel_.details();
    if (recording == nullptr || !details) return;
    if (playerWindow_ == nullptr) {
      playerWindow_ = new PlayerWindow(*player_, playerAnnotations_, playerDownloads_, this);
    }
    playerWindow_->play(*recording, tr("Case %1").arg(leftToRight(details->caseNumber)), atMs,
                        details->caseNumber);
  });
}

void MainWindow::openHearing(const QString& hearingId, const QString& recordingId, qint64 atMs) {
  showTab(Tab::kHearings);
  details_->openAt(recordingId, atMs);
  const int row = viewModel_.hearings()->rowOf(hearingId);
  if (row >= 0) {
    filter_->clear();
    const QModelIndex source = viewModel_.hearings()->index(row, 0);
    const int shown = viewModel_.filteredHearings()->mapFromSource(source).row();
    if (hearings_->currentIndex().row() != shown) {
      selectTableRow(*hearings_, shown);  // loads it through onCurrentHearingChanged
      hearings_->scrollTo(hearings_->currentIndex());
      return;
    }
  } else {
    hearings_->clearSelection();
  }
  viewModel_.selectHearing(hearingId);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (captureWidget_ != nullptr && !captureWidget_->confirmClose()) {
    event->ignore();
    return;
  }
  QMainWindow::closeEvent(event);
}

void MainWindow::refreshCurrentTab() {
  if (admin_ != nullptr && tabs_->currentWidget() == adminWidget_) {
    admin_->refresh();
  } else if (tabs_->currentWidget() == hearingsTab_) {
    viewModel_.refresh();
  } else if (uploads_ != nullptr && tabs_->currentWidget() == uploadsWidget_) {
    uploads_->reload();
  } else if (audit_ != nullptr && tabs_->currentWidget() == auditWidget_) {
    audit_->apply();
  } else if (keeping_ != nullptr && tabs_->currentWidget() == keepingWidget_) {
    keeping_->refresh();
  } else if (retention_ != nullptr && tabs_->currentWidget() == retentionWidget_) {
    retention_->refresh();
  }
}

void MainWindow::updateUploadsTitle() {
  const int pending = uploads_->model()->pendingCount();
  const int index = tabs_->indexOf(uploadsWidget_);
  if (index < 0) return;
  tabs_->setTabText(index, pending > 0 ? tr("&Uploads (%1)").arg(pending) : tr("&Uploads"));
}

void MainWindow::changeOwnPassword() {
  auto* dialog = new PasswordDialog(
      tr("Change my password"),
      tr("A new password for <b>%1</b>. Your other sessions end; this one stays logged in.")
          .arg(viewModel_.username().toHtmlEscaped()),
      true, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &AdminFormDialog::submitted, this, [this, dialog] {
    dialog->setBusy(true);
    account_.changeOwnPassword(dialog->currentPassword(), dialog->newPassword(),
                               dialog->confirmation());
  });
  connect(&account_, &AccountViewModel::passwordChangeFailed, dialog, &AdminFormDialog::showError);
  connect(&account_, &AccountViewModel::passwordChanged, dialog, [this, dialog] {
    dialog->accept();
    showStatus(tr("Your password was changed; your other sessions were ended."));
  });
  dialog->open();
}

void MainWindow::showStatus(const QString& message) {
  statusBar()->setStyleSheet({});
  statusBar()->showMessage(message);
}

void MainWindow::showError(const QString& message) {
  statusBar()->setStyleSheet(QStringLiteral("QStatusBar { color: #b00020; }"));
  statusBar()->showMessage(message);
  if (errorDisplay_ == ErrorDisplay::kMessageBox) {
    QMessageBox::warning(this, tr("Audientia"), message);
  }
}

}  // namespace audientia::gui
