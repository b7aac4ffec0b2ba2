#pragma once

// Login, sessions and the first administrator.
//
// Login failures (unknown user, wrong password, disabled or locked user) all give the same
// kUnauthenticated "invalid username or password", and an unknown user costs one scrypt hash
// like a known one, so that neither the message nor the timing tells which it was.
// After kMaxFailedLogins consecutive failures an account is locked for 30 s, doubling with each
// further failure up to one hour. Session tokens are 256 random bits (base64url); only their
// SHA-256 is stored; they expire after kSessionLifetime.

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "app/password_hasher.h"
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
};

struct InitialAdmin {
  std::string username;
  std::string password;
  domain::Office office;
};

class AuthService {
 public:
  static constexpr int kMaxFailedLogins = 5;
  static constexpr std::chrono::hours kSessionLifetime{12};
  static constexpr std::chrono::seconds kFirstLockout{30};
  static constexpr std::chrono::seconds kMaxLockout{3600};

  // Computes one hash up front (the stand-in verified for unknown users).
  AuthService(ports::UserRepository& users, ports::SessionRepository& sessions,
              ports::OfficeRepository& offices, const ports::Clock& clock,
              const PasswordHasher& hasher);

  Expected<LoginResult> login(const std::string& username, const std::string& password);
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

 private:
  Error failLogin(const domain::UserCredentials& credentials);
  Expected<domain::Office> rootOffice();

  ports::UserRepository& users_;
  ports::SessionRepository& sessions_;
  ports::OfficeRepository& offices_;
  const ports::Clock& clock_;
  const PasswordHasher& hasher_;
  std::string decoyHash_;
};

}  // namespace audientia::app
