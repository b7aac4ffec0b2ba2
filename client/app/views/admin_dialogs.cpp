#include "views/admin_dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <optional>

#include "viewmodels/admin_view_model.h"
#include "viewmodels/office_tree_model.h"

namespace audientia::gui {
namespace {

QComboBox* makeRoleBox(UserRole selected, QWidget* parent) {
  auto* box = new QComboBox(parent);
  for (UserRole role : assignableRoles()) {
    box->addItem(roleName(role), static_cast<int>(role));
    if (role == selected) box->setCurrentIndex(box->count() - 1);
  }
  return box;
}

QLineEdit* makePasswordField(QWidget* parent) {
  auto* field = new QLineEdit(parent);
  field->setEchoMode(QLineEdit::Password);
  return field;
}

}  // namespace

AdminFormDialog::AdminFormDialog(const QString& title, const QString& intro, const QString& okText,
                                 QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(title);
  setMinimumWidth(420);
  auto* introLabel = new QLabel(intro, this);
  introLabel->setWordWrap(true);
  form_ = new QFormLayout;
  hint_ = new QLabel(this);
  hint_->setWordWrap(true);
  hint_->setForegroundRole(QPalette::PlaceholderText);
  error_ = new QLabel(this);
  error_->setWordWrap(true);
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->setStyleSheet(QStringLiteral("color: #b00020;"));
  error_->hide();
  busy_ = new QProgressBar(this);
  busy_->setRange(0, 0);
  busy_->setTextVisible(false);
  busy_->setMaximumHeight(8);
  busy_->hide();
  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons_->button(QDialogButtonBox::Ok)->setText(okText);
  buttons_->button(QDialogButtonBox::Ok)->setDefault(true);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(introLabel);
  layout->addLayout(form_);
  layout->addWidget(hint_);
  layout->addWidget(error_);
  layout->addWidget(busy_);
  layout->addWidget(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &AdminFormDialog::submit);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AdminFormDialog::revalidate() {
  const QString reason = problem();
  hint_->setText(reason);
  hint_->setVisible(!reason.isEmpty());
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty() && busy_->isHidden());
}

void AdminFormDialog::submit() {
  if (!problem().isEmpty()) return;
  error_->hide();
  emit submitted();
}

void AdminFormDialog::showError(const QString& message) {
  setBusy(false);
  error_->setText(message);
  error_->show();
}

void AdminFormDialog::setBusy(bool busy) {
  busy_->setVisible(busy);
  for (int row = 0; row < form_->rowCount(); ++row) {
    if (QLayoutItem* item = form_->itemAt(row, QFormLayout::FieldRole)) {
      if (QWidget* field = item->widget()) field->setEnabled(!busy);
    }
  }
  revalidate();
}

OfficeNameDialog::OfficeNameDialog(const QString& title, const QString& intro,
                                   const QString& okText, const QString& initialName,
                                   QWidget* parent)
    : AdminFormDialog(title, intro, okText, parent) {
  name_ = new QLineEdit(initialName, this);
  name_->setMaxLength(200);
  name_->selectAll();
  form()->addRow(tr("&Name:"), name_);
  connect(name_, &QLineEdit::textChanged, this, &OfficeNameDialog::revalidate);
  revalidate();
}

QString OfficeNameDialog::name() const {
  return name_->text().trimmed();
}

QString OfficeNameDialog::problem() const {
  return validateOfficeName(name_->text());
}

MoveOfficeDialog::MoveOfficeDialog(OfficeTreeModel& offices, const QString& officeId,
                                   QWidget* parent)
    : AdminFormDialog(tr("Move office"),
                      tr("Move <b>%1</b> (with its sub-offices) under:")
                          .arg(offices.officeName(officeId).toHtmlEscaped()),
                      tr("&Move"), parent),
      offices_(offices),
      officeId_(officeId) {
  tree_ = new QTreeView(this);
  tree_->setModel(&offices_);
  tree_->setHeaderHidden(true);
  tree_->hideColumn(OfficeTreeModel::kStateColumn);
  tree_->expandAll();
  tree_->setMinimumHeight(240);
  form()->addRow(tree_);
  if (const std::optional<OfficeItem> office = offices_.officeItem(officeId)) {
    tree_->setCurrentIndex(offices_.indexOf(office->parentId));
  }
  connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          &MoveOfficeDialog::revalidate);
  revalidate();
}

