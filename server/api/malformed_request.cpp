#include "api/malformed_request.h"

#include <string>

namespace audientia::api {
namespace {

using grpc::experimental::InterceptionHookPoints;

class MalformedRequestInterceptor : public grpc::experimental::Interceptor {
 public:
  MalformedRequestInterceptor(MalformedRequestInterceptorFactory& factory,
                              grpc::experimental::ServerRpcInfo& info)
      : factory_(factory), info_(info) {}

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      const grpc::Status status = methods->GetSendStatus();
      if (status.error_code() == grpc::StatusCode::INTERNAL && status.error_message().empty() &&
          info_.server_context() != nullptr) {
        methods->ModifySendStatus(factory_.answer(info_.method(), *info_.server_context(), status));
      }
    }
    methods->Proceed();
  }

 private:
  MalformedRequestInterceptorFactory& factory_;
  grpc::experimental::ServerRpcInfo& info_;
};

}  // namespace

grpc::experimental::Interceptor* MalformedRequestInterceptorFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  return new MalformedRequestInterceptor(*this, *info);
}

grpc::Status MalformedRequestInterceptorFactory::answer(const char* method,
                                                        const grpc::ServerContextBase& context,
                                                        const grpc::Status&) {
  const std::uint64_t count = ++refused_;
  const Status refusal = invalidArgument(
      std::string("the request could not be read as a ") + method +
      " request: a text field is not valid UTF-8, or the bytes are not that message");
  gate_.log().warn("{}: malformed request refused ({} since the start) peer={}", method, count,
                   context.peer());
  CallAudit audit;
  if (auto caller = authenticateCall(gate_.auth(), context); caller) {
    audit.actorId = caller->user.id;
    audit.actorUsername = caller->user.username;
  }
  audit.details.emplace_back("reason", "malformed request");
  const app::RpcRule* rule = app::findRule(method);
  if (Status appended = gate_.append(method, context, rule, audit, refusal); !appended) {
    return toGrpcStatus(appended);
  }
  return toGrpcStatus(refusal);
}

}  // namespace audientia::api
