#pragma once

// Every interface of ApiService (session, hearings, admin, account) over one logged-in
// audientia::client::ApiClient (synchronous gRPC + TLS), each call through the client interface
// it needs (IdentityApi, OfficesApi, HearingsApi). Calls run one at a time, in order, on a worker
// thread of a private thread pool (QtConcurrent::run), so that no network round trip ever blocks
// the UI thread; results are posted back to the caller's thread.

#include <QObject>
#include <QThreadPool>
#include <memory>

#include "audientia/client/api_client.h"
#include "services/api_service.h"

namespace audientia::gui {

class ApiClientService final : public ApiService {
 public:
  ApiClientService();
  // Waits for the call in progress (if any) to finish; pending results are dropped.
  ~ApiClientService() override;
  ApiClientService(const ApiClientService&) = delete;
  ApiClientService& operator=(const ApiClientService&) = delete;

  // SessionApiService
  void login(const LoginParams& params, QObject* context, Done<SessionInfo> done) override;
  void logout(QObject* context, Done<void> done) override;
  void sessionClient(QObject* context, Done<std::shared_ptr<client::ApiClient>> done) override;

  // HearingsApiService
  void listHearings(const std::string& officeId, QObject* context,
                    Done<std::vector<v1::Hearing>> done) override;
  void getHearing(const std::string& hearingId, QObject* context,
                  Done<v1::GetHearingResponse> done) override;
  void createHearing(const v1::CreateHearingRequest& request, QObject* context,
                     Done<v1::Hearing> done) override;

  // AdminApiService
  void listOffices(QObject* context, Done<std::vector<v1::Office>> done) override;
  void createOffice(const std::string& name, const std::string& parentId, QObject* context,
                    Done<v1::Office> done) override;
  void renameOffice(const std::string& officeId, const std::string& name, QObject* context,
                    Done<v1::Office> done) override;
  void moveOffice(const std::string& officeId, const std::string& newParentId, QObject* context,
                  Done<v1::Office> done) override;
  void setOfficeActive(const std::string& officeId, bool active, QObject* context,
                       Done<v1::Office> done) override;
  void listUsers(const std::string& officeId, QObject* context,
                 Done<std::vector<v1::User>> done) override;
  void createUser(const v1::CreateUserRequest& request, QObject* context,
                  Done<v1::User> done) override;
  void setUserDisabled(const std::string& username, bool disabled, QObject* context,
                       Done<v1::User> done) override;
  void resetPassword(const std::string& username, const std::string& newPassword, QObject* context,
                     Done<v1::User> done) override;
  void changeRole(const std::string& username, v1::Role role, QObject* context,
                  Done<v1::User> done) override;

  // AccountApiService
  void changeOwnPassword(const std::string& currentPassword, const std::string& newPassword,
                         QObject* context, Done<void> done) override;

  // AnnotationsApiService
  void search(const v1::SearchRequest& request, QObject* context,
              Done<v1::SearchResponse> done) override;
  void listAnnotations(const std::string& hearingId, QObject* context,
                       Done<std::vector<v1::Annotation>> done) override;
  void addAnnotation(const v1::AddAnnotationRequest& request, QObject* context,
                     Done<v1::Annotation> done) override;
  void editAnnotation(const v1::EditAnnotationRequest& request, QObject* context,
                      Done<v1::Annotation> done) override;
  void deleteAnnotation(const v1::DeleteAnnotationRequest& request, QObject* context,
                        Done<v1::Annotation> done) override;
  void annotationHistory(const std::string& annotationId, QObject* context,
                         Done<v1::GetAnnotationHistoryResponse> done) override;

  // AuditApiService
  void listAuditEvents(const v1::ListAuditEventsRequest& request, QObject* context,
                       Done<v1::ListAuditEventsResponse> done) override;
  void verifyAuditChain(QObject* context, Done<v1::VerifyAuditChainResponse> done) override;

  // KeepingApiService
  void listJobs(v1::JobState state, int limit, QObject* context,
                Done<std::vector<v1::Job>> done) override;
  void retryJob(std::int64_t jobId, QObject* context, Done<v1::Job> done) override;
  void listAlerts(bool includeAcknowledged, QObject* context,
                  Done<std::vector<v1::Alert>> done) override;
  void acknowledgeAlert(std::int64_t alertId, QObject* context, Done<v1::Alert> done) override;
  void runFixity(QObject* context, Done<v1::Job> done) override;
  void listRetentionPolicies(QObject* context,
                             Done<std::vector<v1::RetentionPolicy>> done) override;
  void setRetentionPolicy(const v1::SetRetentionPolicyRequest& request, QObject* context,
                          Done<v1::RetentionPolicy> done) override;
  void deleteRetentionPolicy(const std::string& policyId, QObject* context,
                             Done<void> done) override;
  void listLegalHolds(bool includeReleased, QObject* context,
                      Done<std::vector<v1::LegalHold>> done) override;
  void placeLegalHold(const std::string& hearingId, const std::string& reason, QObject* context,
                      Done<v1::LegalHold> done) override;
  void releaseLegalHold(const std::string& hearingId, const std::string& reason, QObject* context,
                        Done<v1::LegalHold> done) override;
  void getFixityStatus(int runs, QObject* context, Done<v1::GetFixityStatusResponse> done) override;

 private:
  // Runs work() on the worker thread and done(result) on context's thread.
  template <class T, class Work>
  void post(QObject* context, Work work, Done<T> done);
  // post() for a call that needs the logged-in client: call(client) on the worker thread.
  template <class T, class Call>
  void postLoggedIn(QObject* context, Call call, Done<T> done);

  // The logged-in client; read and written only on the worker thread (calls are serialized).
  std::shared_ptr<client::ApiClient> client_;
  QThreadPool pool_;
  // Lives on the constructing (UI) thread; results are delivered through it.
  QObject receiver_;
};

}  // namespace audientia::gui
