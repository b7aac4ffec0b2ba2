// ExportApi over gRPC: the clip streamed by the server (its info first, then its bytes) into a
// partial file named only once its digest matches.

#include <optional>

#include "grpc_api_client.h"
#include "partial_file.h"

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
  std::optional<v1::ClipInfo> info;
  std::optional<Error> failure;
  v1::ExportClipResponse response;
  while (!failure && reader->Read(&response)) {
    if (response.has_info()) {
      if (info) failure = Error(ErrorCode::kDataLoss, "the server described " + label + " twice");
      info = response.info();
      continue;
    }
    if (!info) {
      failure =
          Error(ErrorCode::kDataLoss, "the server sent " + label + " before saying what it is");
    } else if (file.written() + std::ssize(response.data()) > info->size_bytes()) {
      failure = Error(ErrorCode::kDataLoss, "the server sent more bytes of " + label +
                                                " than it announced; the partial file was removed");
    } else if (auto status = file.write(response.data()); !status) {
      failure = status.error();
    } else if (progress && !progress(static_cast<std::uint64_t>(file.written()),
                                     static_cast<std::uint64_t>(info->size_bytes()))) {
      failure = Error(ErrorCode::kCancelled, "export of " + label + " cancelled");
    }
  }
  if (failure) {
    context.TryCancel();
    (void)reader->Finish();
    return *failure;
  }
  const grpc::Status status = reader->Finish();
  if (!status.ok()) return mapped(status);
  if (!info)
    return Error(ErrorCode::kDataLoss,
                 "the server ended the export of " + label + " without a clip");
  if (file.written() != info->size_bytes()) {
    return Error(ErrorCode::kDataLoss, "the server sent " + std::to_string(file.written()) +
                                           " bytes of " + label + " where " +
                                           std::to_string(info->size_bytes()) +
                                           " were announced; the partial file was removed");
  }
  AUDIENTIA_TRY_STATUS(file.commit(info->sha256(), label));
  return *info;
}

}  // namespace audientia::client::detail
