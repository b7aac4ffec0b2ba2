#pragma once

// What every RPC handler shares, and THE one place where authorization is enforced and every
// call is audited. runCall():
//   1. looks the full method name up in the policy table (app/access_policy.h); a method not in
//      the table is refused with PERMISSION_DENIED;
//   2. unless the method is public (login), authenticates the bearer token (UNAUTHENTICATED);
//   3. checks the caller's role against the table (PERMISSION_DENIED naming the action);
//   3b. checks the request against the request-validation table (api/request_rules.h);
//   4. only then runs the handler body, which gets the caller and fills in the audited object
//      (type, id, office, details); the use cases check that object's office;
//   5. catches exceptions at this thread edge, logs method, status and duration (never
//      content), and appends one audit event (actor, action from the table, object, client
//      address, outcome). A call whose audit event cannot be written fails with UNAVAILABLE.

#include <grpcpp/grpcpp.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "api/request_validation.h"
#include "app/identity/access_policy.h"
#include "app/identity/auth_service.h"
#include "audientia/base/expected.h"
#include "domain/audit.h"
#include "ports/audit_log.h"

namespace audientia::api {

// What the handler tells the audit trail about the call.
struct CallAudit {
  std::string actorId;        // set by runCall from the session; login sets it on success
  std::string actorUsername;  // likewise; login sets the attempted username
  std::string objectType;
  std::string objectId;
  std::string officeId;
  // Extra JSON fields (values are strings); never secrets or evidence content.
  std::vector<std::pair<std::string, std::string>> details;
};

struct CallState {
  const app::RpcRule& rule;
  std::optional<app::Caller> caller;  // set for every non-public method
  CallAudit audit;
  // Appends the success event now rather than at the end: for streams that hand out data
  // (downloads), so that no byte leaves before the trail has the event. A failure later in
  // the call adds a second, failure event. Set by runCall.
  std::function<Status()> auditNow;
  bool audited = false;
  std::int64_t auditSequence = 0;  // of the event auditNow appended (0: none yet)

  const domain::User& user() const { return caller->user; }
  void object(std::string type, std::string id, std::string office) {
    audit.objectType = std::move(type);
    audit.objectId = std::move(id);
    audit.officeId = std::move(office);
  }
};

// Shared by all services of one server.
class CallGate {
 public:
  // audit may be nullptr only in tests that do not look at the trail.
  CallGate(app::AuthService& auth, ports::AuditLog* audit, std::shared_ptr<spdlog::logger> log)
      : auth_(auth), audit_(audit), log_(std::move(log)) {}

  app::AuthService& auth() { return auth_; }
  spdlog::logger& log() { return *log_; }

  // Steps 1-3: ok() when the body may run, else the refusal. Sets rule (nullptr for a method
  // not in the table) and, for a valid session, caller.
  Status admit(const char* method, const grpc::ServerContextBase& context,
               const app::RpcRule*& rule, std::optional<app::Caller>& caller);
  // Step 5 (logging and audit); returns the final status. alreadyAudited: the success event was
  // appended early (CallState::auditNow); only a failure is appended then.
  Status finish(const char* method, const grpc::ServerContextBase& context,
                const app::RpcRule* rule, const CallAudit& audit, Status status,
                std::chrono::steady_clock::duration elapsed, bool alreadyAudited = false);
  // Appends one event with the outcome of status.
  // sequence, when given, receives the appended event's sequence number.
  Status append(const char* method, const grpc::ServerContextBase& context,
                const app::RpcRule* rule, const CallAudit& audit, const Status& status,
                std::int64_t* sequence = nullptr);

 private:
  app::AuthService& auth_;
  ports::AuditLog* audit_;
  std::shared_ptr<spdlog::logger> log_;
};

// The token of "authorization: Bearer <token>", or nullopt when absent or malformed.
std::optional<std::string> bearerToken(const grpc::ServerContextBase& context);

// kUnauthenticated when there is no valid bearer token.
Expected<app::Caller> authenticateCall(app::AuthService& auth,
                                       const grpc::ServerContextBase& context);

// The error details of every answer runCall gives (client/core/src/grpc_status.cpp reads it).
inline constexpr std::string_view kServerAnswerMark = "audientia-server";

grpc::Status toGrpcStatus(const Status& status);

// The call's deadline on the steady clock; nullopt when the client set none.
std::optional<std::chrono::steady_clock::time_point> steadyDeadline(
    const grpc::ServerContextBase& context);

void logCall(spdlog::logger& log, const char* method, const grpc::ServerContextBase& context,
             const Status& status, std::chrono::steady_clock::duration elapsed);

// A JSON object of string fields, escaped.
std::string detailsJson(const std::vector<std::pair<std::string, std::string>>& fields);

// method: the full gRPC name, "/audientia.v1.HearingService/GetHearing".
template <class Body>
grpc::Status runCall(CallGate& gate, const char* method, const grpc::ServerContext& context,
                     Body&& body) {
  auto start = std::chrono::steady_clock::now();
  const app::RpcRule* rule = nullptr;
  std::optional<app::Caller> caller;
  CallAudit audit;
  Status status = gate.admit(method, context, rule, caller);
  if (caller) {
    audit.actorId = caller->user.id;
    audit.actorUsername = caller->user.username;
  }
  bool audited = false;
  if (status) {
    CallState state{*rule, std::move(caller), std::move(audit), {}, false, 0};
    state.auditNow = [&]() -> Status {
      AUDIENTIA_TRY_STATUS(
          gate.append(method, context, rule, state.audit, ok(), &state.auditSequence));
      state.audited = true;
      return ok();
    };
    try {
      status = body(state);
    } catch (const std::exception& exception) {
      status = internalError(std::string("unexpected exception: ") + exception.what());
    } catch (...) {
      status = internalError("unexpected exception");
    }
    audit = std::move(state.audit);
    audited = state.audited;
  }
  return toGrpcStatus(gate.finish(method, context, rule, audit, std::move(status),
                                  std::chrono::steady_clock::now() - start, audited));
}

// runCall for a request message: the message is checked against the request-validation table
// (request_validation.h) before body runs; a refusal is audited like any failed call.
template <class Body>
grpc::Status runCall(CallGate& gate, const char* method, const grpc::ServerContext& context,
                     const google::protobuf::Message& request, Body&& body) {
  return runCall(gate, method, context, [&](CallState& call) -> Status {
    AUDIENTIA_TRY_STATUS(validateRequest(method, request));
    return body(call);
  });
}

}  // namespace audientia::api
