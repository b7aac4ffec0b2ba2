#pragma once

// ExportService: evidence out of the building (proto/audientia/v1/export.proto).

#include "api/call_support.h"
#include "app/export/clip_export.h"
#include "audientia/v1/export.grpc.pb.h"

namespace audientia::api {

class ExportGrpcService final : public v1::ExportService::Service {
 public:
  static constexpr std::size_t kChunkBytes = 1u << 20;

  ExportGrpcService(CallGate& gate, app::ClipExport& clips) : gate_(gate), clips_(clips) {}

  grpc::Status ExportClip(grpc::ServerContext* context, const v1::ExportClipRequest* request,
                          grpc::ServerWriter<v1::ExportClipResponse>* writer) override;

 private:
  CallGate& gate_;
  app::ClipExport& clips_;
};

}  // namespace audientia::api
