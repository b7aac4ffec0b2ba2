#pragma once

// Users as a table: user name, role, office, state ("Active" / "Disabled"). Office names come
// from the OfficeTreeModel given at construction (the office id when it is not listed there);
// rows are refreshed when that model renames an office.

#include <QAbstractTableModel>
#include <QString>
#include <optional>
#include <vector>

#include "audientia/v1/common.pb.h"
#include "viewmodels/user_role.h"

namespace audientia::gui {

class OfficeTreeModel;

// A user as the views see it.
struct UserItem {
  QString username;
  UserRole role = UserRole::kUnspecified;
  QString officeId;
  bool disabled = false;
};

class UserListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { kUsernameColumn = 0, kRoleColumn, kOfficeColumn, kStateColumn, kColumnCount };
  enum Role { UsernameRole = Qt::UserRole + 1, DisabledRole, UserRoleRole };

  // offices may be null: the office column then shows ids.
  explicit UserListModel(const OfficeTreeModel* offices, QObject* parent = nullptr);

  // Replaces every row (a model reset); rows are ordered by user name.
  void setUsers(std::vector<v1::User> users);
  // Replaces a listed user (by user name) or appends a new one.
  void upsertUser(const v1::User& user);
  // Drops the row of a user (e.g. moved out of the shown office); false when not listed.
  bool removeUser(const QString& username);
  void clear();
  // The logged-in user: their row reads "name (you)" (UsernameRole stays the bare name).
  void setSelfUsername(const QString& username);

  const v1::User* userAt(int row) const;
  // userAt() for the views; empty for a row that does not exist.
  std::optional<UserItem> userItemAt(int row) const;
  // -1 when not listed.
  int rowOf(const QString& username) const;

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

 private:
  QString officeText(const v1::User& user) const;

  const OfficeTreeModel* offices_;
  std::vector<v1::User> users_;
  std::string selfUsername_;
};

}  // namespace audientia::gui
