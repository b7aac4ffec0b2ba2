#include "views/keeping_widget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace audientia::gui {
namespace {

QTableView* makeKeepingTable(QAbstractItemModel* model, QWidget* parent) {
  auto* view = new QTableView(parent);
  view->setModel(model);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setSelectionMode(QAbstractItemView::SingleSelection);
  view->setAlternatingRowColors(true);
  view->setWordWrap(false);
  view->verticalHeader()->hide();
  view->horizontalHeader()->setHighlightSections(false);
  view->horizontalHeader()->setStretchLastSection(true);
  return view;
}

QLabel* makeKeepingStatus(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

void showKeepingStatus(QLabel& label, const QString& text, KeepingLoad state) {
  label.setText(text);
  label.setStyleSheet(state == KeepingLoad::kFailed ? QStringLiteral("color: #b00020;")
                                                    : QString());
}

int selectedKeepingRow(const QTableView& view) {
  const QModelIndexList rows = view.selectionModel()->selectedRows();
  return rows.isEmpty() ? -1 : rows.first().row();
}

}  // namespace

KeepingWidget::KeepingWidget(KeepingViewModel& viewModel, QWidget* parent)
    : QWidget(parent), viewModel_(viewModel) {
  sections_ = new QTabWidget(this);
  sections_->addTab(makeJobsPage(), tr("Jobs"));
  sections_->addTab(makeAlertsPage(), tr("Alerts"));
  sections_->addTab(makeFixityPage(), tr("Fixity"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(sections_);

  connect(&viewModel_, &KeepingViewModel::jobsChanged, this, &KeepingWidget::showJobs);
  connect(&viewModel_, &KeepingViewModel::alertsChanged, this, &KeepingWidget::showAlerts);
  connect(&viewModel_, &KeepingViewModel::fixityChanged, this, &KeepingWidget::showFixity);
  connect(&viewModel_, &KeepingViewModel::statusMessage, this, &KeepingWidget::statusMessage);
  showJobs();
  showAlerts();
  showFixity();
}

QWidget* KeepingWidget::makeJobsPage() {
  auto* page = new QWidget(this);
  stateFilter_ = new QComboBox(page);
  stateFilter_->addItem(tr("All states"), static_cast<int>(v1::JOB_STATE_UNSPECIFIED));
  for (v1::JobState state :
       {v1::JOB_STATE_QUEUED, v1::JOB_STATE_RUNNING, v1::JOB_STATE_DONE, v1::JOB_STATE_FAILED}) {
    stateFilter_->addItem(jobStateName(state), static_cast<int>(state));
  }
  auto* filterLabel = new QLabel(tr("Sta&te:"), page);
  filterLabel->setBuddy(stateFilter_);
  retry_ = new QPushButton(tr("Re&try"), page);
  retry_->setToolTip(tr("Queue the selected failed job again, its attempts reset"));
  jobs_ = makeKeepingTable(viewModel_.jobs(), page);
  jobsStatus_ = makeKeepingStatus(page);

  auto* top = new QHBoxLayout;
  top->addWidget(filterLabel);
  top->addWidget(stateFilter_);
  top->addStretch(1);
  top->addWidget(retry_);
  auto* layout = new QVBoxLayout(page);
  layout->addLayout(top);
  layout->addWidget(jobs_, 1);
  layout->addWidget(jobsStatus_);

  connect(stateFilter_, &QComboBox::currentIndexChanged, this, [this] {
    viewModel_.setJobFilter(static_cast<v1::JobState>(stateFilter_->currentData().toInt()));
  });
  connect(retry_, &QPushButton::clicked, this, [this] {
    const v1::Job* job = viewModel_.jobs()->jobAt(selectedKeepingRow(*jobs_));
    if (job != nullptr) viewModel_.retryJob(job->id());
  });
  connect(jobs_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &KeepingWidget::updateButtons);
  return page;
}

QWidget* KeepingWidget::makeAlertsPage() {
  auto* page = new QWidget(this);
  showAcknowledged_ = new QCheckBox(tr("Show acknow&ledged"), page);
  acknowledge_ = new QPushButton(tr("Ackno&wledge"), page);
  acknowledge_->setToolTip(tr("Mark the selected alert as seen and dealt with"));
  alerts_ = makeKeepingTable(viewModel_.alerts(), page);
  alertsStatus_ = makeKeepingStatus(page);

  auto* top = new QHBoxLayout;
  top->addWidget(showAcknowledged_);
  top->addStretch(1);
  top->addWidget(acknowledge_);
  auto* layout = new QVBoxLayout(page);
  layout->addLayout(top);
  layout->addWidget(alerts_, 1);
  layout->addWidget(alertsStatus_);

  connect(showAcknowledged_, &QCheckBox::toggled, &viewModel_,
          &KeepingViewModel::setShowAcknowledged);
  connect(acknowledge_, &QPushButton::clicked, this, [this] {
    const v1::Alert* alert = viewModel_.alerts()->alertAt(selectedKeepingRow(*alerts_));
    if (alert != nullptr) viewModel_.acknowledgeAlert(alert->id());
  });
  connect(alerts_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &KeepingWidget::updateButtons);
  return page;
}

QWidget* KeepingWidget::makeFixityPage() {
  auto* page = new QWidget(this);
  runFixity_ = new QPushButton(tr("Run &fixity now"), page);
  runFixity_->setToolTip(
      tr("Check every stored file against its recorded SHA-256 digest, in the background"));
  fixityStatus_ = makeKeepingStatus(page);
  runs_ = makeKeepingTable(viewModel_.fixityRuns(), page);

  auto* top = new QHBoxLayout;
  top->addWidget(fixityStatus_, 1);
  top->addWidget(runFixity_);
  auto* layout = new QVBoxLayout(page);
  layout->addLayout(top);
  layout->addWidget(runs_, 1);

  connect(runFixity_, &QPushButton::clicked, &viewModel_, &KeepingViewModel::runFixity);
  return page;
}

void KeepingWidget::showJobs() {
  showKeepingStatus(*jobsStatus_, viewModel_.jobsText(), viewModel_.jobsState());
  if (viewModel_.jobsState() == KeepingLoad::kDone) jobs_->resizeColumnsToContents();
  updateButtons();
}

void KeepingWidget::showAlerts() {
  showKeepingStatus(*alertsStatus_, viewModel_.alertsText(), viewModel_.alertsState());
  if (viewModel_.alertsState() == KeepingLoad::kDone) alerts_->resizeColumnsToContents();
  updateButtons();
}

void KeepingWidget::showFixity() {
  showKeepingStatus(*fixityStatus_, viewModel_.fixityText(), viewModel_.fixityState());
  if (viewModel_.fixityState() == KeepingLoad::kDone) runs_->resizeColumnsToContents();
}

void KeepingWidget::updateButtons() {
  const v1::Job* job = viewModel_.jobs()->jobAt(selectedKeepingRow(*jobs_));
  retry_->setEnabled(job != nullptr && job->state() == v1::JOB_STATE_FAILED);
  const v1::Alert* alert = viewModel_.alerts()->alertAt(selectedKeepingRow(*alerts_));
  acknowledge_->setEnabled(alert != nullptr && alert->acknowledged_at_unix_ms() == 0);
}

}  // namespace audientia::gui
