#pragma once

// THE authorization policy: one table that names, for every RPC (by its full gRPC method name),
// the action it performs, the roles that may call it and how office scope applies. Anything not
// in the table is denied.
//
// It is used in two places, both reading the same rows:
//   - the api layer's call gate (api/call_support.h) looks the method up before any handler
//     runs: unknown method -> PERMISSION_DENIED, no session -> UNAUTHENTICATED, role not in the
//     row -> PERMISSION_DENIED naming the action;
//   - the use cases check the office of the object they touch with authorizeObject(): an object
//     outside the caller's scope is reported exactly like a missing one (NOT_FOUND), so that
//     nothing about other offices leaks through errors, counts or lists.
//
// Scopes: kPublic (no session: login), kSelf (any signed-in user, on their own account),
// kOwnOffice (objects of the caller's office), kSubtree (the caller's office and every office
// below it), kAny (every office; the audit trail is one chain for the whole installation).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "ports/repositories.h"

namespace audientia::app {

enum class Action {
  kUnspecified = 0,
  kLogin,
  kLogout,
  kWhoAmI,
  kCreateOffice,
  kListOffices,
  kRenameOffice,
  kMoveOffice,
  kDeactivateOffice,
  kReactivateOffice,
  kCreateUser,
  kListUsers,
  kDisableUser,
  kEnableUser,
  kResetPassword,
  kChangeRole,
  kChangeOwnPassword,
  kCreateHearing,
  kReadHearing,
  kListHearings,
  kUploadRecording,
  kReadRecording,
  kDownloadRecording,
  kListAuditEvents,
  kVerifyAuditChain,
  kCreateUpload,
  kWriteUpload,
  kReadUpload,
  kCompleteUpload,
  kAbortUpload,
  kCompleteRecording,
  kRunFixity,
  kReadFixity,
  kListAlerts,
  kAcknowledgeAlert,
  kListJobs,
  kRetryJob,
  kSetRetentionPolicy,
  kListRetentionPolicies,
  kDeleteRetentionPolicy,
  kPlaceLegalHold,
  kReleaseLegalHold,
  kListLegalHolds,
  kRunRetention,
  kAddAnnotation,
  kEditAnnotation,
  kDeleteAnnotation,
  kListAnnotations,
  kReadAnnotationHistory,
  kSearch,
  kExportClip,
  kExportPackage,
  kExportReport,
};

enum class Scope { kUnspecified = 0, kPublic, kSelf, kOwnOffice, kSubtree, kAny };

// A set of roles as bits (1 << Role).
using RoleSet = std::uint32_t;
constexpr RoleSet roleBit(domain::Role role) {
  return RoleSet{1} << static_cast<unsigned>(role);
}

struct RpcRule {
  std::string_view method;  // "/audientia.v1.HearingService/GetHearing"
  Action action = Action::kUnspecified;
  std::string_view auditAction;  // "hearing.view": the action recorded in the audit trail
  std::string_view description;  // "read hearings": for "user X (clerk) may not read hearings"
  RoleSet roles = 0;             // empty for kPublic
  Scope scope = Scope::kUnspecified;
};

// Every row of the table.
std::span<const RpcRule> rpcRules();
// nullptr when the method is not in the table (and so denied).
const RpcRule* findRule(std::string_view method);
const RpcRule& ruleFor(Action action);
std::string_view actionName(Action action);

// Whether a repository's answer to get(id) means "no such object": kNotFound, or
// kInvalidArgument (an id that is not even well-formed cannot name an object).
inline bool isMissing(const Error& error) {
  return error.code() == ErrorCode::kNotFound || error.code() == ErrorCode::kInvalidArgument;
}

// The gate: may this user call this RPC at all? kPermissionDenied naming the user, the role and
// the action. Does not look at offices.
Status authorizeCall(const domain::User& user, const RpcRule& rule);

// Whether officeId lies in the caller's scope for `action` (walks the office tree for kSubtree).
Expected<bool> inScope(const domain::User& user, Action action, const std::string& officeId,
                       ports::OfficeRepository& offices);

// The object check of the use cases: role as in authorizeCall (kPermissionDenied), then scope;
// out of scope gives kNotFound with `missing` as the message (the same as for a missing
// object).
Status authorizeObject(const domain::User& user, Action action, const std::string& officeId,
                       ports::OfficeRepository& offices, const std::string& missing);

}  // namespace audientia::app
