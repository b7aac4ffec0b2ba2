#pragma once

// Who may do what, for this slice: one function, deny by default, so that the access-control
// issue can replace it with the full RPC x role x office-scope table.
//
//   - admin: everything, in every office;
//   - any other role: reads within the user's own office;
//   - prosecutor: also creates hearings and uploads recordings in the own office;
//   - creating offices: admin only.

#include <string>
#include <string_view>

#include "audientia/base/expected.h"
#include "domain/entities.h"

namespace audientia::app {

enum class Action {
  kUnspecified = 0,
  kCreateOffice,
  kListOffices,
  kCreateHearing,
  kReadHearing,
  kListHearings,
  kUploadRecording,
  kReadRecording,
};

std::string_view actionName(Action action);

// Whether a repository's answer to get(id) means "no such object": kNotFound, or
// kInvalidArgument (an id that is not even well-formed cannot name an object).
inline bool isMissing(const Error& error) {
  return error.code() == ErrorCode::kNotFound || error.code() == ErrorCode::kInvalidArgument;
}

// officeId: the office the object belongs to (empty for actions without an office scope).
// kPermissionDenied with a message naming the user, the action and the office.
Status authorize(const domain::User& user, Action action, const std::string& officeId);

}  // namespace audientia::app
