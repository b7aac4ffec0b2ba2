#pragma once

#include "api/call_support.h"
#include "app/recording_service.h"
#include "audientia/v1/recordings.grpc.pb.h"

namespace audientia::api {

class RecordingGrpcService final : public v1::RecordingService::Service {
 public:
  static constexpr std::size_t kMaxUploadChunkBytes = 4u << 20;
  static constexpr std::size_t kDownloadChunkBytes = 1u << 20;

  RecordingGrpcService(CallGate& gate, app::RecordingService& recordings)
      : gate_(gate), recordings_(recordings) {}

  grpc::Status UploadRecording(grpc::ServerContext* context,
                               grpc::ServerReader<v1::UploadRecordingRequest>* reader,
                               v1::UploadRecordingResponse* response) override;
  grpc::Status GetRecording(grpc::ServerContext* context, const v1::GetRecordingRequest* request,
                            v1::GetRecordingResponse* response) override;
  grpc::Status DownloadRecording(
      grpc::ServerContext* context, const v1::DownloadRecordingRequest* request,
      grpc::ServerWriter<v1::DownloadRecordingResponse>* writer) override;

 private:
  CallGate& gate_;
  app::RecordingService& recordings_;
};

}  // namespace audientia::api
