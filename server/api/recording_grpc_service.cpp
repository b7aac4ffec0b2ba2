#include "api/recording_grpc_service.h"

#include <span>
#include <vector>

#include "api/call_support.h"
#include "api/proto_mapping.h"
#include "audientia/base/memory_policy.h"

namespace audientia::api {

namespace {

// Reads the rest of an upload stream into `session`. `chunkOf` gives a message's chunk, or an
// error for a message that is not one. Stops at the stream's end, at a refused chunk or at a
// message that is not a chunk; every chunk before that is stored.
//
// Each chunk is handed to the session before the next is read: the session takes the chunk's
// buffer and hashes and stores it behind (app/upload_session.h) while gRPC goes on receiving
// into the stream's 8 MiB window and this thread reads the next message.
template <class Message, class ChunkOf>
Status storeChunks(grpc::ServerReader<Message>& reader, app::UploadSession& session,
                   ChunkOf chunkOf) {
  Status result = ok();
  Message message;
  while (result && reader.Read(&message)) {
    Expected<v1::UploadChunk*> chunk = chunkOf(message);
    if (!chunk) {
      result = chunk.error();
    } else {
      result = session.append((*chunk)->offset(), *(*chunk)->mutable_data());
    }
  }
  // The stream's buffers, which otherwise added to the resident set of the streams after it.
  memory::returnFreedMemory();
  return result;
}

}  // namespace

// The one-call upload is the resumable path run in one stream under an id of the server's.
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
        AUDIENTIA_TRY_STATUS(
            validateRequest("/audientia.v1.RecordingService/UploadRecording", message));
        const v1::UploadHeader header = message.header();
        // One call has no completion to declare the digest at later.
        if (header.sha256().empty()) return invalidArgument("header.sha256 is required");
        call.object("hearing", header.hearing_id(), {});
        call.audit.details.emplace_back("sha256", header.sha256());
        call.audit.details.emplace_back("size_bytes", std::to_string(header.size_bytes()));
        AUDIENTIA_TRY(std::string id, app::randomUuid());
        app::CreateUploadRequest create;
        create.uploadId = id;
        create.hearingId = header.hearing_id();
        create.fileName = header.file_name();
        create.sizeBytes = header.size_bytes();
        create.sha256 = header.sha256();
        AUDIENTIA_TRY_STATUS(uploads_.create(call.user(), create, &call.audit.officeId));
        auto received = [&]() -> Expected<app::CompletedUpload> {
          AUDIENTIA_TRY(auto session, uploads_.openWrite(call.user(), id));
          Status streamed =
              storeChunks(*reader, *session,
                          [](v1::UploadRecordingRequest& next) -> Expected<v1::UploadChunk*> {
                            if (next.has_header())
                              return invalidArgument("header may be sent only once, first");
                            if (!next.has_chunk())
                              return invalidArgument("chunk is required after the header");
                            return next.mutable_chunk();
                          });
          auto finished = session->finish();
          session.reset();
          if (!streamed) return streamed.error();
          if (!finished) return finished.error();
          if (context->IsCancelled()) {
            return Error(ErrorCode::kCancelled, "upload cancelled by the client; nothing stored");
          }
          if (finished->durableOffset != header.size_bytes()) {
            return invalidArgument("received " + std::to_string(finished->durableOffset) +
                                   " bytes but the header declared size_bytes " +
                                   std::to_string(header.size_bytes()));
          }
          return uploads_.complete(call.user(), id);
        }();
        call.audit.objectType = "recording";
        call.audit.objectId = id;
        call.audit.details.emplace_back("hearing_id", header.hearing_id());
        if (!received) {
          if (auto abandoned = uploads_.abandon(id, received.error().message()); !abandoned) {
            gate_.log().warn("discarding upload {}: {}", id, abandoned.error().toString());
          }
          return received.error();
        }
        toProto(received->recording, response->mutable_recording());
        return ok();
      });
}

