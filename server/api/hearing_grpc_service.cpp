#include "api/hearing_grpc_service.h"

#include "api/call_support.h"
#include "api/proto_mapping.h"

namespace audientia::api {

grpc::Status HearingGrpcService::CreateHearing(grpc::ServerContext* context,
                                               const v1::CreateHearingRequest* request,
                                               v1::CreateHearingResponse* response) {
  return runCall(gate_, "/audientia.v1.HearingService/CreateHearing", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("hearing", {}, request->office_id());
                   AUDIENTIA_TRY(domain::Hearing hearing,
                                 hearings_.create(call.user(), fromProto(*request)));
                   call.audit.objectId = hearing.id;
                   toProto(hearing, response->mutable_hearing());
                   return ok();
                 });
}

grpc::Status HearingGrpcService::GetHearing(grpc::ServerContext* context,
                                            const v1::GetHearingRequest* request,
                                            v1::GetHearingResponse* response) {
  return runCall(gate_, "/audientia.v1.HearingService/GetHearing", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("hearing", request->hearing_id(), {});
                   AUDIENTIA_TRY(auto found, hearings_.get(call.user(), request->hearing_id()));
                   call.audit.officeId = found.hearing.officeId;
                   toProto(found.hearing, response->mutable_hearing());
                   for (const auto& recording : found.recordings)
                     toProto(recording, response->add_recordings());
                   return ok();
                 });
}

grpc::Status HearingGrpcService::ListHearings(grpc::ServerContext* context,
                                              const v1::ListHearingsRequest* request,
                                              v1::ListHearingsResponse* response) {
  return runCall(gate_, "/audientia.v1.HearingService/ListHearings", *context, *request,
                 [&](CallState& call) -> Status {
                   const std::string office =
                       request->office_id().empty() ? call.user().officeId : request->office_id();
                   call.object("office", office, office);
                   AUDIENTIA_TRY(auto page,
                                 hearings_.list(call.user(), request->office_id(),
                                                request->page_size(), request->page_token()));
                   for (const auto& hearing : page.items)
                     toProto(hearing, response->add_hearings());
                   response->set_next_page_token(page.nextPageToken);
                   return ok();
                 });
}

}  // namespace audientia::api
