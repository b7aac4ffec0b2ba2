#include "viewmodels/user_list_model.h"

#include <QBrush>
#include <QColor>
#include <algorithm>
#include <utility>

#include "viewmodels/formatting.h"
#include "viewmodels/office_tree_model.h"

namespace audientia::gui {

UserListModel::UserListModel(const OfficeTreeModel* offices, QObject* parent)
    : QAbstractTableModel(parent), offices_(offices) {
  if (offices_ == nullptr) return;
  // Office names shown here follow renames in the tree, and a reloaded tree.
  auto refreshOffices = [this] {
    if (!users_.empty()) {
      emit dataChanged(index(0, kOfficeColumn), index(rowCount() - 1, kOfficeColumn));
    }
  };
  connect(offices_, &QAbstractItemModel::dataChanged, this, refreshOffices);
  connect(offices_, &QAbstractItemModel::modelReset, this, refreshOffices);
  connect(offices_, &QAbstractItemModel::rowsMoved, this, refreshOffices);
}

void UserListModel::setUsers(std::vector<v1::User> users) {
  std::sort(users.begin(), users.end(),
            [](const v1::User& a, const v1::User& b) { return a.username() < b.username(); });
  beginResetModel();
  users_ = std::move(users);
  endResetModel();
}

void UserListModel::upsertUser(const v1::User& user) {
  const int row = rowOf(QString::fromStdString(user.username()));
  if (row >= 0) {
    users_[static_cast<std::size_t>(row)] = user;
    emit dataChanged(index(row, 0), index(row, kColumnCount - 1));
    return;
  }
  const int last = rowCount();
  beginInsertRows({}, last, last);
  users_.push_back(user);
  endInsertRows();
}

bool UserListModel::removeUser(const QString& username) {
  const int row = rowOf(username);
  if (row < 0) return false;
  beginRemoveRows({}, row, row);
  users_.erase(users_.begin() + row);
  endRemoveRows();
  return true;
}

void UserListModel::setSelfUsername(const QString& username) {
  selfUsername_ = username.toStdString();
  if (!users_.empty()) {
    emit dataChanged(index(0, kUsernameColumn), index(rowCount() - 1, kUsernameColumn));
  }
}

void UserListModel::clear() {
  setUsers({});
}

const v1::User* UserListModel::userAt(int row) const {
  if (row < 0 || row >= rowCount()) return nullptr;
  return &users_[static_cast<std::size_t>(row)];
}

std::optional<UserItem> UserListModel::userItemAt(int row) const {
  const v1::User* user = userAt(row);
  if (user == nullptr) return std::nullopt;
  return UserItem{QString::fromStdString(user->username()), userRoleOf(user->role()),
                  QString::fromStdString(user->office_id()), user->disabled()};
}

int UserListModel::rowOf(const QString& username) const {
  const std::string name = username.toStdString();
  for (std::size_t i = 0; i < users_.size(); ++i) {
    if (users_[i].username() == name) return static_cast<int>(i);
  }
  return -1;
}

int UserListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(users_.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : kColumnCount;
}

QString UserListModel::officeText(const v1::User& user) const {
  const QString id = QString::fromStdString(user.office_id());
  return offices_ != nullptr ? offices_->officeName(id) : id;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
    return {};
  }
  const v1::User& user = users_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case kUsernameColumn:
          if (!selfUsername_.empty() && user.username() == selfUsername_) {
            return tr("%1 (you)").arg(QString::fromStdString(user.username()));
          }
          return QString::fromStdString(user.username());
        case kRoleColumn:
          return roleName(user.role());
        case kOfficeColumn:
          return officeText(user);
        case kStateColumn:
          return user.disabled() ? tr("Disabled") : tr("Active");
        default:
          return {};
      }
    case Qt::ToolTipRole:
      if (index.column() == kOfficeColumn && offices_ != nullptr) {
        return offices_->officePath(QString::fromStdString(user.office_id()));
      }
      return tr("created %1").arg(timestampText(user.created_at_unix_ms()));
    case Qt::ForegroundRole:
      if (user.disabled()) return QBrush(QColor(0x80, 0x80, 0x80));
      return {};
    case UsernameRole:
      return QString::fromStdString(user.username());
    case DisabledRole:
      return user.disabled();
    case UserRoleRole:
      return static_cast<int>(user.role());
    default:
      return {};
  }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
    return QAbstractTableModel::headerData(section, orientation, role);
  }
  switch (section) {
    case kUsernameColumn:
      return tr("User name");
    case kRoleColumn:
      return tr("Role");
    case kOfficeColumn:
      return tr("Office");
    case kStateColumn:
      return tr("State");
    default:
      return {};
  }
}

QHash<int, QByteArray> UserListModel::roleNames() const {
  QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
  names.insert(UsernameRole, "username");
  names.insert(DisabledRole, "disabled");
  names.insert(UserRoleRole, "role");
  return names;
}

}  // namespace audientia::gui
