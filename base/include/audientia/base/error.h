#pragma once

// The one error taxonomy of the project. Codes have the meaning (and numeric value) of gRPC's
// status codes so that the API layer maps them one to one; code zero is never an error.
// Messages say what failed on what, in words a person can act on.

#include <string>
#include <utility>

namespace audientia {

enum class ErrorCode {
  kUnspecified = 0,
  kCancelled = 1,
  kUnknown = 2,
  kInvalidArgument = 3,
  kDeadlineExceeded = 4,
  kNotFound = 5,
  kAlreadyExists = 6,
  kPermissionDenied = 7,
  kResourceExhausted = 8,
  kFailedPrecondition = 9,
  kAborted = 10,
  kOutOfRange = 11,
  kUnimplemented = 12,
  kInternal = 13,
  kUnavailable = 14,
  kDataLoss = 15,
  kUnauthenticated = 16,
};

const char* toString(ErrorCode code);

class Error {
 public:
  Error(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "NOT_FOUND: hearing 42 does not exist"
  std::string toString() const;

  // A copy whose message is prefixed with context: "loading config: <message>".
  Error withContext(const std::string& context) const;

 private:
  ErrorCode code_;
  std::string message_;
};

inline Error invalidArgument(std::string message) {
  return {ErrorCode::kInvalidArgument, std::move(message)};
}
inline Error notFound(std::string message) {
  return {ErrorCode::kNotFound, std::move(message)};
}
inline Error internalError(std::string message) {
  return {ErrorCode::kInternal, std::move(message)};
}

}  // namespace audientia
