#pragma once

#include "api/call_support.h"
#include "audientia/v1/audit.grpc.pb.h"
#include "ports/audit_log.h"

namespace audientia::api {

// The audit trail for auditors: list with filters and paging, and verify the whole chain.
// Both calls are themselves audited (through runCall, like every call).
class AuditGrpcService final : public v1::AuditService::Service {
 public:
  AuditGrpcService(CallGate& gate, ports::AuditLog& audit) : gate_(gate), audit_(audit) {}

  grpc::Status ListAuditEvents(grpc::ServerContext* context,
                               const v1::ListAuditEventsRequest* request,
                               v1::ListAuditEventsResponse* response) override;
  grpc::Status VerifyAuditChain(grpc::ServerContext* context,
                                const v1::VerifyAuditChainRequest* request,
                                v1::VerifyAuditChainResponse* response) override;

 private:
  CallGate& gate_;
  ports::AuditLog& audit_;
};

}  // namespace audientia::api
