#pragma once

#include "api/call_support.h"
#include "app/identity/office_service.h"
#include "audientia/v1/offices.grpc.pb.h"

namespace audientia::api {

class OfficeGrpcService final : public v1::OfficeService::Service {
 public:
  OfficeGrpcService(CallGate& gate, app::OfficeService& offices) : gate_(gate), offices_(offices) {}

  grpc::Status CreateOffice(grpc::ServerContext* context, const v1::CreateOfficeRequest* request,
                            v1::CreateOfficeResponse* response) override;
  grpc::Status ListOffices(grpc::ServerContext* context, const v1::ListOfficesRequest* request,
                           v1::ListOfficesResponse* response) override;
  grpc::Status RenameOffice(grpc::ServerContext* context, const v1::RenameOfficeRequest* request,
                            v1::RenameOfficeResponse* response) override;
  grpc::Status MoveOffice(grpc::ServerContext* context, const v1::MoveOfficeRequest* request,
                          v1::MoveOfficeResponse* response) override;
  grpc::Status DeactivateOffice(grpc::ServerContext* context,
                                const v1::DeactivateOfficeRequest* request,
                                v1::DeactivateOfficeResponse* response) override;
  grpc::Status ReactivateOffice(grpc::ServerContext* context,
                                const v1::ReactivateOfficeRequest* request,
                                v1::ReactivateOfficeResponse* response) override;

 private:
  CallGate& gate_;
  app::OfficeService& offices_;
};

}  // namespace audientia::api
