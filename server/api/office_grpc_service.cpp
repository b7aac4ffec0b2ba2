#include "api/office_grpc_service.h"

#include "api/call_support.h"
#include "api/proto_mapping.h"

namespace audientia::api {

grpc::Status OfficeGrpcService::CreateOffice(grpc::ServerContext* context,
                                             const v1::CreateOfficeRequest* request,
                                             v1::CreateOfficeResponse* response) {
  return runCall(*log_, "OfficeService/CreateOffice", *context, [&]() -> Status {
    AUDIENTIA_TRY(app::Caller caller, authenticateCall(auth_, *context));
    AUDIENTIA_TRY(domain::Office office, offices_.create(caller.user, fromProto(*request)));
    toProto(office, response->mutable_office());
    return ok();
  });
}

grpc::Status OfficeGrpcService::ListOffices(grpc::ServerContext* context,
                                            const v1::ListOfficesRequest* request,
                                            v1::ListOfficesResponse* response) {
  return runCall(*log_, "OfficeService/ListOffices", *context, [&]() -> Status {
    AUDIENTIA_TRY(app::Caller caller, authenticateCall(auth_, *context));
    AUDIENTIA_TRY(auto page,
                  offices_.list(caller.user, request->page_size(), request->page_token()));
    for (const auto& office : page.items) toProto(office, response->add_offices());
    response->set_next_page_token(page.nextPageToken);
    return ok();
  });
}

}  // namespace audientia::api
