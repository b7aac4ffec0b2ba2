#include "views/retention_widget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "viewmodels/formatting.h"
#include "viewmodels/retention_view_model.h"
#include "views/table_rows.h"

namespace audientia::gui {
namespace {

QTableView* table(QAbstractItemModel* model, QWidget* parent) {
  auto* view = new QTableView(parent);
  view->setModel(model);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setSelectionMode(QAbstractItemView::SingleSelection);
  view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view->setWordWrap(false);
  view->verticalHeader()->hide();
  view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  view->horizontalHeader()->setStretchLastSection(true);
  return view;
}

}  // namespace

RetentionWidget::RetentionWidget(RetentionViewModel& viewModel, QWidget* parent)
    : QWidget(parent), viewModel_(viewModel) {
  auto* policiesBox = new QGroupBox(tr("Retention policies"), this);
  auto* policiesHint = new QLabel(
      tr("A hearing is deleted this long after it was created, under the most specific policy "
         "that matches it (office and kind, then office, then kind); with none it is kept for "
         "ever. A hearing under a legal hold is never deleted."),
      policiesBox);
  policiesHint->setWordWrap(true);
  policies_ = table(viewModel_.policies(), policiesBox);
  setPolicy_ = new QPushButton(tr("&Set policy…"), policiesBox);
  setPolicy_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
  setPolicy_->setToolTip(
      tr("Set how long the hearings of an office and/or kind are kept "
         "(Ctrl+Shift+P)"));
  deletePolicy_ = new QPushButton(tr("&Delete policy"), policiesBox);
  auto* policyButtons = new QHBoxLayout;
  policyButtons->addWidget(setPolicy_);
  policyButtons->addWidget(deletePolicy_);
  policyButtons->addStretch(1);
  auto* policiesLayout = new QVBoxLayout(policiesBox);
  policiesLayout->addWidget(policiesHint);
  policiesLayout->addWidget(policies_, 1);
  policiesLayout->addLayout(policyButtons);

  auto* holdsBox = new QGroupBox(tr("Legal holds"), this);
  holds_ = table(viewModel_.holds(), holdsBox);
  placeHold_ = new QPushButton(tr("&Place hold…"), holdsBox);
  placeHold_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
  placeHold_->setToolTip(
      tr("Keep a hearing whatever the policies say, until released "
         "(Ctrl+Shift+H)"));
  releaseHold_ = new QPushButton(tr("&Release…"), holdsBox);
  showReleased_ = new QCheckBox(tr("Show released &holds"), holdsBox);
  auto* holdButtons = new QHBoxLayout;
  holdButtons->addWidget(placeHold_);
  holdButtons->addWidget(releaseHold_);
  holdButtons->addStretch(1);
  holdButtons->addWidget(showReleased_);
  auto* holdsLayout = new QVBoxLayout(holdsBox);
  holdsLayout->addWidget(holds_, 1);
  holdsLayout->addLayout(holdButtons);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(policiesBox, 1);
  layout->addWidget(holdsBox, 1);

  connect(setPolicy_, &QPushButton::clicked, this, &RetentionWidget::setPolicy);
  connect(deletePolicy_, &QPushButton::clicked, this, &RetentionWidget::deletePolicy);
  connect(placeHold_, &QPushButton::clicked, this, &RetentionWidget::placeHold);
  connect(releaseHold_, &QPushButton::clicked, this, &RetentionWidget::releaseHold);
  connect(showReleased_, &QCheckBox::toggled, &viewModel_, &RetentionViewModel::setShowReleased);
  connect(&viewModel_, &RetentionViewModel::changed, this, &RetentionWidget::statusMessage);
  connect(&viewModel_, &RetentionViewModel::loaded, this, &RetentionWidget::updateButtons);
  connect(policies_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &RetentionWidget::updateButtons);
  connect(holds_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &RetentionWidget::updateButtons);
  updateButtons();
}

void RetentionWidget::updateButtons() {
  deletePolicy_->setEnabled(policies_->selectionModel()->hasSelection());
  const QModelIndex hold = holds_->currentIndex();
  releaseHold_->setEnabled(holds_->selectionModel()->hasSelection() && hold.isValid() &&
                           hold.data(LegalHoldModel::ActiveRole).toBool());
}

void RetentionWidget::setPolicy() {
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Set a retention policy"));
  auto* office = new QComboBox(&dialog);
  office->addItem(tr("Every office"), QString());
  for (const auto& [id, name] : viewModel_.offices()) office->addItem(name, id);
  auto* kind = new QComboBox(&dialog);
  kind->addItem(tr("Every kind"), static_cast<int>(v1::HEARING_KIND_UNSPECIFIED));
  for (auto k : {v1::HEARING_KIND_SUSPECT, v1::HEARING_KIND_DEFENDANT, v1::HEARING_KIND_VICTIM,
                 v1::HEARING_KIND_WITNESS, v1::HEARING_KIND_EXPERT, v1::HEARING_KIND_OTHER}) {
    kind->addItem(kindName(k), static_cast<int>(k));
  }
  auto* days = new QSpinBox(&dialog);
  days->setRange(1, 36500);
  days->setValue(3650);
  days->setSuffix(tr(" days"));
  auto* form = new QFormLayout;
  form->addRow(tr("&Office:"), office);
  form->addRow(tr("&Hearings:"), kind);
  form->addRow(tr("&Keep for:"), days);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  auto* layout = new QVBoxLayout(&dialog);
  layout->addLayout(form);
  layout->addWidget(buttons);
  if (dialog.exec() != QDialog::Accepted) return;
  viewModel_.setPolicy(office->currentData().toString(),
                       static_cast<v1::HearingKind>(kind->currentData().toInt()), days->value());
}

void RetentionWidget::deletePolicy() {
  const QModelIndex current = policies_->currentIndex();
  if (!current.isValid()) return;
  const QString what =
      current.siblingAtColumn(RetentionPolicyModel::kOfficeColumn).data().toString() +
      QStringLiteral(" · ") +
      current.siblingAtColumn(RetentionPolicyModel::kKindColumn).data().toString();
  if (QMessageBox::question(this, tr("Delete the policy"),
                            tr("Delete the retention policy for %1?").arg(what)) !=
      QMessageBox::Yes) {
    return;
  }
  viewModel_.deletePolicy(current.data(RetentionPolicyModel::PolicyIdRole).toString());
}

void RetentionWidget::placeHold() {
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Place a legal hold"));
  auto* hearing = new QLineEdit(&dialog);
  hearing->setPlaceholderText(tr("The hearing's id, as the prosecutor or clerk gave it"));
  hearing->setMinimumWidth(hearing->fontMetrics().horizontalAdvance(QString(40, QLatin1Char('0'))));
  auto* reason = new QLineEdit(&dialog);
  reason->setPlaceholderText(tr("Why it must be kept (an appeal, a request of the court…)"));
  auto* form = new QFormLayout;
  form->addRow(tr("&Hearing id:"), hearing);
  form->addRow(tr("&Reason:"), reason);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  auto* layout = new QVBoxLayout(&dialog);
  layout->addLayout(form);
  layout->addWidget(buttons);
  if (dialog.exec() != QDialog::Accepted) return;
  viewModel_.placeHold(hearing->text(), reason->text());
}

void RetentionWidget::releaseHold() {
  const QModelIndex current = holds_->currentIndex();
  if (!current.isValid()) return;
  bool ok = false;
  const QString reason = QInputDialog::getText(
      this, tr("Release the hold"),
      tr("Why is the hearing no longer held? It may then be deleted under its policy."),
      QLineEdit::Normal, QString(), &ok);
  if (ok) viewModel_.releaseHold(current.data(LegalHoldModel::HearingIdRole).toString(), reason);
}

}  // namespace audientia::gui
