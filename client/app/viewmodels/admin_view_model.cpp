#include "viewmodels/admin_view_model.h"

#include <QRegularExpression>
#include <utility>
#include <vector>

#include "viewmodels/formatting.h"
#include "viewmodels/login_view_model.h"

namespace audientia::gui {
namespace {

constexpr int kMaxOfficeName = 200;

}  // namespace

QString validateOfficeName(const QString& name) {
  const QString trimmed = name.trimmed();
  if (trimmed.isEmpty()) return AdminViewModel::tr("Enter the office's name.");
  if (trimmed.size() > kMaxOfficeName) {
    return AdminViewModel::tr("The office name is too long (at most %L1 characters).")
        .arg(kMaxOfficeName);
  }
  return {};
}

QString validateUsername(const QString& username) {
  static const QRegularExpression kPattern(QStringLiteral("^[A-Za-z0-9._@-]{3,64}$"));
  if (username.trimmed().isEmpty()) return AdminViewModel::tr("Enter the user name.");
  if (!kPattern.match(username.trimmed()).hasMatch()) {
    return AdminViewModel::tr(
        "A user name has 3 to 64 characters: letters, digits and . _ @ - only.");
  }
  return {};
}

QString validateNewPassword(const QString& password, const QString& confirmation) {
  if (password.isEmpty()) return AdminViewModel::tr("Enter the new password.");
  if (password != confirmation) {
    return AdminViewModel::tr("The two passwords differ: type the same password twice.");
  }
  return {};
}

std::vector<UserRole> assignableRoles() {
  return {UserRole::kClerk, UserRole::kProsecutor, UserRole::kAuditor, UserRole::kAdmin};
}

AdminViewModel::AdminViewModel(AdminApiService& api, QObject* parent)
    : QObject(parent), api_(api), users_(&offices_) {}

void AdminViewModel::setSession(const SessionInfo& session) {
  session_ = session;
  users_.setSelfUsername(QString::fromStdString(session_.user.username()));
}

bool AdminViewModel::isSelf(const QString& username) const {
  return !username.isEmpty() && username.toStdString() == session_.user.username();
}

bool AdminViewModel::isOwnOffice(const QString& officeId) const {
  return !officeId.isEmpty() && officeId.toStdString() == session_.user.office_id();
}

void AdminViewModel::clear() {
  ++usersRequest_;
  selectedOfficeId_.clear();
  users_.clear();
  offices_.clear();
  session_ = {};
  users_.setSelfUsername({});
}

void AdminViewModel::begin() {
  if (pending_++ == 0) emit busyChanged(true);
}

void AdminViewModel::end() {
  if (--pending_ == 0) emit busyChanged(false);
}

void AdminViewModel::refresh() {
  begin();
  api_.listOffices(this, [this](Expected<std::vector<v1::Office>> result) {
    if (!result) {
      end();
      emit errorOccurred(tr("Loading the offices failed: %1").arg(errorText(result.error())));
      return;
    }
    offices_.setOffices(std::move(result).value());
    emit officesLoaded(offices_.officeCount());
    QString select = selectedOfficeId_;
    if (offices_.office(select) == nullptr) {
      select = QString::fromStdString(session_.user.office_id());
    }
    if (offices_.office(select) == nullptr) {
      const QModelIndex first = offices_.index(0, 0);
      select = first.isValid() ? first.data(OfficeTreeModel::OfficeIdRole).toString() : QString();
    }
    selectOffice(select);
    end();  // after selectOffice() has begun its call: busy stays on for the whole refresh
  });
}

void AdminViewModel::selectOffice(const QString& officeId) {
  const bool changed = officeId != selectedOfficeId_;
  selectedOfficeId_ = officeId;
  const quint64 request = ++usersRequest_;
  if (changed) emit selectedOfficeChanged(officeId);
  if (officeId.isEmpty()) {
    users_.clear();
    emit usersLoaded(0);
    return;
  }
  begin();
  api_.listUsers(
      officeId.toStdString(), this,
      [this, officeId, request](Expected<std::vector<v1::User>> result) {
        end();
        // Only the answer for the latest selection counts.
        if (request != usersRequest_) return;
        if (!result) {
          users_.clear();
          emit errorOccurred(tr("Loading the users of %1 failed: %2")
                                 .arg(offices_.officeName(officeId), errorText(result.error())));
          return;
        }
        // The server may include users of sub-offices: show this office's only.
        std::vector<v1::User> users;
        for (v1::User& user : result.value()) {
          if (QString::fromStdString(user.office_id()) == officeId) {
            users.push_back(std::move(user));
          }
        }
        users_.setUsers(std::move(users));
        emit usersLoaded(users_.rowCount());
      });
}

void AdminViewModel::applyOffice(const v1::Office& office, const QString& message) {
  offices_.upsertOffice(office);
  emit officeChanged(QString::fromStdString(office.id()));
  emit actionSucceeded(message);
}

void AdminViewModel::applyUser(const v1::User& user, const QString& message) {
  if (QString::fromStdString(user.office_id()) == selectedOfficeId_) {
    users_.upsertUser(user);
  } else {
    users_.removeUser(QString::fromStdString(user.username()));
  }
  emit userChanged(QString::fromStdString(user.username()));
  emit actionSucceeded(message);
}

void AdminViewModel::createOffice(const QString& name) {
  if (const QString problem = validateOfficeName(name); !problem.isEmpty()) {
    emit errorOccurred(problem);
    return;
  }
  const QString parentName =
      selectedOfficeId_.isEmpty() ? QString() : offices_.officeName(selectedOfficeId_);
  begin();
  api_.createOffice(
      name.trimmed().toStdString(), selectedOfficeId_.toStdString(), this,
      [this, name, parentName](Expected<v1::Office> result) {
        end();
        if (!result) {
          emit errorOccurred(
              tr("Creating office %1 failed: %2").arg(name.trimmed(), errorText(result.error())));
          return;
        }
        const QString created = QString::fromStdString(result->name());
        applyOffice(result.value(),
                    parentName.isEmpty()
                        ? tr("Office %1 created.").arg(created)
                        : tr("Office %1 created under %2.").arg(created, parentName));
      });
}

void AdminViewModel::renameOffice(const QString& officeId, const QString& name) {
  if (const QString problem = validateOfficeName(name); !problem.isEmpty()) {
    emit errorOccurred(problem);
    return;
  }
  const QString oldName = offices_.officeName(officeId);
  begin();
  api_.renameOffice(
      officeId.toStdString(), name.trimmed().toStdString(), this,
      [this, oldName](Expected<v1::Office> result) {
        end();
        if (!result) {
          emit errorOccurred(
              tr("Renaming office %1 failed: %2").arg(oldName, errorText(result.error())));
          return;
        }
        applyOffice(
            result.value(),
            tr("Office %1 renamed to %2.").arg(oldName, QString::fromStdString(result->name())));
      });
}

void AdminViewModel::moveOffice(const QString& officeId, const QString& newParentId) {
  if (newParentId.isEmpty()) {
    emit errorOccurred(tr("Choose the office to move it under."));
    return;
  }
  if (offices_.isInSubtree(newParentId, officeId)) {
    emit errorOccurred(tr("Office %1 cannot move under itself or one of its own sub-offices.")
                           .arg(offices_.officeName(officeId)));
    return;
  }
  const QString name = offices_.officeName(officeId);
  const QString parentName = offices_.officeName(newParentId);
  begin();
  api_.moveOffice(officeId.toStdString(), newParentId.toStdString(), this,
                  [this, name, parentName](Expected<v1::Office> result) {
                    end();
                    if (!result) {
                      emit errorOccurred(tr("Moving office %1 under %2 failed: %3")
                                             .arg(name, parentName, errorText(result.error())));
                      return;
                    }
                    applyOffice(result.value(),
                                tr("Office %1 moved under %2.").arg(name, parentName));
                  });
}

void AdminViewModel::setOfficeActive(const QString& officeId, bool active) {
  const QString name = offices_.officeName(officeId);
  begin();
  api_.setOfficeActive(
      officeId.toStdString(), active, this, [this, name, active](Expected<v1::Office> result) {
        end();
        if (!result) {
          emit errorOccurred((active ? tr("Reactivating office %1 failed: %2")
                                     : tr("Deactivating office %1 failed: %2"))
                                 .arg(name, errorText(result.error())));
          return;
        }
        applyOffice(result.value(), active ? tr("Office %1 reactivated.").arg(name)
                                           : tr("Office %1 deactivated.").arg(name));
      });
}

void AdminViewModel::createUser(const QString& username, UserRole role, const QString& password) {
  if (const QString problem = validateUsername(username); !problem.isEmpty()) {
    emit errorOccurred(problem);
    return;
  }
  if (selectedOfficeId_.isEmpty()) {
    emit errorOccurred(tr("Select the office the new user belongs to."));
    return;
  }
  if (password.isEmpty()) {
    emit errorOccurred(tr("Enter the user's initial password."));
    return;
  }
  v1::CreateUserRequest request;
  request.set_username(username.trimmed().toStdString());
  request.set_office_id(selectedOfficeId_.toStdString());
  request.set_role(protoRoleOf(role));
  request.set_password(password.toStdString());
  const QString name = username.trimmed();
  const QString office = offices_.officeName(selectedOfficeId_);
  begin();
  api_.createUser(request, this, [this, name, office](Expected<v1::User> result) {
    end();
    if (!result) {
      emit errorOccurred(tr("Creating user %1 failed: %2").arg(name, errorText(result.error())));
      return;
    }
    applyUser(
        result.value(),
        tr("User %1 created in %2 as %3.").arg(name, office, roleName(result->role()).toLower()));
  });
}

void AdminViewModel::setUserDisabled(const QString& username, bool disabled) {
  begin();
  api_.setUserDisabled(
      username.toStdString(), disabled, this,
      [this, username, disabled](Expected<v1::User> result) {
        end();
        if (!result) {
          emit errorOccurred(
              (disabled ? tr("Disabling user %1 failed: %2") : tr("Enabling user %1 failed: %2"))
                  .arg(username, errorText(result.error())));
          return;
        }
        applyUser(result.value(),
                  disabled ? tr("User %1 disabled; their sessions are revoked.").arg(username)
                           : tr("User %1 enabled.").arg(username));
      });
}

void AdminViewModel::resetPassword(const QString& username, const QString& newPassword) {
  if (newPassword.isEmpty()) {
    emit errorOccurred(tr("Enter the new password."));
    return;
  }
  begin();
  api_.resetPassword(username.toStdString(), newPassword.toStdString(), this,
                     [this, username](Expected<v1::User> result) {
                       end();
                       if (!result) {
                         emit errorOccurred(tr("Resetting the password of %1 failed: %2")
                                                .arg(username, errorText(result.error())));
                         return;
                       }
                       applyUser(
                           result.value(),
                           tr("Password of %1 reset; their sessions are revoked.").arg(username));
                     });
}

void AdminViewModel::changeRole(const QString& username, UserRole role) {
  begin();
  api_.changeRole(
      username.toStdString(), protoRoleOf(role), this, [this, username](Expected<v1::User> result) {
        end();
        if (!result) {
          emit errorOccurred(
              tr("Changing the role of %1 failed: %2").arg(username, errorText(result.error())));
          return;
        }
        applyUser(result.value(), tr("%1 is now %2.").arg(username, roleName(result->role())));
      });
}

}  // namespace audientia::gui
