#pragma once

// Offices and users (admins), as asynchronous calls (async_call.h), for AdminViewModel.

#include <QObject>
#include <string>
#include <vector>

#include "audientia/v1/common.pb.h"
#include "audientia/v1/offices.pb.h"
#include "audientia/v1/users.pb.h"
#include "services/async_call.h"

namespace audientia::gui {

class AdminApiService {
 public:
  virtual ~AdminApiService() = default;

  // Every page of the offices the caller may see.
  virtual void listOffices(QObject* context, Done<std::vector<v1::Office>> done) = 0;
  // parentId empty: a root office.
  virtual void createOffice(const std::string& name, const std::string& parentId, QObject* context,
                            Done<v1::Office> done) = 0;
  virtual void renameOffice(const std::string& officeId, const std::string& name, QObject* context,
                            Done<v1::Office> done) = 0;
  virtual void moveOffice(const std::string& officeId, const std::string& newParentId,
                          QObject* context, Done<v1::Office> done) = 0;
  // Deactivates (false) or reactivates (true).
  virtual void setOfficeActive(const std::string& officeId, bool active, QObject* context,
                               Done<v1::Office> done) = 0;

  // Users, named by username. officeId empty: every office the caller administers.
  virtual void listUsers(const std::string& officeId, QObject* context,
                         Done<std::vector<v1::User>> done) = 0;
  virtual void createUser(const v1::CreateUserRequest& request, QObject* context,
                          Done<v1::User> done) = 0;
  virtual void setUserDisabled(const std::string& username, bool disabled, QObject* context,
                               Done<v1::User> done) = 0;
  virtual void resetPassword(const std::string& username, const std::string& newPassword,
                             QObject* context, Done<v1::User> done) = 0;
  virtual void changeRole(const std::string& username, v1::Role role, QObject* context,
                          Done<v1::User> done) = 0;
};

}  // namespace audientia::gui
