#pragma once

// The gRPC implementation of ApiClient: every one of its interfaces on one channel. The unary
// calls of identity, offices, hearings, audit and GetRecording are here; api_client.cpp holds
// the one-call upload, the download and create(), api_client_uploads.cpp the resumable uploads
// and the files of a recording, api_client_maintenance.cpp KeepingApi (maintenance, retention),
// api_client_annotations.cpp AnnotationsApi (annotations, search), api_client_export.cpp
// ExportApi.

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "audientia/client/api_client.h"
#include "audientia/client/grpc_status.h"
#include "audientia/v1/annotations.grpc.pb.h"
#include "audientia/v1/audit.grpc.pb.h"
#include "audientia/v1/auth.grpc.pb.h"
#include "audientia/v1/export.grpc.pb.h"
#include "audientia/v1/hearings.grpc.pb.h"
#include "audientia/v1/maintenance.grpc.pb.h"
#include "audientia/v1/offices.grpc.pb.h"
#include "audientia/v1/recordings.grpc.pb.h"
#include "audientia/v1/retention.grpc.pb.h"
#include "audientia/v1/search.grpc.pb.h"
#include "audientia/v1/users.grpc.pb.h"

namespace audientia::client::detail {

namespace fs = std::filesystem;

inline constexpr auto kUnaryDeadline = std::chrono::seconds(30);
inline constexpr auto kLoginRetryFor = std::chrono::seconds(120);

// Up to half of `pause`, so that refused clients do not come back in step.
inline std::chrono::milliseconds jitter(std::chrono::milliseconds pause) {
  static thread_local std::minstd_rand random(std::random_device{}());
  return std::chrono::milliseconds(random() % static_cast<unsigned>(pause.count() / 2 + 1));
}
inline constexpr std::size_t kUploadChunkBytes = 1 << 20;
inline constexpr std::size_t kMaxChunkBytes = 4 << 20;
inline constexpr int kMaxReceiveBytes = 8 << 20;

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
        maintenance_(v1::MaintenanceService::NewStub(channel)),
        retention_(v1::RetentionService::NewStub(channel)),
        annotations_(v1::AnnotationService::NewStub(channel)),
        search_(v1::SearchService::NewStub(channel)),
        export_(v1::ExportService::NewStub(channel)),
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
    // A server busy checking other passwords (a morning's sign-ins) says RESOURCE_EXHAUSTED
    // and to try again: the login waits its turn rather than failing.
    const auto giveUp = std::chrono::steady_clock::now() + kLoginRetryFor;
    auto pause = std::chrono::milliseconds(250);
    int unreachableTries = 0;
    while (true) {
      auto response = unary<v1::LoginResponse>(request, Auth::kNone,
                                               [this](auto* context, const auto& req, auto* resp) {
                                                 return auth_->Login(context, req, resp);
                                               });
      // A connection that failed while hundreds of workstations connect at once is tried again
      // twice, after the channel's reconnect backoff (1 s, then 1.6 s); a server that is really
      // down is reported after about 3.5 s.
      const bool busy = !response && response.error().code() == ErrorCode::kResourceExhausted;
      const bool unreachable = !response && response.error().code() == ErrorCode::kUnavailable &&
                               ++unreachableTries <= 2;
      if (response || (!busy && !unreachable) ||
          std::chrono::steady_clock::now() + pause > giveUp) {
        return response;
      }
      if (unreachable) {
        std::this_thread::sleep_for(std::chrono::milliseconds(unreachableTries == 1 ? 1000 : 2500));
        continue;
      }
      std::this_thread::sleep_for(pause + jitter(pause));
      pause = std::min(pause * 2, std::chrono::milliseconds(2000));
    }
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
  // One attempt; uploadRecording() repeats it while the server sheds the call.
  Expected<v1::Recording> uploadRecordingOnce(const std::string& hearingId, const fs::path& file,
                                              const ProgressCallback& progress);
  Status downloadRecording(const std::string& recordingId, const fs::path& out, std::int64_t offset,
                           std::int64_t length, const ProgressCallback& progress) override;
  Status downloadRecordingFile(const DownloadRequest& request, const fs::path& out,
                               const ProgressCallback& progress) override;
  Status readRecordingFile(const DownloadRequest& request,
                           const std::function<bool(std::string_view chunk)>& sink) override;

