#include "api/audit_grpc_service.h"

#include "api/proto_mapping.h"
#include "domain/rules.h"

namespace audientia::api {

namespace {

domain::Timestamp fromUnixMs(std::int64_t ms) {
  return domain::Timestamp(std::chrono::milliseconds(ms));
}

v1::AuditOutcome toProto(domain::AuditOutcome outcome) {
  switch (outcome) {
    case domain::AuditOutcome::kSuccess:
      return v1::AUDIT_OUTCOME_SUCCESS;
    case domain::AuditOutcome::kDenied:
      return v1::AUDIT_OUTCOME_DENIED;
    case domain::AuditOutcome::kFailure:
      return v1::AUDIT_OUTCOME_FAILURE;
    case domain::AuditOutcome::kUnspecified:
      break;
  }
  return v1::AUDIT_OUTCOME_UNSPECIFIED;
}

void toProto(const domain::AuditEvent& event, v1::AuditEvent* out) {
  out->set_seq(event.seq);
  out->set_time_unix_ms(toUnixMs(event.time));
  out->set_actor_id(event.actorId);
  out->set_actor_username(event.actorUsername);
  out->set_action(event.action);
  out->set_object_type(event.objectType);
  out->set_object_id(event.objectId);
  out->set_office_id(event.officeId);
  out->set_client_address(event.clientAddress);
  out->set_outcome(toProto(event.outcome));
  out->set_details_json(event.detailsJson);
  out->set_prev_hash(event.prevHash);
  out->set_hash(event.hash);
}

Status optionalId(std::string_view field, const std::string& value) {
  if (value.empty()) return ok();
  return domain::validateId(field, value);
}

}  // namespace

grpc::Status AuditGrpcService::ListAuditEvents(grpc::ServerContext* context,
                                               const v1::ListAuditEventsRequest* request,
                                               v1::ListAuditEventsResponse* response) {
  return runCall(gate_, "/audientia.v1.AuditService/ListAuditEvents", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("audit_trail", {}, {});
                   AUDIENTIA_TRY_STATUS(optionalId("object_id", request->object_id()));
                   AUDIENTIA_TRY_STATUS(optionalId("actor_id", request->actor_id()));
                   AUDIENTIA_TRY_STATUS(optionalId("office_id", request->office_id()));
                   if (request->from_unix_ms() < 0 || request->to_unix_ms() < 0) {
                     return invalidArgument("from_unix_ms and to_unix_ms must not be negative");
                   }
                   AUDIENTIA_TRY(int limit, domain::effectivePageSize(request->page_size()));
                   domain::AuditFilter filter;
                   filter.objectId = request->object_id();
                   filter.actorId = request->actor_id();
                   filter.officeId = request->office_id();
                   if (request->from_unix_ms() > 0)
                     filter.from = fromUnixMs(request->from_unix_ms());
                   if (request->to_unix_ms() > 0) filter.to = fromUnixMs(request->to_unix_ms());
                   AUDIENTIA_TRY(auto page, audit_.list(filter, domain::PageRequest{
                                                                    limit, request->page_token()}));
                   for (const auto& event : page.items) toProto(event, response->add_events());
                   response->set_next_page_token(page.nextPageToken);
                   call.audit.details.emplace_back("events", std::to_string(page.items.size()));
                   return ok();
                 });
}

grpc::Status AuditGrpcService::VerifyAuditChain(grpc::ServerContext* context,
                                                const v1::VerifyAuditChainRequest* request,
                                                v1::VerifyAuditChainResponse* response) {
  return runCall(gate_, "/audientia.v1.AuditService/VerifyAuditChain", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("audit_trail", {}, {});
                   AUDIENTIA_TRY(domain::AuditVerification result, audit_.verify());
                   response->set_intact(result.intact);
                   response->set_events_checked(result.eventsChecked);
                   response->set_first_broken_seq(result.firstBrokenSeq);
                   response->set_reason(result.reason);
                   response->set_last_seq(result.lastSeq);
                   response->set_last_hash(result.lastHash);
                   call.audit.details.emplace_back("intact", result.intact ? "true" : "false");
                   call.audit.details.emplace_back("first_broken_seq",
                                                   std::to_string(result.firstBrokenSeq));
                   return ok();
                 });
}

}  // namespace audientia::api
