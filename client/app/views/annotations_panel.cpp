#include "views/annotations_panel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "viewmodels/annotations_view_model.h"
#include "viewmodels/formatting.h"
#include "views/annotation_dialogs.h"
#include "views/table_rows.h"

namespace audientia::gui {
namespace {

// A button with its action's shortcuts, which work anywhere in the panel.
QPushButton* panelButton(QWidget* panel, const QString& text, const QString& tip,
                         const QList<QKeySequence>& keys) {
  auto* button = new QPushButton(text, panel);
  auto* action = new QAction(text, panel);
  action->setShortcuts(keys);
  action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  panel->addAction(action);
  QObject::connect(action, &QAction::triggered, button, &QPushButton::click);
  button->setToolTip(keys.isEmpty() ? tip
                                    : QStringLiteral("%1 (%2)").arg(
                                          tip, keys.first().toString(QKeySequence::NativeText)));
  return button;
}

}  // namespace

AnnotationsPanel::AnnotationsPanel(AnnotationsViewModel& viewModel, QWidget* parent)
    : QWidget(parent), viewModel_(viewModel) {
  auto* heading = new QLabel(tr("Annotations"), this);
  QFont bold = heading->font();
  bold.setBold(true);
  heading->setFont(bold);
  status_ = new QLabel(this);
  status_->setForegroundRole(QPalette::PlaceholderText);

  table_ = new QTableView(this);
  table_->setModel(viewModel_.annotations());
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setHighlightSections(false);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(AnnotationListModel::kTextColumn,
                                                   QHeaderView::Stretch);
  // A few rows stay visible however crowded the hearing view is.
  table_->setMinimumHeight(table_->horizontalHeader()->sizeHint().height() +
                           4 * table_->verticalHeader()->defaultSectionSize());
  table_->setToolTip(tr("The annotations of the selected recording, in the order of its time"));

  add_ = panelButton(this, tr("Add a&nnotation…"), tr("Add an annotation to this recording"),
                     {QKeySequence(Qt::Key_Insert)});
  edit_ = panelButton(this, tr("&Edit…"), tr("Change the text or kind of the selected annotation"),
                      {QKeySequence(tr("Ctrl+E")), QKeySequence(Qt::Key_F2)});
  delete_ = panelButton(this, tr("&Delete"), tr("Delete the selected annotation"),
                        {QKeySequence(QKeySequence::Delete)});
  history_ = panelButton(this, tr("His&tory…"), tr("Every revision of the selected annotation"),
                         {QKeySequence(tr("Ctrl+H"))});
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(add_);
  buttons->addWidget(edit_);
  buttons->addWidget(delete_);
  buttons->addWidget(history_);
  buttons->addStretch(1);

  auto* top = new QHBoxLayout;
  top->addWidget(heading);
  top->addWidget(status_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top);
  layout->addWidget(table_, 1);
  layout->addLayout(buttons);

  connect(add_, &QPushButton::clicked, this, &AnnotationsPanel::addAnnotation);
  connect(edit_, &QPushButton::clicked, this, &AnnotationsPanel::editAnnotation);
  connect(delete_, &QPushButton::clicked, this, &AnnotationsPanel::deleteAnnotation);
  connect(history_, &QPushButton::clicked, this, &AnnotationsPanel::showHistory);
  connect(table_, &QTableView::activated, this, &AnnotationsPanel::editAnnotation);
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          &AnnotationsPanel::updateState);
  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &AnnotationsPanel::updateState);
  connect(viewModel_.annotations(), &QAbstractItemModel::modelReset, this, [this] {
    const int row = viewModel_.annotations()->rowOf(reselect_);
    if (row >= 0) selectTableRow(*table_, row);
    updateState();
  });
  connect(&viewModel_, &AnnotationsViewModel::changed, this,
          [this](const QString& annotationId) { reselect_ = annotationId; });
  connect(&viewModel_, &AnnotationsViewModel::busyChanged, this, &AnnotationsPanel::updateState);
  updateState();
}

void AnnotationsPanel::setRecording(const QString& recordingId) {
  recordingId_ = recordingId;
  viewModel_.setRecording(recordingId);
  updateState();
}

int AnnotationsPanel::currentRow() const {
  const QModelIndex current = table_->currentIndex();
  return current.isValid() && table_->selectionModel()->isRowSelected(current.row()) ? current.row()
                                                                                     : -1;
}

void AnnotationsPanel::updateState() {
  const int count = viewModel_.annotations()->rowCount();
  status_->setText(viewModel_.isBusy() ? tr("Loading…")
                   : count == 0        ? tr("None on this recording yet.")
                                       : tr("%n annotation(s)", nullptr, count));
  const bool selected = currentRow() >= 0;
  add_->setEnabled(!recordingId_.isEmpty());
  edit_->setEnabled(selected);
  delete_->setEnabled(selected);
  history_->setEnabled(selected);
}

void AnnotationsPanel::addAnnotation() {
  if (recordingId_.isEmpty()) return;
  AnnotationInput initial;
  const qint64 suggested = suggest_ ? suggest_() : -1;
  initial.atMs = suggested > 0 ? suggested : 0;
  initial.kind = QStringLiteral("note");
  const QString recording = recordingId_;
  const auto input = askAnnotation(this, tr("Add an annotation"), initial, true);
  if (input) viewModel_.add(recording, input->atMs, input->kind, input->text);
}

void AnnotationsPanel::editAnnotation() {
  const QModelIndex index = table_->model()->index(currentRow(), 0);
  if (!index.isValid()) return;
  AnnotationInput initial;
  initial.atMs = index.data(AnnotationListModel::StartMsRole).toLongLong();
  initial.kind = index.data(AnnotationListModel::KindRole).toString();
  initial.text = index.data(AnnotationListModel::TextRole).toString();
  const QString id = index.data(AnnotationListModel::AnnotationIdRole).toString();
  const int revision = index.data(AnnotationListModel::RevisionRole).toInt();
  const auto input = askAnnotation(
      this, tr("Edit the annotation at %1").arg(clockText(initial.atMs)), initial, false);
  if (input) viewModel_.edit(id, input->kind, input->text, revision);
}

void AnnotationsPanel::deleteAnnotation() {
  const QModelIndex index = table_->model()->index(currentRow(), 0);
  if (!index.isValid()) return;
  const QString id = index.data(AnnotationListModel::AnnotationIdRole).toString();
  const int revision = index.data(AnnotationListModel::RevisionRole).toInt();
  const QString at = clockText(index.data(AnnotationListModel::StartMsRole).toLongLong());
  const auto answer = QMessageBox::question(
      this, tr("Delete the annotation"),
      tr("Delete the annotation at %1?\n\nIts history is kept and can still be read.").arg(at),
      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
  if (answer == QMessageBox::Yes) viewModel_.remove(id, revision);
}

void AnnotationsPanel::showHistory() {
  const QModelIndex index = table_->model()->index(currentRow(), 0);
  if (!index.isValid()) return;
  showAnnotationHistory(
      this, viewModel_, index.data(AnnotationListModel::AnnotationIdRole).toString(),
      tr("History of the annotation at %1")
          .arg(clockText(index.data(AnnotationListModel::StartMsRole).toLongLong())));
}

}  // namespace audientia::gui
