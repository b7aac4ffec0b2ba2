#pragma once

// ExportService: evidence out of the building (proto/audientia/v1/export.proto).

#include "api/call_support.h"
#include "app/export/clip_export.h"
#include "app/export/hearing_report.h"
#include "app/export/package_export.h"
#include "audientia/v1/export.grpc.pb.h"
#include "ports/clock.h"

namespace audientia::api {

class ExportGrpcService final : public v1::ExportService::Service {
 public:
  static constexpr std::size_t kChunkBytes = 1u << 20;

  ExportGrpcService(CallGate& gate, app::ClipExport& clips, app::PackageExport& packages,
                    app::HearingReport& reports, const ports::Clock& clock)
      : gate_(gate), clips_(clips), packages_(packages), reports_(reports), clock_(clock) {}

  grpc::Status ExportClip(grpc::ServerContext* context, const v1::ExportClipRequest* request,
                          grpc::ServerWriter<v1::ExportClipResponse>* writer) override;
  grpc::Status ExportPackage(grpc::ServerContext* context, const v1::ExportPackageRequest* request,
                             grpc::ServerWriter<v1::ExportPackageResponse>* writer) override;
  grpc::Status HearingReport(grpc::ServerContext* context, const v1::HearingReportRequest* request,
                             grpc::ServerWriter<v1::HearingReportResponse>* writer) override;

 private:
  CallGate& gate_;
  app::ClipExport& clips_;
  app::PackageExport& packages_;
  app::HearingReport& reports_;
  const ports::Clock& clock_;
};

}  // namespace audientia::api
