#include "api/export_grpc_service.h"

#include <fstream>
#include <vector>

namespace audientia::api {

grpc::Status ExportGrpcService::ExportClip(grpc::ServerContext* context,
                                           const v1::ExportClipRequest* request,
                                           grpc::ServerWriter<v1::ExportClipResponse>* writer) {
  return runCall(gate_, "/audientia.v1.ExportService/ExportClip", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("recording", request->recording_id(), {});
                   call.audit.details.emplace_back("from_ms", std::to_string(request->from_ms()));
                   call.audit.details.emplace_back("to_ms", std::to_string(request->to_ms()));
                   AUDIENTIA_TRY(auto clip, clips_.cut(call.user(),
                                                       {request->recording_id(), request->from_ms(),
                                                        request->to_ms()},
                                                       &call.audit.officeId));
                   call.audit.details.emplace_back("hearing_id", clip->hearingId);
                   call.audit.details.emplace_back("start_ms", std::to_string(clip->cut.startMs));
                   call.audit.details.emplace_back("end_ms", std::to_string(clip->cut.endMs));
                   call.audit.details.emplace_back("source_sha256", clip->sourceSha256);
                   call.audit.details.emplace_back("sha256", clip->sha256);
                   call.audit.details.emplace_back("size_bytes", std::to_string(clip->sizeBytes));
                   // The export is in the trail, with the digest of what leaves, before any byte
                   // does.
                   AUDIENTIA_TRY_STATUS(call.auditNow());

                   v1::ExportClipResponse first;
                   v1::ClipInfo& info = *first.mutable_info();
                   info.set_recording_id(clip->recordingId);
                   info.set_hearing_id(clip->hearingId);
                   info.set_case_number(clip->caseNumber);
                   info.set_asked_from_ms(clip->askedFromMs);
                   info.set_asked_to_ms(clip->askedToMs);
                   info.set_start_ms(clip->cut.startMs);
                   info.set_end_ms(clip->cut.endMs);
                   info.set_duration_ms(clip->cut.durationMs);
                   info.set_size_bytes(clip->sizeBytes);
                   info.set_sha256(clip->sha256);
                   info.set_source_sha256(clip->sourceSha256);
                   info.set_file_name(clip->fileName);
                   if (!writer->Write(first)) {
                     return Error(ErrorCode::kCancelled, "client stopped reading the clip");
                   }
                   std::ifstream in(clip->file, std::ios::binary);
                   if (!in) return internalError("opening the clip " + clip->file.string());
                   std::vector<char> buffer(kChunkBytes);
                   while (in) {
                     in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
                     const auto got = static_cast<std::size_t>(in.gcount());
                     if (got == 0) break;
                     v1::ExportClipResponse chunk;
                     chunk.set_data(buffer.data(), got);
                     if (!writer->Write(chunk)) {
                       return Error(ErrorCode::kCancelled, "client stopped reading the clip");
                     }
                   }
                   if (in.bad()) return internalError("reading the clip " + clip->file.string());
                   return ok();
                 });
}

}  // namespace audientia::api
