// Identity and access control in the use cases: the policy table, office tree operations and
// scope, user administration, the password policy, session expiry, idle timeout, lockout and
// revocation. In-memory repositories and an injectable clock; the real scrypt (cheap params).

#include <gtest/gtest.h>

#include "app/identity/access_policy.h"
#include "app/identity/auth_service.h"
#include "app/identity/office_service.h"
#include "app/identity/user_service.h"
#include "audientia/testing/fakes/hearing_fakes.h"
#include "audientia/testing/fakes/identity_fakes.h"
#include "audientia/v1/annotations.pb.h"
#include "audientia/v1/audit.grpc.pb.h"
#include "audientia/v1/auth.grpc.pb.h"
#include "audientia/v1/export.pb.h"
#include "audientia/v1/hearings.grpc.pb.h"
#include "audientia/v1/maintenance.pb.h"
#include "audientia/v1/offices.grpc.pb.h"
#include "audientia/v1/recordings.grpc.pb.h"
#include "audientia/v1/retention.pb.h"
#include "audientia/v1/search.pb.h"
#include "audientia/v1/users.grpc.pb.h"
#include "domain/password_policy.h"
#include "test_support.h"

namespace audientia::app {
namespace {

using namespace audientia::testing;
using domain::Role;

constexpr char kGoodPassword[] = "tall ships sail at dawn";

class IdentityTest : public ::testing::Test {
 protected:
  IdentityTest() : auth_(users_, sessions_, offices_, clock_, hasher_, policy_) {
    root_ = *offices_.create({"National", std::nullopt});
    region_ = *offices_.create({"Region", root_.id});
    local_ = *offices_.create({"Local", region_.id});
    other_ = *offices_.create({"Other region", root_.id});
  }

  domain::User addUser(const std::string& name, const domain::Office& office, Role role) {
    auto hash = hasher_.hash(kGoodPassword);
    EXPECT_TRUE(hash);
    auto user = users_.create(domain::NewUser{name, office.id, role, *hash});
    EXPECT_TRUE(user);
    return *user;
  }

