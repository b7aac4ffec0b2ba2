#pragma once

// The one seeded PostgreSQL fixture of the server tests: a migrated database of its own (PgTest),
// a real filesystem media store in a scratch directory, an office tree (National > Office A >
// Office A1, and National > Office B), an admin of the root and of A, a prosecutor and a clerk
// of A, a clock the test moves, and helpers to make hearings, uploads, stored
// objects and recordings.

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "domain/entities.h"
#include "domain/ingest.h"
#include "pg_test.h"
#include "ports/clock.h"
#include "postgres_storage.h"
#include "storage/filesystem/filesystem_media_store.h"

namespace audientia::testing {

// Real time plus an offset the test moves.
class TestClock : public ports::Clock {
 public:
  domain::Timestamp now() const override;
  void advance(std::chrono::seconds by);

 private:
  mutable std::mutex mutex_;
  std::chrono::seconds offset_{0};
};

class StorageTest : public PgTest {
 protected:
  static constexpr const char* kUnknownUuid = "00000000-0000-4000-8000-000000000000";

  void SetUp() override;

  domain::User addUser(const std::string& name, const std::string& officeId, domain::Role role);
  // caseNumber empty: a new one per call.
  domain::Hearing addHearing(const std::string& officeId, domain::HearingKind kind,
                             const std::string& caseNumber = "");

  // Stores bytes (or a file's bytes) in the media store; returns the key (its SHA-256).
  std::string putObject(const std::string& content);
  std::string putFile(const std::filesystem::path& path);
  // A file recording (state available, its original stored) as the one-call upload makes it.
  domain::Recording addRecording(const std::string& hearingId, const std::string& fileName,
                                 const std::string& content);
  // The stored file of an object, made writable (the store keeps objects 0444).
  std::filesystem::path writableObjectFile(const std::string& key);

  // An upload of `content` as the original of a new FILE recording in hearing_, by clerkA_.
  domain::NewUpload fileUpload(const std::string& id, const std::string& content) const;
  // Segment `seq` of capture `captureId` in hearing_.
  domain::NewUpload segmentUpload(const std::string& id, const std::string& captureId,
                                  int seq) const;
  static domain::RecordingFile file(const std::string& recordingId, domain::FileRole role, int seq,
                                    const std::string& content);

  // The keeping and ingest repositories, on this test's database.
  ports::JobQueue& jobs() { return storage_->jobs(); }
  ports::AlertRepository& alerts() { return storage_->alerts(); }
  ports::FixityRepository& fixity() { return storage_->fixity(); }
  ports::RetentionRepository& retention() { return storage_->retention(); }
  ports::UploadRepository& uploads() { return storage_->uploads(); }

  static std::string sha(const std::string& text);
  // A uuid of the canonical form, distinct per n.
  static std::string uuid(int n);

  std::unique_ptr<storage::postgres::PostgresStorage> storage_;
  std::unique_ptr<storage::filesystem::FilesystemMediaStore> store_;
  std::filesystem::path dir_;  // scratch directory; the store is dir_/media
  TestClock clock_;
  domain::Office root_, officeA_, officeA1_, officeB_;
  domain::User rootAdmin_, adminA_, prosecutorA_, clerkA_;
  domain::Hearing hearing_;  // IngestStorageTest's
};

// StorageTest with one hearing in office A (hearing_), which uploads and recordings go into.
class IngestStorageTest : public StorageTest {
 protected:
  void SetUp() override;
};

}  // namespace audientia::testing
