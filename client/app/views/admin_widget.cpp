#include "views/admin_widget.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <optional>
#include <utility>

#include "viewmodels/admin_view_model.h"
#include "viewmodels/office_tree_model.h"
#include "viewmodels/user_list_model.h"
#include "views/admin_dialogs.h"
#include "views/table_rows.h"

namespace audientia::gui {

AdminWidget::AdminWidget(AdminViewModel& viewModel, QWidget* parent)
    : QWidget(parent), viewModel_(viewModel) {
  auto* toolbar = new QToolBar(tr("Administration"), this);
  toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  newOffice_ = toolbar->addAction(tr("New office…"), this, &AdminWidget::newOffice);
  newOffice_->setToolTip(tr("Create an office under the selected one"));
  renameOffice_ = toolbar->addAction(tr("Rename…"), this, &AdminWidget::renameOffice);
  moveOffice_ = toolbar->addAction(tr("Move…"), this, &AdminWidget::moveOffice);
  moveOffice_->setToolTip(tr("Move the selected office (with its sub-offices) under another"));
  toggleOffice_ = toolbar->addAction(tr("Deactivate"), this, &AdminWidget::toggleOfficeActive);
  toolbar->addSeparator();
  newUser_ = toolbar->addAction(tr("New user…"), this, &AdminWidget::newUser);
  newUser_->setToolTip(tr("Create a user in the selected office"));
  toggleUser_ = toolbar->addAction(tr("Disable user"), this, &AdminWidget::toggleUserDisabled);
  resetPassword_ = toolbar->addAction(tr("Reset password…"), this, &AdminWidget::resetPassword);
  changeRole_ = toolbar->addAction(tr("Change role…"), this, &AdminWidget::changeRole);

  auto* officesPane = new QWidget(this);
  auto* officesTitle = new QLabel(tr("<b>Offices</b>"), officesPane);
  offices_ = new QTreeView(officesPane);
  offices_->setModel(viewModel_.offices());
  offices_->setSelectionMode(QAbstractItemView::SingleSelection);
  offices_->setUniformRowHeights(true);
  offices_->header()->setStretchLastSection(false);
  offices_->header()->setSectionResizeMode(OfficeTreeModel::kNameColumn, QHeaderView::Stretch);
  offices_->header()->setSectionResizeMode(OfficeTreeModel::kStateColumn,
                                           QHeaderView::ResizeToContents);
  auto* officesLayout = new QVBoxLayout(officesPane);
  officesLayout->setContentsMargins(0, 0, 0, 0);
  officesLayout->addWidget(officesTitle);
  officesLayout->addWidget(offices_, 1);

  auto* usersPane = new QWidget(this);
  usersTitle_ = new QLabel(usersPane);
  users_ = new QTableView(usersPane);
  users_->setModel(viewModel_.users());
  users_->setSelectionBehavior(QAbstractItemView::SelectRows);
  users_->setSelectionMode(QAbstractItemView::SingleSelection);
  users_->setAlternatingRowColors(true);
  users_->setWordWrap(false);
  users_->verticalHeader()->hide();
  users_->horizontalHeader()->setHighlightSections(false);
  users_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  users_->horizontalHeader()->setStretchLastSection(true);
  // The title names the office: its column would repeat it on every row.
  users_->hideColumn(UserListModel::kOfficeColumn);
  auto* usersLayout = new QVBoxLayout(usersPane);
  usersLayout->setContentsMargins(0, 0, 0, 0);
  usersLayout->addWidget(usersTitle_);
  usersLayout->addWidget(users_, 1);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(officesPane);
  splitter->addWidget(usersPane);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  splitter->setChildrenCollapsible(false);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(toolbar);
  layout->addWidget(splitter, 1);

  connect(offices_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
    const QString id = currentOfficeId();
    if (!id.isEmpty() && id != viewModel_.selectedOfficeId()) viewModel_.selectOffice(id);
    updateActions();
  });
  connect(users_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          &AdminWidget::updateActions);
  connect(offices_, &QTreeView::doubleClicked, this, &AdminWidget::renameOffice);
  connect(&viewModel_, &AdminViewModel::officesLoaded, this, &AdminWidget::onOfficesLoaded);
  connect(&viewModel_, &AdminViewModel::usersLoaded, this, &AdminWidget::onUsersLoaded);
  connect(&viewModel_, &AdminViewModel::selectedOfficeChanged, this,
          &AdminWidget::onSelectedOfficeChanged);
  connect(&viewModel_, &AdminViewModel::actionSucceeded, this, &AdminWidget::onSucceeded);
  connect(&viewModel_, &AdminViewModel::errorOccurred, this, &AdminWidget::onError);
  connect(&viewModel_, &AdminViewModel::officeChanged, this, [this](const QString& id) {
    // A new or moved office is shown where it now is.
    const QModelIndex index = viewModel_.offices()->indexOf(id);
    offices_->expand(index.parent());
    updateActions();
  });
  connect(&viewModel_, &AdminViewModel::userChanged, this, &AdminWidget::updateActions);
  connect(&viewModel_, &AdminViewModel::busyChanged, this, &AdminWidget::updateActions);
  onSelectedOfficeChanged(viewModel_.selectedOfficeId());
  updateActions();
}

