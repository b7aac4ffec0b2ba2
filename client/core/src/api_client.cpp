#include "audientia/client/api_client.h"

#include <grpcpp/grpcpp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <chrono>
#include <fstream>
#include <mutex>
#include <sstream>

#include "audientia/base/sha256.h"
#include "audientia/client/grpc_status.h"
#include "audientia/v1/audit.grpc.pb.h"
#include "audientia/v1/auth.grpc.pb.h"
#include "audientia/v1/hearings.grpc.pb.h"
#include "audientia/v1/offices.grpc.pb.h"
#include "audientia/v1/recordings.grpc.pb.h"
#include "audientia/v1/users.grpc.pb.h"
#include "file_io.h"

namespace audientia::client {

namespace fs = std::filesystem;

namespace {

constexpr auto kUnaryDeadline = std::chrono::seconds(30);
constexpr std::size_t kUploadChunkBytes = 1 << 20;
constexpr int kMaxReceiveBytes = 8 << 20;

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
                 "cannot read CA file " + caFile.string() + ": " + detail::errnoText(errno));
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
    return Error(ErrorCode::kNotFound, "cannot read " + what + " file " + file.string() + ": " +
                                           detail::errnoText(errno));
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

class GrpcApiClient final : public ApiClient {
 public:
  GrpcApiClient(std::string server, const std::shared_ptr<grpc::Channel>& channel,
                std::string token)
      : server_(std::move(server)),
        auth_(v1::AuthService::NewStub(channel)),
        offices_(v1::OfficeService::NewStub(channel)),
        hearings_(v1::HearingService::NewStub(channel)),
        recordings_(v1::RecordingService::NewStub(channel)),
        users_(v1::UserService::NewStub(channel)),
        audit_(v1::AuditService::NewStub(channel)),
        token_(std::move(token)) {}

  void setToken(std::string token) override {
    std::lock_guard lock(tokenMutex_);
    token_ = std::move(token);
  }
  const std::string& token() const override { return token_; }

  Expected<v1::LoginResponse> login(const std::string& username,
                                    const std::string& password) override {
    v1::LoginRequest request;
    request.set_username(username);
    request.set_password(password);
    return unary<v1::LoginResponse>(request, Auth::kNone,
                                    [this](auto* context, const auto& req, auto* resp) {
                                      return auth_->Login(context, req, resp);
                                    });
  }

  Status logout() override {
    auto response = unary<v1::LogoutResponse>(v1::LogoutRequest(), Auth::kBearer,
                                              [this](auto* context, const auto& req, auto* resp) {
                                                return auth_->Logout(context, req, resp);
                                              });
    if (!response) return std::move(response).error();
    return ok();
  }

  Expected<v1::WhoAmIResponse> whoAmI() override {
    return unary<v1::WhoAmIResponse>(v1::WhoAmIRequest(), Auth::kBearer,
                                     [this](auto* context, const auto& req, auto* resp) {
                                       return auth_->WhoAmI(context, req, resp);
                                     });
  }

  Expected<v1::Office> createOffice(const std::string& name, const std::string& parentId) override {
    v1::CreateOfficeRequest request;
    request.set_name(name);
    request.set_parent_id(parentId);
    AUDIENTIA_TRY(auto response,
                  unary<v1::CreateOfficeResponse>(
                      request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                        return offices_->CreateOffice(context, req, resp);
                      }));
    return std::move(*response.mutable_office());
  }

