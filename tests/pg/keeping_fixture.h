#pragma once

// What the keeping tests share: a migrated database of their own, a real filesystem media
// store, an office tree (root > office A > A1, and an unrelated office B), an admin of the root
// and one of A, a clock the test moves, and helpers to store objects and recordings.

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>

#include "audientia/base/sha256.h"
#include "domain/entities.h"
#include "pg_test.h"
#include "ports/clock.h"
#include "ports/ingest_repositories.h"
#include "ports/keeping_repositories.h"
#include "storage/filesystem/filesystem_media_store.h"

namespace audientia::testing {

class TestClock : public ports::Clock {
 public:
  domain::Timestamp now() const override {
    std::lock_guard lock(mutex_);
    return std::chrono::system_clock::now() + offset_;
  }
  void advance(std::chrono::seconds by) {
    std::lock_guard lock(mutex_);
    offset_ += by;
  }

 private:
  mutable std::mutex mutex_;
  std::chrono::seconds offset_{0};
};

class KeepingTest : public PgTest {
 protected:
  void SetUp() override {
    PgTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    storage_ = openMigratedStorage();
    ASSERT_TRUE(storage_);
    dir_ = makeScratchDir("keeping");
    auto store = storage::filesystem::FilesystemMediaStore::open(dir_ / "media");
    ASSERT_TRUE(store) << store.error().toString();
    store_ = std::move(*store);
    auto& offices = storage_->offices();
    root_ = *offices.create({"National", std::nullopt});
    officeA_ = *offices.create({"Office A", root_.id});
    officeA1_ = *offices.create({"Office A1", officeA_.id});
    officeB_ = *offices.create({"Office B", root_.id});
    rootAdmin_ = addUser("root.admin", root_.id, domain::Role::kAdmin);
    adminA_ = addUser("admin.a", officeA_.id, domain::Role::kAdmin);
    prosecutorA_ = addUser("prosecutor.a", officeA_.id, domain::Role::kProsecutor);
  }

  domain::User addUser(const std::string& name, const std::string& officeId, domain::Role role) {
    auto user = storage_->users().create({name, officeId, role, "scrypt$unused$" + name});
    EXPECT_TRUE(user) << user.error().toString();
    return user ? *user : domain::User{};
  }

  domain::Hearing addHearing(const std::string& officeId, domain::HearingKind kind,
                             const std::string& caseNumber = "") {
    static int counter = 0;
    domain::NewHearing hearing;
    hearing.officeId = officeId;
    hearing.caseNumber = caseNumber.empty() ? "C/" + std::to_string(++counter) : caseNumber;
    hearing.kind = kind;
    hearing.createdBy = prosecutorA_.id;
    auto created = storage_->hearings().create(hearing);
    EXPECT_TRUE(created) << created.error().toString();
    return created ? *created : domain::Hearing{};
  }

  // Stores bytes in the media store; returns the key (its SHA-256).
  std::string putObject(const std::string& content) {
    auto writer = store_->createWriter();
    EXPECT_TRUE(writer);
    EXPECT_TRUE((*writer)->write(std::as_bytes(std::span(content.data(), content.size()))));
    auto key = (*writer)->commit();
    EXPECT_TRUE(key) << key.error().toString();
    return key ? *key : std::string();
  }

  std::string putFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return putObject(content);
  }

  // A file recording (state available, its original stored) as the one-call upload makes it.
  domain::Recording addRecording(const std::string& hearingId, const std::string& fileName,
                                 const std::string& content) {
    const std::string key = putObject(content);
    domain::NewRecording recording;
    recording.hearingId = hearingId;
    recording.fileName = fileName;
    recording.sizeBytes = static_cast<std::int64_t>(content.size());
    recording.sha256 = key;
    recording.uploadedBy = prosecutorA_.id;
    auto created = storage_->recordings().create(recording);
    EXPECT_TRUE(created) << created.error().toString();
    return created ? *created : domain::Recording{};
  }

  // The stored file of an object, made writable (the store keeps objects 0444).
  std::filesystem::path writableObjectFile(const std::string& key) {
    auto path = store_->localPath(key);
    EXPECT_TRUE(path.has_value());
    EXPECT_EQ(::chmod(path->c_str(), 0644), 0);
    return *path;
  }

  // The repositories of ports/ingest_repositories.h, on this test's database.
  ports::JobQueue& jobs() { return storage_->jobs(); }
  ports::AlertRepository& alerts() { return storage_->alerts(); }
  ports::FixityRepository& fixity() { return storage_->fixity(); }
  ports::RetentionRepository& retention() { return storage_->retention(); }
  ports::UploadRepository& uploads() { return storage_->uploads(); }

  std::unique_ptr<storage::postgres::PostgresStorage> storage_;
  std::unique_ptr<storage::filesystem::FilesystemMediaStore> store_;
  std::filesystem::path dir_;
  TestClock clock_;
  domain::Office root_, officeA_, officeA1_, officeB_;
  domain::User rootAdmin_, adminA_, prosecutorA_;
};

}  // namespace audientia::testing
