#include "app/identity/access_policy.h"

#include <array>

#include "domain/rules.h"

namespace audientia::app {
namespace {

using domain::Role;

constexpr RoleSet kAdmin = roleBit(Role::kAdmin);
constexpr RoleSet kProsecutor = roleBit(Role::kProsecutor);
constexpr RoleSet kClerk = roleBit(Role::kClerk);
constexpr RoleSet kAuditor = roleBit(Role::kAuditor);
constexpr RoleSet kEveryRole = kAdmin | kProsecutor | kClerk | kAuditor;

// clang-format off
constexpr std::array kRules = {
  // Authentication: login needs no session; the others act on the caller's own session.
  RpcRule{"/audientia.v1.AuthService/Login", Action::kLogin, "auth.login", "log in", 0, Scope::kPublic},
  RpcRule{"/audientia.v1.AuthService/Logout", Action::kLogout, "auth.logout", "log out", kEveryRole, Scope::kSelf},
  RpcRule{"/audientia.v1.AuthService/WhoAmI", Action::kWhoAmI, "auth.whoami", "read their own account", kEveryRole, Scope::kSelf},

  // Offices: admins manage their office's subtree; everyone may read the names in their subtree.
  RpcRule{"/audientia.v1.OfficeService/CreateOffice", Action::kCreateOffice, "office.create", "create offices", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.OfficeService/ListOffices", Action::kListOffices, "office.list", "list offices", kEveryRole, Scope::kSubtree},
  RpcRule{"/audientia.v1.OfficeService/RenameOffice", Action::kRenameOffice, "office.rename", "rename offices", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.OfficeService/MoveOffice", Action::kMoveOffice, "office.move", "move offices", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.OfficeService/DeactivateOffice", Action::kDeactivateOffice, "office.deactivate", "deactivate offices", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.OfficeService/ReactivateOffice", Action::kReactivateOffice, "office.reactivate", "reactivate offices", kAdmin, Scope::kSubtree},

  // Users: admins, for users of their office's subtree; everyone for their own password.
  RpcRule{"/audientia.v1.UserService/CreateUser", Action::kCreateUser, "user.create", "create users", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.UserService/ListUsers", Action::kListUsers, "user.list", "list users", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.UserService/DisableUser", Action::kDisableUser, "user.disable", "disable users", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.UserService/EnableUser", Action::kEnableUser, "user.enable", "enable users", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.UserService/ResetPassword", Action::kResetPassword, "user.reset_password", "reset passwords", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.UserService/ChangeRole", Action::kChangeRole, "user.change_role", "change roles", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.UserService/ChangeOwnPassword", Action::kChangeOwnPassword, "user.change_own_password", "change their own password", kEveryRole, Scope::kSelf},

  // Evidence: prosecutors create and upload in their office; prosecutors and clerks read it.
  // Admins and auditors have no access to hearings or media.
  RpcRule{"/audientia.v1.HearingService/CreateHearing", Action::kCreateHearing, "hearing.create", "create hearings", kProsecutor, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.HearingService/GetHearing", Action::kReadHearing, "hearing.view", "read hearings", kProsecutor | kClerk, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.HearingService/ListHearings", Action::kListHearings, "hearing.list", "list hearings", kProsecutor | kClerk, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.RecordingService/UploadRecording", Action::kUploadRecording, "recording.upload", "upload recordings", kProsecutor, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.RecordingService/GetRecording", Action::kReadRecording, "recording.view", "read recordings", kProsecutor | kClerk, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.RecordingService/DownloadRecording", Action::kDownloadRecording, "recording.download", "download recordings", kProsecutor | kClerk, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.RecordingService/CreateUpload", Action::kCreateUpload, "upload.create", "upload recordings", kProsecutor, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.RecordingService/WriteUpload", Action::kWriteUpload, "upload.write", "upload recordings", kProsecutor, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.RecordingService/GetUploadStatus", Action::kReadUpload, "upload.status", "read upload status", kProsecutor, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.RecordingService/CompleteUpload", Action::kCompleteUpload, "upload.complete", "upload recordings", kProsecutor, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.RecordingService/AbortUpload", Action::kAbortUpload, "upload.abort", "abort uploads", kProsecutor, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.RecordingService/CompleteRecording", Action::kCompleteRecording, "recording.complete", "complete recordings", kProsecutor, Scope::kOwnOffice},

  // Annotations: the prosecutors and clerks working the office's hearings write and read them;
  // every change is a revision. Search reaches exactly what they may read.
  RpcRule{"/audientia.v1.AnnotationService/AddAnnotation", Action::kAddAnnotation, "annotation.add", "annotate recordings", kProsecutor | kClerk, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.AnnotationService/EditAnnotation", Action::kEditAnnotation, "annotation.edit", "edit annotations", kProsecutor | kClerk, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.AnnotationService/DeleteAnnotation", Action::kDeleteAnnotation, "annotation.delete", "delete annotations", kProsecutor | kClerk, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.AnnotationService/ListAnnotations", Action::kListAnnotations, "annotation.list", "read annotations", kProsecutor | kClerk, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.AnnotationService/GetAnnotationHistory", Action::kReadAnnotationHistory, "annotation.history", "read the history of annotations", kProsecutor | kClerk, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.SearchService/Search", Action::kSearch, "search", "search hearings", kProsecutor | kClerk, Scope::kOwnOffice},

  // Evidence out: a permission of its own, for the prosecutors and clerks of the hearing's
  // office (not admins: they have no access to evidence).
  RpcRule{"/audientia.v1.ExportService/ExportClip", Action::kExportClip, "export.clip", "export clips", kProsecutor | kClerk, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.ExportService/ExportPackage", Action::kExportPackage, "export.package", "export evidence packages", kProsecutor | kClerk, Scope::kOwnOffice},
  RpcRule{"/audientia.v1.ExportService/HearingReport", Action::kExportReport, "export.report", "make hearing reports", kProsecutor | kClerk, Scope::kOwnOffice},

  // Keeping: admins run and watch background work, fixity and retention for the whole
  // installation (the media store is shared); auditors may read fixity results and alerts.
  // Legal holds: admins and prosecutors, for hearings of their office's subtree.
  RpcRule{"/audientia.v1.MaintenanceService/RunFixity", Action::kRunFixity, "fixity.run", "run fixity checks", kAdmin, Scope::kAny},
  RpcRule{"/audientia.v1.MaintenanceService/GetFixityStatus", Action::kReadFixity, "fixity.status", "read fixity status", kAdmin | kAuditor, Scope::kAny},
  RpcRule{"/audientia.v1.MaintenanceService/ListAlerts", Action::kListAlerts, "alert.list", "list alerts", kAdmin | kAuditor, Scope::kAny},
  RpcRule{"/audientia.v1.MaintenanceService/AcknowledgeAlert", Action::kAcknowledgeAlert, "alert.acknowledge", "acknowledge alerts", kAdmin, Scope::kAny},
  RpcRule{"/audientia.v1.MaintenanceService/ListJobs", Action::kListJobs, "job.list", "list jobs", kAdmin, Scope::kAny},
  RpcRule{"/audientia.v1.MaintenanceService/RetryJob", Action::kRetryJob, "job.retry", "retry jobs", kAdmin, Scope::kAny},
  RpcRule{"/audientia.v1.RetentionService/SetRetentionPolicy", Action::kSetRetentionPolicy, "retention.set_policy", "set retention policies", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.RetentionService/ListRetentionPolicies", Action::kListRetentionPolicies, "retention.list_policies", "list retention policies", kAdmin | kAuditor, Scope::kAny},
  RpcRule{"/audientia.v1.RetentionService/DeleteRetentionPolicy", Action::kDeleteRetentionPolicy, "retention.delete_policy", "delete retention policies", kAdmin, Scope::kSubtree},
  RpcRule{"/audientia.v1.RetentionService/PlaceLegalHold", Action::kPlaceLegalHold, "hold.place", "place legal holds", kAdmin | kProsecutor, Scope::kSubtree},
  RpcRule{"/audientia.v1.RetentionService/ReleaseLegalHold", Action::kReleaseLegalHold, "hold.release", "release legal holds", kAdmin | kProsecutor, Scope::kSubtree},
  RpcRule{"/audientia.v1.RetentionService/ListLegalHolds", Action::kListLegalHolds, "hold.list", "list legal holds", kAdmin | kProsecutor, Scope::kSubtree},
  RpcRule{"/audientia.v1.RetentionService/RunRetention", Action::kRunRetention, "retention.run", "run retention", kAdmin, Scope::kAny},

  // The audit trail: auditors, over the whole (single) chain.
  RpcRule{"/audientia.v1.AuditService/ListAuditEvents", Action::kListAuditEvents, "audit.list", "list audit events", kAuditor, Scope::kAny},
  RpcRule{"/audientia.v1.AuditService/VerifyAuditChain", Action::kVerifyAuditChain, "audit.verify", "verify the audit chain", kAuditor, Scope::kAny},
};
// clang-format on

constexpr RpcRule kUnknownRule{"", Action::kUnspecified, "unknown", "do an unknown action",
                               0,  Scope::kUnspecified};
constexpr int kMaxOfficeDepth = 64;

std::string who(const domain::User& user) {
  return "user " + user.username + " (" + std::string(domain::roleName(user.role)) + ")";
}

}  // namespace

std::span<const RpcRule> rpcRules() {
  return kRules;
}

const RpcRule* findRule(std::string_view method) {
  for (const auto& rule : kRules) {
    if (rule.method == method) return &rule;
  }
  return nullptr;
}

const RpcRule& ruleFor(Action action) {
  for (const auto& rule : kRules) {
    if (rule.action == action) return rule;
  }
  return kUnknownRule;
}

std::string_view actionName(Action action) {
  return ruleFor(action).description;
}

Status authorizeCall(const domain::User& user, const RpcRule& rule) {
  if (rule.scope == Scope::kPublic) return ok();
  if (user.disabled) return Error(ErrorCode::kPermissionDenied, who(user) + " is disabled");
  if (user.role == Role::kUnspecified || (rule.roles & roleBit(user.role)) == 0) {
    return Error(ErrorCode::kPermissionDenied,
                 who(user) + " may not " + std::string(rule.description));
  }
  return ok();
}

Expected<bool> inScope(const domain::User& user, Action action, const std::string& officeId,
                       ports::OfficeRepository& offices) {
  switch (ruleFor(action).scope) {
    case Scope::kAny:
      return true;
    case Scope::kOwnOffice:
    case Scope::kSelf:
      return officeId == user.officeId;
    case Scope::kSubtree: {
      std::string current = officeId;
      for (int depth = 0; depth < kMaxOfficeDepth && !current.empty(); ++depth) {
        if (current == user.officeId) return true;
        auto office = offices.get(current);
        if (!office) {
          if (isMissing(office.error())) return false;
          return office.error();
        }
        current = office->parentId.value_or(std::string());
      }
      return false;
    }
    case Scope::kPublic:
    case Scope::kUnspecified:
      return false;
  }
  return false;
}

Status authorizeObject(const domain::User& user, Action action, const std::string& officeId,
                       ports::OfficeRepository& offices, const std::string& missing) {
  AUDIENTIA_TRY_STATUS(authorizeCall(user, ruleFor(action)));
  AUDIENTIA_TRY(bool allowed, inScope(user, action, officeId, offices));
  if (!allowed) return notFound(missing);
  return ok();
}

}  // namespace audientia::app