  Expected<std::vector<v1::Office>> listOffices() override {
    std::vector<v1::Office> offices;
    v1::ListOfficesRequest request;
    request.set_page_size(1000);
    do {
      AUDIENTIA_TRY(auto page,
                    unary<v1::ListOfficesResponse>(
                        request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                          return offices_->ListOffices(context, req, resp);
                        }));
      for (auto& office : *page.mutable_offices()) offices.push_back(std::move(office));
      request.set_page_token(page.next_page_token());
    } while (!request.page_token().empty());
    return offices;
  }

  Expected<v1::Office> renameOffice(const std::string& officeId, const std::string& name) override {
    v1::RenameOfficeRequest request;
    request.set_office_id(officeId);
    request.set_name(name);
    AUDIENTIA_TRY(auto response,
                  unary<v1::RenameOfficeResponse>(
                      request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                        return offices_->RenameOffice(context, req, resp);
                      }));
    return std::move(*response.mutable_office());
  }

  Expected<v1::Office> moveOffice(const std::string& officeId,
                                  const std::string& newParentId) override {
    v1::MoveOfficeRequest request;
    request.set_office_id(officeId);
    request.set_new_parent_id(newParentId);
    AUDIENTIA_TRY(auto response,
                  unary<v1::MoveOfficeResponse>(request, Auth::kBearer,
                                                [this](auto* context, const auto& req, auto* resp) {
                                                  return offices_->MoveOffice(context, req, resp);
                                                }));
    return std::move(*response.mutable_office());
  }

  Expected<v1::Office> setOfficeActive(const std::string& officeId, bool active) override {
    if (active) {
      v1::ReactivateOfficeRequest request;
      request.set_office_id(officeId);
      AUDIENTIA_TRY(auto response,
                    unary<v1::ReactivateOfficeResponse>(
                        request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                          return offices_->ReactivateOffice(context, req, resp);
                        }));
      return std::move(*response.mutable_office());
    }
    v1::DeactivateOfficeRequest request;
    request.set_office_id(officeId);
    AUDIENTIA_TRY(auto response,
                  unary<v1::DeactivateOfficeResponse>(
                      request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                        return offices_->DeactivateOffice(context, req, resp);
                      }));
    return std::move(*response.mutable_office());
  }

  Expected<v1::User> createUser(const v1::CreateUserRequest& request) override {
    AUDIENTIA_TRY(auto response,
                  unary<v1::CreateUserResponse>(request, Auth::kBearer,
                                                [this](auto* context, const auto& req, auto* resp) {
                                                  return users_->CreateUser(context, req, resp);
                                                }));
    return std::move(*response.mutable_user());
  }

  Expected<std::vector<v1::User>> listUsers(const std::string& officeId) override {
    std::vector<v1::User> users;
    v1::ListUsersRequest request;
    request.set_office_id(officeId);
    request.set_page_size(1000);
    do {
      AUDIENTIA_TRY(auto page,
                    unary<v1::ListUsersResponse>(
                        request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                          return users_->ListUsers(context, req, resp);
                        }));
      for (auto& user : *page.mutable_users()) users.push_back(std::move(user));
      request.set_page_token(page.next_page_token());
    } while (!request.page_token().empty());
    return users;
  }

  Expected<v1::User> setUserDisabled(const std::string& username, bool disabled) override {
    if (disabled) {
      v1::DisableUserRequest request;
      request.set_username(username);
      AUDIENTIA_TRY(auto response,
                    unary<v1::DisableUserResponse>(
                        request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                          return users_->DisableUser(context, req, resp);
                        }));
      return std::move(*response.mutable_user());
    }
    v1::EnableUserRequest request;
    request.set_username(username);
    AUDIENTIA_TRY(auto response,
                  unary<v1::EnableUserResponse>(request, Auth::kBearer,
                                                [this](auto* context, const auto& req, auto* resp) {
                                                  return users_->EnableUser(context, req, resp);
                                                }));
    return std::move(*response.mutable_user());
  }

  Expected<v1::User> resetPassword(const std::string& username,
                                   const std::string& newPassword) override {
    v1::ResetPasswordRequest request;
    request.set_username(username);
    request.set_new_password(newPassword);
    AUDIENTIA_TRY(auto response,
                  unary<v1::ResetPasswordResponse>(
                      request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                        return users_->ResetPassword(context, req, resp);
                      }));
    return std::move(*response.mutable_user());
  }

  Expected<v1::User> changeRole(const std::string& username, v1::Role role) override {
    v1::ChangeRoleRequest request;
    request.set_username(username);
    request.set_role(role);
    AUDIENTIA_TRY(auto response,
                  unary<v1::ChangeRoleResponse>(request, Auth::kBearer,
                                                [this](auto* context, const auto& req, auto* resp) {
                                                  return users_->ChangeRole(context, req, resp);
                                                }));
    return std::move(*response.mutable_user());
  }

  Status changeOwnPassword(const std::string& currentPassword,
                           const std::string& newPassword) override {
    v1::ChangeOwnPasswordRequest request;
    request.set_current_password(currentPassword);
    request.set_new_password(newPassword);
    auto response = unary<v1::ChangeOwnPasswordResponse>(
        request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
          return users_->ChangeOwnPassword(context, req, resp);
        });
    if (!response) return std::move(response).error();
    return ok();
  }

  Expected<v1::ListAuditEventsResponse> listAuditEvents(
      const v1::ListAuditEventsRequest& request) override {
    return unary<v1::ListAuditEventsResponse>(request, Auth::kBearer,
                                              [this](auto* context, const auto& req, auto* resp) {
                                                return audit_->ListAuditEvents(context, req, resp);
                                              });
  }

  Expected<v1::VerifyAuditChainResponse> verifyAuditChain() override {
    return unary<v1::VerifyAuditChainResponse>(v1::VerifyAuditChainRequest(), Auth::kBearer,
                                               [this](auto* context, const auto& req, auto* resp) {
                                                 return audit_->VerifyAuditChain(context, req,
                                                                                 resp);
                                               });
  }

  Expected<v1::Hearing> createHearing(const v1::CreateHearingRequest& request) override {
    AUDIENTIA_TRY(auto response,
                  unary<v1::CreateHearingResponse>(
                      request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                        return hearings_->CreateHearing(context, req, resp);
                      }));
    return std::move(*response.mutable_hearing());
  }

  Expected<std::vector<v1::Hearing>> listHearings(const std::string& officeId) override {
    std::vector<v1::Hearing> hearings;
    v1::ListHearingsRequest request;
    request.set_office_id(officeId);
    request.set_page_size(1000);
    do {
      AUDIENTIA_TRY(auto page,
                    unary<v1::ListHearingsResponse>(
                        request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                          return hearings_->ListHearings(context, req, resp);
                        }));
      for (auto& hearing : *page.mutable_hearings()) hearings.push_back(std::move(hearing));
      request.set_page_token(page.next_page_token());
    } while (!request.page_token().empty());
    return hearings;
  }

  Expected<v1::GetHearingResponse> getHearing(const std::string& hearingId) override {
    v1::GetHearingRequest request;
    request.set_hearing_id(hearingId);
    return unary<v1::GetHearingResponse>(request, Auth::kBearer,
                                         [this](auto* context, const auto& req, auto* resp) {
                                           return hearings_->GetHearing(context, req, resp);
                                         });
  }

  Expected<v1::Recording> getRecording(const std::string& recordingId) override {
    v1::GetRecordingRequest request;
    request.set_recording_id(recordingId);
    AUDIENTIA_TRY(auto response,
                  unary<v1::GetRecordingResponse>(
                      request, Auth::kBearer, [this](auto* context, const auto& req, auto* resp) {
                        return recordings_->GetRecording(context, req, resp);
                      }));
    return std::move(*response.mutable_recording());
  }

  Expected<v1::Recording> uploadRecording(const std::string& hearingId, const fs::path& file,
                                          const ProgressCallback& progress) override;
  Status downloadRecording(const std::string& recordingId, const fs::path& out, std::int64_t offset,
                           std::int64_t length, const ProgressCallback& progress) override;

 private:
  enum class Auth { kUnspecified, kNone, kBearer };
  enum class Deadline { kUnspecified, kUnary, kNone };

  void prepare(grpc::ClientContext& context, Auth auth, Deadline deadline) const {
    if (auth == Auth::kBearer) {
      std::lock_guard lock(tokenMutex_);
      context.AddMetadata("authorization", "Bearer " + token_);
    }
    if (deadline == Deadline::kUnary) {
      context.set_deadline(std::chrono::system_clock::now() + kUnaryDeadline);
    }
  }

  template <class Response, class Request, class Method>
  Expected<Response> unary(const Request& request, Auth auth, Method&& method) {
    grpc::ClientContext context;
    prepare(context, auth, Deadline::kUnary);
    Response response;
    const grpc::Status status = method(&context, request, &response);
    if (!status.ok()) return errorFromGrpcStatus(status, server_);
    return response;
  }

  Error mapped(const grpc::Status& status) const { return errorFromGrpcStatus(status, server_); }

  std::string server_;
  std::unique_ptr<v1::AuthService::Stub> auth_;
  std::unique_ptr<v1::OfficeService::Stub> offices_;
  std::unique_ptr<v1::HearingService::Stub> hearings_;
  std::unique_ptr<v1::RecordingService::Stub> recordings_;
  std::unique_ptr<v1::UserService::Stub> users_;
  std::unique_ptr<v1::AuditService::Stub> audit_;
  mutable std::mutex tokenMutex_;
  std::string token_;
};

