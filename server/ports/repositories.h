#pragma once

// What the use cases need from persistent storage. Implemented by storage/postgres.
// Every method is one transaction. Errors: kNotFound for a missing object, kAlreadyExists for
// a unique violation, kInvalidArgument for a foreign key to a missing object,
// kUnavailable when the database cannot be reached, kInternal otherwise.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "domain/entities.h"

namespace audientia::ports {

class OfficeRepository {
 public:
  virtual ~OfficeRepository() = default;
  virtual Expected<domain::Office> create(const domain::NewOffice& office) = 0;
  virtual Expected<domain::Office> get(const std::string& id) = 0;
  // Ordered by creation time, oldest first.
  virtual Expected<domain::Page<domain::Office>> list(const domain::PageRequest& page) = 0;
  // Each returns the office as changed; kNotFound when it does not exist.
  virtual Expected<domain::Office> rename(const std::string& id, const std::string& name) = 0;
  // The caller checks for cycles; the database refuses them too (kFailedPrecondition).
  virtual Expected<domain::Office> setParent(const std::string& id,
                                             const std::string& parentId) = 0;
  virtual Expected<domain::Office> setActive(const std::string& id, bool active) = 0;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual Expected<domain::User> create(const domain::NewUser& user) = 0;
  virtual Expected<domain::User> get(const std::string& id) = 0;
  virtual Expected<domain::UserCredentials> findByUsername(const std::string& username) = 0;
  // Increments the failed-login counter and sets the lock (nullopt: no lock).
  virtual Status recordFailedLogin(const std::string& userId,
                                   std::optional<domain::Timestamp> lockedUntil) = 0;
  virtual Status recordSuccessfulLogin(const std::string& userId) = 0;
  virtual Expected<std::int64_t> count() = 0;
  // Users of the given offices, ordered by creation time, oldest first.
  virtual Expected<domain::Page<domain::User>> list(const std::vector<std::string>& officeIds,
                                                    const domain::PageRequest& page) = 0;
  virtual Expected<domain::User> setDisabled(const std::string& id, bool disabled) = 0;
  // Also clears the failed-login counter and any lock.
  virtual Expected<domain::User> setPasswordHash(const std::string& id,
                                                 const std::string& passwordHash) = 0;
  virtual Expected<domain::User> setRole(const std::string& id, domain::Role role) = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  // tokenHash is the SHA-256 of the token; the token itself is never stored.
  virtual Status create(const std::string& tokenHash, const domain::Session& session) = 0;
  // kNotFound when unknown or revoked.
  virtual Expected<domain::Session> find(const std::string& tokenHash) = 0;
  virtual Status touch(const std::string& tokenHash, domain::Timestamp lastSeenAt) = 0;
  virtual Status revoke(const std::string& tokenHash) = 0;
  // Revokes every live session of the user except the one with exceptTokenHash (may be empty).
  virtual Status revokeAllForUser(const std::string& userId,
                                  const std::string& exceptTokenHash) = 0;
};

class HearingRepository {
 public:
  virtual ~HearingRepository() = default;
  virtual Expected<domain::Hearing> create(const domain::NewHearing& hearing) = 0;
  virtual Expected<domain::Hearing> get(const std::string& id) = 0;
  // Newest first; officeId empty: all offices.
  virtual Expected<domain::Page<domain::Hearing>> list(const std::string& officeId,
                                                       const domain::PageRequest& page) = 0;
};

class RecordingRepository {
 public:
  virtual ~RecordingRepository() = default;
  // The one-call upload: inserts the recording in state kAvailable with its original file
  // (role kOriginal, sequence 0), in one transaction.
  virtual Expected<domain::Recording> create(const domain::NewRecording& recording) = 0;
  // With files (ordered by role, sequence).
  virtual Expected<domain::Recording> get(const std::string& id) = 0;
  // Oldest first; without files.
  virtual Expected<std::vector<domain::Recording>> listByHearing(const std::string& hearingId) = 0;

  // State changes. failureReason is stored with kFailed and cleared otherwise. kNotFound.
  virtual Expected<domain::Recording> setState(const std::string& id, domain::RecordingState state,
                                               const std::string& failureReason = {}) = 0;
  // Moves from `from` to `to` only if the recording is in `from`; false when it was not.
  virtual Expected<bool> transition(const std::string& id, domain::RecordingState from,
                                    domain::RecordingState to) = 0;
  // Adds a file; adding the same (role, sequence) with the same sha256 again is a no-op,
  // with another sha256 kAlreadyExists. replace=true overwrites (derived files on reprocess).
  virtual Status addFile(const domain::RecordingFile& file, bool replace = false) = 0;
  // Removes the derived files (master, thumbnails, waveform) before processing runs again.
  virtual Status removeDerivedFiles(const std::string& recordingId) = 0;
  virtual Expected<std::vector<domain::RecordingFile>> listFiles(
      const std::string& recordingId) = 0;
  // Media facts found by processing (probe of the master or original).
  virtual Status setMediaInfo(const std::string& id,
                              const std::optional<domain::MediaInfo>& mediaInfo,
                              const std::string& mediaError) = 0;
  // A completed capture package: its digest and size (those of the manifest file / all the
  // originals), manifest JSON, and what it declares (seal, gaps, markers); moves kUploading ->
  // kVerifying. kFailedPrecondition when not in kUploading.
  virtual Expected<domain::Recording> completeCapture(const std::string& id,
                                                      const std::string& sha256,
                                                      std::int64_t sizeBytes,
                                                      const std::string& manifestJson,
                                                      const domain::CaptureFacts& facts) = 0;
  // Whether any recording file references this key (before removing an object).
  virtual Expected<bool> keyReferenced(const std::string& sha256) = 0;
  // The SHA-512 of stored objects, by key (db/migrations/0009): the keys given that have one.
  virtual Expected<std::map<std::string, std::string>> sha512Of(
      const std::vector<std::string>& sha256s) = 0;
  // Keeps an object's SHA-512 (a second call for the same object changes nothing).
  virtual Status recordSha512(const std::string& sha256, const std::string& sha512) = 0;
};

}  // namespace audientia::ports
