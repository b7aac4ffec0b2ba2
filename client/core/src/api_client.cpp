#include "audientia/client/api_client.h"

#include <grpcpp/grpcpp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <chrono>
#include <fstream>
#include <mutex>
#include <sstream>

#include "audientia/base/posix_file.h"
#include "audientia/base/sha256.h"
#include "grpc_api_client.h"

namespace audientia::client {

namespace fs = std::filesystem;

namespace {

// Reads the CA file and checks that it holds at least one PEM certificate, so that a wrong path
// or a wrong file gets a clear answer here instead of a TLS handshake failure later.
Expected<std::string> readCaFile(const fs::path& caFile) {
  if (caFile.empty()) {
    return Error(ErrorCode::kInvalidArgument,
                 "no CA file given: the client needs the PEM file of the CA that signed the "
                 "server certificate (the server writes it to DATA_DIR/tls/ca.pem)");
  }
  std::error_code error;
  if (!fs::exists(caFile, error)) {
    return Error(ErrorCode::kNotFound, "CA file " + caFile.string() + " does not exist");
  }
  std::ifstream in(caFile, std::ios::binary);
  if (!in) {
    return Error(ErrorCode::kPermissionDenied,
                 "cannot read CA file " + caFile.string() + ": " + posix::errnoText(errno));
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string pem = text.str();

  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
  X509* cert = bio == nullptr ? nullptr : PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
  const bool valid = cert != nullptr;
  X509_free(cert);
  BIO_free(bio);
  if (!valid) {
    return Error(ErrorCode::kInvalidArgument,
                 "CA file " + caFile.string() + " does not contain a PEM certificate");
  }
  return pem;
}

// Reads a PEM file (client certificate or key) whole.
Expected<std::string> readPemFile(const fs::path& file, const std::string& what) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return Error(ErrorCode::kNotFound,
                 "cannot read " + what + " file " + file.string() + ": " + posix::errnoText(errno));
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string pem = text.str();
  if (pem.find("-----BEGIN ") == std::string::npos) {
    return Error(ErrorCode::kInvalidArgument,
                 what + " file " + file.string() + " is not a PEM file");
  }
  return pem;
}

}  // namespace

namespace detail {

Expected<v1::Recording> GrpcApiClient::uploadRecording(const std::string& hearingId,
                                                       const fs::path& file,
                                                       const ProgressCallback& progress) {
  return retryWhileShed([&] { return uploadRecordingOnce(hearingId, file, progress); });
}

Expected<v1::Recording> GrpcApiClient::uploadRecordingOnce(const std::string& hearingId,
                                                           const fs::path& file,
                                                           const ProgressCallback& progress) {
  std::error_code error;
  if (!fs::is_regular_file(file, error)) {
    return Error(ErrorCode::kNotFound, file.string() + " is not a readable regular file");
  }
  const auto size = fs::file_size(file, error);
  if (error) {
    return Error(ErrorCode::kNotFound, "cannot stat " + file.string() + ": " + error.message());
  }
  AUDIENTIA_TRY(const Sha256Digest digest, Sha256::ofFile(file));
  const std::string sha256 = toHex(digest);

  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return Error(ErrorCode::kNotFound,
                 "cannot open " + file.string() + ": " + posix::errnoText(errno));
  }

  grpc::ClientContext context;
  prepare(context, Auth::kBearer, Deadline::kNone);
  v1::UploadRecordingResponse response;
  auto writer = recordings_->UploadRecording(&context, &response);

  v1::UploadRecordingRequest message;
  auto* header = message.mutable_header();
  header->set_hearing_id(hearingId);
  header->set_file_name(file.filename().string());
  header->set_size_bytes(static_cast<std::int64_t>(size));
  header->set_sha256(sha256);
  bool streamOpen = writer->Write(message);

  if (progress && !progress(0, size)) {
    context.TryCancel();
    (void)writer->Finish();
    return Error(ErrorCode::kCancelled, "upload of " + file.string() + " cancelled");
  }

  // The file is hashed again while it is sent: if it changed after the first pass, the upload is
  // abandoned here rather than stored under a digest that does not describe what was sent.
  Sha256 sentHash;
  std::uint64_t sent = 0;
  std::string buffer(kUploadChunkBytes, '\0');
  while (streamOpen && in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    message.Clear();
    auto* chunk = message.mutable_chunk();
    chunk->set_offset(static_cast<std::int64_t>(sent));
    chunk->set_data(buffer.data(), got);
    sentHash.update(std::string_view(buffer.data(), got));
    sent += got;
    streamOpen = writer->Write(message);
    if (streamOpen && progress && !progress(sent, size)) {
      context.TryCancel();
      (void)writer->Finish();
      return Error(ErrorCode::kCancelled, "upload of " + file.string() + " cancelled");
    }
  }
  if (streamOpen) {
    if (in.bad()) {
      context.TryCancel();
      (void)writer->Finish();
      return Error(ErrorCode::kDataLoss, "error reading " + file.string() + " while uploading");
    }
    if (sent != size || toHex(sentHash.finish()) != sha256) {
      context.TryCancel();
      (void)writer->Finish();
      return Error(ErrorCode::kAborted,
                   file.string() + " changed while it was being uploaded; nothing was stored");
    }
    writer->WritesDone();
  }
  const grpc::Status status = writer->Finish();
  if (!status.ok()) return mapped(status);
  if (!streamOpen) {
    return Error(ErrorCode::kUnknown,
                 "the server closed the upload of " + file.string() + " early without an error");
  }
  return std::move(*response.mutable_recording());
}

Status GrpcApiClient::downloadRecording(const std::string& recordingId, const fs::path& out,
                                        std::int64_t offset, std::int64_t length,
                                        const ProgressCallback& progress) {
  DownloadRequest request;
  request.recordingId = recordingId;
  request.offset = offset;
  request.length = length;
  return downloadRecordingFile(request, out, progress);
}

}  // namespace detail

Expected<std::unique_ptr<ApiClient>> ApiClient::create(const ConnectionOptions& options) {
  if (options.server.empty()) {
    return Error(ErrorCode::kInvalidArgument, "no server address given (expected HOST:PORT)");
  }
  auto pem = readCaFile(options.caFile);
  if (!pem) return std::move(pem).error();
  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = std::move(*pem);
  if (options.clientCertFile.empty() != options.clientKeyFile.empty()) {
    return Error(ErrorCode::kInvalidArgument,
                 "a client certificate needs both a certificate file and a key file");
  }
  if (!options.clientCertFile.empty()) {
    auto cert = readPemFile(options.clientCertFile, "client certificate");
    if (!cert) return std::move(cert).error();
    auto key = readPemFile(options.clientKeyFile, "client key");
    if (!key) return std::move(key).error();
    ssl.pem_cert_chain = std::move(*cert);
    ssl.pem_private_key = std::move(*key);
  }
  grpc::ChannelArguments arguments;
  arguments.SetMaxReceiveMessageSize(detail::kMaxReceiveBytes);
  arguments.SetMaxSendMessageSize(detail::kMaxReceiveBytes);
  // Each ApiClient has a connection of its own rather than one shared by every channel to the
  // same address in the process: a client's uploads do not queue behind another's, and a
  // closed client closes its connection.
  arguments.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  auto channel = grpc::CreateCustomChannel(options.server, grpc::SslCredentials(ssl), arguments);
  if (!channel) {
    return Error(ErrorCode::kInternal, "cannot create a channel to " + options.server);
  }
  return std::unique_ptr<ApiClient>(
      std::make_unique<detail::GrpcApiClient>(options.server, channel, options.token));
}

}  // namespace audientia::client
