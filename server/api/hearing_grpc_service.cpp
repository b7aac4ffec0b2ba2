#include "api/hearing_grpc_service.h"

#include "api/call_support.h"
#include "api/proto_mapping.h"

namespace audientia::api {

grpc::Status HearingGrpcService::CreateHearing(grpc::ServerContext* context,
                                               const v1::CreateHearingRequest* request,
                                               v1::CreateHearingResponse* response) {
  return runCall(*log_, "HearingService/CreateHearing", *context, [&]() -> Status {
    AUDIENTIA_TRY(app::Caller caller, authenticateCall(auth_, *context));
    AUDIENTIA_TRY(domain::Hearing hearing, hearings_.create(caller.user, fromProto(*request)));
    toProto(hearing, response->mutable_hearing());
    return ok();
  });
}

grpc::Status HearingGrpcService::GetHearing(grpc::ServerContext* context,
                                            const v1::GetHearingRequest* request,
                                            v1::GetHearingResponse* response) {
  return runCall(*log_, "HearingService/GetHearing", *context, [&]() -> Status {
    AUDIENTIA_TRY(app::Caller caller, authenticateCall(auth_, *context));
    AUDIENTIA_TRY(auto found, hearings_.get(caller.user, request->hearing_id()));
    toProto(found.hearing, response->mutable_hearing());
    for (const auto& recording : found.recordings) toProto(recording, response->add_recordings());
    return ok();
  });
}

grpc::Status HearingGrpcService::ListHearings(grpc::ServerContext* context,
                                              const v1::ListHearingsRequest* request,
                                              v1::ListHearingsResponse* response) {
  return runCall(*log_, "HearingService/ListHearings", *context, [&]() -> Status {
    AUDIENTIA_TRY(app::Caller caller, authenticateCall(auth_, *context));
    AUDIENTIA_TRY(auto page, hearings_.list(caller.user, request->office_id(), request->page_size(),
                                            request->page_token()));
    for (const auto& hearing : page.items) toProto(hearing, response->add_hearings());
    response->set_next_page_token(page.nextPageToken);
    return ok();
  });
}

}  // namespace audientia::api