QString AdminWidget::currentOfficeId() const {
  return offices_->currentIndex().data(OfficeTreeModel::OfficeIdRole).toString();
}

QString AdminWidget::currentUsername() const {
  const QModelIndex current = users_->currentIndex();
  return current.isValid() ? current.data(UserListModel::UsernameRole).toString() : QString();
}

void AdminWidget::onOfficesLoaded() {
  offices_->expandAll();
  onSelectedOfficeChanged(viewModel_.selectedOfficeId());
}

void AdminWidget::onSelectedOfficeChanged(const QString& officeId) {
  const QModelIndex index = viewModel_.offices()->indexOf(officeId);
  if (index.isValid() && offices_->currentIndex().siblingAtColumn(0) != index) {
    offices_->setCurrentIndex(index);
  }
  usersTitle_->setText(officeId.isEmpty()
                           ? tr("<b>Users</b>")
                           : tr("<b>Users of %1</b>")
                                 .arg(viewModel_.offices()->officePath(officeId).toHtmlEscaped()));
  updateActions();
}

void AdminWidget::onUsersLoaded(int count) {
  if (count > 0 && !users_->currentIndex().isValid()) {
    // Start on someone the actions apply to: the first user who is not oneself.
    int row = 0;
    while (row + 1 < count && viewModel_.isSelf(viewModel_.users()->userItemAt(row)->username)) {
      ++row;
    }
    selectTableRow(*users_, row);
  }
  usersTitle_->setText(
      tr("<b>Users of %1</b> (%L2)")
          .arg(viewModel_.offices()->officePath(viewModel_.selectedOfficeId()).toHtmlEscaped())
          .arg(count));
  updateActions();
}

void AdminWidget::onSucceeded(const QString& message) {
  if (pending_) {
    pending_->accept();
    pending_ = nullptr;
  }
  emit statusMessage(message);
}

void AdminWidget::onError(const QString& message) {
  if (pending_ && pending_->isVisible()) {
    pending_->showError(message);
    return;
  }
  emit errorShown(message);
}

void AdminWidget::updateActions() {
  const std::optional<OfficeItem> office = viewModel_.offices()->officeItem(currentOfficeId());
  const bool hasOffice = office.has_value();
  const bool active = hasOffice && office->active;
  newOffice_->setEnabled(active || viewModel_.offices()->officeCount() == 0);
  renameOffice_->setEnabled(hasOffice);
  // The root office stays the root.
  moveOffice_->setEnabled(hasOffice && !office->parentId.isEmpty());
  // Deactivating the top office, or one's own, would leave no active office to manage from.
  const bool ownOffice = hasOffice && viewModel_.isOwnOffice(office->id);
  const bool topOffice = hasOffice && office->parentId.isEmpty();
  toggleOffice_->setText(hasOffice && !active ? tr("Reactivate") : tr("Deactivate"));
  toggleOffice_->setEnabled(hasOffice && (!active || (!ownOffice && !topOffice)));
  toggleOffice_->setToolTip(
      hasOffice && active && (ownOffice || topOffice)
          ? tr("Your own office and a top-level office cannot be deactivated here")
          : tr("Deactivate or reactivate the selected office"));
  newUser_->setEnabled(active);
  newUser_->setToolTip(hasOffice && !active
                           ? tr("The office is inactive: reactivate it to add users")
                           : tr("Create a user in the selected office"));

  const int row = users_->currentIndex().row();
  const std::optional<UserItem> user = viewModel_.users()->userItemAt(row);
  const bool hasUser = user.has_value();
  // Admins do not disable or demote themselves by a slip; their own password is changed from
  // the Account menu.
  const bool self = hasUser && viewModel_.isSelf(user->username);
  toggleUser_->setText(hasUser && user->disabled ? tr("Enable user") : tr("Disable user"));
  toggleUser_->setEnabled(hasUser && !self);
  resetPassword_->setEnabled(hasUser && !self);
  changeRole_->setEnabled(hasUser && !self);
  const QString selfTip = tr("That is you: use Account ▸ Change my password for your own password");
  toggleUser_->setToolTip(self ? selfTip : tr("Disable or enable the selected user"));
  resetPassword_->setToolTip(self ? selfTip : tr("Set a new password for the selected user"));
  changeRole_->setToolTip(self ? selfTip : tr("Change the selected user's role"));
}

