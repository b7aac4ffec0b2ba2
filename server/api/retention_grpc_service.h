#pragma once

#include "api/call_support.h"
#include "app/keeping/retention_service.h"
#include "audientia/v1/retention.grpc.pb.h"

namespace audientia::api {

class RetentionGrpcService final : public v1::RetentionService::Service {
 public:
  RetentionGrpcService(CallGate& gate, app::RetentionService& retention)
      : gate_(gate), retention_(retention) {}

  grpc::Status SetRetentionPolicy(grpc::ServerContext* context,
                                  const v1::SetRetentionPolicyRequest* request,
                                  v1::RetentionPolicy* response) override;
  grpc::Status ListRetentionPolicies(grpc::ServerContext* context,
                                     const v1::ListRetentionPoliciesRequest* request,
                                     v1::ListRetentionPoliciesResponse* response) override;
  grpc::Status DeleteRetentionPolicy(grpc::ServerContext* context,
                                     const v1::DeleteRetentionPolicyRequest* request,
                                     v1::DeleteRetentionPolicyResponse* response) override;
  grpc::Status PlaceLegalHold(grpc::ServerContext* context,
                              const v1::PlaceLegalHoldRequest* request,
                              v1::LegalHold* response) override;
  grpc::Status ReleaseLegalHold(grpc::ServerContext* context,
                                const v1::ReleaseLegalHoldRequest* request,
                                v1::LegalHold* response) override;
  grpc::Status ListLegalHolds(grpc::ServerContext* context,
                              const v1::ListLegalHoldsRequest* request,
                              v1::ListLegalHoldsResponse* response) override;
  grpc::Status RunRetention(grpc::ServerContext* context, const v1::RunRetentionRequest* request,
                            v1::RunRetentionResponse* response) override;

 private:
  CallGate& gate_;
  app::RetentionService& retention_;
};

}  // namespace audientia::api
