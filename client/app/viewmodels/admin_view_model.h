#pragma once

// The Administration tab's state (admins only): the office tree, the users of the selected
// office, and the actions on them. Every call goes through AdminApiService (off the UI thread); the
// models are updated from the server's answer (never optimistically), and failures are reported
// through errorOccurred with the server's own message (e.g. the password policy's).

#include <QObject>
#include <QString>
#include <vector>

#include "services/admin_api_service.h"
#include "services/session_api_service.h"
#include "viewmodels/office_tree_model.h"
#include "viewmodels/user_list_model.h"
#include "viewmodels/user_role.h"

namespace audientia::gui {

class AdminViewModel : public QObject {
  Q_OBJECT

 public:
  explicit AdminViewModel(AdminApiService& api, QObject* parent = nullptr);

  // The logged-in admin: their office is selected first.
  void setSession(const SessionInfo& session);
  const SessionInfo& session() const { return session_; }
  // True for the logged-in admin's own user name.
  bool isSelf(const QString& username) const;
  // True for the logged-in admin's own office.
  bool isOwnOffice(const QString& officeId) const;
  OfficeTreeModel* offices() { return &offices_; }
  UserListModel* users() { return &users_; }
  const QString& selectedOfficeId() const { return selectedOfficeId_; }
  bool isBusy() const { return pending_ > 0; }

  // Reloads the tree, then the users of the selected office (or of the admin's own office, or
  // the first top-level one, when the selection is gone).
  void refresh();
  // Shows the users of an office; an empty id clears the list.
  void selectOffice(const QString& officeId);

  // Creates an office under the selected one (at the top level when none is selected).
  void createOffice(const QString& name);
  void renameOffice(const QString& officeId, const QString& name);
  void moveOffice(const QString& officeId, const QString& newParentId);
  void setOfficeActive(const QString& officeId, bool active);

  // Creates a user in the selected office.
  void createUser(const QString& username, UserRole role, const QString& password);
  void setUserDisabled(const QString& username, bool disabled);
  void resetPassword(const QString& username, const QString& newPassword);
  void changeRole(const QString& username, UserRole role);
  void clear();

 signals:
  void busyChanged(bool busy);
  void officesLoaded(int count);
  void usersLoaded(int count);
  void selectedOfficeChanged(const QString& officeId);
  // An office was created or changed by an action (its row is up to date).
  void officeChanged(const QString& officeId);
  void userChanged(const QString& username);
  // What an action did, for the status bar ("Office North region created.").
  void actionSucceeded(const QString& message);
  void errorOccurred(const QString& message);

 private:
  // Count the calls in flight (busyChanged on 0 <-> 1).
  void begin();
  void end();
  void applyOffice(const v1::Office& office, const QString& message);
  void applyUser(const v1::User& user, const QString& message);

  AdminApiService& api_;
  SessionInfo session_;
  OfficeTreeModel offices_;
  UserListModel users_;
  QString selectedOfficeId_;
  int pending_ = 0;
  quint64 usersRequest_ = 0;  // bumped by every selectOffice()
};

// Client-side checks before a call (the server checks again); empty when fine.
QString validateOfficeName(const QString& name);
QString validateUsername(const QString& username);
// Equal, not empty. The strength rules are the server's (its message is shown).
QString validateNewPassword(const QString& password, const QString& confirmation);
// The roles an admin may give, in menu order.
std::vector<UserRole> assignableRoles();

}  // namespace audientia::gui
