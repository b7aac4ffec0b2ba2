#pragma once

// The one place where gRPC statuses become audientia::Error (and back, for tests and tools).

#include <grpcpp/support/status.h>

#include <string>

#include "audientia/base/error.h"

namespace audientia::client {

// Same code, the server's message. UNAVAILABLE gets a message that names the server address and
// says what to check, because gRPC's own text ("failed to connect to all addresses") does not.
// An OK status is a bug: the caller only maps failures.
Error errorFromGrpcStatus(const grpc::Status& status, const std::string& server);

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
