#include "app/hearings/recording_service.h"

#include <gtest/gtest.h>

#include <fstream>

#include "audientia/base/sha256.h"
#include "audientia/testing/fakes/hearing_fakes.h"
#include "audientia/testing/fakes/identity_fakes.h"
#include "storage/filesystem/filesystem_media_store.h"
#include "test_support.h"

namespace audientia::app {
namespace {

using namespace audientia::testing;

class RecordingServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = storage::filesystem::FilesystemMediaStore::open(dir_.path() / "media");
    ASSERT_TRUE(opened);
    store_ = std::move(*opened);
    service_ = std::make_unique<RecordingService>(hearings_, recordingsRepo_, *store_);
    office_ = *offices_.create({"Office A", std::nullopt});
    otherOffice_ = *offices_.create({"Office B", std::nullopt});
    prosecutor_ = {"user-1", "ana", office_.id, domain::Role::kProsecutor, false, {}};
    domain::NewHearing hearing{office_.id, "2024/1",      domain::HearingKind::kWitness, "", {},
                               "",         prosecutor_.id};
    hearing_ = *hearingsRepo_.create(hearing);
  }

  // A stored FILE recording (the upload path itself is tested against PostgreSQL).
  Expected<domain::Recording> upload(
      const std::string& content,
      domain::RecordingState state = domain::RecordingState::kProcessing) {
    AUDIENTIA_TRY(auto writer, store_->createWriter());
    AUDIENTIA_TRY_STATUS(writer->write(bytesOf(content)));
    AUDIENTIA_TRY(std::string key, writer->commit());
    domain::NewRecording created{
        hearing_.id, "interview.mp4", static_cast<std::int64_t>(content.size()), key, std::nullopt,
        {},          prosecutor_.id};
    AUDIENTIA_TRY(domain::Recording recording, recordingsRepo_.create(created));
    auto& stored = recordingsRepo_.recordings_.back();
    stored.state = state;
    domain::RecordingFile file;
    file.recordingId = stored.id;
    file.role = domain::FileRole::kOriginal;
    file.fileName = stored.fileName;
    file.sizeBytes = stored.sizeBytes;
    file.sha256 = key;
    stored.files.push_back(file);
    return stored;
  }

  TempDir dir_;
  std::unique_ptr<storage::filesystem::FilesystemMediaStore> store_;
  FakeOfficeRepository offices_;
  FakeHearingRepository hearingsRepo_;
  FakeRecordingRepository recordingsRepo_;
  HearingService hearings_{offices_, hearingsRepo_, recordingsRepo_};
  std::unique_ptr<RecordingService> service_;
  domain::Office office_;
  domain::Office otherOffice_;
  domain::User prosecutor_;
  domain::Hearing hearing_;
};

TEST_F(RecordingServiceTest, DownloadRanges) {
  std::string content = "MEDIA";
  for (int i = 0; i < 5000; ++i) content += std::to_string(i);
  auto recording = upload(content);
  ASSERT_TRUE(recording);
  auto readRange = [&](std::int64_t offset, std::int64_t length) -> Expected<std::string> {
    AUDIENTIA_TRY(auto download,
                  service_->openDownload(prosecutor_, recording->id, offset, length));
    std::string out;
    std::vector<std::byte> buffer(777);
    while (true) {
      AUDIENTIA_TRY(std::size_t n, download->next(buffer));
      if (n == 0) break;
      out.append(reinterpret_cast<const char*>(buffer.data()), n);
    }
    return out;
  };
  EXPECT_EQ(*readRange(0, 0), content);
  EXPECT_EQ(*readRange(100, 50), content.substr(100, 50));
  EXPECT_EQ(*readRange(static_cast<std::int64_t>(content.size()) - 3, 0),
            content.substr(content.size() - 3));
  EXPECT_EQ(*readRange(static_cast<std::int64_t>(content.size()), 0), "");
  auto beyond = readRange(static_cast<std::int64_t>(content.size()) + 1, 0);
  ASSERT_FALSE(beyond);
  EXPECT_EQ(beyond.error().code(), ErrorCode::kOutOfRange);
  auto past = readRange(10, static_cast<std::int64_t>(content.size()));
  ASSERT_FALSE(past);
  EXPECT_EQ(past.error().code(), ErrorCode::kOutOfRange);
  EXPECT_EQ(readRange(-1, 0).error().code(), ErrorCode::kInvalidArgument);
  auto missing = service_->openDownload(prosecutor_, "recording-404", 0, 0);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
}

TEST_F(RecordingServiceTest, DownloadWaitsForVerificationAndNamesMissingFiles) {
  auto uploading = upload("MEDIA not yet verified", domain::RecordingState::kUploading);
  ASSERT_TRUE(uploading);
  auto early = service_->openDownload(prosecutor_, uploading->id, 0, 0);
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(early.error().message(), "recording " + uploading->id +
                                         " is still uploading: its original cannot be "
                                         "downloaded yet");
  auto ready = upload("MEDIA verified");
  ASSERT_TRUE(ready);
  auto master =
      service_->openDownload(prosecutor_, ready->id, 0, 0, {domain::FileRole::kMaster, 0});
  ASSERT_FALSE(master);
  EXPECT_EQ(master.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(master.error().message(), "recording " + ready->id + " has no master");
  auto original = service_->openDownload(prosecutor_, ready->id, 0, 0);
  ASSERT_TRUE(original) << original.error().toString();
  EXPECT_EQ((*original)->file().role, domain::FileRole::kOriginal);
}

}  // namespace
}  // namespace audientia::app
