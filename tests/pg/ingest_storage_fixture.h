#pragma once

// A migrated database with an office, a user and a hearing, for the ingest repository tests.

#include <chrono>
#include <string>

#include "audientia/base/sha256.h"
#include "pg_test.h"

namespace audientia::storage::postgres {

class IngestStorageTest : public testing::PgTest {
 protected:
  static constexpr const char* kUnknownUuid = "00000000-0000-4000-8000-000000000000";

  void SetUp() override {
    PgTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    storage_ = openMigratedStorage();
    ASSERT_TRUE(storage_);
    auto office = storage_->offices().create({"Parchetul Cluj", std::nullopt});
    ASSERT_TRUE(office) << office.error().toString();
    office_ = *office;
    auto user = storage_->users().create({"clerk1", office_.id, domain::Role::kClerk, "h$x"});
    ASSERT_TRUE(user) << user.error().toString();
    user_ = *user;
    hearing_ = makeHearing(domain::HearingKind::kWitness, office_.id);
  }

  domain::Hearing makeHearing(domain::HearingKind kind, const std::string& officeId) {
    domain::NewHearing h;
    h.officeId = officeId;
    h.caseNumber = "123/P/2026";
    h.kind = kind;
    h.createdBy = user_.id;
    h.participants = {{"witness", "Ion Pop"}};
    auto created = storage_->hearings().create(h);
    EXPECT_TRUE(created) << created.error().toString();
    return created ? *created : domain::Hearing{};
  }

  static std::string sha(const std::string& text) { return toHex(Sha256::of(text)); }

  // A uuid of the canonical form, distinct per n.
  static std::string uuid(int n) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "11111111-2222-4333-8444-%012d", n);
    return buf;
  }

  domain::NewUpload fileUpload(const std::string& id, const std::string& content) {
    domain::NewUpload u;
    u.id = id;
    u.hearingId = hearing_.id;
    u.recordingId = id;
    u.recordingKind = domain::RecordingKind::kFile;
    u.role = domain::FileRole::kOriginal;
    u.fileName = "interview.mp4";
    u.sizeBytes = static_cast<std::int64_t>(content.size());
    u.sha256 = sha(content);
    u.createdBy = user_.id;
    u.expiresAt = std::chrono::system_clock::now() + std::chrono::hours(24);
    return u;
  }

  domain::NewUpload segmentUpload(const std::string& id, const std::string& captureId, int seq) {
    domain::NewUpload u = fileUpload(id, "segment " + std::to_string(seq));
    u.recordingId = captureId;
    u.recordingKind = domain::RecordingKind::kCapture;
    u.role = domain::FileRole::kSegment;
    u.sequence = seq;
    u.fileName = "segment-" + std::to_string(seq) + ".mkv";
    return u;
  }

  static domain::RecordingFile file(const std::string& recordingId, domain::FileRole role, int seq,
                                    const std::string& content) {
    domain::RecordingFile f;
    f.recordingId = recordingId;
    f.role = role;
    f.sequence = seq;
    f.fileName = "file-" + std::to_string(seq);
    f.sizeBytes = static_cast<std::int64_t>(content.size());
    f.sha256 = sha(content);
    return f;
  }

  std::unique_ptr<PostgresStorage> storage_;
  domain::Office office_;
  domain::User user_;
  domain::Hearing hearing_;
};

}  // namespace audientia::storage::postgres
