#include "api/call_support.h"

#include <algorithm>
#include <cctype>

namespace audientia::api {

std::optional<std::string> bearerToken(const grpc::ServerContext& context) {
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

Expected<app::Caller> authenticateCall(app::AuthService& auth, const grpc::ServerContext& context) {
  auto token = bearerToken(context);
  if (!token) {
    return Error(ErrorCode::kUnauthenticated,
                 "missing metadata \"authorization: Bearer <token>\": log in first");
  }
  return auth.authenticate(*token);
}

grpc::Status toGrpcStatus(const Status& status) {
  if (status) return grpc::Status::OK;
  // ErrorCode values are gRPC's status codes (see audientia/base/error.h).
  auto code = static_cast<grpc::StatusCode>(static_cast<int>(status.error().code()));
  if (status.error().code() == ErrorCode::kUnspecified) code = grpc::StatusCode::UNKNOWN;
  return {code, status.error().message()};
}

void logCall(spdlog::logger& log, const char* method, const grpc::ServerContext& context,
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
