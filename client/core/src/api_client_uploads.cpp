// GrpcApiClient: resumable uploads and downloads of any file of a recording.

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <optional>

#include "audientia/base/posix_file.h"
#include "audientia/base/sha256.h"
#include "file_read_ahead.h"
#include "grpc_api_client.h"
#include "partial_file.h"

namespace audientia::client::detail {

namespace {

// The file of the recording a download request names, when the recording lists it. Servers from
// before issue 4 list no files: then the recording's own size and digest describe the original.
struct ExpectedFile {
  std::int64_t size = -1;  // -1: unknown until the first chunk arrives
  std::string sha256;
};

ExpectedFile expectedFile(const v1::Recording& recording, const DownloadRequest& request) {
  auto find = [&](v1::FileRole role, int sequence) -> const v1::RecordingFile* {
    for (const auto& file : recording.files()) {
      if (file.role() == role && (sequence == 0 || file.sequence() == sequence)) return &file;
    }
    return nullptr;
  };
  const v1::RecordingFile* file = nullptr;
  if (request.role == v1::FILE_ROLE_UNSPECIFIED) {
    file = find(v1::FILE_ROLE_MASTER, 0);
    if (file == nullptr) file = find(v1::FILE_ROLE_ORIGINAL, 0);
  } else {
    file = find(request.role, request.sequence);
  }
  if (file != nullptr) return {file->size_bytes(), file->sha256()};
  const bool original =
      request.role == v1::FILE_ROLE_UNSPECIFIED || request.role == v1::FILE_ROLE_ORIGINAL;
  if (original && recording.files().empty()) return {recording.size_bytes(), recording.sha256()};
  return {};
}

std::string fileLabel(const DownloadRequest& request) {
  std::string label = "recording " + request.recordingId;
  if (request.role != v1::FILE_ROLE_UNSPECIFIED) {
    std::string role = v1::FileRole_Name(request.role);
    role = role.substr(std::string("FILE_ROLE_").size());
    std::transform(role.begin(), role.end(), role.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    label +=
        " (" + role + (request.sequence > 0 ? " " + std::to_string(request.sequence) : "") + ")";
  }
  return label;
}

}  // namespace

Status GrpcApiClient::streamRecordingFile(
    const DownloadRequest& request, const std::string& label,
    const std::function<bool(std::string_view chunk, std::int64_t fileSize)>& sink) {
  grpc::ClientContext context;
  prepare(context, Auth::kBearer, Deadline::kNone);
  v1::DownloadRecordingRequest message;
  message.set_recording_id(request.recordingId);
  message.set_offset(request.offset);
  message.set_length(request.length);
  message.set_role(request.role);
  message.set_sequence(request.sequence);
  auto reader = recordings_->DownloadRecording(&context, message);
  std::int64_t next = request.offset;
  v1::DownloadRecordingResponse chunk;
  while (reader->Read(&chunk)) {
    if (chunk.offset() != next) {
      context.TryCancel();
      (void)reader->Finish();
      return Error(ErrorCode::kDataLoss,
                   "the server sent bytes at offset " + std::to_string(chunk.offset()) + " where " +
                       std::to_string(next) + " was expected (" + label + ")");
    }
    next += std::ssize(chunk.data());
    if (!sink(chunk.data(), chunk.total_size())) {
      context.TryCancel();
      (void)reader->Finish();
      return Error(ErrorCode::kCancelled, "reading " + label + " stopped");
    }
  }
  const grpc::Status status = reader->Finish();
  if (!status.ok()) return mapped(status);
  return ok();
}

Status GrpcApiClient::readRecordingFile(const DownloadRequest& request,
                                        const std::function<bool(std::string_view chunk)>& sink) {
  if (request.offset < 0 || request.length < 0) {
    return Error(ErrorCode::kInvalidArgument, "byte range offset and length must not be negative");
  }
  return streamRecordingFile(request, fileLabel(request),
                             [&](std::string_view chunk, std::int64_t) { return sink(chunk); });
}

Status GrpcApiClient::downloadRecordingFile(const DownloadRequest& request, const fs::path& out,
                                            const ProgressCallback& progress) {
  if (request.offset < 0 || request.length < 0) {
    return Error(ErrorCode::kInvalidArgument, "byte range offset and length must not be negative");
  }
  const std::string label = fileLabel(request);
  AUDIENTIA_TRY(const v1::Recording recording, getRecording(request.recordingId));
  const ExpectedFile known = expectedFile(recording, request);
  if (known.size >= 0 &&
      (request.offset > known.size || (request.offset == known.size && known.size > 0))) {
    return Error(ErrorCode::kOutOfRange, "range starts at byte " + std::to_string(request.offset) +
                                             " but " + label + " has " +
                                             std::to_string(known.size) + " bytes");
  }

  AUDIENTIA_TRY(PartialFile file, PartialFile::create(out));

  std::int64_t total = known.size;  // the whole file's size, from the server once it answers
  auto expectedBytes = [&]() {
    const std::int64_t available = std::max<std::int64_t>(0, total - request.offset);
    return request.length == 0 ? available : std::min(request.length, available);
  };
  if (progress && !progress(0, static_cast<std::uint64_t>(std::max<std::int64_t>(0, total)))) {
    return Error(ErrorCode::kCancelled, "download of " + label + " cancelled");
  }
  std::int64_t written = 0;
  std::optional<Error> failure;
  Status streamed =
      streamRecordingFile(request, label, [&](std::string_view chunk, std::int64_t fileSize) {
        if (written == 0 && fileSize > 0) total = fileSize;
        if (written + std::ssize(chunk) > expectedBytes()) {
          failure = Error(ErrorCode::kDataLoss, "the server sent more bytes of " + label +
                                                    " than the range holds; the partial "
                                                    "download was removed");
          return false;
        }
        if (auto status = file.write(chunk); !status) {
          failure = status.error();
          return false;
        }
        written += std::ssize(chunk);
        if (progress && !progress(static_cast<std::uint64_t>(written),
                                  static_cast<std::uint64_t>(expectedBytes()))) {
          failure = Error(ErrorCode::kCancelled, "download of " + label + " cancelled");
          return false;
        }
        return true;
      });
  if (failure) return *failure;
  if (!streamed) return streamed;
  if (total < 0) total = written;  // an empty file: no chunk carried its size
  if (written != expectedBytes()) {
    return Error(ErrorCode::kDataLoss, "the server sent " + std::to_string(written) + " bytes of " +
                                           label + " where " + std::to_string(expectedBytes()) +
                                           " were expected; the partial download was removed");
  }
  // A whole file is checked against the digest the server recorded; a range has none.
  const bool wholeFile = request.offset == 0 && written == total;
  AUDIENTIA_TRY_STATUS(file.commit(wholeFile ? known.sha256 : std::string(), label));
  return ok();
}

Expected<v1::UploadStatus> GrpcApiClient::createUpload(const v1::CreateUploadRequest& request) {
  return unary<v1::UploadStatus>(request, Auth::kBearer,
                                 [this](auto* context, const auto& req, auto* resp) {
                                   return recordings_->CreateUpload(context, req, resp);
                                 });
}

Expected<v1::UploadStatus> GrpcApiClient::getUploadStatus(const std::string& uploadId) {
  v1::GetUploadStatusRequest request;
  request.set_upload_id(uploadId);
  return unary<v1::UploadStatus>(request, Auth::kBearer,
                                 [this](auto* context, const auto& req, auto* resp) {
                                   return recordings_->GetUploadStatus(context, req, resp);
                                 });
}

Expected<v1::CompleteUploadResponse> GrpcApiClient::completeUpload(const std::string& uploadId,
                                                                   const std::string& sha256) {
  v1::CompleteUploadRequest request;
  request.set_upload_id(uploadId);
  request.set_sha256(sha256);
  // Completion may hash the whole staged file on the server (after a restart of the server:
  // minutes for gigabytes), so no unary deadline here.
  grpc::ClientContext context;
  prepare(context, Auth::kBearer, Deadline::kNone);
  v1::CompleteUploadResponse response;
  const grpc::Status status = recordings_->CompleteUpload(&context, request, &response);
  if (!status.ok()) return mapped(status);
  return response;
}

Expected<v1::UploadStatus> GrpcApiClient::abortUpload(const std::string& uploadId) {
  v1::AbortUploadRequest request;
  request.set_upload_id(uploadId);
  return unary<v1::UploadStatus>(request, Auth::kBearer,
                                 [this](auto* context, const auto& req, auto* resp) {
                                   return recordings_->AbortUpload(context, req, resp);
                                 });
}

Expected<v1::Recording> GrpcApiClient::completeRecording(const std::string& recordingId,
                                                         const std::string& manifestJson) {
  v1::CompleteRecordingRequest request;
  request.set_recording_id(recordingId);
  request.set_manifest_json(manifestJson);
  grpc::ClientContext context;
  prepare(context, Auth::kBearer, Deadline::kNone);
  v1::CompleteRecordingResponse response;
  const grpc::Status status = recordings_->CompleteRecording(&context, request, &response);
  if (!status.ok()) return mapped(status);
  return std::move(*response.mutable_recording());
}

Expected<v1::UploadStatus> GrpcApiClient::writeUpload(const WriteUploadRequest& request,
                                                      const ProgressCallback& progress) {
  if (request.offset < 0 || request.end < request.offset) {
    return Error(ErrorCode::kInvalidArgument, "bad byte range " + std::to_string(request.offset) +
                                                  ".." + std::to_string(request.end) +
                                                  " for upload " + request.uploadId);
  }
  const std::size_t chunkBytes = std::clamp<std::size_t>(request.chunkBytes, 1, kMaxChunkBytes);
  posix::UniqueFd fd(::open(request.file.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd.valid()) {
    return Error(ErrorCode::kNotFound,
                 "cannot open " + request.file.string() + ": " + posix::errnoText(errno));
  }

  grpc::ClientContext context;
  prepare(context, Auth::kBearer, Deadline::kNone);
  v1::UploadStatus response;
  auto writer = recordings_->WriteUpload(&context, &response);
  auto stop = [&](Error error) {
    context.TryCancel();
    (void)writer->Finish();
    return error;
  };

  v1::WriteUploadRequest message;
  message.set_upload_id(request.uploadId);
  bool streamOpen = writer->Write(message);
  const auto length = static_cast<std::uint64_t>(request.end - request.offset);
  FileReadAhead::ReadObserver hashRead;
  if (request.hash != nullptr) {
    hashRead = [prefix = request.hash](std::int64_t offset, std::string_view bytes) {
      const std::int64_t end = offset + std::ssize(bytes);
      if (offset > prefix->end || end <= prefix->end) return;  // a gap, or hashed before
      prefix->hash.update(bytes.substr(static_cast<std::size_t>(prefix->end - offset)));
      prefix->end = end;
    };
  }
  FileReadAhead file(fd.get(), request.file, request.offset, request.end, chunkBytes,
                     FileReadAhead::kDefaultDepth, std::move(hashRead));
  std::string data;
  while (streamOpen) {
    auto offset = file.next(data);
    if (!offset) return stop(offset.error());
    if (data.empty()) break;
    message.Clear();
    auto* chunk = message.mutable_chunk();
    chunk->set_offset(*offset);
    chunk->mutable_data()->swap(data);
    streamOpen = writer->Write(message);
    chunk->mutable_data()->swap(data);  // the buffer goes back to the reader
    const auto sent = static_cast<std::uint64_t>(*offset - request.offset) + data.size();
    if (streamOpen && progress && !progress(sent, length)) {
      return stop(
          Error(ErrorCode::kCancelled, "upload of " + request.file.string() + " cancelled"));
    }
  }
  if (streamOpen) writer->WritesDone();
  const grpc::Status status = writer->Finish();
  if (!status.ok()) return mapped(status);
  return response;
}

}  // namespace audientia::client::detail
