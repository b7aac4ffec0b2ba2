#pragma once

// Test doubles for ApiService (every interface of services/api_service.h), standing in for the
// server (the view models are under test): UnreachableApi fails the test on any call;
// FakeAdminApi keeps offices and users in memory and answers the office and user calls
// (AdminApiService) and changeOwnPassword (AccountApiService) asynchronously (queued, like
// ApiClientService), or with a scripted error.

#include <gtest/gtest.h>

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "services/api_service.h"

namespace audientia::gui::testing {

class UnreachableApi : public ApiService {
 public:
  void login(const LoginParams&, QObject*, Done<SessionInfo>) override { ADD_FAILURE(); }
  void logout(QObject*, Done<void>) override { ADD_FAILURE(); }
  void listHearings(const std::string&, QObject*, Done<std::vector<v1::Hearing>>) override {
    ADD_FAILURE();
  }
  void getHearing(const std::string&, QObject*, Done<v1::GetHearingResponse>) override {
    ADD_FAILURE();
  }
  void createHearing(const v1::CreateHearingRequest&, QObject*, Done<v1::Hearing>) override {
    ADD_FAILURE();
  }
  void listOffices(QObject*, Done<std::vector<v1::Office>>) override { ADD_FAILURE(); }
  void createOffice(const std::string&, const std::string&, QObject*, Done<v1::Office>) override {
    ADD_FAILURE();
  }
  void renameOffice(const std::string&, const std::string&, QObject*, Done<v1::Office>) override {
    ADD_FAILURE();
  }
  void moveOffice(const std::string&, const std::string&, QObject*, Done<v1::Office>) override {
    ADD_FAILURE();
  }
  void setOfficeActive(const std::string&, bool, QObject*, Done<v1::Office>) override {
    ADD_FAILURE();
  }
  void listUsers(const std::string&, QObject*, Done<std::vector<v1::User>>) override {
    ADD_FAILURE();
  }
  void createUser(const v1::CreateUserRequest&, QObject*, Done<v1::User>) override {
    ADD_FAILURE();
  }
  void setUserDisabled(const std::string&, bool, QObject*, Done<v1::User>) override {
    ADD_FAILURE();
  }
  void resetPassword(const std::string&, const std::string&, QObject*, Done<v1::User>) override {
    ADD_FAILURE();
  }
  void changeRole(const std::string&, v1::Role, QObject*, Done<v1::User>) override {
    ADD_FAILURE();
  }
  void changeOwnPassword(const std::string&, const std::string&, QObject*, Done<void>) override {
    ADD_FAILURE();
  }
  void sessionClient(QObject*, Done<std::shared_ptr<client::ApiClient>>) override { ADD_FAILURE(); }
  void search(const v1::SearchRequest&, QObject*, Done<v1::SearchResponse>) override {
    ADD_FAILURE();
  }
  void listAuditEvents(const v1::ListAuditEventsRequest&, QObject*,
                       Done<v1::ListAuditEventsResponse>) override {
    ADD_FAILURE();
  }
  void verifyAuditChain(QObject*, Done<v1::VerifyAuditChainResponse>) override { ADD_FAILURE(); }
  void listJobs(v1::JobState, int, QObject*, Done<std::vector<v1::Job>>) override { ADD_FAILURE(); }
  void retryJob(std::int64_t, QObject*, Done<v1::Job>) override { ADD_FAILURE(); }
  void listAlerts(bool, QObject*, Done<std::vector<v1::Alert>>) override { ADD_FAILURE(); }
  void acknowledgeAlert(std::int64_t, QObject*, Done<v1::Alert>) override { ADD_FAILURE(); }
  void runFixity(QObject*, Done<v1::Job>) override { ADD_FAILURE(); }
  void getFixityStatus(int, QObject*, Done<v1::GetFixityStatusResponse>) override { ADD_FAILURE(); }
  void listRetentionPolicies(QObject*, Done<std::vector<v1::RetentionPolicy>>) override {
    ADD_FAILURE();
  }
  void setRetentionPolicy(const v1::SetRetentionPolicyRequest&, QObject*,
                          Done<v1::RetentionPolicy>) override {
    ADD_FAILURE();
  }
  void deleteRetentionPolicy(const std::string&, QObject*, Done<void>) override { ADD_FAILURE(); }
  void listLegalHolds(bool, QObject*, Done<std::vector<v1::LegalHold>>) override { ADD_FAILURE(); }
  void placeLegalHold(const std::string&, const std::string&, QObject*,
                      Done<v1::LegalHold>) override {
    ADD_FAILURE();
  }
  void releaseLegalHold(const std::string&, const std::string&, QObject*,
                        Done<v1::LegalHold>) override {
    ADD_FAILURE();
  }
  void listAnnotations(const std::string&, QObject*, Done<std::vector<v1::Annotation>>) override {
    ADD_FAILURE();
  }
  void addAnnotation(const v1::AddAnnotationRequest&, QObject*, Done<v1::Annotation>) override {
    ADD_FAILURE();
  }
  void editAnnotation(const v1::EditAnnotationRequest&, QObject*, Done<v1::Annotation>) override {
    ADD_FAILURE();
  }
  void deleteAnnotation(const v1::DeleteAnnotationRequest&, QObject*,
                        Done<v1::Annotation>) override {
    ADD_FAILURE();
  }
  void annotationHistory(const std::string&, QObject*,
                         Done<v1::GetAnnotationHistoryResponse>) override {
    ADD_FAILURE();
  }
};

inline v1::Office makeOffice(const std::string& id, const std::string& name,
                             const std::string& parentId, bool active = true) {
  v1::Office office;
  office.set_id(id);
  office.set_name(name);
  office.set_parent_id(parentId);
  office.set_active(active);
  office.set_created_at_unix_ms(1714550400000);
  return office;
}

inline v1::User makeUser(const std::string& username, const std::string& officeId, v1::Role role,
                         bool disabled = false) {
  v1::User user;
  user.set_id("u-" + username);
  user.set_username(username);
  user.set_office_id(officeId);
  user.set_role(role);
  user.set_disabled(disabled);
  user.set_created_at_unix_ms(1714550400000);
  return user;
}

class FakeAdminApi final : public UnreachableApi {
 public:
  std::vector<v1::Office> offices;
  std::vector<v1::User> users;
  // The next call fails with this error (then it is cleared).
  std::optional<Error> failNext;
  // Every call, by name ("createOffice"), in order.
  QStringList calls;

