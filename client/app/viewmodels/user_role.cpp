#include "viewmodels/user_role.h"

#include "viewmodels/formatting.h"

namespace audientia::gui {

QString roleName(UserRole role) {
  return roleName(protoRoleOf(role));
}

UserRole userRoleOf(v1::Role role) {
  switch (role) {
    case v1::ROLE_ADMIN:
      return UserRole::kAdmin;
    case v1::ROLE_PROSECUTOR:
      return UserRole::kProsecutor;
    case v1::ROLE_CLERK:
      return UserRole::kClerk;
    case v1::ROLE_AUDITOR:
      return UserRole::kAuditor;
    default:
      return UserRole::kUnspecified;
  }
}

v1::Role protoRoleOf(UserRole role) {
  switch (role) {
    case UserRole::kAdmin:
      return v1::ROLE_ADMIN;
    case UserRole::kProsecutor:
      return v1::ROLE_PROSECUTOR;
    case UserRole::kClerk:
      return v1::ROLE_CLERK;
    case UserRole::kAuditor:
      return v1::ROLE_AUDITOR;
    case UserRole::kUnspecified:
      break;
  }
  return v1::ROLE_UNSPECIFIED;
}

}  // namespace audientia::gui
