#include "api/auth_grpc_service.h"

#include "api/call_support.h"
#include "api/proto_mapping.h"

namespace audientia::api {

grpc::Status AuthGrpcService::Login(grpc::ServerContext* context, const v1::LoginRequest* request,
                                    v1::LoginResponse* response) {
  return runCall(*log_, "AuthService/Login", *context, [&]() -> Status {
    if (request->username().empty()) return invalidArgument("username is required");
    if (request->password().empty()) return invalidArgument("password is required");
    AUDIENTIA_TRY(app::LoginResult result, auth_.login(request->username(), request->password()));
    response->set_token(result.token);
    response->set_expires_at_unix_ms(toUnixMs(result.expiresAt));
    toProto(result.user, response->mutable_user());
    return ok();
  });
}

grpc::Status AuthGrpcService::Logout(grpc::ServerContext* context, const v1::LogoutRequest*,
                                     v1::LogoutResponse*) {
  return runCall(*log_, "AuthService/Logout", *context, [&]() -> Status {
    auto token = bearerToken(*context);
    if (!token) {
      return Error(ErrorCode::kUnauthenticated,
                   "missing metadata \"authorization: Bearer <token>\"");
    }
    return auth_.logout(*token);
  });
}

grpc::Status AuthGrpcService::WhoAmI(grpc::ServerContext* context, const v1::WhoAmIRequest*,
                                     v1::WhoAmIResponse* response) {
  return runCall(*log_, "AuthService/WhoAmI", *context, [&]() -> Status {
    AUDIENTIA_TRY(app::Caller caller, authenticateCall(auth_, *context));
    toProto(caller.user, response->mutable_user());
    response->set_session_expires_at_unix_ms(toUnixMs(caller.sessionExpiresAt));
    auto office = offices_.get(caller.user, caller.user.officeId);
    if (office) response->set_office_name(office->name);
    return ok();
  });
}

}  // namespace audientia::api
