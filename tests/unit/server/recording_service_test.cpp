#include "app/recording_service.h"

#include <gtest/gtest.h>

#include <fstream>

#include "audientia/base/sha256.h"
#include "storage/filesystem/filesystem_media_store.h"
#include "test_support.h"

namespace audientia::app {
namespace {

using namespace audientia::testing;

// Says a file is media when it starts with "MEDIA"; otherwise gives a reason. The inspector
// with FFmpeg behind it is tested by the media suite.
class MarkerInspector : public ports::MediaInspector {
 public:
  Expected<media::MediaInfo> inspect(const std::filesystem::path& path) override {
    inspected = path;
    std::ifstream in(path, std::ios::binary);
    std::string head(5, '\0');
    in.read(head.data(), 5);
    if (head != "MEDIA") {
      return invalidArgument("opening '" + path.string() +
                             "': Invalid data found when processing input");
    }
    media::MediaInfo info;
    info.container = "marker";
    info.streams.push_back({});
    return info;
  }
  std::filesystem::path inspected;
};

std::span<const std::byte> bytesOf(const std::string& text) {
  return std::as_bytes(std::span(text.data(), text.size()));
}

class RecordingServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = storage::filesystem::FilesystemMediaStore::open(dir_.path() / "media");
    ASSERT_TRUE(opened);
    store_ = std::move(*opened);
    service_ = std::make_unique<RecordingService>(hearings_, recordingsRepo_, *store_, inspector_);
    office_ = *offices_.create({"Office A", std::nullopt});
    otherOffice_ = *offices_.create({"Office B", std::nullopt});
    prosecutor_ = {"user-1", "ana", office_.id, domain::Role::kProsecutor, false, {}};
    domain::NewHearing hearing{office_.id, "2024/1",      domain::HearingKind::kWitness, "", {},
                               "",         prosecutor_.id};
    hearing_ = *hearingsRepo_.create(hearing);
  }

  UploadHeader header(const std::string& content) const {
    return {hearing_.id, "interview.mp4", static_cast<std::int64_t>(content.size()),
            toHex(Sha256::of(content))};
  }

  std::size_t storedFiles() const {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_.path())) {
      count += entry.is_regular_file();
    }
    return count;
  }

  Expected<domain::Recording> upload(const std::string& content, std::size_t chunk = 4) {
    AUDIENTIA_TRY(auto session, service_->beginUpload(prosecutor_, header(content)));
    for (std::size_t at = 0; at < content.size(); at += chunk) {
      AUDIENTIA_TRY_STATUS(
          session->append(static_cast<std::int64_t>(at), bytesOf(content.substr(at, chunk))));
    }
    return session->finish();
  }

  TempDir dir_;
  std::unique_ptr<storage::filesystem::FilesystemMediaStore> store_;
  FakeOfficeRepository offices_;
  FakeHearingRepository hearingsRepo_;
  FakeRecordingRepository recordingsRepo_;
  MarkerInspector inspector_;
  HearingService hearings_{offices_, hearingsRepo_, recordingsRepo_};
  std::unique_ptr<RecordingService> service_;
  domain::Office office_;
  domain::Office otherOffice_;
  domain::User prosecutor_;
  domain::Hearing hearing_;
};

TEST_F(RecordingServiceTest, UploadStoresVerifiedMedia) {
  const std::string content = "MEDIA and then some frames";
  auto recording = upload(content);
  ASSERT_TRUE(recording) << recording.error().toString();
  EXPECT_EQ(recording->sha256, toHex(Sha256::of(content)));
  EXPECT_EQ(recording->sizeBytes, static_cast<std::int64_t>(content.size()));
  EXPECT_EQ(recording->uploadedBy, prosecutor_.id);
  ASSERT_TRUE(recording->mediaInfo);
  EXPECT_TRUE(recording->mediaError.empty());
  EXPECT_TRUE(*store_->exists(recording->sha256));
  EXPECT_EQ(recordingsRepo_.recordings_.size(), 1u);
}

TEST_F(RecordingServiceTest, NonMediaIsKeptAndMarked) {
  auto recording = upload("just some notes, not a video");
  ASSERT_TRUE(recording) << recording.error().toString();
  EXPECT_FALSE(recording->mediaInfo);
  // The reason names the file as uploaded, not the server's staging path.
  EXPECT_EQ(recording->mediaError,
            "opening 'interview.mp4': Invalid data found when processing input");
  EXPECT_TRUE(*store_->exists(recording->sha256));
}

