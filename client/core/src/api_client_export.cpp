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

// The package's directory while it arrives; removed unless committed.
struct PartialDirectory {
  fs::path path;
  bool keep = false;
  ~PartialDirectory() {
    std::error_code ignored;
    if (!keep) fs::remove_all(path, ignored);
  }
};

}  // namespace

Expected<v1::PackageInfo> GrpcApiClient::exportPackage(const PackageExportRequest& request,
                                                       const fs::path& out,
                                                       const ProgressCallback& progress) {
  std::error_code error;
  if (fs::exists(out, error)) {
    return Error(ErrorCode::kAlreadyExists,
                 out.string() + " already exists: choose a new directory for the package");
  }
  PartialDirectory partial{out.string() + ".partial"};
  fs::remove_all(partial.path, error);
  if (!fs::create_directories(partial.path, error) || error) {
    return Error(ErrorCode::kInvalidArgument,
                 "cannot create " + partial.path.string() + ": " + error.message());
  }
  grpc::ClientContext context;
  prepare(context, Auth::kBearer, Deadline::kNone);
  v1::ExportPackageRequest message;
  message.set_hearing_id(request.hearingId);
  message.set_reason(request.reason);
  auto reader = export_->ExportPackage(&context, message);
  std::optional<v1::PackageInfo> info;
  std::optional<Error> failure;
  std::optional<PartialFile> file;
  std::string label;
  std::int64_t expected = 0;
  std::uint64_t received = 0;
  auto closeFile = [&]() -> Status {
    if (!file) return ok();
    if (file->written() != expected) {
      return Error(ErrorCode::kDataLoss, "the server sent " + std::to_string(file->written()) +
                                             " bytes of " + label + " where " +
                                             std::to_string(expected) + " were announced");
    }
    AUDIENTIA_TRY_STATUS(file->commit({}, label));
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
      if (auto closed = closeFile(); !closed) {
        failure = closed.error();
      } else if (!packagePath(response.file().path())) {
        failure = Error(ErrorCode::kDataLoss,
                        "the server named a file outside the package: " + response.file().path());
      } else {
        label = response.file().path();
        expected = response.file().size_bytes();
        const fs::path target = partial.path / label;
        fs::create_directories(target.parent_path(), error);
        auto created = PartialFile::create(target);
        if (!created) {
          failure = created.error();
        } else {
          file.emplace(std::move(created).value());
        }
      }
    } else if (!file) {
      failure = Error(ErrorCode::kDataLoss, "the server sent bytes before naming their file");
    } else if (file->written() + std::ssize(response.data()) > expected) {
      failure = Error(ErrorCode::kDataLoss,
                      "the server sent more bytes of " + label + " than it announced");
    } else if (auto written = file->write(response.data()); !written) {
      failure = written.error();
    } else {
      received += response.data().size();
      if (progress && !progress(received, static_cast<std::uint64_t>(info->payload_bytes()))) {
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
  if (!fs::exists(partial.path / "signatures" / "tagmanifest-sha256.txt.p7s", error)) {
    return Error(ErrorCode::kDataLoss, "the package arrived without its signature; removed");
  }
  fs::rename(partial.path, out, error);
  if (error)
    return Error(ErrorCode::kInternal,
                 "naming the package " + out.string() + ": " + error.message());
  partial.keep = true;
  return *info;
}

}  // namespace audientia::client::detail
