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

namespace {

// The bag's files as stream messages, in chunks of at most kChunkBytes.
class StreamSink final : public app::PackageSink {
 public:
  explicit StreamSink(grpc::ServerWriter<v1::ExportPackageResponse>& writer) : writer_(writer) {}
  Status beginFile(const std::string& path, std::int64_t sizeBytes) override {
    v1::ExportPackageResponse message;
    message.mutable_file()->set_path(path);
    message.mutable_file()->set_size_bytes(sizeBytes);
    return send(message);
  }
  Status write(std::string_view data) override {
    for (std::size_t at = 0; at < data.size(); at += ExportGrpcService::kChunkBytes) {
      v1::ExportPackageResponse message;
      message.set_data(std::string(data.substr(at, ExportGrpcService::kChunkBytes)));
      AUDIENTIA_TRY_STATUS(send(message));
    }
    return ok();
  }

 private:
  Status send(const v1::ExportPackageResponse& message) {
    if (!writer_.Write(message)) {
      return Error(ErrorCode::kCancelled, "client stopped reading the package");
    }
    return ok();
  }
  grpc::ServerWriter<v1::ExportPackageResponse>& writer_;
};

}  // namespace

grpc::Status ExportGrpcService::ExportPackage(
    grpc::ServerContext* context, const v1::ExportPackageRequest* request,
    grpc::ServerWriter<v1::ExportPackageResponse>* writer) {
  return runCall(
      gate_, "/audientia.v1.ExportService/ExportPackage", *context, *request,
      [&](CallState& call) -> Status {
        call.object("hearing", request->hearing_id(), {});
        call.audit.details.emplace_back("reason", request->reason());
        app::PackageRequest asked{
            request->hearing_id(),
            request->reason(),
            request->language(),
            {request->recording_ids().begin(), request->recording_ids().end()},
            {}};
        for (const auto& clip : request->clips()) {
          asked.clips.push_back({clip.recording_id(), clip.from_ms(), clip.to_ms()});
        }
        asked.reverify = request->reverify();
        if (asked.reverify) call.audit.details.emplace_back("reverify", "true");
        AUDIENTIA_TRY(auto package,
                      packages_.prepare(call.user(), asked, clock_.now(), &call.audit.officeId));
        call.audit.details.emplace_back("package_sha256", package->digest());
        call.audit.details.emplace_back("payload_files", std::to_string(package->payload.size()));
        call.audit.details.emplace_back("payload_bytes", std::to_string(package->payloadBytes));
        call.audit.details.emplace_back("clips", std::to_string(package->clips.size()));
        // The export is in the trail, with the digest of the payload, before any byte leaves;
        // the package names that event.
        AUDIENTIA_TRY_STATUS(call.auditNow());
        v1::ExportPackageResponse first;
        v1::PackageInfo& info = *first.mutable_info();
        info.set_hearing_id(package->hearingId);
        info.set_case_number(package->caseNumber);
        info.set_audit_sequence(call.auditSequence);
        info.set_payload_manifest_sha256(package->digest());
        info.set_payload_bytes(package->payloadBytes);
        info.set_payload_files(static_cast<int>(package->payload.size()));
        info.set_directory_name(package->directoryName());
        if (!writer->Write(first)) {
          return Error(ErrorCode::kCancelled, "client stopped reading the package");
        }
        StreamSink sink(*writer);
        return packages_.write(*package, call.auditSequence, clock_.now(), sink);
      });
}

grpc::Status ExportGrpcService::HearingReport(
    grpc::ServerContext* context, const v1::HearingReportRequest* request,
    grpc::ServerWriter<v1::HearingReportResponse>* writer) {
  return runCall(gate_, "/audientia.v1.ExportService/HearingReport", *context, *request,
                 [&](CallState& call) -> Status {
                   call.object("hearing", request->hearing_id(), {});
                   AUDIENTIA_TRY(auto report, reports_.make(call.user(), request->hearing_id(),
                                                            request->language(), clock_.now(),
                                                            &call.audit.officeId));
                   call.audit.details.emplace_back("language", report.language);
                   call.audit.details.emplace_back("sha256", report.sha256);
                   call.audit.details.emplace_back("size_bytes", std::to_string(report.pdf.size()));
                   // In the trail, with the digest of what leaves, before any byte does.
                   AUDIENTIA_TRY_STATUS(call.auditNow());
                   v1::HearingReportResponse first;
                   v1::ReportInfo& info = *first.mutable_info();
                   info.set_hearing_id(report.hearingId);
                   info.set_case_number(report.caseNumber);
                   info.set_language(report.language);
                   info.set_size_bytes(static_cast<std::int64_t>(report.pdf.size()));
                   info.set_sha256(report.sha256);
                   info.set_file_name(report.fileName);
                   if (!writer->Write(first)) {
                     return Error(ErrorCode::kCancelled, "client stopped reading the report");
                   }
                   for (std::size_t at = 0; at < report.pdf.size(); at += kChunkBytes) {
                     v1::HearingReportResponse chunk;
                     chunk.set_data(report.pdf.substr(at, kChunkBytes));
                     if (!writer->Write(chunk)) {
                       return Error(ErrorCode::kCancelled, "client stopped reading the report");
                     }
                   }
                   return ok();
                 });
}

}  // namespace audientia::api
