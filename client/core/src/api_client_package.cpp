// ExportApi::exportPackage over gRPC: the package's info, then per file a header and its bytes,
// each file checked against its announced size and handed to a PackageSink (package_sink.h):
// a directory or one ZIP file, written under out + ".partial" and named once whole.

#include <optional>
#include <set>
#include <system_error>

#include "grpc_api_client.h"
#include "package_sink.h"

namespace audientia::client::detail {
namespace {

// A path the server may name inside the package: relative, '/'-separated, plain names.
bool packagePath(const std::string& path) {
  if (path.empty() || path.size() > 512 || path.front() == '/') return false;
  std::size_t at = 0;
  while (true) {
    const auto slash = path.find('/', at);
    const std::string part = path.substr(at, slash == std::string::npos ? slash : slash - at);
    if (part.empty() || part.front() == '.' ||
        part.find_first_not_of(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") !=
            std::string::npos) {
      return false;
    }
    if (slash == std::string::npos) return true;
    at = slash + 1;
  }
}

constexpr const char* kPackageSignature = "signatures/tagmanifest-sha256.txt.p7s";
constexpr std::size_t kQueuedBytes = std::size_t{8} << 20;

// The file being received: its name, announced size and bytes so far.
struct IncomingFile {
  std::string path;
  std::int64_t expected = 0;
  std::int64_t written = 0;
};

}  // namespace

Expected<v1::PackageInfo> GrpcApiClient::exportPackage(const PackageExportRequest& request,
                                                       const fs::path& out,
                                                       const ProgressCallback& progress) {
  const bool zip = request.layout == PackageLayout::kZip;
  std::error_code error;
  if (fs::exists(fs::symlink_status(out, error))) {
    return Error(ErrorCode::kAlreadyExists, out.string() + " already exists: choose a new " +
                                                (zip ? "file name" : "directory") +
                                                " for the package");
  }
  // The folder that will hold it, as for the directory form from the start.
  if (const fs::path parent = out.parent_path(); !parent.empty()) {
    fs::create_directories(parent, error);
    if (error) {
      return Error(ErrorCode::kInvalidArgument,
                   "cannot create " + parent.string() + ": " + error.message());
    }
  }
  AUDIENTIA_TRY(std::unique_ptr<PackageSink> opened,
                zip ? openZipSink(out) : openDirectorySink(out));
  // Writing on its own thread (up to 8 MiB waiting), so that it overlaps receiving.
  std::unique_ptr<PackageSink> sink = inBackground(std::move(opened), kQueuedBytes);
  grpc::ClientContext context;
  prepare(context, Auth::kBearer, Deadline::kNone);
  v1::ExportPackageRequest message;
  message.set_hearing_id(request.hearingId);
  message.set_reason(request.reason);
  message.set_language(request.language);
  for (const auto& id : request.recordingIds) message.add_recording_ids(id);
  message.set_reverify(request.reverify);
  for (const auto& clip : request.clips) {
    v1::PackageClip& added = *message.add_clips();
    added.set_recording_id(clip.recordingId);
    added.set_from_ms(clip.fromMs);
    added.set_to_ms(clip.toMs);
  }
  auto reader = export_->ExportPackage(&context, message);
  std::optional<v1::PackageInfo> info;
  std::optional<Error> failure;
  std::optional<IncomingFile> file;
  std::set<std::string> received;
  std::uint64_t receivedBytes = 0;
  auto closeFile = [&]() -> Status {
    if (!file) return ok();
    if (file->written != file->expected) {
      return Error(ErrorCode::kDataLoss, "the server sent " + std::to_string(file->written) +
                                             " bytes of " + file->path + " where " +
                                             std::to_string(file->expected) + " were announced");
    }
    AUDIENTIA_TRY_STATUS(sink->endFile());
    file.reset();
    return ok();
  };
  v1::ExportPackageResponse response;
  while (!failure && reader->Read(&response)) {
    if (response.has_info()) {
      if (info) failure = Error(ErrorCode::kDataLoss, "the server described the package twice");
      info = response.info();
    } else if (!info) {
      failure = Error(ErrorCode::kDataLoss, "the server sent the package before its description");
    } else if (response.has_file()) {
      const std::string& path = response.file().path();
      if (auto closed = closeFile(); !closed) {
        failure = closed.error();
      } else if (!packagePath(path)) {
        failure =
            Error(ErrorCode::kDataLoss, "the server named a file outside the package: " + path);
      } else if (response.file().size_bytes() < 0 || !received.insert(path).second) {
        failure = Error(ErrorCode::kDataLoss, "the server announced " + path +
                                                  " wrongly (twice, "
                                                  "or with a negative size)");
      } else if (auto begun = sink->beginFile(path, response.file().size_bytes()); !begun) {
        failure = begun.error();
      } else {
        file = IncomingFile{path, response.file().size_bytes(), 0};
      }
    } else if (!file) {
      failure = Error(ErrorCode::kDataLoss, "the server sent bytes before naming their file");
    } else if (file->written + std::ssize(response.data()) > file->expected) {
      failure = Error(ErrorCode::kDataLoss,
                      "the server sent more bytes of " + file->path + " than it announced");
    } else {
      const auto size = std::ssize(response.data());
      if (auto written = sink->writeOwned(std::move(*response.mutable_data())); !written) {
        failure = written.error();
        continue;
      }
      file->written += size;
      receivedBytes += static_cast<std::uint64_t>(size);
      if (progress && !progress(receivedBytes, static_cast<std::uint64_t>(info->payload_bytes()))) {
        failure = Error(ErrorCode::kCancelled, "export of the package cancelled");
      }
    }
  }
  if (failure) {
    context.TryCancel();
    (void)reader->Finish();
    return *failure;
  }
  const grpc::Status status = reader->Finish();
  if (!status.ok()) return mapped(status);
  if (!info) return Error(ErrorCode::kDataLoss, "the server ended the export without a package");
  AUDIENTIA_TRY_STATUS(closeFile());
  if (!received.count(kPackageSignature)) {
    return Error(ErrorCode::kDataLoss, "the package arrived without its signature; removed");
  }
  if (auto committed = sink->commit(); !committed) {
    return Error(committed.error().code(),
                 "finishing the package " + out.string() + ": " + committed.error().message());
  }
  return *info;
}

}  // namespace audientia::client::detail
