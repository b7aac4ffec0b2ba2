#include "api/retention_grpc_service.h"

#include "api/keeping_mapping.h"
#include "api/proto_mapping.h"
#include "domain/rules.h"

namespace audientia::api {

grpc::Status RetentionGrpcService::SetRetentionPolicy(grpc::ServerContext* context,
                                                      const v1::SetRetentionPolicyRequest* request,
                                                      v1::RetentionPolicy* response) {
  return runCall(
      gate_, "/audientia.v1.RetentionService/SetRetentionPolicy", *context, *request,
      [&](CallState& call) -> Status {
        call.object("retention_policy", {}, request->office_id());
        const auto kind = fromProto(request->hearing_kind());
        call.audit.details.emplace_back("hearing_kind", std::string(domain::hearingKindName(kind)));
        call.audit.details.emplace_back("retain_days", std::to_string(request->retain_days()));
        AUDIENTIA_TRY(auto policy, retention_.setPolicy(call.user(), request->office_id(), kind,
                                                        request->retain_days()));
        call.audit.objectId = policy.id;
        toProto(policy, response);
        return ok();
      });
}

grpc::Status RetentionGrpcService::ListRetentionPolicies(
    grpc::ServerContext* context, const v1::ListRetentionPoliciesRequest* request,
    v1::ListRetentionPoliciesResponse* response) {
  return runCall(gate_, "/audientia.v1.RetentionService/ListRetentionPolicies", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("retention_policy", {}, {});
                   AUDIENTIA_TRY(auto policies, retention_.listPolicies(call.user()));
                   for (const auto& policy : policies) toProto(policy, response->add_policies());
                   return ok();
                 });
}

grpc::Status RetentionGrpcService::DeleteRetentionPolicy(
    grpc::ServerContext* context, const v1::DeleteRetentionPolicyRequest* request,
    v1::DeleteRetentionPolicyResponse*) {
  return runCall(
      gate_, "/audientia.v1.RetentionService/DeleteRetentionPolicy", *context, *request,
      [&](CallState& call) -> Status {
        call.object("retention_policy", request->policy_id(), {});
        domain::RetentionPolicy deleted;
        AUDIENTIA_TRY_STATUS(retention_.deletePolicy(call.user(), request->policy_id(), &deleted));
        call.audit.officeId = deleted.officeId;
        call.audit.details.emplace_back("retain_days", std::to_string(deleted.retainDays));
        return ok();
      });
}

grpc::Status RetentionGrpcService::PlaceLegalHold(grpc::ServerContext* context,
                                                  const v1::PlaceLegalHoldRequest* request,
                                                  v1::LegalHold* response) {
  return runCall(gate_, "/audientia.v1.RetentionService/PlaceLegalHold", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("hearing", request->hearing_id(), {});
                   AUDIENTIA_TRY(auto hold,
                                 retention_.placeHold(call.user(), request->hearing_id(),
                                                      request->reason(), &call.audit.officeId));
                   call.audit.details.emplace_back("hold_id", hold.id);
                   toProto(hold, response);
                   return ok();
                 });
}

grpc::Status RetentionGrpcService::ReleaseLegalHold(grpc::ServerContext* context,
                                                    const v1::ReleaseLegalHoldRequest* request,
                                                    v1::LegalHold* response) {
  return runCall(gate_, "/audientia.v1.RetentionService/ReleaseLegalHold", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("hearing", request->hearing_id(), {});
                   AUDIENTIA_TRY(auto hold,
                                 retention_.releaseHold(call.user(), request->hearing_id(),
                                                        request->reason(), &call.audit.officeId));
                   call.audit.details.emplace_back("hold_id", hold.id);
                   toProto(hold, response);
                   return ok();
                 });
}

grpc::Status RetentionGrpcService::ListLegalHolds(grpc::ServerContext* context,
                                                  const v1::ListLegalHoldsRequest* request,
                                                  v1::ListLegalHoldsResponse* response) {
  return runCall(gate_, "/audientia.v1.RetentionService/ListLegalHolds", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("hearing", request->hearing_id(), {});
                   AUDIENTIA_TRY(auto holds,
                                 retention_.listHolds(call.user(), request->hearing_id(),
                                                      request->include_released()));
                   for (const auto& hold : holds) toProto(hold, response->add_holds());
                   return ok();
                 });
}

grpc::Status RetentionGrpcService::RunRetention(grpc::ServerContext* context,
                                                const v1::RunRetentionRequest* request,
                                                v1::RunRetentionResponse* response) {
  return runCall(
      gate_, "/audientia.v1.RetentionService/RunRetention", *context, *request,
      [&](CallState& call) -> Status {
        call.object("retention", {}, {});
        AUDIENTIA_TRY(auto result, retention_.sweep(call.user()));
        for (const auto& deleted : result.deleted) toProto(deleted, response->add_deleted());
        response->set_kept_under_hold(result.keptUnderHold);
        call.audit.details.emplace_back("deleted", std::to_string(result.deleted.size()));
        call.audit.details.emplace_back("kept_under_hold", std::to_string(result.keptUnderHold));
        return ok();
      });
}

}  // namespace audientia::api
