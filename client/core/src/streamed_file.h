#pragma once

// One file the server streams as its info (size_bytes, sha256) then its bytes, received into a
// PartialFile that is named only once every announced byte arrived and the SHA-256 matched:
// exported clips and hearing reports. Private to client/core.

#include <grpcpp/grpcpp.h>

#include <optional>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/client/grpc_status.h"
#include "audientia/client/progress_callback.h"
#include "partial_file.h"

namespace audientia::client::detail {

// Reads every message of `reader` (Response: has_info(), info(), data()) into `file`; `label`
// names the file in messages ("the clip of recording ..."); server names the server in errors.
template <class Info, class Response>
Expected<Info> receiveStreamedFile(grpc::ClientContext& context,
                                   grpc::ClientReaderInterface<Response>& reader, PartialFile& file,
                                   const std::string& label, const std::string& server,
                                   const ProgressCallback& progress) {
  std::optional<Info> info;
  std::optional<Error> failure;
  Response response;
  while (!failure && reader.Read(&response)) {
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
    (void)reader.Finish();
    return *failure;
  }
  const grpc::Status status = reader.Finish();
  if (!status.ok()) return errorFromGrpcStatus(status, server);
  if (!info) {
    return Error(ErrorCode::kDataLoss, "the server ended the export of " + label + " without it");
  }
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
