#include "audientia/client/grpc_status.h"

#include <cassert>
#include <chrono>
#include <thread>

namespace audientia::client {
namespace {

// The one place the text is made and recognised (isServerDatabaseUnavailable).
constexpr const char* kDatabaseUnavailable = " is running but its database is unavailable";

}  // namespace

ErrorCode errorCodeFromGrpc(grpc::StatusCode code) {
  const int value = static_cast<int>(code);
  if (value <= 0 || value > static_cast<int>(ErrorCode::kUnauthenticated)) {
    return ErrorCode::kUnknown;
  }
  return static_cast<ErrorCode>(value);  // ErrorCode has gRPC's numbering
}

Error errorFromGrpcStatus(const grpc::Status& status, const std::string& server) {
  assert(!status.ok());
  const ErrorCode code = errorCodeFromGrpc(status.error_code());
  std::string message = status.error_message();
  switch (code) {
    case ErrorCode::kUnavailable:
      if (status.error_details() == kServerAnswerMark) {
        // The server answered: it is up, but something it needs is not.
        const bool database = message.find("PostgreSQL") != std::string::npos ||
                              message.find("database") != std::string::npos;
        message = database ? "the Audientia server at " + server + kDatabaseUnavailable + " (" +
                                 message +
                                 "); it restarts an embedded database by itself: try again in a "
                                 "moment, or ask the administrator if it lasts"
                           : "the Audientia server at " + server + " cannot serve this now (" +
                                 message + "); try again in a moment";
        break;
      }
      message = "cannot reach the Audientia server at " + server + " (" + message +
                "); check that the server is running at that address and that the CA file is the "
                "one that signed its certificate";
      break;
    case ErrorCode::kDeadlineExceeded:
      message = "the server at " + server + " did not answer in time (" + message + ")";
      break;
    default:
      if (message.empty()) message = "the server at " + server + " gave no message";
      break;
  }
  return {code, std::move(message)};
}

bool isServerDatabaseUnavailable(const Error& error) {
  return error.code() == ErrorCode::kUnavailable &&
         error.message().find(kDatabaseUnavailable) != std::string::npos;
}

bool isShedByServer(const Error& error) {
  return error.code() == ErrorCode::kResourceExhausted &&
         error.message().find("Server Threadpool Exhausted") != std::string::npos;
}

void sleepMilliseconds(int ms) {
  std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

}  // namespace audientia::client
