// UploadService on the in-memory fakes of its ports (tests/support/fakes): the use case alone,
// without PostgreSQL or a filesystem, with a store shaped like a remote one (no local paths,
// bytes durable only once synced). The same use case against PostgreSQL and the filesystem
// store: tests/pg/upload_service_pgtest.cpp.

#include "app/ingest/upload_service.h"

#include <gtest/gtest.h>

#include "audientia/base/sha256.h"
#include "audientia/testing/fakes/identity_fakes.h"
#include "audientia/testing/fakes/ingest_fakes.h"
#include "audientia/testing/fakes/memory_media_store.h"
#include "test_support.h"

namespace audientia::app {
namespace {

using namespace audientia::testing;

class UploadServiceOnFakesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    office_ = *offices_.create({"Office A", std::nullopt});
    prosecutor_ = {"user-1", "ana", office_.id, domain::Role::kProsecutor, false, {}};
    stranger_ = {"user-2", "bob", "office-elsewhere", domain::Role::kProsecutor, false, {}};
    domain::NewHearing hearing{office_.id, "2026/7",      domain::HearingKind::kWitness, "", {},
                               "",         prosecutor_.id};
    hearing_ = *hearingRepo_.create(hearing);
    restart();
  }

  // A new service over the same ports: what a restart of the server process leaves.
  void restart() {
    service_.reset();
    UploadOptions options;
    options.syncEveryBytes = 1000;
    options.busyWait = std::chrono::milliseconds(200);
    service_ = std::make_unique<UploadService>(hearings_, uploads_, recordings_, store_, keyLocks_,
                                               jobs_, clock_, options);
  }

  CreateUploadRequest request(const std::string& id, const std::string& content) const {
    CreateUploadRequest r;
    r.uploadId = id;
    r.hearingId = hearing_.id;
    r.fileName = "interview.mp4";
    r.sizeBytes = static_cast<std::int64_t>(content.size());
    r.sha256 = toHex(Sha256::of(content));
    return r;
  }

  // Sends content[from, to) in one stream, 300 bytes a chunk.
  Expected<domain::Upload> send(const std::string& id, const std::string& content, std::size_t from,
                                std::size_t to) {
    AUDIENTIA_TRY(auto session, service_->openWrite(prosecutor_, id));
    for (std::size_t at = from; at < to; at += 300) {
      std::string chunk = content.substr(at, std::min<std::size_t>(300, to - at));
      AUDIENTIA_TRY_STATUS(session->append(static_cast<std::int64_t>(at), chunk));
    }
    return session->finish();
  }

  static constexpr const char* kId = "0b0e7c52-3a38-4f0e-9d0a-6f9d3c2b1a01";

  FakeClock clock_;
  FakeOfficeRepository offices_;
  FakeHearingRepository hearingRepo_;
  FakeRecordingRepository recordings_;
  FakeUploadRepository uploads_{recordings_};
  FakeJobQueue jobs_;
  ProcessKeyLocks keyLocks_;
  MemoryMediaStore store_;
  HearingService hearings_{offices_, hearingRepo_, recordings_};
  std::unique_ptr<UploadService> service_;
  domain::Office office_;
  domain::User prosecutor_, stranger_;
  domain::Hearing hearing_;
};

std::string content(std::size_t size) {
  std::string out(size, '\0');
  for (std::size_t i = 0; i < size; ++i) out[i] = static_cast<char>('a' + (i * 7) % 26);
  return out;
}