  Expected<v1::UploadStatus> createUpload(const v1::CreateUploadRequest& request) override;
  Expected<v1::UploadStatus> writeUpload(const WriteUploadRequest& request,
                                         const ProgressCallback& progress) override;
  Expected<v1::UploadStatus> getUploadStatus(const std::string& uploadId) override;
  Expected<v1::CompleteUploadResponse> completeUpload(const std::string& uploadId,
                                                      const std::string& sha256) override;
  Expected<v1::UploadStatus> abortUpload(const std::string& uploadId) override;
  Expected<v1::Recording> completeRecording(const std::string& recordingId,
                                            const std::string& manifestJson) override;

  Expected<v1::Job> runFixity() override;
  Expected<v1::GetFixityStatusResponse> getFixityStatus(int runs) override;
  Expected<std::vector<v1::Alert>> listAlerts(bool includeAcknowledged) override;
  Expected<v1::Alert> acknowledgeAlert(std::int64_t alertId) override;
  Expected<std::vector<v1::Job>> listJobs(v1::JobState state, int limit) override;
  Expected<v1::Job> retryJob(std::int64_t jobId) override;

  Expected<v1::RetentionPolicy> setRetentionPolicy(
      const v1::SetRetentionPolicyRequest& request) override;
  Expected<std::vector<v1::RetentionPolicy>> listRetentionPolicies() override;
  Status deleteRetentionPolicy(const std::string& policyId) override;
  Expected<v1::LegalHold> placeLegalHold(const std::string& hearingId,
                                         const std::string& reason) override;
  Expected<v1::LegalHold> releaseLegalHold(const std::string& hearingId,
                                           const std::string& reason) override;
  Expected<std::vector<v1::LegalHold>> listLegalHolds(const std::string& hearingId,
                                                      bool includeReleased) override;
  Expected<v1::RunRetentionResponse> runRetention() override;

  Expected<v1::Annotation> addAnnotation(const v1::AddAnnotationRequest& request) override;
  Expected<v1::Annotation> editAnnotation(const v1::EditAnnotationRequest& request) override;
  Expected<v1::Annotation> deleteAnnotation(const v1::DeleteAnnotationRequest& request) override;
  Expected<std::vector<v1::Annotation>> listAnnotations(const std::string& hearingId,
                                                        const std::string& recordingId) override;
  Expected<v1::GetAnnotationHistoryResponse> annotationHistory(
      const std::string& annotationId) override;
  Expected<v1::SearchResponse> search(const v1::SearchRequest& request) override;

  // ExportApi (api_client_export.cpp).
  Expected<v1::ClipInfo> exportClip(const ClipExportRequest& request, const fs::path& out,
                                    const ProgressCallback& progress) override;
  Expected<v1::ReportInfo> hearingReport(const ReportRequest& request, const fs::path& out,
                                         const ProgressCallback& progress) override;
  Expected<v1::PackageInfo> exportPackage(const PackageExportRequest& request, const fs::path& out,
                                          const ProgressCallback& progress) override;

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
    return retryWhileShed([&]() -> Expected<Response> {
      grpc::ClientContext context;
      prepare(context, auth, Deadline::kUnary);
      Response response;
      const grpc::Status status = method(&context, request, &response);
      if (!status.ok()) return errorFromGrpcStatus(status, server_);
      return response;
    });
  }

  Error mapped(const grpc::Status& status) const { return errorFromGrpcStatus(status, server_); }

  // One DownloadRecording stream: each chunk in order, with the whole file's size; the sink
  // returns false to stop (CANCELLED). label names the file in errors.
  Status streamRecordingFile(
      const DownloadRequest& request, const std::string& label,
      const std::function<bool(std::string_view chunk, std::int64_t fileSize)>& sink);

  std::string server_;
  std::unique_ptr<v1::AuthService::Stub> auth_;
  std::unique_ptr<v1::OfficeService::Stub> offices_;
  std::unique_ptr<v1::HearingService::Stub> hearings_;
  std::unique_ptr<v1::RecordingService::Stub> recordings_;
  std::unique_ptr<v1::UserService::Stub> users_;
  std::unique_ptr<v1::AuditService::Stub> audit_;
  std::unique_ptr<v1::MaintenanceService::Stub> maintenance_;
  std::unique_ptr<v1::RetentionService::Stub> retention_;
  std::unique_ptr<v1::AnnotationService::Stub> annotations_;
  std::unique_ptr<v1::SearchService::Stub> search_;
  std::unique_ptr<v1::ExportService::Stub> export_;
  mutable std::mutex tokenMutex_;
  std::string token_;
};

}  // namespace audientia::client::detail
