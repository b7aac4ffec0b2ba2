#pragma once

// The Administration tab (admins only): the office tree on the left, the users of the selected
// office on the right, a toolbar with the office and user actions. Actions that need input open
// a small dialog that stays open until the server has answered (its refusal is shown there);
// deactivating an office and disabling a user ask for confirmation first. Other errors and
// what each action did are passed on to the main window's status bar.

#include <QPointer>
#include <QString>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QTableView;
class QTreeView;

namespace audientia::gui {

class AdminFormDialog;
class AdminViewModel;

class AdminWidget : public QWidget {
  Q_OBJECT

 public:
  AdminWidget(AdminViewModel& viewModel, QWidget* parent);

  QTreeView* officesView() const { return offices_; }
  QTableView* usersView() const { return users_; }

 signals:
  // For the status bar: an action's result, or an error no open dialog has shown.
  void statusMessage(const QString& message);
  void errorShown(const QString& message);

 private:
  void onOfficesLoaded();
  void onUsersLoaded(int count);
  void onSelectedOfficeChanged(const QString& officeId);
  void onSucceeded(const QString& message);
  void onError(const QString& message);
  void updateActions();
  // Opens a dialog window-modally; submitted() runs `run` (which starts the action).
  void openDialog(AdminFormDialog* dialog, std::function<void()> run);

  QString currentOfficeId() const;
  QString currentUsername() const;

  void newOffice();
  void renameOffice();
  void moveOffice();
  void toggleOfficeActive();
  void newUser();
  void toggleUserDisabled();
  void resetPassword();
  void changeRole();

  AdminViewModel& viewModel_;
  QTreeView* offices_ = nullptr;
  QTableView* users_ = nullptr;
  QLabel* usersTitle_ = nullptr;
  QAction* newOffice_ = nullptr;
  QAction* renameOffice_ = nullptr;
  QAction* moveOffice_ = nullptr;
  QAction* toggleOffice_ = nullptr;
  QAction* newUser_ = nullptr;
  QAction* toggleUser_ = nullptr;
  QAction* resetPassword_ = nullptr;
  QAction* changeRole_ = nullptr;
  // The dialog waiting for the server's answer, if any.
  QPointer<AdminFormDialog> pending_;
};

}  // namespace audientia::gui
