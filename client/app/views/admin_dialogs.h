#pragma once

// The small forms of the Administration tab and of "Change my password". Each checks its fields
// as they are typed (OK stays disabled, the reason is shown) and, once submitted, stays open
// while the server answers: the caller runs the action and then calls accept() on success or
// showError() with the server's message (e.g. the password policy's), so nothing is retyped.

#include <QDialog>
#include <QString>

#include "viewmodels/user_role.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTreeView;

namespace audientia::gui {

class OfficeTreeModel;

class AdminFormDialog : public QDialog {
  Q_OBJECT

 public:
  // Shows the server's refusal under the form and lets the user correct it.
  void showError(const QString& message);
  void setBusy(bool busy);

 signals:
  // OK was pressed on a valid form.
  void submitted();

 protected:
  AdminFormDialog(const QString& title, const QString& intro, const QString& okText,
                  QWidget* parent);
  QFormLayout* form() const { return form_; }
  // What is wrong with the fields, or an empty string; rechecked on every edit.
  virtual QString problem() const = 0;
  // Call after adding the fields, and from every field's change signal.
  void revalidate();

 private:
  void submit();

  QFormLayout* form_ = nullptr;
  QLabel* hint_ = nullptr;
  QLabel* error_ = nullptr;
  QProgressBar* busy_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;
};

// A new office's name, or an office's new name.
class OfficeNameDialog final : public AdminFormDialog {
  Q_OBJECT

 public:
  OfficeNameDialog(const QString& title, const QString& intro, const QString& okText,
                   const QString& initialName, QWidget* parent);
  QString name() const;

 protected:
  QString problem() const override;

 private:
  QLineEdit* name_ = nullptr;
};

// Picks the new parent of an office in the tree; the office itself and its sub-offices cannot
// be picked.
class MoveOfficeDialog final : public AdminFormDialog {
  Q_OBJECT

 public:
  MoveOfficeDialog(OfficeTreeModel& offices, const QString& officeId, QWidget* parent);
  QString newParentId() const;

 protected:
  QString problem() const override;

 private:
  OfficeTreeModel& offices_;
  QString officeId_;
  QTreeView* tree_ = nullptr;
};

// A new user of an office: user name, role, initial password (twice).
class NewUserDialog final : public AdminFormDialog {
  Q_OBJECT

 public:
  NewUserDialog(const QString& officePath, QWidget* parent);
  QString username() const;
  UserRole role() const;
  QString password() const;

 protected:
  QString problem() const override;

 private:
  QLineEdit* username_ = nullptr;
  QComboBox* role_ = nullptr;
  QLineEdit* password_ = nullptr;
  QLineEdit* confirm_ = nullptr;
};

// A new password typed twice; with askCurrent, also the current one (changing one's own).
class PasswordDialog final : public AdminFormDialog {
  Q_OBJECT

 public:
  PasswordDialog(const QString& title, const QString& intro, bool askCurrent, QWidget* parent);
  QString currentPassword() const;
  QString newPassword() const;
  QString confirmation() const;

 protected:
  QString problem() const override;

 private:
  QLineEdit* current_ = nullptr;
  QLineEdit* password_ = nullptr;
  QLineEdit* confirm_ = nullptr;
};

class RoleDialog final : public AdminFormDialog {
  Q_OBJECT

 public:
  RoleDialog(const QString& username, UserRole current, QWidget* parent);
  UserRole role() const;

 protected:
  QString problem() const override;

 private:
  QComboBox* role_ = nullptr;
  UserRole current_;
};

}  // namespace audientia::gui
