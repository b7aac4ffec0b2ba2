#include "app/access_policy.h"

#include "domain/rules.h"

namespace audientia::app {

std::string_view actionName(Action action) {
  switch (action) {
    case Action::kUnspecified:
      return "do an unspecified action";
    case Action::kCreateOffice:
      return "create offices";
    case Action::kListOffices:
      return "list offices";
    case Action::kCreateHearing:
      return "create hearings";
    case Action::kReadHearing:
      return "read hearings";
    case Action::kListHearings:
      return "list hearings";
    case Action::kUploadRecording:
      return "upload recordings";
    case Action::kReadRecording:
      return "read recordings";
  }
  return "do an unknown action";
}

namespace {

bool roleAllows(domain::Role role, Action action) {
  switch (action) {
    case Action::kCreateOffice:
      return role == domain::Role::kAdmin;
    case Action::kListOffices:
    case Action::kReadHearing:
    case Action::kListHearings:
    case Action::kReadRecording:
      return role != domain::Role::kUnspecified;
    case Action::kCreateHearing:
    case Action::kUploadRecording:
      return role == domain::Role::kAdmin || role == domain::Role::kProsecutor;
    case Action::kUnspecified:
      return false;
  }
  return false;
}

}  // namespace

Status authorize(const domain::User& user, Action action, const std::string& officeId) {
  std::string who = "user " + user.username + " (" + std::string(domain::roleName(user.role)) + ")";
  if (user.disabled) return Error(ErrorCode::kPermissionDenied, who + " is disabled");
  if (!roleAllows(user.role, action)) {
    return Error(ErrorCode::kPermissionDenied, who + " may not " + std::string(actionName(action)));
  }
  bool inScope = user.role == domain::Role::kAdmin || officeId.empty() || officeId == user.officeId;
  if (!inScope) {
    return Error(ErrorCode::kPermissionDenied,
                 who + " may not " + std::string(actionName(action)) + " in office " + officeId);
  }
  return ok();
}

}  // namespace audientia::app
