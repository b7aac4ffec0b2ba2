#pragma once

// The one place where gRPC statuses become audientia::Error (and back, for tests and tools).

#include <grpcpp/support/status.h>

#include <string>

#include "audientia/base/error.h"

namespace audientia::client {

// Same code, the server's message. UNAVAILABLE gets a message that names the server address and
// says what to check, because gRPC's own text ("failed to connect to all addresses") does not.
// An OK status is a bug: the caller only maps failures.
// An UNAVAILABLE the server itself gave (marked kServerAnswerMark in the details: its database is
// down, say) says so instead.
Error errorFromGrpcStatus(const grpc::Status& status, const std::string& server);

// What the server puts in the error details of its own answers (server/api/call_support.h).
inline constexpr const char* kServerAnswerMark = "audientia-server";

// True for the error errorFromGrpcStatus makes when the server answered that its database is
// unavailable (the server is up: a person should wait, not check the address or the network).
bool isServerDatabaseUnavailable(const Error& error);

ErrorCode errorCodeFromGrpc(grpc::StatusCode code);

// gRPC's own load shedding: the server had no thread free and refused the call before any
// handler ran, so sending it again is safe whatever the call does.
bool isShedByServer(const Error& error);
void sleepMilliseconds(int ms);

// Runs call() again, with growing pauses, while the server sheds it (isShedByServer), for up to
// about 30 s.
template <class Call>
auto retryWhileShed(Call&& call) -> decltype(call()) {
  int pauseMs = 100;
  for (int waited = 0;; waited += pauseMs, pauseMs = pauseMs < 2000 ? pauseMs * 2 : 2000) {
    auto result = call();
    if (result || !isShedByServer(result.error()) || waited > 30000) return result;
    sleepMilliseconds(pauseMs);
  }
}

}  // namespace audientia::client