Expected<v1::Recording> GrpcApiClient::uploadRecording(const std::string& hearingId,
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
                 "cannot open " + file.string() + ": " + detail::errnoText(errno));
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
  if (offset < 0 || length < 0) {
    return Error(ErrorCode::kInvalidArgument, "byte range offset and length must not be negative");
  }
  AUDIENTIA_TRY(const v1::Recording recording, getRecording(recordingId));
  const std::int64_t size = recording.size_bytes();
  if (offset > size || (offset == size && size > 0)) {
    return Error(ErrorCode::kOutOfRange, "range starts at byte " + std::to_string(offset) +
                                             " but recording " + recordingId + " has " +
                                             std::to_string(size) + " bytes");
  }
  const std::int64_t available = size - offset;
  const std::int64_t expected = length == 0 ? available : std::min(length, available);
  const bool wholeFile = offset == 0 && expected == size;

  const fs::path partial = out.string() + ".partial";
  AUDIENTIA_TRY(detail::FileDescriptor fd, detail::openForWriting(partial, 0644));
  struct PartialGuard {
    const fs::path& path;
    bool keep = false;
    ~PartialGuard() {
      std::error_code ignored;
      if (!keep) fs::remove(path, ignored);
    }
  } guard{partial};

  grpc::ClientContext context;
  prepare(context, Auth::kBearer, Deadline::kNone);
  v1::DownloadRecordingRequest request;
  request.set_recording_id(recordingId);
  request.set_offset(offset);
  request.set_length(length);
  auto reader = recordings_->DownloadRecording(&context, request);

  const auto total = static_cast<std::uint64_t>(expected);
  if (progress && !progress(0, total)) {
    context.TryCancel();
    (void)reader->Finish();
    return Error(ErrorCode::kCancelled, "download of recording " + recordingId + " cancelled");
  }
  Sha256 hash;
  std::int64_t written = 0;
  v1::DownloadRecordingResponse chunk;
  while (reader->Read(&chunk)) {
    if (chunk.offset() != offset + written || written + std::ssize(chunk.data()) > expected) {
      context.TryCancel();
      (void)reader->Finish();
      return Error(ErrorCode::kDataLoss,
                   "the server sent bytes at offset " + std::to_string(chunk.offset()) + " where " +
                       std::to_string(offset + written) + " was expected (recording " +
                       recordingId + "); the partial download was removed");
    }
    if (auto status = detail::writeAll(fd.get(), chunk.data(), partial); !status) {
      context.TryCancel();
      (void)reader->Finish();
      return status;
    }
    if (wholeFile) hash.update(chunk.data());
    written += std::ssize(chunk.data());
    if (progress && !progress(static_cast<std::uint64_t>(written), total)) {
      context.TryCancel();
      (void)reader->Finish();
      return Error(ErrorCode::kCancelled, "download of recording " + recordingId + " cancelled");
    }
  }
  const grpc::Status status = reader->Finish();
  if (!status.ok()) return mapped(status);
  if (written != expected) {
    return Error(ErrorCode::kDataLoss, "the server sent " + std::to_string(written) +
                                           " bytes of recording " + recordingId + " where " +
                                           std::to_string(expected) +
                                           " were expected; the partial download was removed");
  }
  if (wholeFile) {
    const std::string actual = toHex(hash.finish());
    if (actual != recording.sha256()) {
      return Error(ErrorCode::kDataLoss, "recording " + recordingId + " arrived with SHA-256 " +
                                             actual + " but the server recorded " +
                                             recording.sha256() +
                                             "; the partial download was removed");
    }
  }
  AUDIENTIA_TRY_STATUS(detail::syncFile(fd.get(), partial));
  AUDIENTIA_TRY_STATUS(fd.close(partial));
  AUDIENTIA_TRY_STATUS(detail::renameDurably(partial, out));
  guard.keep = true;
  return ok();
}

}  // namespace

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
  arguments.SetMaxReceiveMessageSize(kMaxReceiveBytes);
  arguments.SetMaxSendMessageSize(kMaxReceiveBytes);
  auto channel = grpc::CreateCustomChannel(options.server, grpc::SslCredentials(ssl), arguments);
  if (!channel) {
    return Error(ErrorCode::kInternal, "cannot create a channel to " + options.server);
  }
  return std::unique_ptr<ApiClient>(
      std::make_unique<GrpcApiClient>(options.server, channel, options.token));
}

}  // namespace audientia::client
