#pragma once

// Login, sessions and the first administrator.
//
// Login failures (unknown user, wrong password, disabled or locked user) all give the same
// kUnauthenticated "invalid username or password", and an unknown user costs one scrypt hash
// like a known one, so that neither the message nor the timing tells which it was.
// After kMaxFailedLogins consecutive failures an account is locked for one minute, doubling with
// each further failure up to one hour; attempts while locked are refused without being counted.
// Session tokens are 256 random bits (base64url); only their SHA-256 is stored; a session ends
// after SessionPolicy::lifetime (absolute) or SessionPolicy::idleTimeout without a call,
// whichever comes first, and on logout, password change (the user's other sessions), password
// reset and disable (all of the user's sessions).

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "app/identity/password_hasher.h"
#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "ports/clock.h"
#include "ports/repositories.h"

namespace audientia::app {

inline constexpr char kInvalidCredentials[] = "invalid username or password";

struct LoginResult {
  std::string token;
  domain::Timestamp expiresAt;
  domain::User user;
};

// The caller of an authenticated request.
struct Caller {
  domain::User user;
  domain::Timestamp sessionExpiresAt;
  std::string tokenHash;  // of the session the call came with
};

struct SessionPolicy {
  std::chrono::seconds lifetime{std::chrono::hours(12)};
  std::chrono::seconds idleTimeout{std::chrono::minutes(30)};
};

struct InitialAdmin {
  std::string username;
  std::string password;
  domain::Office office;
};

class AuthService {
 public:
  static constexpr int kMaxFailedLogins = 5;
  static constexpr std::chrono::seconds kFirstLockout{60};
  static constexpr std::chrono::seconds kMaxLockout{3600};

  // Computes one hash up front (the stand-in verified for unknown users).
  AuthService(ports::UserRepository& users, ports::SessionRepository& sessions,
              ports::OfficeRepository& offices, const ports::Clock& clock,
              const PasswordHasher& hasher, SessionPolicy sessionPolicy = {});

  // failure, when given, receives why a login failed, for the audit trail only ("unknown user",
  // "wrong password", "locked", "disabled"); the caller always gets kInvalidCredentials.
  Expected<LoginResult> login(const std::string& username, const std::string& password,
                              std::string* failure = nullptr, HashDeadline deadline = {});
  // The user behind a token, or kUnauthenticated.
  Expected<Caller> authenticate(const std::string& token);
  Status logout(const std::string& token);

  // Called with the new admin password before the user is created, so that a password that
  // could not be kept never becomes the only way in.
  using PasswordSink = std::function<Status(const std::string& password)>;
  // When no user exists: creates the office "Headquarters" (or reuses the first root office)
  // and the user "admin" (role admin) with a random 20-character password. nullopt when users
  // already exist.
  Expected<std::optional<InitialAdmin>> bootstrapAdmin(const PasswordSink& sink);

  static std::string tokenHash(const std::string& token);

  const PasswordHasher& hasher() const { return hasher_; }
  const SessionPolicy& sessionPolicy() const { return sessionPolicy_; }

 private:
  Error failLogin(const domain::UserCredentials& credentials);
  Expected<domain::Office> rootOffice();

  ports::UserRepository& users_;
  ports::SessionRepository& sessions_;
  ports::OfficeRepository& offices_;
  const ports::Clock& clock_;
  const PasswordHasher& hasher_;
  SessionPolicy sessionPolicy_;
  std::string decoyHash_;
};

}  // namespace audientia::app
