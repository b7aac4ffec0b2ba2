#include "app/identity/auth_service.h"

#include <gtest/gtest.h>

#include "audientia/testing/fakes/hearing_fakes.h"
#include "audientia/testing/fakes/identity_fakes.h"
#include "test_support.h"

namespace audientia::app {
namespace {

using namespace audientia::testing;

class AuthServiceTest : public ::testing::Test {
 protected:
  AuthServiceTest() : auth_(users_, sessions_, offices_, clock_, hasher_) {}

  std::string bootstrap() {
    std::string written;
    auto admin = auth_.bootstrapAdmin([&](const std::string& password) {
      written = password;
      return ok();
    });
    EXPECT_TRUE(admin && *admin);
    EXPECT_EQ(written, (*admin)->password);
    return written;
  }

  void expectInvalidCredentials(const Expected<LoginResult>& result) {
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code(), ErrorCode::kUnauthenticated);
    EXPECT_EQ(result.error().message(), kInvalidCredentials);
  }

  FakeUserRepository users_;
  FakeSessionRepository sessions_;
  FakeOfficeRepository offices_;
  FakeClock clock_;
  PasswordHasher hasher_{ScryptParams{1u << 10, 8, 1}};
  AuthService auth_;
};

TEST_F(AuthServiceTest, BootstrapCreatesAdminOnce) {
  std::string password = bootstrap();
  EXPECT_EQ(password.size(), 20u);
  ASSERT_EQ(offices_.offices_.size(), 1u);
  EXPECT_EQ(offices_.offices_[0].name, "Headquarters");
  auto admin = users_.findByUsername("admin");
  ASSERT_TRUE(admin);
  EXPECT_EQ(admin->user.role, domain::Role::kAdmin);
  EXPECT_EQ(admin->user.officeId, offices_.offices_[0].id);
  EXPECT_EQ(admin->passwordHash.find(password), std::string::npos);
  auto again = auth_.bootstrapAdmin([](const std::string&) { return ok(); });
  ASSERT_TRUE(again);
  EXPECT_FALSE(*again);
  EXPECT_EQ(offices_.offices_.size(), 1u);
}

TEST_F(AuthServiceTest, PasswordThatCannotBeKeptCreatesNoUser) {
  auto admin =
      auth_.bootstrapAdmin([](const std::string&) -> Status { return internalError("disk full"); });
  ASSERT_FALSE(admin);
  EXPECT_EQ(*users_.count(), 0);
}

TEST_F(AuthServiceTest, LoginAuthenticateLogout) {
  std::string password = bootstrap();
  auto login = auth_.login("admin", password);
  ASSERT_TRUE(login) << login.error().toString();
  EXPECT_EQ(login->user.username, "admin");
  EXPECT_EQ(login->token.size(), 43u);  // 32 bytes, base64url without padding
  ASSERT_EQ(sessions_.sessions_.size(), 1u);
  EXPECT_EQ(sessions_.sessions_.begin()->first, AuthService::tokenHash(login->token));
  EXPECT_NE(sessions_.sessions_.begin()->first, login->token);
  EXPECT_EQ(login->expiresAt - clock_.now(), SessionPolicy{}.lifetime);

  auto caller = auth_.authenticate(login->token);
  ASSERT_TRUE(caller);
  EXPECT_EQ(caller->user.username, "admin");
  ASSERT_TRUE(auth_.logout(login->token));
  auto after = auth_.authenticate(login->token);
  ASSERT_FALSE(after);
  EXPECT_EQ(after.error().code(), ErrorCode::kUnauthenticated);
}

TEST_F(AuthServiceTest, SameAnswerForUnknownUserWrongPasswordAndDisabledUser) {
  std::string password = bootstrap();
  expectInvalidCredentials(auth_.login("nobody", password));
  expectInvalidCredentials(auth_.login("admin", "wrong password"));
  users_.users_["admin"].user.disabled = true;
  expectInvalidCredentials(auth_.login("admin", password));
}

TEST_F(AuthServiceTest, LockoutAfterFiveFailuresGrows) {
  std::string password = bootstrap();
  for (int i = 0; i < AuthService::kMaxFailedLogins; ++i) {
    expectInvalidCredentials(auth_.login("admin", "wrong"));
  }
  auto& credentials = users_.users_["admin"];
  ASSERT_TRUE(credentials.lockedUntil);
  EXPECT_EQ(*credentials.lockedUntil - clock_.now(), AuthService::kFirstLockout);
  // While locked, even the right password is refused, with the same message.
  expectInvalidCredentials(auth_.login("admin", password));
  clock_.advance(AuthService::kFirstLockout + std::chrono::seconds(1));
  expectInvalidCredentials(auth_.login("admin", "wrong again"));
  EXPECT_EQ(*credentials.lockedUntil - clock_.now(), 2 * AuthService::kFirstLockout);
  clock_.advance(2 * AuthService::kFirstLockout + std::chrono::seconds(1));
  ASSERT_TRUE(auth_.login("admin", password));
  EXPECT_EQ(credentials.failedLogins, 0);
}

TEST_F(AuthServiceTest, ExpiredOrUnknownTokensAreUnauthenticated) {
  std::string password = bootstrap();
  auto login = auth_.login("admin", password);
  ASSERT_TRUE(login);
  EXPECT_EQ(auth_.authenticate("").error().code(), ErrorCode::kUnauthenticated);
  EXPECT_EQ(auth_.authenticate("made-up-token").error().code(), ErrorCode::kUnauthenticated);
  clock_.advance(SessionPolicy{}.lifetime);
  auto expired = auth_.authenticate(login->token);
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().code(), ErrorCode::kUnauthenticated);
}

TEST_F(AuthServiceTest, DisabledUserLosesSessions) {
  std::string password = bootstrap();
  auto login = auth_.login("admin", password);
  ASSERT_TRUE(login);
  users_.users_["admin"].user.disabled = true;
  EXPECT_EQ(auth_.authenticate(login->token).error().code(), ErrorCode::kUnauthenticated);
}

}  // namespace
}  // namespace audientia::app
