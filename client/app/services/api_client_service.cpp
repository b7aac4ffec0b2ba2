#include "services/api_client_service.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <utility>

namespace audientia::gui {
namespace {

Error notLoggedIn() {
  return {ErrorCode::kUnauthenticated, "not logged in: log in to the server first"};
}

}  // namespace

ApiClientService::ApiClientService() {
  pool_.setMaxThreadCount(1);
}

ApiClientService::~ApiClientService() {
  pool_.waitForDone();
}

template <class T, class Work>
void ApiClientService::post(QObject* context, Work work, Done<T> done) {
  QPointer<QObject> guard(context);
  auto task = [this, guard, work = std::move(work), done = std::move(done)]() mutable {
    // The thread edge: nothing thrown by gRPC or protobuf may escape into Qt.
    Expected<T> result = [&]() -> Expected<T> {
      try {
        return work();
      } catch (const std::exception& e) {
        return Error{ErrorCode::kInternal, std::string("unexpected failure: ") + e.what()};
      }
    }();
    QMetaObject::invokeMethod(
        &receiver_,
        [guard, done = std::move(done), result = std::move(result)]() mutable {
          if (guard) done(std::move(result));
        },
        Qt::QueuedConnection);
  };
  // The future is not needed: the result travels through receiver_.
  static_cast<void>(QtConcurrent::run(&pool_, std::move(task)));
}

template <class T, class Call>
void ApiClientService::postLoggedIn(QObject* context, Call call, Done<T> done) {
  post<T>(
      context,
      [this, call = std::move(call)]() -> Expected<T> {
        if (!client_) return notLoggedIn();
        return call(*client_);
      },
      std::move(done));
}

void ApiClientService::login(const LoginParams& params, QObject* context, Done<SessionInfo> done) {
  client::ConnectionOptions options;
  options.server = params.server.trimmed().toStdString();
  options.caFile = params.caFile.toStdString();
  options.clientCertFile = params.certFile.trimmed().toStdString();
  options.clientKeyFile = params.keyFile.trimmed().toStdString();
  const std::string username = params.username.trimmed().toStdString();
  const std::string password = params.password.toStdString();
  post<SessionInfo>(
      context,
      [this, options, username, password]() -> Expected<SessionInfo> {
        client_.reset();
        AUDIENTIA_TRY(std::unique_ptr<client::ApiClient> created,
                      client::ApiClient::create(options));
        std::shared_ptr<client::ApiClient> api(std::move(created));
        AUDIENTIA_TRY(v1::LoginResponse login, api->login(username, password));
        api->setToken(login.token());
        AUDIENTIA_TRY(v1::WhoAmIResponse who, api->whoAmI());
        client_ = std::move(api);
        SessionInfo session;
        session.user = who.has_user() ? who.user() : login.user();
        session.officeName = who.office_name();
        session.server = options.server;
        return session;
      },
      std::move(done));
}

void ApiClientService::logout(QObject* context, Done<void> done) {
  post<void>(
      context,
      [this]() -> Status {
        if (!client_) return ok();
        Status status = client_->logout();
        client_.reset();
        return status;
      },
      std::move(done));
}

void ApiClientService::listHearings(const std::string& officeId, QObject* context,
                                    Done<std::vector<v1::Hearing>> done) {
  postLoggedIn<std::vector<v1::Hearing>>(
      context, [officeId](client::HearingsApi& api) { return api.listHearings(officeId); },
      std::move(done));
}

void ApiClientService::getHearing(const std::string& hearingId, QObject* context,
                                  Done<v1::GetHearingResponse> done) {
  postLoggedIn<v1::GetHearingResponse>(
      context, [hearingId](client::HearingsApi& api) { return api.getHearing(hearingId); },
      std::move(done));
}

void ApiClientService::createHearing(const v1::CreateHearingRequest& request, QObject* context,
                                     Done<v1::Hearing> done) {
  postLoggedIn<v1::Hearing>(
      context, [request](client::HearingsApi& api) { return api.createHearing(request); },
      std::move(done));
}

void ApiClientService::listOffices(QObject* context, Done<std::vector<v1::Office>> done) {
  postLoggedIn<std::vector<v1::Office>>(
      context, [](client::OfficesApi& api) { return api.listOffices(); }, std::move(done));
}

void ApiClientService::createOffice(const std::string& name, const std::string& parentId,
                                    QObject* context, Done<v1::Office> done) {
  postLoggedIn<v1::Office>(
      context,
      [name, parentId](client::OfficesApi& api) { return api.createOffice(name, parentId); },
      std::move(done));
}

void ApiClientService::renameOffice(const std::string& officeId, const std::string& name,
                                    QObject* context, Done<v1::Office> done) {
  postLoggedIn<v1::Office>(
      context,
      [officeId, name](client::OfficesApi& api) { return api.renameOffice(officeId, name); },
      std::move(done));
}

void ApiClientService::moveOffice(const std::string& officeId, const std::string& newParentId,
                                  QObject* context, Done<v1::Office> done) {
  postLoggedIn<v1::Office>(
      context,
      [officeId, newParentId](client::OfficesApi& api) {
        return api.moveOffice(officeId, newParentId);
      },
      std::move(done));
}

void ApiClientService::setOfficeActive(const std::string& officeId, bool active, QObject* context,
                                       Done<v1::Office> done) {
  postLoggedIn<v1::Office>(
      context,
      [officeId, active](client::OfficesApi& api) { return api.setOfficeActive(officeId, active); },
      std::move(done));
}

void ApiClientService::listUsers(const std::string& officeId, QObject* context,
                                 Done<std::vector<v1::User>> done) {
  postLoggedIn<std::vector<v1::User>>(
      context, [officeId](client::IdentityApi& api) { return api.listUsers(officeId); },
      std::move(done));
}

void ApiClientService::createUser(const v1::CreateUserRequest& request, QObject* context,
                                  Done<v1::User> done) {
  postLoggedIn<v1::User>(
      context, [request](client::IdentityApi& api) { return api.createUser(request); },
      std::move(done));
}

void ApiClientService::setUserDisabled(const std::string& username, bool disabled, QObject* context,
                                       Done<v1::User> done) {
  postLoggedIn<v1::User>(
      context,
      [username, disabled](client::IdentityApi& api) {
        return api.setUserDisabled(username, disabled);
      },
      std::move(done));
}

void ApiClientService::resetPassword(const std::string& username, const std::string& newPassword,
                                     QObject* context, Done<v1::User> done) {
  postLoggedIn<v1::User>(
      context,
      [username, newPassword](client::IdentityApi& api) {
        return api.resetPassword(username, newPassword);
      },
      std::move(done));
}

void ApiClientService::changeRole(const std::string& username, v1::Role role, QObject* context,
                                  Done<v1::User> done) {
  postLoggedIn<v1::User>(
      context,
      [username, role](client::IdentityApi& api) { return api.changeRole(username, role); },
      std::move(done));
}

void ApiClientService::changeOwnPassword(const std::string& currentPassword,
                                         const std::string& newPassword, QObject* context,
                                         Done<void> done) {
  postLoggedIn<void>(
      context,
      [currentPassword, newPassword](client::IdentityApi& api) {
        return api.changeOwnPassword(currentPassword, newPassword);
      },
      std::move(done));
}

void ApiClientService::sessionClient(QObject* context,
                                     Done<std::shared_ptr<client::ApiClient>> done) {
  post<std::shared_ptr<client::ApiClient>>(
      context,
      [this]() -> Expected<std::shared_ptr<client::ApiClient>> {
        if (!client_) return notLoggedIn();
        return client_;
      },
      std::move(done));
}

void ApiClientService::search(const v1::SearchRequest& request, QObject* context,
                              Done<v1::SearchResponse> done) {
  postLoggedIn<v1::SearchResponse>(
      context, [request](client::AnnotationsApi& api) { return api.search(request); },
      std::move(done));
}

void ApiClientService::listAnnotations(const std::string& hearingId, QObject* context,
                                       Done<std::vector<v1::Annotation>> done) {
  postLoggedIn<std::vector<v1::Annotation>>(
      context,
      [hearingId](client::AnnotationsApi& api) { return api.listAnnotations(hearingId, {}); },
      std::move(done));
}

void ApiClientService::addAnnotation(const v1::AddAnnotationRequest& request, QObject* context,
                                     Done<v1::Annotation> done) {
  postLoggedIn<v1::Annotation>(
      context, [request](client::AnnotationsApi& api) { return api.addAnnotation(request); },
      std::move(done));
}

void ApiClientService::editAnnotation(const v1::EditAnnotationRequest& request, QObject* context,
                                      Done<v1::Annotation> done) {
  postLoggedIn<v1::Annotation>(
      context, [request](client::AnnotationsApi& api) { return api.editAnnotation(request); },
      std::move(done));
}

void ApiClientService::deleteAnnotation(const v1::DeleteAnnotationRequest& request,
                                        QObject* context, Done<v1::Annotation> done) {
  postLoggedIn<v1::Annotation>(
      context, [request](client::AnnotationsApi& api) { return api.deleteAnnotation(request); },
      std::move(done));
}

void ApiClientService::annotationHistory(const std::string& annotationId, QObject* context,
                                         Done<v1::GetAnnotationHistoryResponse> done) {
  postLoggedIn<v1::GetAnnotationHistoryResponse>(
      context,
      [annotationId](client::AnnotationsApi& api) { return api.annotationHistory(annotationId); },
      std::move(done));
}

void ApiClientService::listAuditEvents(const v1::ListAuditEventsRequest& request, QObject* context,
                                       Done<v1::ListAuditEventsResponse> done) {
  postLoggedIn<v1::ListAuditEventsResponse>(
      context, [request](client::AuditApi& api) { return api.listAuditEvents(request); },
      std::move(done));
}

void ApiClientService::verifyAuditChain(QObject* context, Done<v1::VerifyAuditChainResponse> done) {
  postLoggedIn<v1::VerifyAuditChainResponse>(
      context, [](client::AuditApi& api) { return api.verifyAuditChain(); }, std::move(done));
}

void ApiClientService::listJobs(v1::JobState state, int limit, QObject* context,
                                Done<std::vector<v1::Job>> done) {
  postLoggedIn<std::vector<v1::Job>>(
      context, [state, limit](client::KeepingApi& api) { return api.listJobs(state, limit); },
      std::move(done));
}

void ApiClientService::retryJob(std::int64_t jobId, QObject* context, Done<v1::Job> done) {
  postLoggedIn<v1::Job>(
      context, [jobId](client::KeepingApi& api) { return api.retryJob(jobId); }, std::move(done));
}

void ApiClientService::listAlerts(bool includeAcknowledged, QObject* context,
                                  Done<std::vector<v1::Alert>> done) {
  postLoggedIn<std::vector<v1::Alert>>(
      context,
      [includeAcknowledged](client::KeepingApi& api) {
        return api.listAlerts(includeAcknowledged);
      },
      std::move(done));
}

void ApiClientService::acknowledgeAlert(std::int64_t alertId, QObject* context,
                                        Done<v1::Alert> done) {
  postLoggedIn<v1::Alert>(
      context, [alertId](client::KeepingApi& api) { return api.acknowledgeAlert(alertId); },
      std::move(done));
}

void ApiClientService::listRetentionPolicies(QObject* context,
                                             Done<std::vector<v1::RetentionPolicy>> done) {
  postLoggedIn<std::vector<v1::RetentionPolicy>>(
      context, [](client::KeepingApi& api) { return api.listRetentionPolicies(); },
      std::move(done));
}

void ApiClientService::setRetentionPolicy(const v1::SetRetentionPolicyRequest& request,
                                          QObject* context, Done<v1::RetentionPolicy> done) {
  postLoggedIn<v1::RetentionPolicy>(
      context, [request](client::KeepingApi& api) { return api.setRetentionPolicy(request); },
      std::move(done));
}

void ApiClientService::deleteRetentionPolicy(const std::string& policyId, QObject* context,
                                             Done<void> done) {
  postLoggedIn<void>(
      context, [policyId](client::KeepingApi& api) { return api.deleteRetentionPolicy(policyId); },
      std::move(done));
}

void ApiClientService::listLegalHolds(bool includeReleased, QObject* context,
                                      Done<std::vector<v1::LegalHold>> done) {
  postLoggedIn<std::vector<v1::LegalHold>>(
      context,
      [includeReleased](client::KeepingApi& api) {
        return api.listLegalHolds(std::string(), includeReleased);
      },
      std::move(done));
}

void ApiClientService::placeLegalHold(const std::string& hearingId, const std::string& reason,
                                      QObject* context, Done<v1::LegalHold> done) {
  postLoggedIn<v1::LegalHold>(
      context,
      [hearingId, reason](client::KeepingApi& api) {
        return api.placeLegalHold(hearingId, reason);
      },
      std::move(done));
}

void ApiClientService::releaseLegalHold(const std::string& hearingId, const std::string& reason,
                                        QObject* context, Done<v1::LegalHold> done) {
  postLoggedIn<v1::LegalHold>(
      context,
      [hearingId, reason](client::KeepingApi& api) {
        return api.releaseLegalHold(hearingId, reason);
      },
      std::move(done));
}

void ApiClientService::runFixity(QObject* context, Done<v1::Job> done) {
  postLoggedIn<v1::Job>(
      context, [](client::KeepingApi& api) { return api.runFixity(); }, std::move(done));
}

void ApiClientService::getFixityStatus(int runs, QObject* context,
                                       Done<v1::GetFixityStatusResponse> done) {
  postLoggedIn<v1::GetFixityStatusResponse>(
      context, [runs](client::KeepingApi& api) { return api.getFixityStatus(runs); },
      std::move(done));
}

}  // namespace audientia::gui
