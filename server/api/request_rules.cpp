#include "api/request_rules.h"

#include <limits>

#include "domain/annotation_rules.h"
#include "domain/rules.h"

namespace audientia::api {
namespace {

using C = FieldCheck;
constexpr std::int64_t kAny = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kPage = domain::kMaxPageSize;
constexpr std::int64_t kId = domain::kMaxIdBytes;
constexpr std::int64_t kTokenBytes = 512;
constexpr std::int64_t kSha256Chars = 64;
constexpr std::int64_t kUsernameChars = 256;  // longer than any valid one: login says "wrong"
constexpr std::int64_t kPasswordBytes = 1024;
constexpr std::int64_t kReasonChars = 1000;
constexpr std::int64_t kManifestBytes = std::int64_t{8} << 20;
constexpr std::int64_t kInt32 = std::numeric_limits<std::int32_t>::max();

FieldRule id(std::string_view field, bool required = false) {
  return {field, C::kId, required, kId, 0};
}
FieldRule name(std::string_view field, std::int64_t maxChars, bool required = false) {
  return {field, C::kName, required, maxChars, 0};
}
FieldRule token(std::string_view field, std::int64_t maxBytes = kTokenBytes) {
  return {field, C::kToken, false, maxBytes, 0};
}
FieldRule number(std::string_view field, std::int64_t min, std::int64_t max) {
  return {field, C::kNumber, false, max, min};
}
FieldRule enumOf(std::string_view field, bool required = false) {
  return {field, C::kEnum, required, 0, 0};
}
FieldRule flag(std::string_view field) {
  return {field, C::kFlag, false, 0, 0};
}
FieldRule message(std::string_view field, bool required = false) {
  return {field, C::kMessage, required, 0, 0};
}
FieldRule secret(std::string_view field, bool required = false) {
  return {field, C::kSecret, required, kPasswordBytes, 0};
}
FieldRule reason(std::string_view field) {
  return {field, C::kText, false, kReasonChars, 0};
}
FieldRule text(std::string_view field, std::int64_t maxChars) {
  return {field, C::kText, false, maxChars, 0};
}
FieldRule fileName(std::string_view field) {
  return {field, C::kFileName, false, domain::kMaxFileNameBytes, 0};
}

std::vector<RequestRules> makeTable() {
  return {
      // Identity.
      {"/audientia.v1.AuthService/Login", {name("username", kUsernameChars), secret("password")}},
      {"/audientia.v1.AuthService/Logout", {}},
      {"/audientia.v1.AuthService/WhoAmI", {}},
      {"/audientia.v1.OfficeService/CreateOffice",
       {name("name", domain::kMaxOfficeNameChars, true), id("parent_id")}},
      {"/audientia.v1.OfficeService/ListOffices",
       {number("page_size", 0, kPage), token("page_token")}},
      {"/audientia.v1.OfficeService/RenameOffice",
       {id("office_id", true), name("name", domain::kMaxOfficeNameChars, true)}},
      {"/audientia.v1.OfficeService/MoveOffice",
       {id("office_id", true), id("new_parent_id", true)}},
      {"/audientia.v1.OfficeService/DeactivateOffice", {id("office_id", true)}},
      {"/audientia.v1.OfficeService/ReactivateOffice", {id("office_id", true)}},
      {"/audientia.v1.UserService/CreateUser",
       {name("username", kUsernameChars, true), id("office_id"), enumOf("role", true),
        secret("password", true)}},
      {"/audientia.v1.UserService/ListUsers",
       {id("office_id"), number("page_size", 0, kPage), token("page_token")}},
      {"/audientia.v1.UserService/DisableUser", {name("username", kUsernameChars, true)}},
      {"/audientia.v1.UserService/EnableUser", {name("username", kUsernameChars, true)}},
      {"/audientia.v1.UserService/ResetPassword",
       {name("username", kUsernameChars, true), secret("new_password", true)}},
      {"/audientia.v1.UserService/ChangeRole",
       {name("username", kUsernameChars, true), enumOf("role", true)}},
      {"/audientia.v1.UserService/ChangeOwnPassword",
       {secret("current_password", true), secret("new_password", true)}},
      // Audit.
      {"/audientia.v1.AuditService/ListAuditEvents",
       {token("object_id", 256), id("actor_id"), id("office_id"), number("from_unix_ms", 0, kAny),
        number("to_unix_ms", 0, kAny), number("page_size", 0, kPage), token("page_token")}},
      {"/audientia.v1.AuditService/VerifyAuditChain", {}},
      // Hearings.
      {"/audientia.v1.HearingService/CreateHearing",
       {id("office_id", true), name("case_number", domain::kMaxCaseNumberChars, true),
        enumOf("kind"), name("title", domain::kMaxTitleChars), message("participants"),
        name("participants.role", domain::kMaxParticipantRoleChars),
        name("participants.name", domain::kMaxParticipantNameChars),
        name("location", domain::kMaxLocationChars)}},
      {"/audientia.v1.HearingService/GetHearing", {id("hearing_id")}},
      {"/audientia.v1.HearingService/ListHearings",
       {id("office_id"), number("page_size", 0, kPage), token("page_token")}},
      // Recordings and uploads.
      {"/audientia.v1.RecordingService/UploadRecording",
       {message("header"),
        id("header.hearing_id"),
        fileName("header.file_name"),
        number("header.size_bytes", 0, kAny),
        token("header.sha256", kSha256Chars),
        message("chunk"),
        number("chunk.offset", 0, kAny),
        {"chunk.data", C::kBytes, false, 4 << 20, 0}}},
      {"/audientia.v1.RecordingService/GetRecording", {id("recording_id", true)}},
      {"/audientia.v1.RecordingService/DownloadRecording",
       {id("recording_id", true), number("offset", 0, kAny), number("length", 0, kAny),
        enumOf("role"), number("sequence", 0, kInt32)}},
      {"/audientia.v1.RecordingService/CreateUpload",
       {id("upload_id", true), id("hearing_id", true), fileName("file_name"),
        number("size_bytes", 0, kAny), token("sha256", kSha256Chars), id("package_id"),
        number("segment_sequence", 0, kInt32)}},
      {"/audientia.v1.RecordingService/WriteUpload",
       {id("upload_id"),
        message("chunk"),
        number("chunk.offset", 0, kAny),
        {"chunk.data", C::kBytes, false, 4 << 20, 0}}},
      {"/audientia.v1.RecordingService/GetUploadStatus", {id("upload_id", true)}},
      {"/audientia.v1.RecordingService/CompleteUpload",
       {id("upload_id", true), token("sha256", kSha256Chars)}},
      {"/audientia.v1.RecordingService/AbortUpload", {id("upload_id", true)}},
      {"/audientia.v1.RecordingService/CompleteRecording",
       {id("recording_id", true), {"manifest_json", C::kBytes, false, kManifestBytes, 0}}},
      // Annotations and search.
      {"/audientia.v1.AnnotationService/AddAnnotation",
       {id("recording_id", true), number("start_ms", 0, kAny), number("end_ms", 0, kAny),
        name("kind", domain::kMaxAnnotationKindChars, true),
        text("text", domain::kMaxAnnotationTextChars)}},
      {"/audientia.v1.AnnotationService/EditAnnotation",
       {id("annotation_id", true), text("text", domain::kMaxAnnotationTextChars),
        name("kind", domain::kMaxAnnotationKindChars), number("expected_revision", 0, kInt32)}},
      {"/audientia.v1.AnnotationService/DeleteAnnotation",
       {id("annotation_id", true), number("expected_revision", 0, kInt32)}},
      {"/audientia.v1.AnnotationService/ListAnnotations",
       {id("hearing_id", true), id("recording_id")}},
      {"/audientia.v1.AnnotationService/GetAnnotationHistory", {id("annotation_id", true)}},
      {"/audientia.v1.SearchService/Search",
       {name("query", domain::kMaxSearchQueryChars), id("office_id"), enumOf("kind"),
        number("from_unix_ms", 0, kAny), number("to_unix_ms", 0, kAny), id("prosecutor_id"),
        name("participant_role", domain::kMaxParticipantRoleChars), flag("has_recording"),
        enumOf("status"), number("page_size", 0, domain::kMaxSearchPageSize), token("cursor")}},
      // Evidence out.
      {"/audientia.v1.ExportService/ExportClip",
       {id("recording_id", true), number("from_ms", 0, kAny), number("to_ms", 0, kAny)}},
      {"/audientia.v1.ExportService/ExportPackage",
       {id("hearing_id", true), name("reason", 2000), name("language", 8), id("recording_ids"),
        message("clips"), id("clips.recording_id", true), number("clips.from_ms", 0, kAny),
        number("clips.to_ms", 0, kAny), flag("reverify")}},
      {"/audientia.v1.ExportService/HearingReport", {id("hearing_id", true), name("language", 8)}},
      // Keeping.
      {"/audientia.v1.MaintenanceService/RunFixity", {}},
      {"/audientia.v1.MaintenanceService/GetFixityStatus", {number("runs", 0, 1000)}},
      {"/audientia.v1.MaintenanceService/ListAlerts", {flag("include_acknowledged")}},
      {"/audientia.v1.MaintenanceService/AcknowledgeAlert", {number("alert_id", 1, kAny)}},
      {"/audientia.v1.MaintenanceService/ListJobs", {enumOf("state"), number("limit", 0, kPage)}},
      {"/audientia.v1.MaintenanceService/RetryJob", {number("job_id", 1, kAny)}},
      {"/audientia.v1.RetentionService/SetRetentionPolicy",
       {id("office_id"), enumOf("hearing_kind"), number("retain_days", 0, kInt32)}},
      {"/audientia.v1.RetentionService/ListRetentionPolicies", {}},
      {"/audientia.v1.RetentionService/DeleteRetentionPolicy", {id("policy_id", true)}},
      {"/audientia.v1.RetentionService/PlaceLegalHold", {id("hearing_id", true), reason("reason")}},
      {"/audientia.v1.RetentionService/ReleaseLegalHold",
       {id("hearing_id", true), reason("reason")}},
      {"/audientia.v1.RetentionService/ListLegalHolds",
       {id("hearing_id"), flag("include_released")}},
      {"/audientia.v1.RetentionService/RunRetention", {}},
  };
}

}  // namespace

const std::vector<RequestRules>& requestRules() {
  static const std::vector<RequestRules> table = makeTable();
  return table;
}

const RequestRules* requestRulesFor(std::string_view method) {
  for (const auto& rules : requestRules()) {
    if (rules.method == method) return &rules;
  }
  return nullptr;
}

}  // namespace audientia::api
