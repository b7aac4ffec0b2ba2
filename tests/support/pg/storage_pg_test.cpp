#include "storage_pg_test.h"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "audientia/base/sha256.h"

namespace audientia::testing {

domain::Timestamp TestClock::now() const {
  std::lock_guard lock(mutex_);
  return std::chrono::system_clock::now() + offset_;
}

void TestClock::advance(std::chrono::seconds by) {
  std::lock_guard lock(mutex_);
  offset_ += by;
}

void StorageTest::SetUp() {
  PgTest::SetUp();
  if (IsSkipped() || HasFatalFailure()) return;
  storage_ = openMigratedStorage();
  ASSERT_TRUE(storage_);
  dir_ = makeScratchDir("storage");
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
  clerkA_ = addUser("clerk.a", officeA_.id, domain::Role::kClerk);
}

void IngestStorageTest::SetUp() {
  StorageTest::SetUp();
  if (IsSkipped() || HasFatalFailure()) return;
  hearing_ = addHearing(officeA_.id, domain::HearingKind::kWitness, "123/P/2026");
}

domain::User StorageTest::addUser(const std::string& name, const std::string& officeId,
                                  domain::Role role) {
  auto user = storage_->users().create({name, officeId, role, "scrypt$unused$" + name});
  EXPECT_TRUE(user) << user.error().toString();
  return user ? *user : domain::User{};
}

domain::Hearing StorageTest::addHearing(const std::string& officeId, domain::HearingKind kind,
                                        const std::string& caseNumber) {
  static int counter = 0;
  domain::NewHearing hearing;
  hearing.officeId = officeId;
  hearing.caseNumber = caseNumber.empty() ? "C/" + std::to_string(++counter) : caseNumber;
  hearing.kind = kind;
  hearing.participants = {{"witness", "Ion Pop"}};
  hearing.createdBy = prosecutorA_.id;
  auto created = storage_->hearings().create(hearing);
  EXPECT_TRUE(created) << created.error().toString();
  return created ? *created : domain::Hearing{};
}

std::string StorageTest::putObject(const std::string& content) {
  auto writer = store_->createWriter();
  EXPECT_TRUE(writer);
  EXPECT_TRUE((*writer)->write(std::as_bytes(std::span(content.data(), content.size()))));
  auto key = (*writer)->commit();
  EXPECT_TRUE(key) << key.error().toString();
  return key ? *key : std::string();
}

std::string StorageTest::putFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return putObject(content);
}

domain::Recording StorageTest::addRecording(const std::string& hearingId,
                                            const std::string& fileName,
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

std::filesystem::path StorageTest::writableObjectFile(const std::string& key) {
  auto path = store_->localPath(key);
  EXPECT_TRUE(path.has_value());
  EXPECT_EQ(::chmod(path->c_str(), 0644), 0);
  return *path;
}

domain::NewUpload StorageTest::fileUpload(const std::string& id, const std::string& content) const {
  domain::NewUpload u;
  u.id = id;
  u.hearingId = hearing_.id;
  u.recordingId = id;
  u.recordingKind = domain::RecordingKind::kFile;
  u.role = domain::FileRole::kOriginal;
  u.fileName = "interview.mp4";
  u.sizeBytes = static_cast<std::int64_t>(content.size());
  u.sha256 = sha(content);
  u.createdBy = clerkA_.id;
  u.expiresAt = std::chrono::system_clock::now() + std::chrono::hours(24);
  return u;
}

domain::NewUpload StorageTest::segmentUpload(const std::string& id, const std::string& captureId,
                                             int seq) const {
  domain::NewUpload u = fileUpload(id, "segment " + std::to_string(seq));
  u.recordingId = captureId;
  u.recordingKind = domain::RecordingKind::kCapture;
  u.role = domain::FileRole::kSegment;
  u.sequence = seq;
  u.fileName = "segment-" + std::to_string(seq) + ".mkv";
  return u;
}

domain::RecordingFile StorageTest::file(const std::string& recordingId, domain::FileRole role,
                                        int seq, const std::string& content) {
  domain::RecordingFile f;
  f.recordingId = recordingId;
  f.role = role;
  f.sequence = seq;
  f.fileName = "file-" + std::to_string(seq);
  f.sizeBytes = static_cast<std::int64_t>(content.size());
  f.sha256 = sha(content);
  return f;
}

std::string StorageTest::sha(const std::string& text) {
  return toHex(Sha256::of(text));
}

std::string StorageTest::uuid(int n) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "11111111-2222-4333-8444-%012d", n);
  return buf;
}

}  // namespace audientia::testing
