#include "api/recording_grpc_service.h"

#include <vector>

#include "api/call_support.h"
#include "api/proto_mapping.h"

namespace audientia::api {

grpc::Status RecordingGrpcService::UploadRecording(
    grpc::ServerContext* context, grpc::ServerReader<v1::UploadRecordingRequest>* reader,
    v1::UploadRecordingResponse* response) {
  return runCall(
      gate_, "/audientia.v1.RecordingService/UploadRecording", *context,
      [&](CallState& call) -> Status {
        v1::UploadRecordingRequest message;
        if (!reader->Read(&message) || !message.has_header()) {
          return invalidArgument("header is required as the first message of the upload");
        }
        call.object("hearing", message.header().hearing_id(), {});
        call.audit.details.emplace_back("sha256", message.header().sha256());
        call.audit.details.emplace_back("size_bytes",
                                        std::to_string(message.header().size_bytes()));
        AUDIENTIA_TRY(auto session,
                      recordings_.beginUpload(call.user(), fromProto(message.header())));
        // The hearing is in the caller's scope, which for uploads is their own office.
        call.audit.officeId = call.user().officeId;
        while (reader->Read(&message)) {
          if (message.has_header()) return invalidArgument("header may be sent only once, first");
          if (!message.has_chunk()) return invalidArgument("chunk is required after the header");
          const auto& chunk = message.chunk();
          if (chunk.data().size() > kMaxUploadChunkBytes) {
            return invalidArgument("chunk.data: at most 4 MiB per message");
          }
          auto data = std::as_bytes(std::span(chunk.data().data(), chunk.data().size()));
          AUDIENTIA_TRY_STATUS(session->append(chunk.offset(), data));
        }
        if (context->IsCancelled()) {
          return Error(ErrorCode::kCancelled, "upload cancelled by the client; nothing stored");
        }
        AUDIENTIA_TRY(domain::Recording recording, session->finish());
        call.audit.details.emplace_back("hearing_id", recording.hearingId);
        call.audit.objectType = "recording";
        call.audit.objectId = recording.id;
        toProto(recording, response->mutable_recording());
        return ok();
      });
}

grpc::Status RecordingGrpcService::GetRecording(grpc::ServerContext* context,
                                                const v1::GetRecordingRequest* request,
                                                v1::GetRecordingResponse* response) {
  return runCall(gate_, "/audientia.v1.RecordingService/GetRecording", *context,
                 [&](CallState& call) -> Status {
                   call.object("recording", request->recording_id(), {});
                   AUDIENTIA_TRY(
                       domain::Recording recording,
                       recordings_.get(call.user(), request->recording_id(),
                                       app::Action::kReadRecording, &call.audit.officeId));
                   toProto(recording, response->mutable_recording());
                   return ok();
                 });
}

grpc::Status RecordingGrpcService::DownloadRecording(
    grpc::ServerContext* context, const v1::DownloadRecordingRequest* request,
    grpc::ServerWriter<v1::DownloadRecordingResponse>* writer) {
  return runCall(gate_, "/audientia.v1.RecordingService/DownloadRecording", *context,
                 [&](CallState& call) -> Status {
                   call.object("recording", request->recording_id(), {});
                   call.audit.details.emplace_back("offset", std::to_string(request->offset()));
                   call.audit.details.emplace_back("length", std::to_string(request->length()));
                   AUDIENTIA_TRY(auto download,
                                 recordings_.openDownload(call.user(), request->recording_id(),
                                                          request->offset(), request->length(),
                                                          &call.audit.officeId));
                   // The download is in the trail before any byte leaves.
                   AUDIENTIA_TRY_STATUS(call.auditNow());
                   std::vector<std::byte> buffer(kDownloadChunkBytes);
                   bool sentAny = false;
                   while (true) {
                     auto offset = static_cast<std::int64_t>(download->position());
                     AUDIENTIA_TRY(std::size_t count, download->next(buffer));
                     if (count == 0 && sentAny) break;
                     v1::DownloadRecordingResponse chunk;
                     chunk.set_offset(offset);
                     chunk.set_data(reinterpret_cast<const char*>(buffer.data()), count);
                     chunk.set_total_size(static_cast<std::int64_t>(download->totalSize()));
                     if (!writer->Write(chunk)) {
                       return Error(ErrorCode::kCancelled, "client stopped reading the download");
                     }
                     sentAny = true;
                     if (count == 0) break;  // an empty range: one message carrying total_size
                   }
                   return ok();
                 });
}

}  // namespace audientia::api
