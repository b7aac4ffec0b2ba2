// The upload engine on capture packages (sealed, unsealed, a segment that differs from its
// manifest) and the upload queue across instances.

#include "upload_engine_fixture.h"

namespace audientia::client::upload_engine_testing {

TEST_F(UploadEngineTest, UploadsASealedCaptureAsAPackageWithItsManifestBytes) {
  const fs::path dir = makeCapture("capture", 3, /*seal=*/true);
  auto engine = this->engine();
  auto outcome = engine.upload("h", dir, FollowMode::kNoFollow);
  ASSERT_TRUE(outcome.has_value()) << outcome.error().toString();
  const auto& entry = outcome->entry;
  ASSERT_EQ(entry.files.size(), 3u);
  EXPECT_EQ(entry.kind, UploadItemKind::kCapture);
  EXPECT_EQ(outcome->recording.file_name(), "3 segments");
  for (const auto& file : entry.files) {
    EXPECT_EQ(server_.dataOf(file.uploadId), readAll(dir / file.fileName));
    std::lock_guard lock(server_.mutex);
    const auto& request = server_.uploads.at(file.uploadId).request;
    EXPECT_EQ(request.package_id(), entry.recordingId);
    EXPECT_EQ(request.segment_sequence(), file.sequence);
  }
  EXPECT_EQ(server_.completedManifests.at(entry.recordingId), readAll(dir / "manifest.json"));
  EXPECT_FALSE(entry.seal.empty());
}

TEST_F(UploadEngineTest, RefusesAnUnsealedCaptureWithNoRunningProcess) {
  const fs::path dir = makeCapture("torn", 2, /*seal=*/false);
  auto engine = this->engine();
  auto outcome = engine.upload("h", dir, FollowMode::kFollow);
  ASSERT_FALSE(outcome.has_value());
  EXPECT_EQ(outcome.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(
      outcome.error().message().find("audientiactl capture recover " + dir.string() + " --seal"),
      std::string::npos)
      << outcome.error().message();
}

TEST_F(UploadEngineTest, ASegmentThatDiffersFromTheManifestIsNotSent) {
  const fs::path dir = makeCapture("tampered", 2, /*seal=*/true);
  {
    std::fstream segment(dir / media::segmentFileName(2),
                         std::ios::in | std::ios::out | std::ios::binary);
    segment.seekp(100);
    segment.put('X');
  }
  auto engine = this->engine();
  auto outcome = engine.upload("h", dir, FollowMode::kNoFollow);
  ASSERT_FALSE(outcome.has_value());
  EXPECT_EQ(outcome.error().code(), ErrorCode::kDataLoss);
  EXPECT_NE(outcome.error().message().find("segment-00002.mp4"), std::string::npos)
      << outcome.error().message();
  EXPECT_TRUE(server_.completedManifests.empty());
}

TEST_F(UploadEngineTest, TheQueueKeepsItemsAcrossInstancesAndResumesThem) {
  const fs::path a = writeRandomFile(dir_.path() / "a.bin", 30'000, 1);
  const fs::path b = writeRandomFile(dir_.path() / "b.bin", 30'000, 2);
  {
    UploadQueue queue(*api_, *api_, journal_, address_, options_);
    ASSERT_TRUE(queue.enqueue("h", a, FollowMode::kNoFollow).has_value());
    ASSERT_TRUE(queue.enqueue("h", b, FollowMode::kNoFollow).has_value());
    EXPECT_EQ(queue.items()->size(), 2u);
  }
  UploadQueue queue(*api_, *api_, journal_, address_, options_);
  const auto results = queue.resumeAll();
  ASSERT_EQ(results.size(), 2u);
  for (const auto& result : results) {
    ASSERT_TRUE(result.outcome.has_value()) << result.outcome.error().toString();
  }
  EXPECT_EQ(queue.runNext().outcome.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(*queue.removeFinished(), 2u);
  EXPECT_TRUE(queue.items()->empty());
}

TEST_F(UploadEngineTest, AbortingAQueuedItemMarksItAbortedAndARunStartsAfresh) {
  const fs::path file = writeRandomFile(dir_.path() / "a.bin", 200'000);
  UploadQueue queue(*api_, *api_, journal_, address_, options_);
  server_.streamsToBreak = 1;
  server_.breakAfterBytes = 0;
  server_.refuseWrites = false;
  auto entry = queue.enqueue("h", file, FollowMode::kNoFollow);
  ASSERT_TRUE(entry.has_value());
  EXPECT_EQ(queue.remove(entry->key).error().code(), ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(queue.abort(entry->key).has_value());  // never created on the server: NOT_FOUND ok
  EXPECT_EQ(journal_.find(entry->key)->value().state, UploadItemState::kAborted);
  auto outcome = queue.engine().run(entry->key);
  ASSERT_TRUE(outcome.has_value()) << outcome.error().toString();
  EXPECT_EQ(server_.dataOf(outcome->entry.recordingId), readAll(file));
  ASSERT_TRUE(queue.remove(entry->key).has_value());
}

}  // namespace audientia::client::upload_engine_testing