TEST_F(UploadServiceOnFakesTest, ResumesFromTheDurableOffsetAfterACrashAndCompletes) {
  const std::string bytes = content(5000);
  ASSERT_TRUE(service_->create(prosecutor_, request(kId, bytes)));
  auto first = send(kId, bytes, 0, 2500);
  ASSERT_TRUE(first) << first.error().toString();
  EXPECT_EQ(first->durableOffset, 2500) << "the end of a stream is synced";
  // The machine dies: the store keeps what was synced, the service its nothing.
  store_.simulateRestart();
  restart();
  auto status = service_->status(prosecutor_, kId);
  ASSERT_TRUE(status);
  EXPECT_EQ(status->durableOffset, 2500);
  auto rest = send(kId, bytes, 2500, bytes.size());
  ASSERT_TRUE(rest) << rest.error().toString();
  auto completed = service_->complete(prosecutor_, kId);
  ASSERT_TRUE(completed) << completed.error().toString();
  EXPECT_EQ(completed->upload.state, domain::UploadState::kComplete);
  EXPECT_EQ(completed->recording.state, domain::RecordingState::kProcessing);
  EXPECT_EQ(store_.object(toHex(Sha256::of(bytes))), bytes) << "stored byte-identical";
  EXPECT_EQ(store_.sinkSize(kId), -1) << "the sink is gone once committed";
  auto queued = jobs_.list(domain::JobState::kQueued, 10);
  ASSERT_EQ(queued->size(), 1u);
  EXPECT_EQ(queued->front().kind, domain::kJobProcessRecording);
  EXPECT_EQ(queued->front().subject, kId);
}

TEST_F(UploadServiceOnFakesTest, AChunkThatDoesNotContinueIsRefusedAndChangesNothing) {
  const std::string bytes = content(2000);
  ASSERT_TRUE(service_->create(prosecutor_, request(kId, bytes)));
  ASSERT_TRUE(send(kId, bytes, 0, 1200));
  auto session = service_->openWrite(prosecutor_, kId);
  ASSERT_TRUE(session);
  std::string chunk = bytes.substr(1300, 100);
  auto refused = (*session)->append(1300, chunk);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(refused.error().message().find("continues at 1200"), std::string::npos)
      << refused.error().message();
  ASSERT_TRUE((*session)->finish());
  EXPECT_EQ(store_.sinkSize(kId), 1200);
  EXPECT_EQ(service_->status(prosecutor_, kId)->durableOffset, 1200);
}

TEST_F(UploadServiceOnFakesTest, WrongBytesAreDiscardedAndTheUploadStartsOver) {
  const std::string bytes = content(1500);
  std::string forged = bytes;
  forged[700] = '!';
  ASSERT_TRUE(service_->create(prosecutor_, request(kId, bytes)));
  ASSERT_TRUE(send(kId, forged, 0, forged.size()));
  auto completed = service_->complete(prosecutor_, kId);
  ASSERT_FALSE(completed);
  EXPECT_EQ(completed.error().code(), ErrorCode::kDataLoss);
  EXPECT_EQ(store_.objectCount(), 0u) << "nothing stored under any key";
  EXPECT_EQ(store_.sinkSize(kId), -1) << "the sink was aborted";
  EXPECT_EQ(service_->status(prosecutor_, kId)->durableOffset, 0);
  ASSERT_TRUE(send(kId, bytes, 0, bytes.size()));
  ASSERT_TRUE(service_->complete(prosecutor_, kId));
  EXPECT_EQ(store_.object(toHex(Sha256::of(bytes))), bytes);
}

TEST_F(UploadServiceOnFakesTest, AbortRemovesTheSinkAndOutsidersSeeNothing) {
  const std::string bytes = content(800);
  ASSERT_TRUE(service_->create(prosecutor_, request(kId, bytes)));
  ASSERT_TRUE(send(kId, bytes, 0, 400));
  EXPECT_EQ(service_->status(stranger_, kId).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(service_->abort(stranger_, kId).error().code(), ErrorCode::kNotFound);
  auto aborted = service_->abort(prosecutor_, kId);
  ASSERT_TRUE(aborted) << aborted.error().toString();
  EXPECT_EQ(aborted->state, domain::UploadState::kAborted);
  EXPECT_EQ(store_.sinkSize(kId), -1);
  EXPECT_EQ(service_->openWrite(prosecutor_, kId).error().code(), ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace audientia::app