TEST_F(RecordingServiceTest, ShaMismatchStoresNothing) {
  const std::string content = "MEDIA original";
  auto session = service_->beginUpload(prosecutor_, header(content));
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->append(0, bytesOf("MEDIA 0riginal")));
  auto finished = (*session)->finish();
  ASSERT_FALSE(finished);
  EXPECT_EQ(finished.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(finished.error().message(), "declared sha256 " + toHex(Sha256::of(content)) +
                                            " does not match received " +
                                            toHex(Sha256::of("MEDIA 0riginal")));
  EXPECT_TRUE(recordingsRepo_.recordings_.empty());
  EXPECT_EQ(storedFiles(), 0u);
}

TEST_F(RecordingServiceTest, ShortUploadStoresNothing) {
  const std::string content = "MEDIA twelve";
  auto session = service_->beginUpload(prosecutor_, header(content));
  ASSERT_TRUE((*session)->append(0, bytesOf("MEDIA")));
  auto finished = (*session)->finish();
  ASSERT_FALSE(finished);
  EXPECT_NE(finished.error().message().find("received 5 bytes"), std::string::npos);
  EXPECT_EQ(storedFiles(), 0u);
  EXPECT_TRUE(recordingsRepo_.recordings_.empty());
}

TEST_F(RecordingServiceTest, ChunksOutOfOrderOrPastTheSizeAreRejected) {
  const std::string content = "MEDIA 0123456789";
  auto session = service_->beginUpload(prosecutor_, header(content));
  ASSERT_TRUE((*session)->append(0, bytesOf("MEDIA ")));
  auto gap = (*session)->append(10, bytesOf("6789"));
  ASSERT_FALSE(gap);
  EXPECT_EQ(gap.error().message(), "chunk offset: expected 6, got 10");
  EXPECT_EQ(storedFiles(), 0u);

  auto again = service_->beginUpload(prosecutor_, header(content));
  auto tooMuch = (*again)->append(0, bytesOf(content + "extra"));
  ASSERT_FALSE(tooMuch);
  EXPECT_NE(tooMuch.error().message().find("past the declared size_bytes"), std::string::npos);
}

TEST_F(RecordingServiceTest, HeaderIsValidated) {
  auto good = header("MEDIA");
  auto check = [&](UploadHeader bad, ErrorCode code, const std::string& text) {
    auto session = service_->beginUpload(prosecutor_, bad);
    ASSERT_FALSE(session);
    EXPECT_EQ(session.error().code(), code);
    EXPECT_NE(session.error().message().find(text), std::string::npos) << session.error().message();
  };
  auto bad = good;
  bad.hearingId = "hearing-404";
  check(bad, ErrorCode::kNotFound, "hearing hearing-404 does not exist");
  bad = good;
  bad.hearingId.clear();
  check(bad, ErrorCode::kInvalidArgument, "hearing_id is required");
  bad = good;
  bad.sha256 = std::string(64, 'A');
  check(bad, ErrorCode::kInvalidArgument, "sha256 must be 64 lower-case hex digits");
  bad = good;
  bad.sizeBytes = -1;
  check(bad, ErrorCode::kInvalidArgument, "size_bytes");
  bad = good;
  bad.fileName = "../../etc/passwd";
  check(bad, ErrorCode::kInvalidArgument, "file_name");
  domain::User outsider{"user-2", "bob", otherOffice_.id, domain::Role::kProsecutor, false, {}};
  auto denied = service_->beginUpload(outsider, good);
  ASSERT_FALSE(denied);
  // Another office's hearing reads exactly like a missing one.
  EXPECT_EQ(denied.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(denied.error().message(), "hearing " + hearing_.id + " does not exist");
}

TEST_F(RecordingServiceTest, DownloadRanges) {
  std::string content = "MEDIA";
  for (int i = 0; i < 5000; ++i) content += std::to_string(i);
  auto recording = upload(content, 1000);
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

TEST_F(RecordingServiceTest, AbandonedUploadLeavesNothing) {
  {
    auto session = service_->beginUpload(prosecutor_, header("MEDIA never finished"));
    ASSERT_TRUE((*session)->append(0, bytesOf("MEDIA")));
    EXPECT_EQ(storedFiles(), 1u);
  }
  EXPECT_EQ(storedFiles(), 0u);
}

}  // namespace
}  // namespace audientia::app
