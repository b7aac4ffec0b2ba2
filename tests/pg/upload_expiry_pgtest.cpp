// Upload expiry against PostgreSQL and a real store: an abandoned upload is marked expired,
// its staging file removed and its file recording failed; a staging file no upload owns is
// removed; a live upload and its staging file are left alone.

#include "app/keeping/upload_expiry.h"
#include "audientia/base/sha256.h"
#include "storage_pg_test.h"

namespace audientia::app {
namespace {

using namespace std::chrono_literals;
using testing::StorageTest;

class UploadExpiryTest : public StorageTest {
 protected:
  domain::Upload startUpload(const std::string& id, const std::string& hearingId,
                             domain::Timestamp expiresAt) {
    domain::NewUpload upload;
    upload.id = id;
    upload.hearingId = hearingId;
    upload.recordingId = id;
    upload.recordingKind = domain::RecordingKind::kFile;
    upload.role = domain::FileRole::kOriginal;
    upload.fileName = "big.mp4";
    upload.sizeBytes = 1000;
    upload.sha256 = toHex(Sha256::of("whatever"));
    upload.createdBy = prosecutorA_.id;
    upload.expiresAt = expiresAt;
    auto created = uploads().create(upload);
    EXPECT_TRUE(created) << created.error().toString();
    stage(id);
    return created ? *created : domain::Upload{};
  }
  void stage(const std::string& id) {
    auto staging = store_->openUploadSink(id, true);
    ASSERT_TRUE(staging) << staging.error().toString();
    const std::string bytes = "first bytes";
    ASSERT_TRUE((*staging)->append(0, std::as_bytes(std::span(bytes.data(), bytes.size()))));
    ASSERT_TRUE((*staging)->sync());
  }
};

TEST_F(UploadExpiryTest, AbandonedUploadsExpireAndOrphanStagingIsReclaimed) {
  auto hearing = addHearing(officeA_.id, domain::HearingKind::kWitness);
  const auto now = std::chrono::system_clock::now();
  auto abandoned = startUpload("0b7e5a43-7d1c-4c55-9a3e-5b8f5e7f0001", hearing.id, now + 1h);
  auto live = startUpload("0b7e5a43-7d1c-4c55-9a3e-5b8f5e7f0002", hearing.id, now + 48h);
  const std::string orphan = "0b7e5a43-7d1c-4c55-9a3e-5b8f5e7f0003";
  stage(orphan);

  UploadExpiry expiry(uploads(), storage_->recordings(), *store_, clock_);
  auto nothing = expiry.run();
  ASSERT_TRUE(nothing) << nothing.error().toString();
  EXPECT_EQ(nothing->expired, 0);
  EXPECT_EQ(nothing->orphansRemoved, 1);

  clock_.advance(2h);
  auto result = expiry.run();
  ASSERT_TRUE(result) << result.error().toString();
  EXPECT_EQ(result->expired, 1);
  EXPECT_EQ(result->orphansRemoved, 0);
  EXPECT_EQ(uploads().get(abandoned.id)->state, domain::UploadState::kExpired);
  EXPECT_EQ(uploads().get(live.id)->state, domain::UploadState::kReceiving);
  auto staged = store_->listUploadSinks();
  ASSERT_TRUE(staged);
  EXPECT_EQ(*staged, std::vector<std::string>{live.id});
  auto recording = storage_->recordings().get(abandoned.recordingId);
  ASSERT_TRUE(recording);
  EXPECT_EQ(recording->state, domain::RecordingState::kFailed);
  EXPECT_NE(recording->failureReason.find("expired"), std::string::npos);
  EXPECT_EQ(storage_->recordings().get(live.recordingId)->state,
            domain::RecordingState::kUploading);
}

}  // namespace
}  // namespace audientia::app
