#pragma once

// A synchronous client for the Audientia API over TLS, shared by audientiactl and the desktop
// client (which calls it off the UI thread). Errors carry the server's status code and message.
//
// Threads: every RPC method may be called concurrently from several threads on one instance (the
// gRPC stubs are thread-safe and the token is read under a lock). setToken() may race with RPCs;
// token() returns a reference and must not race with setToken().
// Deadlines: unary calls 30 s; streams have none and are cancelled through the progress callback.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/v1/audit.pb.h"
#include "audientia/v1/auth.pb.h"
#include "audientia/v1/hearings.pb.h"
#include "audientia/v1/maintenance.pb.h"
#include "audientia/v1/offices.pb.h"
#include "audientia/v1/recordings.pb.h"
#include "audientia/v1/retention.pb.h"
#include "audientia/v1/users.pb.h"

namespace audientia::client {

struct ConnectionOptions {
  std::string server = "localhost:7443";  // HOST:PORT
  std::filesystem::path caFile;           // PEM of the CA that signed the server certificate
  std::string token;                      // session token, empty before login
  // Mutual TLS (servers started with --require-client-cert): PEM certificate and key issued
  // by the server's CA. Both or neither.
  std::filesystem::path clientCertFile;
  std::filesystem::path clientKeyFile;
};

// Called with bytes done and bytes in all; return false to cancel.
using ProgressCallback = std::function<bool(std::uint64_t done, std::uint64_t total)>;

// One file of a recording to download: role UNSPECIFIED is the master when there is one, else
// the original; sequence names a segment or thumbnail. length 0: to the end.
struct DownloadRequest {
  std::string recordingId;
  v1::FileRole role = v1::FILE_ROLE_UNSPECIFIED;
  int sequence = 0;
  std::int64_t offset = 0;
  std::int64_t length = 0;
};

// WriteUpload of bytes [offset, end) of a local file.
struct WriteUploadRequest {
  std::string uploadId;
  std::filesystem::path file;
  std::int64_t offset = 0;
  std::int64_t end = 0;
  std::size_t chunkBytes = 1 << 20;  // per message, at most 4 MiB
};

class ApiClient {
 public:
  // Reads the CA file and creates the TLS channel (no network round trip yet).
  static Expected<std::unique_ptr<ApiClient>> create(const ConnectionOptions& options);
  virtual ~ApiClient() = default;

  virtual void setToken(std::string token) = 0;
  virtual const std::string& token() const = 0;

  virtual Expected<v1::LoginResponse> login(const std::string& username,
                                            const std::string& password) = 0;
  virtual Status logout() = 0;
  virtual Expected<v1::WhoAmIResponse> whoAmI() = 0;

  virtual Expected<v1::Office> createOffice(const std::string& name,
                                            const std::string& parentId) = 0;
  // Every page.
  virtual Expected<std::vector<v1::Office>> listOffices() = 0;

  virtual Expected<v1::Office> renameOffice(const std::string& officeId,
                                            const std::string& name) = 0;
  virtual Expected<v1::Office> moveOffice(const std::string& officeId,
                                          const std::string& newParentId) = 0;
  virtual Expected<v1::Office> setOfficeActive(const std::string& officeId, bool active) = 0;

  virtual Expected<v1::User> createUser(const v1::CreateUserRequest& request) = 0;
  // Every page; officeId empty: every office the caller administers.
  virtual Expected<std::vector<v1::User>> listUsers(const std::string& officeId) = 0;
  virtual Expected<v1::User> setUserDisabled(const std::string& username, bool disabled) = 0;
  virtual Expected<v1::User> resetPassword(const std::string& username,
                                           const std::string& newPassword) = 0;
  virtual Expected<v1::User> changeRole(const std::string& username, v1::Role role) = 0;
  virtual Status changeOwnPassword(const std::string& currentPassword,
                                   const std::string& newPassword) = 0;

