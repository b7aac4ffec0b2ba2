// ExportApi over gRPC: the clip and the hearing report streamed by the server (its info first,
// then its bytes) into a partial file named only once its digest matches (streamed_file.h).

#include <optional>

#include "grpc_api_client.h"
#include "partial_file.h"
#include "streamed_file.h"

namespace audientia::client::detail {

Expected<v1::ClipInfo> GrpcApiClient::exportClip(const ClipExportRequest& request,
                                                 const fs::path& out,
                                                 const ProgressCallback& progress) {
  const std::string label = "the clip of recording " + request.recordingId;
  AUDIENTIA_TRY(PartialFile file, PartialFile::create(out));
  grpc::ClientContext context;
  prepare(context, Auth::kBearer, Deadline::kNone);
  v1::ExportClipRequest message;
  message.set_recording_id(request.recordingId);
  message.set_from_ms(request.fromMs);
  message.set_to_ms(request.toMs);
  auto reader = export_->ExportClip(&context, message);
  return receiveStreamedFile<v1::ClipInfo>(context, *reader, file, label, server_, progress);
}

Expected<v1::ReportInfo> GrpcApiClient::hearingReport(const ReportRequest& request,
                                                      const fs::path& out,
                                                      const ProgressCallback& progress) {
  const std::string label = "the report of hearing " + request.hearingId;
  AUDIENTIA_TRY(PartialFile file, PartialFile::create(out));
  grpc::ClientContext context;
  prepare(context, Auth::kBearer, Deadline::kNone);
  v1::HearingReportRequest message;
  message.set_hearing_id(request.hearingId);
  message.set_language(request.language);
  auto reader = export_->HearingReport(&context, message);
  return receiveStreamedFile<v1::ReportInfo>(context, *reader, file, label, server_, progress);
}

}  // namespace audientia::client::detail
