#pragma once

// In-memory fakes of the identity ports (clock, audit log, offices, users, sessions), for testing
// use cases without PostgreSQL. The PostgreSQL adapters are tested against a real database
// (tests/pg); what tests on these fakes exercise is the use cases and the API above them.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "domain/entities.h"
#include "ports/audit_log.h"
#include "ports/clock.h"
#include "ports/repositories.h"

namespace audientia::testing {

// The id a fake gives its n-th object of a kind: a UUID, as PostgreSQL gives them (the API and
// the audit trail treat ids that are not UUIDs as wrong). kind: 1 office, 2 user, 3 hearing,
// 4 recording.
inline std::string fakeId(int kind, std::size_t n) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%08x-0000-4000-8000-%012zu", kind, n);
  return buffer;
}

class FakeClock : public ports::Clock {
 public:
  domain::Timestamp now() const override { return now_; }
  void advance(std::chrono::seconds by) { now_ += by; }

 private:
  domain::Timestamp now_ = std::chrono::system_clock::now();
};

// The AuditLog port in memory: records events so that tests can look at them. The real chain
// (hashes, verify) is tested against PostgreSQL.
class MemoryAuditLog : public ports::AuditLog {
 public:
  Expected<domain::AuditEvent> append(const domain::NewAuditEvent& event) override {
    domain::AuditEvent stored;
    static_cast<domain::NewAuditEvent&>(stored) = event;
    stored.seq = static_cast<std::int64_t>(events_.size()) + 1;
    stored.time = std::chrono::system_clock::now();
    events_.push_back(stored);
    return stored;
  }
  Expected<domain::Page<domain::AuditEvent>> list(const domain::AuditFilter&,
                                                  const domain::PageRequest&) override {
    domain::Page<domain::AuditEvent> page;
    page.items = events_;
    return page;
  }
  Expected<domain::AuditVerification> verify() override {
    domain::AuditVerification result;
    result.eventsChecked = static_cast<std::int64_t>(events_.size());
    return result;
  }
  std::vector<domain::AuditEvent> events_;
};

class FakeOfficeRepository : public ports::OfficeRepository {
 public:
  Expected<domain::Office> create(const domain::NewOffice& office) override {
    domain::Office created{
        fakeId(1, static_cast<std::size_t>(++next_)), office.name, office.parentId, true, {}};
    offices_.push_back(created);
    return created;
  }
  Expected<domain::Office> get(const std::string& id) override {
    for (const auto& office : offices_) {
      if (office.id == id) return office;
    }
    return notFound("office " + id);
  }
  Expected<domain::Page<domain::Office>> list(const domain::PageRequest& page) override {
    domain::Page<domain::Office> result;
    for (const auto& office : offices_) {
      if (static_cast<int>(result.items.size()) < page.limit) result.items.push_back(office);
    }
    return result;
  }
  Expected<domain::Office> rename(const std::string& id, const std::string& name) override {
    return change(id, [&](domain::Office& office) { office.name = name; });
  }
  Expected<domain::Office> setParent(const std::string& id, const std::string& parentId) override {
    return change(id, [&](domain::Office& office) { office.parentId = parentId; });
  }
  Expected<domain::Office> setActive(const std::string& id, bool active) override {
    return change(id, [&](domain::Office& office) { office.active = active; });
  }
  template <class F>
  Expected<domain::Office> change(const std::string& id, F&& f) {
    for (auto& office : offices_) {
      if (office.id == id) {
        f(office);
        return office;
      }
    }
    return notFound("office " + id);
  }
  std::vector<domain::Office> offices_;
  int next_ = 0;
};

class FakeUserRepository : public ports::UserRepository {
 public:
  Expected<domain::User> create(const domain::NewUser& user) override {
    if (users_.count(user.username) != 0) {
      return Error(ErrorCode::kAlreadyExists, "user " + user.username + " exists");
    }
    domain::UserCredentials credentials;
    credentials.user = {
        fakeId(2, users_.size() + 1), user.username, user.officeId, user.role, false, {}};
    credentials.passwordHash = user.passwordHash;
    users_[user.username] = credentials;
    return credentials.user;
  }
  Expected<domain::User> get(const std::string& id) override {
    for (const auto& [name, credentials] : users_) {
      if (credentials.user.id == id) return credentials.user;
    }
    return notFound("user " + id);
  }
  Expected<domain::UserCredentials> findByUsername(const std::string& username) override {
    auto found = users_.find(username);
    if (found == users_.end()) return notFound("user " + username);
    return found->second;
  }
  Status recordFailedLogin(const std::string& userId,
                           std::optional<domain::Timestamp> lockedUntil) override {
    for (auto& [name, credentials] : users_) {
      if (credentials.user.id == userId) {
        ++credentials.failedLogins;
        credentials.lockedUntil = lockedUntil;
      }
    }
    return ok();
  }
  Status recordSuccessfulLogin(const std::string& userId) override {
    for (auto& [name, credentials] : users_) {
      if (credentials.user.id == userId) {
        credentials.failedLogins = 0;
        credentials.lockedUntil.reset();
      }
    }
    return ok();
  }
  Expected<std::int64_t> count() override { return static_cast<std::int64_t>(users_.size()); }
  Expected<domain::Page<domain::User>> list(const std::vector<std::string>& officeIds,
                                            const domain::PageRequest&) override {
    domain::Page<domain::User> page;
    for (const auto& [name, credentials] : users_) {
      for (const auto& office : officeIds) {
        if (credentials.user.officeId == office) page.items.push_back(credentials.user);
      }
    }
    return page;
  }
  Expected<domain::User> setDisabled(const std::string& id, bool disabled) override {
    return change(id, [&](domain::UserCredentials& c) { c.user.disabled = disabled; });
  }
  Expected<domain::User> setPasswordHash(const std::string& id, const std::string& hash) override {
    return change(id, [&](domain::UserCredentials& c) {
      c.passwordHash = hash;
      c.failedLogins = 0;
      c.lockedUntil.reset();
    });
  }
  Expected<domain::User> setRole(const std::string& id, domain::Role role) override {
    return change(id, [&](domain::UserCredentials& c) { c.user.role = role; });
  }
  template <class F>
  Expected<domain::User> change(const std::string& id, F&& f) {
    for (auto& [name, credentials] : users_) {
      if (credentials.user.id == id) {
        f(credentials);
        return credentials.user;
      }
    }
    return notFound("user " + id);
  }

  std::map<std::string, domain::UserCredentials> users_;
};

class FakeSessionRepository : public ports::SessionRepository {
 public:
  Status create(const std::string& tokenHash, const domain::Session& session) override {
    sessions_[tokenHash] = session;
    return ok();
  }
  Expected<domain::Session> find(const std::string& tokenHash) override {
    auto found = sessions_.find(tokenHash);
    if (found == sessions_.end()) return notFound("session");
    return found->second;
  }
  Status touch(const std::string& tokenHash, domain::Timestamp lastSeenAt) override {
    sessions_[tokenHash].lastSeenAt = lastSeenAt;
    return ok();
  }
  Status revoke(const std::string& tokenHash) override {
    sessions_.erase(tokenHash);
    return ok();
  }
  Status revokeAllForUser(const std::string& userId, const std::string& except) override {
    std::erase_if(sessions_, [&](const auto& entry) {
      return entry.second.userId == userId && entry.first != except;
    });
    return ok();
  }
  std::map<std::string, domain::Session> sessions_;
};

}  // namespace audientia::testing
