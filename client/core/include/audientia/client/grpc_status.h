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

}  // namespace audientia::client
