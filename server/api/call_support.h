#pragma once

// What every RPC handler shares: the bearer token, the one Error -> grpc::Status mapping, and
// a wrapper that runs the handler body, catches exceptions at this thread edge and logs
// method, status and duration (never content).

#include <grpcpp/grpcpp.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <exception>
#include <optional>
#include <string>

#include "app/auth_service.h"
#include "audientia/base/expected.h"

namespace audientia::api {

// The token of "authorization: Bearer <token>", or nullopt when absent or malformed.
std::optional<std::string> bearerToken(const grpc::ServerContext& context);

// kUnauthenticated when there is no valid bearer token.
Expected<app::Caller> authenticateCall(app::AuthService& auth, const grpc::ServerContext& context);

grpc::Status toGrpcStatus(const Status& status);

void logCall(spdlog::logger& log, const char* method, const grpc::ServerContext& context,
             const Status& status, std::chrono::steady_clock::duration elapsed);

template <class Body>
grpc::Status runCall(spdlog::logger& log, const char* method, const grpc::ServerContext& context,
                     Body&& body) {
  auto start = std::chrono::steady_clock::now();
  Status status;
  try {
    status = body();
  } catch (const std::exception& exception) {
    status = internalError(std::string("unexpected exception: ") + exception.what());
  } catch (...) {
    status = internalError("unexpected exception");
  }
  logCall(log, method, context, status, std::chrono::steady_clock::now() - start);
  return toGrpcStatus(status);
}

}  // namespace audientia::api
