#include "views/audit_widget.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace audientia::gui {
namespace {

QDateEdit* makeAuditDateEdit(QWidget* parent) {
  auto* edit = new QDateEdit(QDate::currentDate(), parent);
  edit->setCalendarPopup(true);
  edit->setEnabled(false);
  return edit;
}

}  // namespace

AuditWidget::AuditWidget(AuditViewModel& viewModel, QWidget* parent)
    : QWidget(parent), viewModel_(viewModel) {
  user_ = new QLineEdit(this);
  user_->setPlaceholderText(tr("User (part of the name)"));
  user_->setClearButtonEnabled(true);
  action_ = new QLineEdit(this);
  action_->setPlaceholderText(tr("Action, e.g. recording.download"));
  action_->setClearButtonEnabled(true);
  object_ = new QLineEdit(this);
  object_->setPlaceholderText(tr("Object id"));
  object_->setClearButtonEnabled(true);
  object_->setToolTip(tr("Only the events of this hearing, recording, user or office (its id)"));
  useFrom_ = new QCheckBox(tr("&From"), this);
  from_ = makeAuditDateEdit(this);
  useTo_ = new QCheckBox(tr("&To"), this);
  to_ = makeAuditDateEdit(this);
  useFrom_->setToolTip(tr("Unchecked: from the first event"));
  useTo_->setToolTip(tr("Unchecked: up to now"));
  apply_ = new QPushButton(tr("&Apply"), this);
  apply_->setToolTip(tr("Reload the events with these filters (Enter)"));

  events_ = new QTableView(this);
  events_->setModel(viewModel_.events());
  events_->setSelectionBehavior(QAbstractItemView::SelectRows);
  events_->setSelectionMode(QAbstractItemView::SingleSelection);
  events_->setAlternatingRowColors(true);
  events_->setWordWrap(false);
  events_->verticalHeader()->hide();
  events_->horizontalHeader()->setHighlightSections(false);
  events_->horizontalHeader()->setStretchLastSection(true);

  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  more_ = new QPushButton(tr("&More events"), this);
  more_->setVisible(false);
  verify_ = new QPushButton(tr("&Verify the chain"), this);
  verify_->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
  verify_->setToolTip(
      tr("Have the server recompute the hash chain of the whole trail (Ctrl+Shift+V)"));
  verifyResult_ = new QLabel(this);
  verifyResult_->setWordWrap(true);
  verifyResult_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* filters = new QHBoxLayout;
  filters->addWidget(user_, 2);
  filters->addWidget(action_, 3);
  filters->addWidget(object_, 3);
  filters->addWidget(useFrom_);
  filters->addWidget(from_);
  filters->addWidget(useTo_);
  filters->addWidget(to_);
  filters->addWidget(apply_);
  auto* bottom = new QHBoxLayout;
  bottom->addWidget(status_, 1);
  bottom->addWidget(more_);
  auto* verifyRow = new QHBoxLayout;
  verifyRow->addWidget(verify_);
  verifyRow->addWidget(verifyResult_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(filters);
  layout->addWidget(events_, 1);
  layout->addLayout(bottom);
  layout->addLayout(verifyRow);

  connect(user_, &QLineEdit::textChanged, &viewModel_, &AuditViewModel::setUserFilter);
  connect(action_, &QLineEdit::textChanged, &viewModel_, &AuditViewModel::setActionFilter);
  for (QLineEdit* edit : {user_, action_, object_}) {
    connect(edit, &QLineEdit::returnPressed, this, &AuditWidget::apply);
  }
  connect(useFrom_, &QCheckBox::toggled, from_, &QWidget::setEnabled);
  connect(useTo_, &QCheckBox::toggled, to_, &QWidget::setEnabled);
  connect(apply_, &QPushButton::clicked, this, &AuditWidget::apply);
  connect(more_, &QPushButton::clicked, &viewModel_, &AuditViewModel::loadMore);
  connect(verify_, &QPushButton::clicked, &viewModel_, &AuditViewModel::verify);
  connect(&viewModel_, &AuditViewModel::stateChanged, this, &AuditWidget::showState);
  connect(&viewModel_, &AuditViewModel::eventsChanged, this, [this] {
    events_->resizeColumnsToContents();
    showState();
  });
  connect(&viewModel_, &AuditViewModel::verifyStateChanged, this, &AuditWidget::showVerifyState);
  showState();
  showVerifyState();
}

void AuditWidget::apply() {
  viewModel_.setUserFilter(user_->text());
  viewModel_.setActionFilter(action_->text());
  viewModel_.setObjectId(object_->text());
  viewModel_.setDateRange(useFrom_->isChecked() ? from_->date() : QDate(),
                          useTo_->isChecked() ? to_->date() : QDate());
  viewModel_.apply();
}

void AuditWidget::showState() {
  status_->setText(viewModel_.statusText());
  const bool failed = viewModel_.state() == AuditState::kFailed;
  status_->setStyleSheet(failed ? QStringLiteral("color: #b00020;") : QString());
  more_->setVisible(viewModel_.canLoadMore());
  apply_->setEnabled(viewModel_.state() != AuditState::kLoading);
}

void AuditWidget::showVerifyState() {
  const VerifyState state = viewModel_.verifyState();
  verifyResult_->setText(viewModel_.verifyText());
  QString style;
  if (state == VerifyState::kIntact) style = QStringLiteral("color: #1b7a2e; font-weight: bold;");
  if (state == VerifyState::kBroken || state == VerifyState::kFailed) {
    style = QStringLiteral("color: #b00020; font-weight: bold;");
  }
  verifyResult_->setStyleSheet(style);
  verify_->setEnabled(state != VerifyState::kVerifying);
}

}  // namespace audientia::gui
