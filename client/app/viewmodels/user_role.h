#pragma once

// A user's role as the views see and choose it; the API's v1::Role stays inside the view models,
// which convert at their edge.

#include <QString>

#include "audientia/v1/common.pb.h"

namespace audientia::gui {

enum class UserRole { kUnspecified = 0, kAdmin, kProsecutor, kClerk, kAuditor };

// "Prosecutor": the same words as roleName(v1::Role) (formatting.h).
QString roleName(UserRole role);

UserRole userRoleOf(v1::Role role);
v1::Role protoRoleOf(UserRole role);

}  // namespace audientia::gui
