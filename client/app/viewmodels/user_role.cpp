#include "viewmodels/user_role.h"

#include <utility>

#include "viewmodels/formatting.h"

namespace audientia::gui {
namespace {

// Every role on both sides; a value not listed is unspecified.
constexpr std::pair<UserRole, v1::Role> kRoles[] = {
    {UserRole::kAdmin, v1::ROLE_ADMIN},
    {UserRole::kProsecutor, v1::ROLE_PROSECUTOR},
    {UserRole::kClerk, v1::ROLE_CLERK},
    {UserRole::kAuditor, v1::ROLE_AUDITOR},
};

}  // namespace

QString roleName(UserRole role) {
  return roleName(protoRoleOf(role));
}

UserRole userRoleOf(v1::Role role) {
  for (const auto& [mine, theirs] : kRoles) {
    if (theirs == role) return mine;
  }
  return UserRole::kUnspecified;
}

v1::Role protoRoleOf(UserRole role) {
  for (const auto& [mine, theirs] : kRoles) {
    if (mine == role) return theirs;
  }
  return v1::ROLE_UNSPECIFIED;
}

}  // namespace audientia::gui