  FakeUserRepository users_;
  FakeSessionRepository sessions_;
  FakeOfficeRepository offices_;
  FakeClock clock_;
  PasswordHasher hasher_{ScryptParams{1u << 10, 8, 1}};
  SessionPolicy policy_{std::chrono::hours(12), std::chrono::minutes(30)};
  AuthService auth_;
  OfficeService officeService_{offices_};
  UserService userService_{users_, sessions_, offices_, hasher_};
  domain::Office root_, region_, local_, other_;
};

// Every RPC of every audientia.v1 service has exactly one row; every row names a real method.
TEST(AccessPolicyTable, CoversEveryRpcOfTheApi) {
  // Every service of every .proto file of the API (one message of each file pins it).
  std::vector<std::string> methods;
  for (const auto* file :
       {v1::LoginRequest::descriptor()->file(), v1::Office::descriptor()->file(),
        v1::CreateUserRequest::descriptor()->file(), v1::Hearing::descriptor()->file(),
        v1::Recording::descriptor()->file(), v1::AuditEvent::descriptor()->file(),
        v1::User::descriptor()->file(), v1::Job::descriptor()->file(),
        v1::RetentionPolicy::descriptor()->file(), v1::Annotation::descriptor()->file(),
        v1::SearchHit::descriptor()->file(), v1::ClipInfo::descriptor()->file()}) {
    for (int s = 0; s < file->service_count(); ++s) {
      const auto* service = file->service(s);
      for (int i = 0; i < service->method_count(); ++i) {
        methods.push_back("/" + service->full_name() + "/" + service->method(i)->name());
      }
    }
  }
  for (const auto& method : methods) {
    EXPECT_NE(findRule(method), nullptr) << method << " has no row in the policy table";
  }
  EXPECT_EQ(rpcRules().size(), methods.size());
  EXPECT_EQ(findRule("/audientia.v1.HearingService/DeleteHearing"), nullptr);
}

TEST(AccessPolicyTable, AdminsHaveNoAccessToEvidenceAndAuditorsOnlyToTheTrail) {
  domain::User admin{"u1", "a", "o1", Role::kAdmin, false, {}};
  domain::User auditor{"u2", "b", "o1", Role::kAuditor, false, {}};
  for (const char* method :
       {"/audientia.v1.HearingService/GetHearing", "/audientia.v1.HearingService/ListHearings",
        "/audientia.v1.RecordingService/DownloadRecording",
        "/audientia.v1.RecordingService/GetRecording"}) {
    auto refused = authorizeCall(admin, *findRule(method));
    ASSERT_FALSE(refused) << method;
    EXPECT_EQ(refused.error().code(), ErrorCode::kPermissionDenied);
    EXPECT_FALSE(authorizeCall(auditor, *findRule(method))) << method;
  }
  EXPECT_TRUE(authorizeCall(auditor, *findRule("/audientia.v1.AuditService/VerifyAuditChain")));
  EXPECT_FALSE(authorizeCall(admin, *findRule("/audientia.v1.AuditService/ListAuditEvents")));
}

TEST(PasswordPolicy, LengthUsernameAndCommonPasswords) {
  EXPECT_TRUE(domain::checkPasswordPolicy("password", kGoodPassword, "alice"));
  auto shortOne = domain::checkPasswordPolicy("password", "short", "alice");
  ASSERT_FALSE(shortOne);
  EXPECT_EQ(shortOne.error().message(), "password: at least 12 characters");
  auto withName = domain::checkPasswordPolicy("new_password", "xx-Alice-the-great", "alice");
  ASSERT_FALSE(withName);
  EXPECT_EQ(withName.error().message(), "new_password must not contain the username");
  for (const char* common : {"password1234", "Password1234!", "qwertyuiop123", "1q2w3e4r5t6y"}) {
    auto refused = domain::checkPasswordPolicy("password", common, "alice");
    ASSERT_FALSE(refused) << common;
    EXPECT_NE(refused.error().message().find("too common"), std::string::npos) << common;
  }
  EXPECT_GE(domain::commonPasswords().size(), 100u);
}

TEST_F(IdentityTest, ObjectsOutsideTheScopeReadAsMissing) {
  domain::User regionalAdmin = addUser("radmin", region_, Role::kAdmin);
  // In the subtree: the region and the local office below it.
  EXPECT_TRUE(officeService_.rename(regionalAdmin, local_.id, "Local 2"));
  // Outside: the sibling region and the root, answered like a missing office.
  auto outside = officeService_.rename(regionalAdmin, other_.id, "Mine now");
  ASSERT_FALSE(outside);
  EXPECT_EQ(outside.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(outside.error().message(), "office " + other_.id + " does not exist");
  auto listed = officeService_.list(regionalAdmin, 0, {});
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->items.size(), 2u);
  EXPECT_EQ(listed->items[0].id, region_.id);
  EXPECT_EQ(listed->items[1].id, local_.id);
}

TEST_F(IdentityTest, MoveRefusesCyclesAndDeactivatedOfficesTakeNoUsers) {
  domain::User admin = addUser("root-admin", root_, Role::kAdmin);
  auto cycle = officeService_.move(admin, region_.id, local_.id);
  ASSERT_FALSE(cycle);
  EXPECT_EQ(cycle.error().code(), ErrorCode::kFailedPrecondition);
  auto moved = officeService_.move(admin, local_.id, other_.id);
  ASSERT_TRUE(moved) << moved.error().toString();
  EXPECT_EQ(moved->parentId, other_.id);
  ASSERT_TRUE(officeService_.setActive(admin, local_.id, false));
  auto refused = userService_.create(admin, {"newclerk", local_.id, Role::kClerk, kGoodPassword});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code(), ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(officeService_.setActive(admin, local_.id, true));
  EXPECT_TRUE(userService_.create(admin, {"newclerk", local_.id, Role::kClerk, kGoodPassword}));
}

TEST_F(IdentityTest, AdminCreatesUsersUnderThePolicy) {
  domain::User admin = addUser("radmin", region_, Role::kAdmin);
  auto weak = userService_.create(admin, {"bob", local_.id, Role::kClerk, "password1234"});
  ASSERT_FALSE(weak);
  EXPECT_EQ(weak.error().code(), ErrorCode::kInvalidArgument);
  auto elsewhere = userService_.create(admin, {"bob", other_.id, Role::kClerk, kGoodPassword});
  ASSERT_FALSE(elsewhere);
  EXPECT_EQ(elsewhere.error().code(), ErrorCode::kNotFound);
  auto bob = userService_.create(admin, {"bob", local_.id, Role::kClerk, kGoodPassword});
  ASSERT_TRUE(bob) << bob.error().toString();
  auto twice = userService_.create(admin, {"bob", local_.id, Role::kClerk, kGoodPassword});
  ASSERT_FALSE(twice);
  auto changed = userService_.changeRole(admin, "bob", Role::kProsecutor);
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->role, Role::kProsecutor);
  auto self = userService_.changeRole(admin, "radmin", Role::kClerk);
  ASSERT_FALSE(self);
  EXPECT_EQ(self.error().code(), ErrorCode::kFailedPrecondition);
  domain::User clerk = addUser("clerk1", region_, Role::kClerk);
  auto notAdmin = userService_.setDisabled(clerk, "bob", true);
  ASSERT_FALSE(notAdmin);
  EXPECT_EQ(notAdmin.error().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(notAdmin.error().message(), "user clerk1 (clerk) may not disable users");
}

TEST_F(IdentityTest, IdleSessionsEndAndActiveOnesExpireAtTheLifetime) {
  addUser("alice", local_, Role::kClerk);
  auto idle = auth_.login("alice", kGoodPassword);
  ASSERT_TRUE(idle);
  clock_.advance(std::chrono::minutes(29));
  EXPECT_TRUE(auth_.authenticate(idle->token));
  clock_.advance(std::chrono::minutes(30));
  auto ended = auth_.authenticate(idle->token);
  ASSERT_FALSE(ended);
  EXPECT_EQ(ended.error().code(), ErrorCode::kUnauthenticated);
  EXPECT_NE(ended.error().message().find("idle"), std::string::npos);

  auto active = auth_.login("alice", kGoodPassword);
  ASSERT_TRUE(active);
  for (int i = 0; i < 12 * 3 - 1; ++i) {  // a call every 20 minutes for 11 h 40 min
    clock_.advance(std::chrono::minutes(20));
    ASSERT_TRUE(auth_.authenticate(active->token)) << i;
  }
  clock_.advance(std::chrono::minutes(20));
  auto expired = auth_.authenticate(active->token);
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().message(), "session expired: log in again");
}

TEST_F(IdentityTest, LockoutStartsAtOneMinuteDoublesAndIsCapped) {
  addUser("alice", local_, Role::kClerk);
  std::string failure;
  for (int i = 0; i < AuthService::kMaxFailedLogins; ++i) {
    EXPECT_FALSE(auth_.login("alice", "not the password", &failure));
    EXPECT_EQ(failure, "wrong password");
  }
  auto& credentials = users_.users_["alice"];
  ASSERT_TRUE(credentials.lockedUntil);
  EXPECT_EQ(*credentials.lockedUntil - clock_.now(), std::chrono::minutes(1));
  EXPECT_FALSE(auth_.login("alice", kGoodPassword, &failure));
  EXPECT_EQ(failure, "locked");
  for (int i = 0; i < 10; ++i) {
    clock_.advance(std::chrono::hours(2));
    EXPECT_FALSE(auth_.login("alice", "wrong again"));
  }
  EXPECT_EQ(*credentials.lockedUntil - clock_.now(), AuthService::kMaxLockout);
  // An admin's reset clears the lock.
  domain::User admin = addUser("root-admin", root_, Role::kAdmin);
  ASSERT_TRUE(userService_.resetPassword(admin, "alice", "a brand new passphrase"));
  EXPECT_TRUE(auth_.login("alice", "a brand new passphrase"));
}

TEST_F(IdentityTest, PasswordChangeRevokesOtherSessionsResetAndDisableRevokeAll) {
  addUser("alice", local_, Role::kClerk);
  domain::User admin = addUser("root-admin", root_, Role::kAdmin);
  auto first = auth_.login("alice", kGoodPassword);
  auto second = auth_.login("alice", kGoodPassword);
  ASSERT_TRUE(first && second);
  auto caller = auth_.authenticate(first->token);
  ASSERT_TRUE(caller);
  auto wrong = userService_.changeOwnPassword(*caller, "not it", "another long passphrase");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code(), ErrorCode::kPermissionDenied);
  ASSERT_TRUE(userService_.changeOwnPassword(*caller, kGoodPassword, "another long passphrase"));
  EXPECT_TRUE(auth_.authenticate(first->token));
  EXPECT_FALSE(auth_.authenticate(second->token));
  EXPECT_FALSE(auth_.login("alice", kGoodPassword));

  ASSERT_TRUE(userService_.resetPassword(admin, "alice", "reset by the admin ok"));
  EXPECT_FALSE(auth_.authenticate(first->token));

  auto third = auth_.login("alice", "reset by the admin ok");
  ASSERT_TRUE(third);
  ASSERT_TRUE(userService_.setDisabled(admin, "alice", true));
  EXPECT_FALSE(auth_.authenticate(third->token));
  EXPECT_FALSE(auth_.login("alice", "reset by the admin ok"));
  ASSERT_TRUE(userService_.setDisabled(admin, "alice", false));
  EXPECT_TRUE(auth_.login("alice", "reset by the admin ok"));
}

}  // namespace
}  // namespace audientia::app
