// The authorization matrix: every RPC of every audientia.v1 service (enumerated from the
// protobuf descriptors, so that a new RPC is covered or the test fails), called as each role
// (admin, prosecutor, clerk, auditor of office A) on an object of office A (own), of A1 (a
// child of A) and of B (unrelated), against the real server stack in process over real TLS,
// with a real PostgreSQL and the real audit trail. Each answer is checked against the policy
// table: OK, NOT_FOUND (out of scope, exactly like a missing object) or PERMISSION_DENIED
// (naming the action); a refused call carries no data. Then the audit chain must verify.

#include "authorization_matrix_fixture.h"

namespace audientia::authz_matrix {
namespace {

// Every method of every service in the API's .proto files.
std::vector<std::string> everyRpc() {
  std::vector<std::string> methods;
  std::set<const google::protobuf::FileDescriptor*> files;
  for (const auto* file :
       {v1::LoginRequest::descriptor()->file(), v1::Office::descriptor()->file(),
        v1::CreateUserRequest::descriptor()->file(), v1::Hearing::descriptor()->file(),
        v1::Recording::descriptor()->file(), v1::AuditEvent::descriptor()->file(),
        v1::User::descriptor()->file(), v1::Job::descriptor()->file(),
        v1::RetentionPolicy::descriptor()->file(), v1::Annotation::descriptor()->file(),
        v1::SearchHit::descriptor()->file(), v1::ClipInfo::descriptor()->file()}) {
    files.insert(file);
    for (int i = 0; i < file->dependency_count(); ++i) files.insert(file->dependency(i));
  }
  for (const auto* file : files) {
    if (file->package() != "audientia.v1") continue;
    for (int s = 0; s < file->service_count(); ++s) {
      const auto* service = file->service(s);
      for (int m = 0; m < service->method_count(); ++m) {
        methods.push_back("/" + service->full_name() + "/" + service->method(m)->name());
      }
    }
  }
  return methods;
}

TEST_F(AuthorizationMatrixTest, EveryRpcAsEveryRoleInOwnChildAndUnrelatedOffice) {
  auto all = cases();
  const auto methods = everyRpc();
  ASSERT_GE(methods.size(), 24u);
  // Outside office A's subtree (nothing is ever created below B: that is refused).
  const std::set<std::string> outsideOffices = {rootOfficeId_,
                                                objects_[Target::kUnrelated].officeId,
                                                objects_[Target::kUnrelated].leafOfficeId};
  int calls = 0;
  for (const auto& method : methods) {
    const app::RpcRule* rule = app::findRule(method);
    ASSERT_NE(rule, nullptr) << method << " has no entry in the authorization policy table";
    ASSERT_TRUE(all.count(method)) << method << " has no case in this matrix: add one";
    for (Role role : {Role::kAdmin, Role::kProsecutor, Role::kClerk, Role::kAuditor}) {
      for (Target target : {Target::kOwn, Target::kChild, Target::kUnrelated}) {
        SCOPED_TRACE(method + " as " + std::string(domain::roleName(role)) + " on the " +
                     targetName(target));
        grpc::ClientContext context;
        if (rule->scope != app::Scope::kPublic) {
          context.AddMetadata("authorization", "Bearer " + tokens_[role]);
        }
        Outcome out = all[method](context, role, objects_[target]);
        ++calls;
        const auto want = expected(*rule, role, target);
        EXPECT_EQ(out.status.error_code(), want) << out.status.error_message();
        if (!out.status.ok()) {
          EXPECT_EQ(out.responseBytes, 0u) << "a refused call carried data";
        }
        if (want == grpc::StatusCode::PERMISSION_DENIED) {
          EXPECT_NE(out.status.error_message().find(rule->description), std::string::npos)
              << out.status.error_message();
        }
        for (const auto& office : out.officesSeen) {
          if (rule->scope == app::Scope::kOwnOffice) {
            EXPECT_EQ(office, objects_[Target::kOwn].officeId);
          } else {
            EXPECT_FALSE(outsideOffices.count(office)) << "saw office " << office;
          }
        }
      }
    }
  }
  // Without a session, everything but login is UNAUTHENTICATED.
  for (const auto& method : methods) {
    const app::RpcRule* rule = app::findRule(method);
    if (rule->scope == app::Scope::kPublic) continue;
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer not-a-session");
    grpc::Status status;
    if (rule->action == app::Action::kLogout) {
      v1::LogoutResponse response;
      status = stubs_.auth->Logout(&context, v1::LogoutRequest(), &response);
    } else {
      status = all[method](context, Role::kClerk, objects_[Target::kOwn]).status;
    }
    EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED) << method;
  }
  // Every call left an event, and the chain is intact.
  auto verified = storage_->auditLog().verify();
  ASSERT_TRUE(verified) << verified.error().toString();
  EXPECT_TRUE(verified->intact) << verified->reason;
  EXPECT_GE(verified->eventsChecked, calls);
  domain::AuditFilter denied;
  denied.actorId = callers_[Role::kClerk].id;
  auto page = storage_->auditLog().list(denied, domain::PageRequest{1000, {}});
  ASSERT_TRUE(page);
  bool sawDeniedView = false;
  for (const auto& event : page->items) {
    EXPECT_EQ(event.actorId, callers_[Role::kClerk].id);
    if (event.action == "user.create" && event.outcome == domain::AuditOutcome::kDenied) {
      sawDeniedView = true;
      EXPECT_FALSE(event.clientAddress.empty());
    }
  }
  EXPECT_TRUE(sawDeniedView);
}

// The PostgreSQL side of the identity repositories: the database refuses an office cycle even
// when the application's check is bypassed; users are listed by office with paging; a user's
// sessions are revoked all at once, except the one kept.
TEST_F(AuthorizationMatrixTest, RepositoriesRefuseCyclesListUsersAndRevokeSessions) {
  auto& db = *storage_;
  const auto& own = objects_[Target::kOwn];
  const auto& child = objects_[Target::kChild];
  auto cycle = db.offices().setParent(own.officeId, child.leafOfficeId);
  ASSERT_FALSE(cycle);
  EXPECT_NE(cycle.error().message().find("own subtree"), std::string::npos)
      << cycle.error().toString();
  auto self = db.offices().setParent(own.officeId, own.officeId);
  ASSERT_FALSE(self);
  EXPECT_TRUE(db.offices().setActive(own.leafOfficeId, false));
  auto renamed = db.offices().rename(own.leafOfficeId, "Renamed leaf");
  ASSERT_TRUE(renamed);
  EXPECT_EQ(renamed->name, "Renamed leaf");
  EXPECT_FALSE(renamed->active);

  std::vector<std::string> seen;
  domain::PageRequest page{2, {}};
  do {
    auto listed = db.users().list({own.officeId, child.officeId}, page);
    ASSERT_TRUE(listed) << listed.error().toString();
    EXPECT_LE(listed->items.size(), 2u);
    for (const auto& user : listed->items) {
      EXPECT_TRUE(user.officeId == own.officeId || user.officeId == child.officeId);
      seen.push_back(user.username);
    }
    page.pageToken = listed->nextPageToken;
  } while (!page.pageToken.empty());
  // Office A: its target, its seeder and the four callers; A1: its target and seeder.
  EXPECT_EQ(seen.size(), 8u);

  const std::string keep = login("a-clerk");
  const std::string drop = login("a-clerk");
  auto clerk = auth_->authenticate(keep);
  ASSERT_TRUE(clerk);
  ASSERT_TRUE(db.sessions().revokeAllForUser(clerk->user.id, clerk->tokenHash));
  EXPECT_TRUE(auth_->authenticate(keep));
  EXPECT_FALSE(auth_->authenticate(drop));
  EXPECT_FALSE(auth_->authenticate(tokens_[Role::kClerk]));

  auto hash = hasher_.hash("set directly in the db");
  ASSERT_TRUE(hash);
  auto changed = db.users().setPasswordHash(clerk->user.id, *hash);
  ASSERT_TRUE(changed);
  EXPECT_TRUE(auth_->login("a-clerk", "set directly in the db"));
  EXPECT_EQ(db.users().setRole(clerk->user.id, Role::kAuditor)->role, Role::kAuditor);
  EXPECT_TRUE(db.users().setDisabled(clerk->user.id, true)->disabled);
  EXPECT_EQ(db.users().setDisabled("00000000-0000-4000-8000-000000000000", true).error().code(),
            ErrorCode::kNotFound);
}

}  // namespace
}  // namespace audientia::authz_matrix
