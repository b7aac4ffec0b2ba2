#include "api/call_support.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "domain/audit_text.h"

namespace audientia::api {

std::optional<std::string> bearerToken(const grpc::ServerContextBase& context) {
  const auto& metadata = context.client_metadata();
  auto found = metadata.find("authorization");
  if (found == metadata.end()) return std::nullopt;
  std::string value(found->second.data(), found->second.size());
  constexpr std::string_view kScheme = "bearer ";
  if (value.size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(value[i])) != kScheme[i]) return std::nullopt;
  }
  std::string token = value.substr(kScheme.size());
  token.erase(0, token.find_first_not_of(' '));
  while (!token.empty() && token.back() == ' ') token.pop_back();
  if (token.empty()) return std::nullopt;
  return token;
}

Expected<app::Caller> authenticateCall(app::AuthService& auth,
                                       const grpc::ServerContextBase& context) {
  auto token = bearerToken(context);
  if (!token) {
    return Error(ErrorCode::kUnauthenticated,
                 "missing metadata \"authorization: Bearer <token>\": log in first");
  }
  return auth.authenticate(*token);
}

Status CallGate::admit(const char* method, const grpc::ServerContextBase& context,
                       const app::RpcRule*& rule, std::optional<app::Caller>& caller) {
  rule = app::findRule(method);
  if (rule == nullptr) {
    return Error(ErrorCode::kPermissionDenied,
                 std::string("method ") + method + " is not in the authorization policy");
  }
  if (rule->scope == app::Scope::kPublic) return ok();
  AUDIENTIA_TRY(app::Caller who, authenticateCall(auth_, context));
  caller = std::move(who);
  return app::authorizeCall(caller->user, *rule);
}

namespace {

domain::AuditOutcome outcomeOf(const Status& status) {
  if (status) return domain::AuditOutcome::kSuccess;
  switch (status.error().code()) {
    case ErrorCode::kUnauthenticated:
    case ErrorCode::kPermissionDenied:
      return domain::AuditOutcome::kDenied;
    default:
      return domain::AuditOutcome::kFailure;
  }
}

}  // namespace

Status CallGate::finish(const char* method, const grpc::ServerContextBase& context,
                        const app::RpcRule* rule, const CallAudit& audit, Status status,
                        std::chrono::steady_clock::duration elapsed, bool alreadyAudited) {
  logCall(*log_, method, context, status, elapsed);
  if (alreadyAudited && status) return status;
  AUDIENTIA_TRY_STATUS(append(method, context, rule, audit, status));
  return status;
}

Status CallGate::append(const char* method, const grpc::ServerContextBase& context,
                        const app::RpcRule* rule, const CallAudit& audit, const Status& status,
                        std::int64_t* sequence) {
  if (audit_ == nullptr) return ok();
  domain::NewAuditEvent event;
  event.actorId = audit.actorId;
  event.actorUsername = audit.actorUsername;
  event.action = rule != nullptr ? std::string(rule->auditAction) : std::string("rpc.unlisted");
  event.objectType = audit.objectType;
  event.objectId = audit.objectId;
  event.officeId = audit.officeId;
  event.clientAddress = context.peer();
  event.outcome = outcomeOf(status);
  // Whatever the request held, the event can be written (domain/audit_text.h).
  auto writable = domain::writableAuditEvent(std::move(event));
  std::vector<std::pair<std::string, std::string>> fields;
  for (const auto& [name, value] : audit.details) {
    fields.emplace_back(name, domain::auditText(value, domain::kMaxAuditDetailBytes));
  }
  if (!writable.givenOfficeId.empty())
    fields.emplace_back("office_id_given", writable.givenOfficeId);
  if (!writable.givenActorId.empty()) fields.emplace_back("actor_id_given", writable.givenActorId);
  if (rule == nullptr) fields.emplace_back("method", domain::auditText(method, 256));
  if (!status) fields.emplace_back("status", std::string(toString(status.error().code())));
  writable.event.detailsJson = detailsJson(fields);
  auto appended = audit_->append(writable.event);
  if (!appended) {
    log_->error("{}: the audit event could not be written: {}", method, appended.error().message());
    return Error(
        ErrorCode::kUnavailable,
        "the audit trail could not be written; the call is refused: " + appended.error().message());
  }
  if (sequence != nullptr) *sequence = appended->seq;
  return ok();
}

std::optional<std::chrono::steady_clock::time_point> steadyDeadline(
    const grpc::ServerContextBase& context) {
  const auto deadline = context.deadline();
  if (deadline == std::chrono::system_clock::time_point::max()) return std::nullopt;
  const auto left = deadline - std::chrono::system_clock::now();
  if (left > std::chrono::hours(24)) return std::nullopt;
  return std::chrono::steady_clock::now() +
         std::chrono::duration_cast<std::chrono::steady_clock::duration>(left);
}

std::string detailsJson(const std::vector<std::pair<std::string, std::string>>& fields) {
  auto quote = [](const std::string& text) {
    std::string out = "\"";
    for (unsigned char c : text) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        default:
          if (c < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out += buffer;
          } else {
            out += static_cast<char>(c);
          }
      }
    }
    return out + "\"";
  };
  std::string out = "{";
  for (const auto& [key, value] : fields) {
    if (out.size() > 1) out += ',';
    out += quote(key) + ":" + quote(value);
  }
  return out + "}";
}

grpc::Status toGrpcStatus(const Status& status) {
  if (status) return grpc::Status::OK;
  // ErrorCode values are gRPC's status codes (see audientia/base/error.h).
  auto code = static_cast<grpc::StatusCode>(static_cast<int>(status.error().code()));
  if (status.error().code() == ErrorCode::kUnspecified) code = grpc::StatusCode::UNKNOWN;
  // The details mark the answer as the server's own (not gRPC's transport): a client then tells
  // "the server cannot serve this now" from "the server cannot be reached".
  return {code, status.error().message(), std::string(kServerAnswerMark)};
}

void logCall(spdlog::logger& log, const char* method, const grpc::ServerContextBase& context,
             const Status& status, std::chrono::steady_clock::duration elapsed) {
  auto micros = std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count();
  double millis = static_cast<double>(micros) / 1000.0;
  if (status) {
    log.info("{} OK {:.1f} ms peer={}", method, millis, context.peer());
    return;
  }
  auto level = status.error().code() == ErrorCode::kInternal ||
                       status.error().code() == ErrorCode::kDataLoss ||
                       status.error().code() == ErrorCode::kUnknown
                   ? spdlog::level::err
                   : spdlog::level::info;
  log.log(level, "{} {} {:.1f} ms peer={}: {}", method, toString(status.error().code()), millis,
          context.peer(), status.error().message());
}

}  // namespace audientia::api