grpc::Status RecordingGrpcService::GetRecording(grpc::ServerContext* context,
                                                const v1::GetRecordingRequest* request,
                                                v1::GetRecordingResponse* response) {
  return runCall(gate_, "/audientia.v1.RecordingService/GetRecording", *context, *request,
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
  return runCall(
      gate_, "/audientia.v1.RecordingService/DownloadRecording", *context, *request,
      [&](CallState& call) -> Status {
        call.object("recording", request->recording_id(), {});
        call.audit.details.emplace_back("offset", std::to_string(request->offset()));
        call.audit.details.emplace_back("length", std::to_string(request->length()));
        app::FileSelector selector{fromProto(request->role()), request->sequence()};
        AUDIENTIA_TRY(auto download, recordings_.openDownload(call.user(), request->recording_id(),
                                                              request->offset(), request->length(),
                                                              selector, &call.audit.officeId));
        // The file actually chosen (the default resolves to master or original).
        call.audit.details.emplace_back("role", app::fileRoleName(download->file().role));
        call.audit.details.emplace_back("sequence", std::to_string(download->file().sequence));
        call.audit.details.emplace_back("sha256", download->file().sha256);
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

grpc::Status RecordingGrpcService::CreateUpload(grpc::ServerContext* context,
                                                const v1::CreateUploadRequest* request,
                                                v1::UploadStatus* response) {
  return runCall(
      gate_, "/audientia.v1.RecordingService/CreateUpload", *context, *request,
      [&](CallState& call) -> Status {
        call.object("upload", request->upload_id(), {});
        call.audit.details.emplace_back("hearing_id", request->hearing_id());
        call.audit.details.emplace_back("size_bytes", std::to_string(request->size_bytes()));
        call.audit.details.emplace_back("sha256", request->sha256());
        if (!request->package_id().empty()) {
          call.audit.details.emplace_back("package_id", request->package_id());
          call.audit.details.emplace_back("segment_sequence",
                                          std::to_string(request->segment_sequence()));
        }
        AUDIENTIA_TRY(domain::Upload upload,
                      uploads_.create(call.user(), fromProto(*request), &call.audit.officeId));
        call.audit.details.emplace_back("recording_id", upload.recordingId);
        toProto(upload, response);
        return ok();
      });
}

grpc::Status RecordingGrpcService::WriteUpload(grpc::ServerContext* context,
                                               grpc::ServerReader<v1::WriteUploadRequest>* reader,
                                               v1::UploadStatus* response) {
  return runCall(
      gate_, "/audientia.v1.RecordingService/WriteUpload", *context,
      [&](CallState& call) -> Status {
        v1::WriteUploadRequest message;
        if (!reader->Read(&message) ||
            message.payload_case() != v1::WriteUploadRequest::kUploadId) {
          return invalidArgument("upload_id is required as the first message of the stream");
        }
        AUDIENTIA_TRY_STATUS(
            validateRequest("/audientia.v1.RecordingService/WriteUpload", message));
        const std::string id = message.upload_id();
        call.object("upload", id, {});
        AUDIENTIA_TRY(auto session, uploads_.openWrite(call.user(), id, &call.audit.officeId));
        call.audit.details.emplace_back("from", std::to_string(session->end()));
        Status streamed = storeChunks(
            *reader, *session, [](v1::WriteUploadRequest& next) -> Expected<v1::UploadChunk*> {
              if (!next.has_chunk()) {
                return invalidArgument("upload_id may be sent only once, first; then chunks");
              }
              return next.mutable_chunk();
            });
        // Whatever arrived before an error or a broken stream is kept.
        auto finished = session->finish();
        session.reset();
        if (finished)
          call.audit.details.emplace_back("to", std::to_string(finished->durableOffset));
        if (!streamed) return streamed;
        if (!finished) return finished.error();
        toProto(*finished, response);
        return ok();
      });
}

grpc::Status RecordingGrpcService::GetUploadStatus(grpc::ServerContext* context,
                                                   const v1::GetUploadStatusRequest* request,
                                                   v1::UploadStatus* response) {
  return runCall(gate_, "/audientia.v1.RecordingService/GetUploadStatus", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("upload", request->upload_id(), {});
                   AUDIENTIA_TRY(
                       domain::Upload upload,
                       uploads_.status(call.user(), request->upload_id(), &call.audit.officeId));
                   toProto(upload, response);
                   return ok();
                 });
}

grpc::Status RecordingGrpcService::CompleteUpload(grpc::ServerContext* context,
                                                  const v1::CompleteUploadRequest* request,
                                                  v1::CompleteUploadResponse* response) {
  return runCall(gate_, "/audientia.v1.RecordingService/CompleteUpload", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("upload", request->upload_id(), {});
                   AUDIENTIA_TRY(app::CompletedUpload completed,
                                 uploads_.complete(call.user(), request->upload_id(),
                                                   request->sha256(), &call.audit.officeId));
                   call.audit.details.emplace_back("recording_id", completed.upload.recordingId);
                   call.audit.details.emplace_back("sha256", completed.upload.sha256);
                   call.audit.details.emplace_back("size_bytes",
                                                   std::to_string(completed.upload.sizeBytes));
                   toProto(completed.upload, response->mutable_upload());
                   toProto(completed.recording, response->mutable_recording());
                   return ok();
                 });
}

grpc::Status RecordingGrpcService::AbortUpload(grpc::ServerContext* context,
                                               const v1::AbortUploadRequest* request,
                                               v1::UploadStatus* response) {
  return runCall(gate_, "/audientia.v1.RecordingService/AbortUpload", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("upload", request->upload_id(), {});
                   AUDIENTIA_TRY(
                       domain::Upload upload,
                       uploads_.abort(call.user(), request->upload_id(), &call.audit.officeId));
                   toProto(upload, response);
                   return ok();
                 });
}

grpc::Status RecordingGrpcService::CompleteRecording(grpc::ServerContext* context,
                                                     const v1::CompleteRecordingRequest* request,
                                                     v1::CompleteRecordingResponse* response) {
  return runCall(
      gate_, "/audientia.v1.RecordingService/CompleteRecording", *context, *request,
      [&](CallState& call) -> Status {
        call.object("recording", request->recording_id(), {});
        AUDIENTIA_TRY(app::CaptureCompletion completion,
                      uploads_.completeRecording(call.user(), request->recording_id(),
                                                 request->manifest_json(), &call.audit.officeId));
        // The seal anchored in the audit trail: a manifest rewritten later, together
        // with its segments, no longer matches what the trail recorded.
        call.audit.details.emplace_back("seal", completion.recording.captureSeal);
        call.audit.details.emplace_back("segments", std::to_string(completion.segmentCount));
        call.audit.details.emplace_back("manifest_sha256", completion.recording.sha256);
        toProto(completion.recording, response->mutable_recording());
        return ok();
      });
}

}  // namespace audientia::api