QString MoveOfficeDialog::newParentId() const {
  return tree_->currentIndex().data(OfficeTreeModel::OfficeIdRole).toString();
}

QString MoveOfficeDialog::problem() const {
  const QString target = newParentId();
  if (target.isEmpty()) return tr("Choose the new parent office.");
  if (offices_.isInSubtree(target, officeId_)) {
    return tr("An office cannot move under itself or one of its sub-offices.");
  }
  const std::optional<OfficeItem> office = offices_.officeItem(officeId_);
  if (office && office->parentId == target) {
    return tr("The office is already there: choose another parent.");
  }
  return {};
}

NewUserDialog::NewUserDialog(const QString& officePath, QWidget* parent)
    : AdminFormDialog(tr("New user"),
                      tr("A new user of <b>%1</b>.").arg(officePath.toHtmlEscaped()),
                      tr("&Create user"), parent) {
  username_ = new QLineEdit(this);
  username_->setMaxLength(64);
  username_->setPlaceholderText(tr("3–64 letters, digits, . _ @ -"));
  role_ = makeRoleBox(UserRole::kClerk, this);
  password_ = makePasswordField(this);
  password_->setPlaceholderText(tr("the server's password policy applies"));
  confirm_ = makePasswordField(this);
  form()->addRow(tr("&User name:"), username_);
  form()->addRow(tr("&Role:"), role_);
  form()->addRow(tr("Initial &password:"), password_);
  form()->addRow(tr("&Repeat password:"), confirm_);
  for (QLineEdit* field : {username_, password_, confirm_}) {
    connect(field, &QLineEdit::textChanged, this, &NewUserDialog::revalidate);
  }
  revalidate();
}

QString NewUserDialog::username() const {
  return username_->text().trimmed();
}

UserRole NewUserDialog::role() const {
  return static_cast<UserRole>(role_->currentData().toInt());
}

QString NewUserDialog::password() const {
  return password_->text();
}

QString NewUserDialog::problem() const {
  if (QString reason = validateUsername(username_->text()); !reason.isEmpty()) return reason;
  return validateNewPassword(password_->text(), confirm_->text());
}

PasswordDialog::PasswordDialog(const QString& title, const QString& intro, bool askCurrent,
                               QWidget* parent)
    : AdminFormDialog(title, intro, tr("&Set password"), parent) {
  if (askCurrent) {
    current_ = makePasswordField(this);
    form()->addRow(tr("C&urrent password:"), current_);
    connect(current_, &QLineEdit::textChanged, this, &PasswordDialog::revalidate);
  }
  password_ = makePasswordField(this);
  password_->setPlaceholderText(tr("the server's password policy applies"));
  confirm_ = makePasswordField(this);
  form()->addRow(tr("&New password:"), password_);
  form()->addRow(tr("&Repeat password:"), confirm_);
  for (QLineEdit* field : {password_, confirm_}) {
    connect(field, &QLineEdit::textChanged, this, &PasswordDialog::revalidate);
  }
  revalidate();
}

QString PasswordDialog::currentPassword() const {
  return current_ != nullptr ? current_->text() : QString();
}

QString PasswordDialog::newPassword() const {
  return password_->text();
}

QString PasswordDialog::confirmation() const {
  return confirm_->text();
}

QString PasswordDialog::problem() const {
  if (current_ != nullptr && current_->text().isEmpty()) {
    return tr("Enter your current password.");
  }
  return validateNewPassword(password_->text(), confirm_->text());
}

RoleDialog::RoleDialog(const QString& username, UserRole current, QWidget* parent)
    : AdminFormDialog(
          tr("Change role"),
          tr("The role of <b>%1</b> (now: %2).").arg(username.toHtmlEscaped(), roleName(current)),
          tr("&Change role"), parent),
      current_(current) {
  role_ = makeRoleBox(current, this);
  form()->addRow(tr("&Role:"), role_);
  connect(role_, &QComboBox::currentIndexChanged, this, &RoleDialog::revalidate);
  revalidate();
}

UserRole RoleDialog::role() const {
  return static_cast<UserRole>(role_->currentData().toInt());
}

QString RoleDialog::problem() const {
  return role() == current_ ? tr("Choose a different role.") : QString();
}

}  // namespace audientia::gui