  void listOffices(QObject* context, Done<std::vector<v1::Office>> done) override {
    reply(context, "listOffices", std::move(done),
          [this]() -> Expected<std::vector<v1::Office>> { return offices; });
  }
  void createOffice(const std::string& name, const std::string& parentId, QObject* context,
                    Done<v1::Office> done) override {
    reply(context, "createOffice", std::move(done),
          [this, name, parentId]() -> Expected<v1::Office> {
            offices.push_back(makeOffice("o" + std::to_string(offices.size() + 1), name, parentId));
            return offices.back();
          });
  }
  void renameOffice(const std::string& officeId, const std::string& name, QObject* context,
                    Done<v1::Office> done) override {
    reply(context, "renameOffice", std::move(done),
          [this, officeId, name]() -> Expected<v1::Office> {
            AUDIENTIA_TRY(v1::Office * office, findOffice(officeId));
            office->set_name(name);
            return *office;
          });
  }
  void moveOffice(const std::string& officeId, const std::string& newParentId, QObject* context,
                  Done<v1::Office> done) override {
    reply(context, "moveOffice", std::move(done),
          [this, officeId, newParentId]() -> Expected<v1::Office> {
            AUDIENTIA_TRY(v1::Office * office, findOffice(officeId));
            office->set_parent_id(newParentId);
            return *office;
          });
  }
  void setOfficeActive(const std::string& officeId, bool active, QObject* context,
                       Done<v1::Office> done) override {
    reply(context, "setOfficeActive", std::move(done),
          [this, officeId, active]() -> Expected<v1::Office> {
            AUDIENTIA_TRY(v1::Office * office, findOffice(officeId));
            office->set_active(active);
            return *office;
          });
  }
  void listUsers(const std::string& officeId, QObject* context,
                 Done<std::vector<v1::User>> done) override {
    reply(context, "listUsers", std::move(done),
          [this, officeId]() -> Expected<std::vector<v1::User>> {
            std::vector<v1::User> listed;
            for (const v1::User& user : users) {
              if (officeId.empty() || user.office_id() == officeId) listed.push_back(user);
            }
            return listed;
          });
  }
  void createUser(const v1::CreateUserRequest& request, QObject* context,
                  Done<v1::User> done) override {
    reply(context, "createUser", std::move(done), [this, request]() -> Expected<v1::User> {
      users.push_back(makeUser(request.username(), request.office_id(), request.role()));
      return users.back();
    });
  }
  void setUserDisabled(const std::string& username, bool disabled, QObject* context,
                       Done<v1::User> done) override {
    reply(context, "setUserDisabled", std::move(done),
          [this, username, disabled]() -> Expected<v1::User> {
            AUDIENTIA_TRY(v1::User * user, findUser(username));
            user->set_disabled(disabled);
            return *user;
          });
  }
  void resetPassword(const std::string& username, const std::string&, QObject* context,
                     Done<v1::User> done) override {
    reply(context, "resetPassword", std::move(done), [this, username]() -> Expected<v1::User> {
      AUDIENTIA_TRY(v1::User * user, findUser(username));
      return *user;
    });
  }
  void changeRole(const std::string& username, v1::Role role, QObject* context,
                  Done<v1::User> done) override {
    reply(context, "changeRole", std::move(done), [this, username, role]() -> Expected<v1::User> {
      AUDIENTIA_TRY(v1::User * user, findUser(username));
      user->set_role(role);
      return *user;
    });
  }
  void changeOwnPassword(const std::string&, const std::string&, QObject* context,
                         Done<void> done) override {
    reply(context, "changeOwnPassword", std::move(done), []() -> Status { return ok(); });
  }

 private:
  template <class T, class Work>
  void reply(QObject* context, const char* name, Done<T> done, Work work) {
    calls.append(QString::fromLatin1(name));
    Expected<T> result = [&]() -> Expected<T> {
      if (failNext) {
        Error error = *std::move(failNext);
        failNext.reset();
        return error;
      }
      return work();
    }();
    // Queued, as the real service delivers results: never inside the call.
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)]() mutable {
      done(std::move(result));
    });
  }

  Expected<v1::Office*> findOffice(const std::string& id) {
    for (v1::Office& office : offices) {
      if (office.id() == id) return &office;
    }
    return Error{ErrorCode::kNotFound, "office " + id + " not found"};
  }
  Expected<v1::User*> findUser(const std::string& username) {
    for (v1::User& user : users) {
      if (user.username() == username) return &user;
    }
    return Error{ErrorCode::kNotFound, "user " + username + " not found"};
  }
};

}  // namespace audientia::gui::testing
