#include "views/uploads_widget.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "viewmodels/upload_queue_model.h"
#include "viewmodels/uploads_view_model.h"
#include "views/progress_bar_delegate.h"

namespace audientia::gui {
namespace {

constexpr int kMaxColumnWidth = 280;

}  // namespace

UploadsWidget::UploadsWidget(UploadsViewModel& viewModel, QWidget* parent)
    : QWidget(parent), viewModel_(viewModel) {
  summary_ = new QLabel(this);
  pause_ = new QPushButton(tr("&Pause"), this);
  retry_ = new QPushButton(tr("Re&try"), this);
  retry_->setToolTip(tr("Run the selected upload again"));
  abort_ = new QPushButton(tr("A&bort…"), this);
  abort_->setToolTip(tr("Stop the selected upload for good and discard what the server holds"));
  remove_ = new QPushButton(tr("Re&move"), this);
  remove_->setToolTip(tr("Take the selected finished upload off this list"));
  removeFinished_ = new QPushButton(tr("Remove &finished"), this);
  removeFinished_->setToolTip(
      tr("Take every completed upload off this list (the recordings stay on the server)"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(summary_, 1);
  buttons->addWidget(pause_);
  buttons->addWidget(retry_);
  buttons->addWidget(abort_);
  buttons->addWidget(remove_);
  buttons->addWidget(removeFinished_);

  stack_ = new QStackedWidget(this);
  empty_ = new QLabel(tr("No uploads. To upload a recording, select a hearing on the Hearings "
                         "tab and choose “Add recording…”."),
                      stack_);
  empty_->setAlignment(Qt::AlignCenter);
  empty_->setWordWrap(true);
  empty_->setForegroundRole(QPalette::PlaceholderText);
  view_ = new QTableView(stack_);
  view_->setModel(viewModel_.model());
  view_->setItemDelegateForColumn(UploadQueueModel::kProgressColumn,
                                  new ProgressBarDelegate(UploadQueueModel::ProgressRole, view_));
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setSelectionMode(QAbstractItemView::SingleSelection);
  view_->setAlternatingRowColors(true);
  view_->setWordWrap(false);
  view_->setTextElideMode(Qt::ElideRight);
  view_->verticalHeader()->hide();
  view_->horizontalHeader()->setHighlightSections(false);
  view_->horizontalHeader()->setStretchLastSection(true);
  stack_->addWidget(empty_);
  stack_->addWidget(view_);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(buttons);
  layout->addWidget(stack_, 1);

  connect(pause_, &QPushButton::clicked, this, [this] {
    if (viewModel_.isPaused()) {
      viewModel_.resume();
    } else {
      viewModel_.pause();
    }
  });
  connect(retry_, &QPushButton::clicked, this, [this] { viewModel_.retry(currentKey()); });
  connect(abort_, &QPushButton::clicked, this, &UploadsWidget::confirmAbort);
  connect(remove_, &QPushButton::clicked, this, [this] { viewModel_.remove(currentKey()); });
  connect(removeFinished_, &QPushButton::clicked, &viewModel_, &UploadsViewModel::removeFinished);
  connect(&viewModel_, &UploadsViewModel::queueChanged, this, &UploadsWidget::updateState);
  connect(viewModel_.model(), &QAbstractItemModel::dataChanged, this, &UploadsWidget::updateState);
  connect(viewModel_.model(), &QAbstractItemModel::modelReset, this, [this] {
    // New files: fit the columns to them again.
    columnsFitted_ = false;
    updateState();
  });
  connect(viewModel_.model(), &UploadQueueModel::hearingNamesChanged, this, [this] {
    columnsFitted_ = false;
    updateState();
  });
  connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          &UploadsWidget::updateState);
  updateState();
}

int UploadsWidget::currentRow() const {
  const QModelIndex current = view_->currentIndex();
  return current.isValid() ? current.row() : -1;
}

QString UploadsWidget::currentKey() const {
  const QModelIndex current = view_->currentIndex();
  return current.isValid() ? current.data(UploadQueueModel::KeyRole).toString() : QString();
}

void UploadsWidget::updateState() {
  UploadQueueModel* model = viewModel_.model();
  const int rows = model->rowCount();
  stack_->setCurrentWidget(rows > 0 ? static_cast<QWidget*>(view_) : empty_);
  if (rows > 0 && !columnsFitted_) fitColumns();
  const int pending = model->pendingCount();
  const int done = model->doneCount();
  const bool paused = viewModel_.isPaused();
  QString summary = tr("%Ln uploads to do", nullptr, pending);
  if (paused && pending > 0) summary += tr(" (paused)");
  summary += tr(" · %L1 done").arg(done);
  summary_->setText(rows == 0 ? QString() : summary);

  pause_->setText(paused ? tr("&Resume") : tr("&Pause"));
  pause_->setToolTip(paused ? tr("Continue the uploads where they stopped")
                            : tr("Stop sending for now; nothing sent is lost"));
  pause_->setEnabled(viewModel_.isAvailable() && (paused || pending > 0));
  const QModelIndex current = view_->currentIndex();
  auto flag = [&](int role) { return current.isValid() && current.data(role).toBool(); };
  retry_->setEnabled(flag(UploadQueueModel::CanRetryRole));
  abort_->setEnabled(flag(UploadQueueModel::CanAbortRole));
  remove_->setEnabled(flag(UploadQueueModel::CanRemoveRole));
  removeFinished_->setEnabled(done > 0);
}

void UploadsWidget::fitColumns() {
  view_->resizeColumnsToContents();
  for (int column = 0; column < UploadQueueModel::kErrorColumn; ++column) {
    view_->setColumnWidth(column, std::min(view_->columnWidth(column), kMaxColumnWidth));
  }
  // Columns whose text changes as an upload runs get room for their longest text up front, so
  // that the table does not jump or elide while it updates.
  const QFontMetrics metrics = view_->fontMetrics();
  auto atLeast = [&](int column, const QString& sample) {
    const int width = metrics.horizontalAdvance(sample) + 3 * metrics.averageCharWidth();
    view_->setColumnWidth(column, std::max(view_->columnWidth(column), width));
  };
  atLeast(UploadQueueModel::kStateColumn, tr("Waiting for the recorder"));
  atLeast(UploadQueueModel::kSizeColumn,
          tr("%1 of %2 MiB").arg(QStringLiteral("8888.8"), QStringLiteral("8888.8")));
  atLeast(UploadQueueModel::kRateColumn, tr("%1 MiB/s").arg(QStringLiteral("888.8")));
  columnsFitted_ = true;
}

void UploadsWidget::confirmAbort() {
  const int row = currentRow();
  const auto* entry = viewModel_.model()->entryAt(row);
  if (entry == nullptr) return;
  const QString key = currentKey();
  const QString name = QString::fromStdString(entry->path.filename().string());
  const auto answer = QMessageBox::question(
      this, tr("Abort upload"),
      tr("Abort the upload of %1? What the server has received of it is discarded; to upload "
         "it later, it has to be sent again from the start.")
          .arg(name),
      QMessageBox::Abort | QMessageBox::Cancel, QMessageBox::Cancel);
  if (answer == QMessageBox::Abort) viewModel_.abort(key);
}

}  // namespace audientia::gui
