#pragma once

// The PostgreSQL implementations of ports/repositories.h. Each method is one transaction
// (a single statement, or a PgTransaction when it writes several rows). Ids that are not
// syntactically uuids are reported as kNotFound, never as an SQL error.

#include "pg_pool.h"
#include "ports/repositories.h"

namespace audientia::storage::postgres {

class PgOfficeRepository final : public ports::OfficeRepository {
 public:
  explicit PgOfficeRepository(PgPool& pool) : pool_(pool) {}
  Expected<domain::Office> create(const domain::NewOffice& office) override;
  Expected<domain::Office> get(const std::string& id) override;
  Expected<domain::Page<domain::Office>> list(const domain::PageRequest& page) override;
  Expected<domain::Office> rename(const std::string& id, const std::string& name) override;
  Expected<domain::Office> setParent(const std::string& id, const std::string& parentId) override;
  Expected<domain::Office> setActive(const std::string& id, bool active) override;

 private:
  PgPool& pool_;
};

class PgUserRepository final : public ports::UserRepository {
 public:
  explicit PgUserRepository(PgPool& pool) : pool_(pool) {}
  Expected<domain::User> create(const domain::NewUser& user) override;
  Expected<domain::User> get(const std::string& id) override;
  Expected<domain::UserCredentials> findByUsername(const std::string& username) override;
  Status recordFailedLogin(const std::string& userId,
                           std::optional<domain::Timestamp> lockedUntil) override;
  Status recordSuccessfulLogin(const std::string& userId) override;
  Expected<std::int64_t> count() override;
  Expected<domain::Page<domain::User>> list(const std::vector<std::string>& officeIds,
                                            const domain::PageRequest& page) override;
  Expected<domain::User> setDisabled(const std::string& id, bool disabled) override;
  Expected<domain::User> setPasswordHash(const std::string& id,
                                         const std::string& passwordHash) override;
  Expected<domain::User> setRole(const std::string& id, domain::Role role) override;

 private:
  PgPool& pool_;
};

class PgSessionRepository final : public ports::SessionRepository {
 public:
  explicit PgSessionRepository(PgPool& pool) : pool_(pool) {}
  Status create(const std::string& tokenHash, const domain::Session& session) override;
  Expected<domain::Session> find(const std::string& tokenHash) override;
  Status touch(const std::string& tokenHash, domain::Timestamp lastSeenAt) override;
  Status revoke(const std::string& tokenHash) override;
  Status revokeAllForUser(const std::string& userId, const std::string& exceptTokenHash) override;

 private:
  PgPool& pool_;
};

class PgHearingRepository final : public ports::HearingRepository {
 public:
  explicit PgHearingRepository(PgPool& pool) : pool_(pool) {}
  Expected<domain::Hearing> create(const domain::NewHearing& hearing) override;
  Expected<domain::Hearing> get(const std::string& id) override;
  Expected<domain::Page<domain::Hearing>> list(const std::string& officeId,
                                               const domain::PageRequest& page) override;

 private:
  PgPool& pool_;
};

class PgRecordingRepository final : public ports::RecordingRepository {
 public:
  explicit PgRecordingRepository(PgPool& pool) : pool_(pool) {}
  Expected<domain::Recording> create(const domain::NewRecording& recording) override;
  Expected<domain::Recording> get(const std::string& id) override;
  Expected<std::vector<domain::Recording>> listByHearing(const std::string& hearingId) override;
  Expected<domain::Recording> setState(const std::string& id, domain::RecordingState state,
                                       const std::string& failureReason = {}) override;
  Expected<bool> transition(const std::string& id, domain::RecordingState from,
                            domain::RecordingState to) override;
  Status addFile(const domain::RecordingFile& file, bool replace = false) override;
  Status removeDerivedFiles(const std::string& recordingId) override;
  Expected<std::vector<domain::RecordingFile>> listFiles(const std::string& recordingId) override;
  Status setMediaInfo(const std::string& id, const std::optional<domain::MediaInfo>& mediaInfo,
                      const std::string& mediaError) override;
  Expected<domain::Recording> completeCapture(const std::string& id, const std::string& sha256,
                                              std::int64_t sizeBytes,
                                              const std::string& manifestJson,
                                              const domain::CaptureFacts& facts) override;
  Expected<bool> keyReferenced(const std::string& sha256) override;
  Expected<std::map<std::string, std::string>> sha512Of(
      const std::vector<std::string>& sha256s) override;
  Status recordSha512(const std::string& sha256, const std::string& sha512) override;

 private:
  PgPool& pool_;
};

}  // namespace audientia::storage::postgres
