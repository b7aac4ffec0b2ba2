#include "app/identity/auth_service.h"

#include <algorithm>

#include "app/identity/base64.h"
#include "app/identity/secure_random.h"
#include "audientia/base/sha256.h"
#include "domain/rules.h"

namespace audientia::app {
namespace {

constexpr std::size_t kTokenBytes = 32;
constexpr std::size_t kAdminPasswordLength = 20;
constexpr char kAdminUsername[] = "admin";
constexpr char kRootOfficeName[] = "Headquarters";

Error unauthenticated(std::string message) {
  return {ErrorCode::kUnauthenticated, std::move(message)};
}

}  // namespace

AuthService::AuthService(ports::UserRepository& users, ports::SessionRepository& sessions,
                         ports::OfficeRepository& offices, const ports::Clock& clock,
                         const PasswordHasher& hasher, SessionPolicy sessionPolicy)
    : users_(users),
      sessions_(sessions),
      offices_(offices),
      clock_(clock),
      hasher_(hasher),
      sessionPolicy_(sessionPolicy) {
  auto decoyPassword = randomBytes(16);
  auto decoy = hasher_.hash(decoyPassword ? base64UrlEncode(*decoyPassword) : "decoy");
  decoyHash_ = decoy ? *decoy : std::string();
}

std::string AuthService::tokenHash(const std::string& token) {
  return toHex(Sha256::of(token));
}

Error AuthService::failLogin(const domain::UserCredentials& credentials) {
  int failures = credentials.failedLogins + 1;
  std::optional<domain::Timestamp> lockedUntil;
  if (failures >= kMaxFailedLogins) {
    int doublings = std::min(failures - kMaxFailedLogins, 16);
    auto delay = std::min<std::chrono::seconds>(kFirstLockout * (1 << doublings), kMaxLockout);
    lockedUntil = clock_.now() + delay;
  }
  auto recorded = users_.recordFailedLogin(credentials.user.id, lockedUntil);
  if (!recorded) return recorded.error().withContext("recording a failed login");
  return unauthenticated(kInvalidCredentials);
}

Expected<LoginResult> AuthService::login(const std::string& username, const std::string& password,
                                         std::string* failure, HashDeadline deadline) {
  auto fail = [&](const char* reason) {
    if (failure != nullptr) *failure = reason;
  };
  auto credentials = users_.findByUsername(username);
  if (!credentials) {
    if (credentials.error().code() != ErrorCode::kNotFound) return credentials.error();
    // Spend the same work as for a real user so that timing does not reveal unknown names; and
    // give the same answer when the server is too busy to hash.
    if (auto decoy = hasher_.verify(password, decoyHash_, deadline);
        !decoy && decoy.error().code() == ErrorCode::kResourceExhausted) {
      return decoy.error();
    }
    fail("unknown user");
    return unauthenticated(kInvalidCredentials);
  }
  auto matches = hasher_.verify(password, credentials->passwordHash, deadline);
  if (!matches) {
    if (matches.error().code() == ErrorCode::kResourceExhausted) return matches.error();
    return matches.error().withContext("checking the password of " + username);
  }
  bool locked = credentials->lockedUntil && *credentials->lockedUntil > clock_.now();
  if (locked) {
    fail("locked");
    return unauthenticated(kInvalidCredentials);  // not counted while locked
  }
  if (!*matches) {
    fail("wrong password");
    return failLogin(*credentials);
  }
  if (credentials->user.disabled) {
    fail("disabled");
    return unauthenticated(kInvalidCredentials);
  }

  AUDIENTIA_TRY_STATUS(users_.recordSuccessfulLogin(credentials->user.id));
  AUDIENTIA_TRY(auto bytes, randomBytes(kTokenBytes));
  std::string token = base64UrlEncode(bytes);
  domain::Timestamp now = clock_.now();
  domain::Session session{credentials->user.id, now, now + sessionPolicy_.lifetime, now};
  AUDIENTIA_TRY_STATUS(sessions_.create(tokenHash(token), session));
  return LoginResult{token, session.expiresAt, credentials->user};
}

Expected<Caller> AuthService::authenticate(const std::string& token) {
  if (token.empty()) return unauthenticated("a session token is required: log in first");
  std::string hash = tokenHash(token);
  auto session = sessions_.find(hash);
  if (!session) {
    if (session.error().code() == ErrorCode::kNotFound) {
      return unauthenticated("session token is unknown or revoked: log in again");
    }
    return session.error();
  }
  domain::Timestamp now = clock_.now();
  if (session->expiresAt <= now) return unauthenticated("session expired: log in again");
  if (now - session->lastSeenAt >= sessionPolicy_.idleTimeout) {
    (void)sessions_.revoke(hash);
    return unauthenticated("session ended after being idle: log in again");
  }
  auto user = users_.get(session->userId);
  if (!user) {
    if (user.error().code() == ErrorCode::kNotFound) {
      return unauthenticated("session user no longer exists");
    }
    return user.error();
  }
  if (user->disabled) return unauthenticated("user " + user->username + " is disabled");
  if (now - session->lastSeenAt > std::chrono::minutes(1)) {
    (void)sessions_.touch(hash, now);  // best effort: only a hint for session listings
  }
  return Caller{std::move(*user), session->expiresAt, hash};
}

Status AuthService::logout(const std::string& token) {
  AUDIENTIA_TRY(Caller caller, authenticate(token));
  (void)caller;
  return sessions_.revoke(tokenHash(token));
}

Expected<domain::Office> AuthService::rootOffice() {
  AUDIENTIA_TRY(auto page, offices_.list(domain::PageRequest{1, {}}));
  if (!page.items.empty() && !page.items.front().parentId) return page.items.front();
  return offices_.create(domain::NewOffice{kRootOfficeName, std::nullopt});
}

Expected<std::optional<InitialAdmin>> AuthService::bootstrapAdmin(const PasswordSink& sink) {
  AUDIENTIA_TRY(std::int64_t count, users_.count());
  if (count > 0) return std::optional<InitialAdmin>();
  AUDIENTIA_TRY(domain::Office office, rootOffice());
  AUDIENTIA_TRY(std::string password, randomPassword(kAdminPasswordLength));
  AUDIENTIA_TRY(std::string hash, hasher_.hash(password));
  AUDIENTIA_TRY_STATUS(sink(password));
  AUDIENTIA_TRY(domain::User user, users_.create(domain::NewUser{kAdminUsername, office.id,
                                                                 domain::Role::kAdmin, hash}));
  return std::optional<InitialAdmin>(InitialAdmin{user.username, password, office});
}

}  // namespace audientia::app
