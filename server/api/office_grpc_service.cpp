#include "api/office_grpc_service.h"

#include "api/proto_mapping.h"

namespace audientia::api {

namespace {

// The office object of the audit trail: an office belongs to itself.
void officeObject(CallState& call, const std::string& id) {
  call.object("office", id, id);
}

}  // namespace

grpc::Status OfficeGrpcService::CreateOffice(grpc::ServerContext* context,
                                             const v1::CreateOfficeRequest* request,
                                             v1::CreateOfficeResponse* response) {
  return runCall(gate_, "/audientia.v1.OfficeService/CreateOffice", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("office", {}, request->parent_id());
                   AUDIENTIA_TRY(domain::Office office,
                                 offices_.create(call.user(), fromProto(*request)));
                   officeObject(call, office.id);
                   call.audit.details.emplace_back("parent_id", request->parent_id());
                   toProto(office, response->mutable_office());
                   return ok();
                 });
}

grpc::Status OfficeGrpcService::ListOffices(grpc::ServerContext* context,
                                            const v1::ListOfficesRequest* request,
                                            v1::ListOfficesResponse* response) {
  return runCall(gate_, "/audientia.v1.OfficeService/ListOffices", *context, *request,
                 [&](CallState& call) -> Status {
                   AUDIENTIA_TRY(auto page, offices_.list(call.user(), request->page_size(),
                                                          request->page_token()));
                   for (const auto& office : page.items) toProto(office, response->add_offices());
                   response->set_next_page_token(page.nextPageToken);
                   return ok();
                 });
}

grpc::Status OfficeGrpcService::RenameOffice(grpc::ServerContext* context,
                                             const v1::RenameOfficeRequest* request,
                                             v1::RenameOfficeResponse* response) {
  return runCall(gate_, "/audientia.v1.OfficeService/RenameOffice", *context, *request,
                 [&](CallState& call) -> Status {
                   officeObject(call, request->office_id());
                   AUDIENTIA_TRY(
                       domain::Office office,
                       offices_.rename(call.user(), request->office_id(), request->name()));
                   toProto(office, response->mutable_office());
                   return ok();
                 });
}

grpc::Status OfficeGrpcService::MoveOffice(grpc::ServerContext* context,
                                           const v1::MoveOfficeRequest* request,
                                           v1::MoveOfficeResponse* response) {
  return runCall(gate_, "/audientia.v1.OfficeService/MoveOffice", *context, *request,
                 [&](CallState& call) -> Status {
                   officeObject(call, request->office_id());
                   call.audit.details.emplace_back("new_parent_id", request->new_parent_id());
                   AUDIENTIA_TRY(
                       domain::Office office,
                       offices_.move(call.user(), request->office_id(), request->new_parent_id()));
                   toProto(office, response->mutable_office());
                   return ok();
                 });
}

grpc::Status OfficeGrpcService::DeactivateOffice(grpc::ServerContext* context,
                                                 const v1::DeactivateOfficeRequest* request,
                                                 v1::DeactivateOfficeResponse* response) {
  return runCall(gate_, "/audientia.v1.OfficeService/DeactivateOffice", *context, *request,
                 [&](CallState& call) -> Status {
                   officeObject(call, request->office_id());
                   AUDIENTIA_TRY(domain::Office office,
                                 offices_.setActive(call.user(), request->office_id(), false));
                   toProto(office, response->mutable_office());
                   return ok();
                 });
}

grpc::Status OfficeGrpcService::ReactivateOffice(grpc::ServerContext* context,
                                                 const v1::ReactivateOfficeRequest* request,
                                                 v1::ReactivateOfficeResponse* response) {
  return runCall(gate_, "/audientia.v1.OfficeService/ReactivateOffice", *context, *request,
                 [&](CallState& call) -> Status {
                   officeObject(call, request->office_id());
                   AUDIENTIA_TRY(domain::Office office,
                                 offices_.setActive(call.user(), request->office_id(), true));
                   toProto(office, response->mutable_office());
                   return ok();
                 });
}

}  // namespace audientia::api