void AdminWidget::openDialog(AdminFormDialog* dialog, std::function<void()> run) {
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  pending_ = dialog;
  connect(dialog, &AdminFormDialog::submitted, this, [dialog, run = std::move(run)] {
    dialog->setBusy(true);
    run();
  });
  dialog->open();
}

void AdminWidget::newOffice() {
  const QString parentId = currentOfficeId();
  const QString intro = parentId.isEmpty()
                            ? tr("A new top-level office.")
                            : tr("A new office under <b>%1</b>.")
                                  .arg(viewModel_.offices()->officePath(parentId).toHtmlEscaped());
  auto* dialog = new OfficeNameDialog(tr("New office"), intro, tr("&Create office"), {}, this);
  openDialog(dialog, [this, dialog] { viewModel_.createOffice(dialog->name()); });
}

void AdminWidget::renameOffice() {
  const QString id = currentOfficeId();
  if (id.isEmpty()) return;
  const QString name = viewModel_.offices()->officeName(id);
  auto* dialog = new OfficeNameDialog(tr("Rename office"),
                                      tr("The new name of <b>%1</b>.").arg(name.toHtmlEscaped()),
                                      tr("&Rename"), name, this);
  openDialog(dialog, [this, dialog, id] { viewModel_.renameOffice(id, dialog->name()); });
}

void AdminWidget::moveOffice() {
  const QString id = currentOfficeId();
  if (id.isEmpty()) return;
  auto* dialog = new MoveOfficeDialog(*viewModel_.offices(), id, this);
  openDialog(dialog, [this, dialog, id] { viewModel_.moveOffice(id, dialog->newParentId()); });
}

void AdminWidget::toggleOfficeActive() {
  const std::optional<OfficeItem> office = viewModel_.offices()->officeItem(currentOfficeId());
  if (!office) return;
  const QString id = office->id;
  const QString name = office->name;
  if (!office->active) {
    viewModel_.setOfficeActive(id, true);
    return;
  }
  const auto answer = QMessageBox::question(
      this, tr("Deactivate office"),
      tr("Deactivate %1?\n\nIts hearings, recordings and users are kept, but no new hearings or "
         "users can be added to it until it is reactivated.")
          .arg(name),
      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
  if (answer == QMessageBox::Yes) viewModel_.setOfficeActive(id, false);
}

void AdminWidget::newUser() {
  const QString officeId = currentOfficeId();
  if (officeId.isEmpty()) return;
  auto* dialog = new NewUserDialog(viewModel_.offices()->officePath(officeId), this);
  openDialog(dialog, [this, dialog] {
    viewModel_.createUser(dialog->username(), dialog->role(), dialog->password());
  });
}

void AdminWidget::toggleUserDisabled() {
  const std::optional<UserItem> user = viewModel_.users()->userItemAt(users_->currentIndex().row());
  if (!user) return;
  const QString username = user->username;
  if (user->disabled) {
    viewModel_.setUserDisabled(username, false);
    return;
  }
  const auto answer = QMessageBox::question(
      this, tr("Disable user"),
      tr("Disable %1?\n\nThey are logged out everywhere and cannot log in until enabled again.")
          .arg(username),
      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
  if (answer == QMessageBox::Yes) viewModel_.setUserDisabled(username, true);
}

void AdminWidget::resetPassword() {
  const QString username = currentUsername();
  if (username.isEmpty()) return;
  auto* dialog = new PasswordDialog(
      tr("Reset password"),
      tr("A new password for <b>%1</b>. Their sessions end and a lockout is lifted; tell them "
         "the password in person.")
          .arg(username.toHtmlEscaped()),
      false, this);
  openDialog(dialog, [this, dialog, username] {
    viewModel_.resetPassword(username, dialog->newPassword());
  });
}

void AdminWidget::changeRole() {
  const std::optional<UserItem> user = viewModel_.users()->userItemAt(users_->currentIndex().row());
  if (!user) return;
  const QString username = user->username;
  auto* dialog = new RoleDialog(username, user->role, this);
  openDialog(dialog, [this, dialog, username] { viewModel_.changeRole(username, dialog->role()); });
}

}  // namespace audientia::gui