  // One page of audit events.
  virtual Expected<v1::ListAuditEventsResponse> listAuditEvents(
      const v1::ListAuditEventsRequest& request) = 0;
  virtual Expected<v1::VerifyAuditChainResponse> verifyAuditChain() = 0;

  virtual Expected<v1::Hearing> createHearing(const v1::CreateHearingRequest& request) = 0;
  // Every page; officeId empty: the caller's own office.
  virtual Expected<std::vector<v1::Hearing>> listHearings(const std::string& officeId) = 0;
  virtual Expected<v1::GetHearingResponse> getHearing(const std::string& hearingId) = 0;

  // Hashes the file, then streams it in chunks.
  virtual Expected<v1::Recording> uploadRecording(const std::string& hearingId,
                                                  const std::filesystem::path& file,
                                                  const ProgressCallback& progress) = 0;
  virtual Expected<v1::Recording> getRecording(const std::string& recordingId) = 0;
  // Writes [offset, offset+length) (length 0: to the end) to out, replacing it atomically.
  virtual Status downloadRecording(const std::string& recordingId, const std::filesystem::path& out,
                                   std::int64_t offset, std::int64_t length,
                                   const ProgressCallback& progress) = 0;
  // Any file of a recording (see DownloadRequest), written to out atomically; a whole file is
  // checked against the SHA-256 the recording lists for it.
  virtual Status downloadRecordingFile(const DownloadRequest& request,
                                       const std::filesystem::path& out,
                                       const ProgressCallback& progress) = 0;

  // Resumable uploads (see recordings.proto). writeUpload streams the byte range in chunks with
  // their offsets and returns the server's status at the end of the stream; progress gets the
  // bytes of the range sent so far and the range's length, and cancels when it returns false.
  virtual Expected<v1::UploadStatus> createUpload(const v1::CreateUploadRequest& request) = 0;
  virtual Expected<v1::UploadStatus> writeUpload(const WriteUploadRequest& request,
                                                 const ProgressCallback& progress) = 0;
  virtual Expected<v1::UploadStatus> getUploadStatus(const std::string& uploadId) = 0;
  virtual Expected<v1::CompleteUploadResponse> completeUpload(const std::string& uploadId) = 0;
  virtual Expected<v1::UploadStatus> abortUpload(const std::string& uploadId) = 0;
  virtual Expected<v1::Recording> completeRecording(const std::string& recordingId,
                                                    const std::string& manifestJson) = 0;

  // Maintenance (admins; auditors read fixity and alerts).
  virtual Expected<v1::Job> runFixity() = 0;
  virtual Expected<v1::GetFixityStatusResponse> getFixityStatus(int runs) = 0;
  virtual Expected<std::vector<v1::Alert>> listAlerts(bool includeAcknowledged) = 0;
  virtual Expected<v1::Alert> acknowledgeAlert(std::int64_t alertId) = 0;
  virtual Expected<std::vector<v1::Job>> listJobs(v1::JobState state, int limit) = 0;
  virtual Expected<v1::Job> retryJob(std::int64_t jobId) = 0;

  // Retention and legal holds.
  virtual Expected<v1::RetentionPolicy> setRetentionPolicy(
      const v1::SetRetentionPolicyRequest& request) = 0;
  virtual Expected<std::vector<v1::RetentionPolicy>> listRetentionPolicies() = 0;
  virtual Status deleteRetentionPolicy(const std::string& policyId) = 0;
  virtual Expected<v1::LegalHold> placeLegalHold(const std::string& hearingId,
                                                 const std::string& reason) = 0;
  virtual Expected<v1::LegalHold> releaseLegalHold(const std::string& hearingId,
                                                   const std::string& reason) = 0;
  virtual Expected<std::vector<v1::LegalHold>> listLegalHolds(const std::string& hearingId,
                                                              bool includeReleased) = 0;
  virtual Expected<v1::RunRetentionResponse> runRetention() = 0;
};

}  // namespace audientia::client
