#pragma once

// Requests that cannot be parsed at all. libprotobuf refuses a message whose text field is not
// valid UTF-8 (or whose bytes are not the request) before any handler runs, and gRPC then
// answers INTERNAL with an empty message: the caller learns nothing, and the call would leave
// no trace. This server interceptor turns that answer into INVALID_ARGUMENT with a message a
// person can act on, logs it, counts it, and appends an audit event like any refused call
// (actor from the bearer token when it is valid). Why an interceptor: docs/adr/0007.
//
// It recognises the case by its answer: INTERNAL with an empty message is what the parse
// failure gives, and nothing else does (runCall always sends a message).

#include <grpcpp/support/server_interceptor.h>

#include <atomic>
#include <cstdint>

#include "api/call_support.h"

namespace audientia::api {

class MalformedRequestInterceptorFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit MalformedRequestInterceptorFactory(CallGate& gate) : gate_(gate) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;

  // Requests refused as malformed since the start.
  std::uint64_t refused() const { return refused_.load(); }
  // Rewrites the status of one call; returns the status to send.
  grpc::Status answer(const char* method, const grpc::ServerContextBase& context,
                      const grpc::Status& status);

 private:
  CallGate& gate_;
  std::atomic<std::uint64_t> refused_{0};
};

}  // namespace audientia::api
