#pragma once

#include "api/call_support.h"
#include "app/hearings/recording_service.h"
#include "app/ingest/upload_service.h"
#include "audientia/v1/recordings.grpc.pb.h"

namespace audientia::api {

class RecordingGrpcService final : public v1::RecordingService::Service {
 public:
  static constexpr std::size_t kMaxUploadChunkBytes = app::UploadService::kMaxChunkBytes;
  static constexpr std::size_t kDownloadChunkBytes = 1u << 20;

  RecordingGrpcService(CallGate& gate, app::RecordingService& recordings,
                       app::UploadService& uploads)
      : gate_(gate), recordings_(recordings), uploads_(uploads) {}

  grpc::Status UploadRecording(grpc::ServerContext* context,
                               grpc::ServerReader<v1::UploadRecordingRequest>* reader,
                               v1::UploadRecordingResponse* response) override;
  grpc::Status GetRecording(grpc::ServerContext* context, const v1::GetRecordingRequest* request,
                            v1::GetRecordingResponse* response) override;
  grpc::Status DownloadRecording(
      grpc::ServerContext* context, const v1::DownloadRecordingRequest* request,
      grpc::ServerWriter<v1::DownloadRecordingResponse>* writer) override;

  grpc::Status CreateUpload(grpc::ServerContext* context, const v1::CreateUploadRequest* request,
                            v1::UploadStatus* response) override;
  grpc::Status WriteUpload(grpc::ServerContext* context,
                           grpc::ServerReader<v1::WriteUploadRequest>* reader,
                           v1::UploadStatus* response) override;
  grpc::Status GetUploadStatus(grpc::ServerContext* context,
                               const v1::GetUploadStatusRequest* request,
                               v1::UploadStatus* response) override;
  grpc::Status CompleteUpload(grpc::ServerContext* context,
                              const v1::CompleteUploadRequest* request,
                              v1::CompleteUploadResponse* response) override;
  grpc::Status AbortUpload(grpc::ServerContext* context, const v1::AbortUploadRequest* request,
                           v1::UploadStatus* response) override;
  grpc::Status CompleteRecording(grpc::ServerContext* context,
                                 const v1::CompleteRecordingRequest* request,
                                 v1::CompleteRecordingResponse* response) override;

 private:
  CallGate& gate_;
  app::RecordingService& recordings_;
  app::UploadService& uploads_;
};

}  // namespace audientia::api
