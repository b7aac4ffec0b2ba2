// The upload engine on files: streams, resume from the durable offset, digests declared at
// creation or completion, rate limits, data loss, giving up, cancelling, changed files.

#include "upload_engine_fixture.h"

namespace audientia::client::upload_engine_testing {

TEST_F(UploadEngineTest, UploadsAFileInStreamsAndRecordsItDone) {
  const fs::path file = writeRandomFile(dir_.path() / "hearing.mp4", 300'000);
  std::vector<UploadPhase> phases;
  auto engine = this->engine();
  auto outcome = engine.upload("hearing-1", file, FollowMode::kNoFollow,
                               [&](const UploadProgress& p) { phases.push_back(p.phase); });
  ASSERT_TRUE(outcome.has_value()) << outcome.error().toString();
  const auto& entry = outcome->entry;
  EXPECT_EQ(entry.state, UploadItemState::kDone);
  EXPECT_EQ(entry.recordingId, entry.files.at(0).uploadId);
  EXPECT_EQ(outcome->recording.id(), entry.recordingId);
  EXPECT_EQ(outcome->recording.sha256(), toHex(*Sha256::ofFile(file)));
  EXPECT_EQ(server_.dataOf(entry.recordingId), readAll(file));
  EXPECT_EQ(server_.writeCalls.load(), 5);  // 300 000 bytes in streams of 64 KiB
  EXPECT_FALSE(outcome->alreadyDone);
  EXPECT_EQ(outcome->resumedFromBytes, 0u);
  // One read pass: the file is hashed as it is sent, and the digest declared at completion.
  EXPECT_EQ(std::count(phases.begin(), phases.end(), UploadPhase::kHashing), 0);
  EXPECT_EQ(phases.front(), UploadPhase::kSending);
  EXPECT_EQ(phases.back(), UploadPhase::kDone);
  EXPECT_EQ(std::count(phases.begin(), phases.end(), UploadPhase::kResuming), 0);
  {
    std::lock_guard lock(server_.mutex);
    EXPECT_EQ(server_.uploads.at(entry.recordingId).request.sha256(), "");
    EXPECT_EQ(server_.completionDigests, std::vector<std::string>{toHex(*Sha256::ofFile(file))});
  }

  const auto saved = journal_.find(entry.key);
  ASSERT_TRUE(saved.has_value() && saved->has_value());
  EXPECT_EQ((*saved)->state, UploadItemState::kDone);
  EXPECT_TRUE((*saved)->files.at(0).digestAtCompletion);
  EXPECT_EQ((*saved)->files.at(0).sha256, toHex(*Sha256::ofFile(file)));

  // The same command again: nothing is sent, the same recording is reported.
  auto again = engine.upload("hearing-1", file, FollowMode::kNoFollow);
  ASSERT_TRUE(again.has_value()) << again.error().toString();
  EXPECT_TRUE(again->alreadyDone);
  EXPECT_EQ(again->entry.recordingId, entry.recordingId);
  EXPECT_EQ(server_.createCalls.load(), 1);
}

TEST_F(UploadEngineTest, BrokenStreamsAreRetriedFromTheDurableOffset) {
  const fs::path file = writeRandomFile(dir_.path() / "a.bin", 200'000);
  server_.streamsToBreak = 3;
  server_.breakAfterBytes = 20'000;
  std::vector<std::string> retries;
  auto engine = this->engine();
  auto outcome = engine.upload("h", file, FollowMode::kNoFollow, [&](const UploadProgress& p) {
    if (p.phase == UploadPhase::kRetrying) retries.push_back(p.detail);
  });
  ASSERT_TRUE(outcome.has_value()) << outcome.error().toString();
  EXPECT_EQ(server_.dataOf(outcome->entry.recordingId), readAll(file));
  ASSERT_EQ(retries.size(), 3u);
  EXPECT_NE(retries[0].find("UNAVAILABLE"), std::string::npos) << retries[0];
}

TEST_F(UploadEngineTest, AnotherEngineResumesWhereACancelledOneStopped) {
  const fs::path file = writeRandomFile(dir_.path() / "big.bin", 400'000);
  {
    auto first = engine();
    auto outcome = first.upload("h", file, FollowMode::kNoFollow, [&](const UploadProgress& p) {
      if (p.phase == UploadPhase::kSending && p.sentBytes >= 150'000) first.cancel();
    });
    ASSERT_FALSE(outcome.has_value());
    EXPECT_EQ(outcome.error().code(), ErrorCode::kCancelled);
  }
  const auto items = journal_.list();
  ASSERT_TRUE(items.has_value());
  ASSERT_EQ(items->size(), 1u);
  const UploadJournalEntry pending = items->front();
  EXPECT_EQ(pending.state, UploadItemState::kPending);
  // The cancelled stream's handler may still be taking in chunks that were on the wire.
  for (int i = 0; i < 500 && server_.activeWrites > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_EQ(server_.activeWrites, 0);
  const std::uint64_t held = server_.dataOf(pending.recordingId).size();
  EXPECT_GE(held, 64u << 10);  // at least one stream finished before the cancel
  EXPECT_LT(held, 400'000u);

  std::uint64_t resumedAt = 0;
  std::uint64_t hashedUpTo = 0;
  auto second = engine();
  auto outcome = second.upload("h", file, FollowMode::kNoFollow, [&](const UploadProgress& p) {
    if (p.phase == UploadPhase::kResuming) resumedAt = p.sentBytes;
    if (p.phase == UploadPhase::kHashing) hashedUpTo = std::max(hashedUpTo, p.hashedBytes);
  });
  ASSERT_TRUE(outcome.has_value()) << outcome.error().toString();
  EXPECT_EQ(outcome->entry.recordingId, pending.recordingId);
  EXPECT_EQ(resumedAt, held);
  EXPECT_EQ(outcome->resumedFromBytes, held);
  // What the server held was hashed from the local file, the rest as it was sent: the file was
  // read once, and the digest declared at completion is the whole file's (the fake checks it).
  EXPECT_EQ(hashedUpTo, held);
  EXPECT_EQ(server_.dataOf(pending.recordingId), readAll(file));
  EXPECT_EQ(server_.uploads.size(), 1u);
  EXPECT_EQ(outcome->recording.sha256(), toHex(*Sha256::ofFile(file)));
}

// A run that sent every byte but could not complete keeps the digest it took: the next run
// completes with it, without reading the file again.
TEST_F(UploadEngineTest, AnUploadWhoseBytesAllArrivedCompletesWithTheJournalsDigest) {
  const fs::path file = writeRandomFile(dir_.path() / "all.bin", 150'000);
  const std::string digest = toHex(*Sha256::ofFile(file));
  server_.refuseCompletions = 1;
  auto engine = this->engine();
  auto first = engine.upload("h", file, FollowMode::kNoFollow);
  ASSERT_FALSE(first.has_value());
  EXPECT_EQ(first.error().code(), ErrorCode::kFailedPrecondition);
  const auto pending = journal_.list();
  ASSERT_TRUE(pending && pending->size() == 1u);
  EXPECT_EQ(pending->front().state, UploadItemState::kPending);
  EXPECT_EQ(pending->front().files.at(0).sha256, digest) << "kept before completing";

  std::vector<UploadPhase> phases;
  auto second = engine.upload("h", file, FollowMode::kNoFollow,
                              [&](const UploadProgress& p) { phases.push_back(p.phase); });
  ASSERT_TRUE(second.has_value()) << second.error().toString();
  EXPECT_EQ(std::count(phases.begin(), phases.end(), UploadPhase::kHashing), 0);
  EXPECT_EQ(std::count(phases.begin(), phases.end(), UploadPhase::kSending), 0);
  EXPECT_EQ(second->recording.sha256(), digest);
  EXPECT_EQ(server_.completionDigests, (std::vector<std::string>{digest, digest}));
}

// Journal items from before digests at completion were created with the digest: a resumed one
// keeps sending it at creation (the same fields, so the server resumes it) and re-hashes only
// when the file's size or mtime changed.
TEST_F(UploadEngineTest, AnItemCreatedWithItsDigestByAnEarlierVersionResumesAsBefore) {
  const fs::path file = writeRandomFile(dir_.path() / "old.bin", 120'000);
  const std::string digest = toHex(*Sha256::ofFile(file));
  auto engine = this->engine();
  auto entry = engine.enqueue("h", file, FollowMode::kNoFollow);
  ASSERT_TRUE(entry.has_value()) << entry.error().toString();
  entry->files.at(0).digestAtCompletion = false;
  entry->files.at(0).sha256 = digest;
  entry->files.at(0).mtimeNs = entry->mtimeNs;
  ASSERT_TRUE(journal_.save(*entry).has_value());
  {
    // What the earlier version had sent before it stopped.
    v1::CreateUploadRequest create;
    create.set_upload_id(entry->files.at(0).uploadId);
    create.set_hearing_id("h");
    create.set_file_name("old.bin");
    create.set_size_bytes(120'000);
    create.set_sha256(digest);
    std::lock_guard lock(server_.mutex);
    server_.uploads.emplace(create.upload_id(),
                            FakeRecordings::Upload{create, readAll(file).substr(0, 50'000),
                                                   v1::UPLOAD_STATE_RECEIVING, std::string()});
  }
  std::vector<UploadPhase> phases;
  auto outcome =
      engine.run(entry->key, [&](const UploadProgress& p) { phases.push_back(p.phase); });
  ASSERT_TRUE(outcome.has_value()) << outcome.error().toString();
  EXPECT_EQ(outcome->resumedFromBytes, 50'000u);
  EXPECT_EQ(std::count(phases.begin(), phases.end(), UploadPhase::kHashing), 0);
  EXPECT_EQ(server_.dataOf(entry->recordingId), readAll(file));
  EXPECT_EQ(server_.uploads.size(), 1u) << "the same upload, resumed";
  EXPECT_EQ(server_.uploads.at(entry->recordingId).request.sha256(), digest);
  EXPECT_FALSE(outcome->entry.files.at(0).digestAtCompletion);
}

// A server from before digests at completion refuses a CreateUpload without one: the engine
// hashes the file first and creates the upload with it, as it used to.
TEST_F(UploadEngineTest, AServerThatWantsTheDigestAtCreationGetsItThere) {
  const fs::path file = writeRandomFile(dir_.path() / "strict.bin", 90'000);
  server_.requireDigestAtCreate = true;
  std::vector<UploadPhase> phases;
  auto engine = this->engine();
  auto outcome = engine.upload("h", file, FollowMode::kNoFollow,
                               [&](const UploadProgress& p) { phases.push_back(p.phase); });
  ASSERT_TRUE(outcome.has_value()) << outcome.error().toString();
  EXPECT_EQ(phases.front(), UploadPhase::kHashing);
  EXPECT_EQ(outcome->recording.sha256(), toHex(*Sha256::ofFile(file)));
  std::lock_guard lock(server_.mutex);
  EXPECT_EQ(server_.uploads.at(outcome->entry.recordingId).request.sha256(),
            toHex(*Sha256::ofFile(file)));
  EXPECT_FALSE(outcome->entry.files.at(0).digestAtCompletion);
}

// The file is hashed as it is sent, so a file written to during its upload would be stored as
// read, torn: it is refused at completion instead, like a file that changed before its run.
TEST_F(UploadEngineTest, AFileWrittenToDuringItsUploadIsRefusedAtCompletion) {
  const fs::path file = writeRandomFile(dir_.path() / "live.bin", 300'000);
  bool written = false;
  auto engine = this->engine();
  auto outcome = engine.upload("h", file, FollowMode::kNoFollow, [&](const UploadProgress& p) {
    if (p.phase != UploadPhase::kSending || written) return;
    written = true;
    std::fstream live(file, std::ios::in | std::ios::out | std::ios::binary);
    live.seekp(250'000);
    live.put('X');
    live.close();
    fs::last_write_time(file, fs::last_write_time(file) + std::chrono::seconds(1));
  });
  ASSERT_FALSE(outcome.has_value());
  EXPECT_EQ(outcome.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(outcome.error().message().find("changed while it was uploaded"), std::string::npos)
      << outcome.error().message();
  EXPECT_TRUE(server_.completionDigests.empty()) << "nothing was declared";
  const auto items = journal_.list();
  ASSERT_TRUE(items && items->size() == 1u);
  EXPECT_EQ(items->front().state, UploadItemState::kFailed);
}

// Under a rate limit the chunks shrink to a quarter of a second's worth, so that pacing does not
// send the default 4 MiB in bursts.
TEST_F(UploadEngineTest, ARateLimitSendsSmallerChunks) {
  const fs::path file = writeRandomFile(dir_.path() / "paced.bin", 200'000);
  options_.chunkBytes = 4 << 20;
  options_.streamBytes = 64 << 20;
  options_.maxBytesPerSecond = 1 << 18;  // 256 KiB/s: chunks of 64 KiB
  std::vector<std::uint64_t> sent;
  auto outcome = engine().upload("h", file, FollowMode::kNoFollow, [&](const UploadProgress& p) {
    if (p.phase == UploadPhase::kSending) sent.push_back(p.sentBytes);
  });
  ASSERT_TRUE(outcome.has_value()) << outcome.error().toString();
  EXPECT_EQ(sent, (std::vector<std::uint64_t>{64u << 10, 128u << 10, 192u << 10, 200'000u}));
  EXPECT_EQ(server_.dataOf(outcome->entry.recordingId), readAll(file));
}

TEST_F(UploadEngineTest, DataLossRehashesAndSendsAgainOnceThenFails) {
  const fs::path file = writeRandomFile(dir_.path() / "a.bin", 100'000);
  server_.corruptCompletions = 1;
  auto engine = this->engine();
  auto outcome = engine.upload("h", file, FollowMode::kNoFollow);
  ASSERT_TRUE(outcome.has_value()) << outcome.error().toString();
  EXPECT_EQ(server_.dataOf(outcome->entry.recordingId), readAll(file));

  const fs::path other = writeRandomFile(dir_.path() / "b.bin", 100'000, 7);
  server_.corruptCompletions = 2;
  auto failed = engine.upload("h", other, FollowMode::kNoFollow);
  ASSERT_FALSE(failed.has_value());
  EXPECT_EQ(failed.error().code(), ErrorCode::kDataLoss);
  EXPECT_NE(failed.error().message().find("b.bin"), std::string::npos) << failed.error().message();
  const auto items = journal_.list();
  ASSERT_TRUE(items.has_value());
  const auto it = std::find_if(items->begin(), items->end(),
                               [&](const auto& e) { return e.path.filename() == "b.bin"; });
  ASSERT_NE(it, items->end());
  EXPECT_EQ(it->state, UploadItemState::kFailed);
}

TEST_F(UploadEngineTest, GivesUpAfterTheConfiguredTimeWithoutProgressAndStaysPending) {
  const fs::path file = writeRandomFile(dir_.path() / "a.bin", 50'000);
  server_.refuseWrites = true;
  options_.retry.giveUpAfter = milliseconds(200);
  auto engine = this->engine();
  auto outcome = engine.upload("h", file, FollowMode::kNoFollow);
  ASSERT_FALSE(outcome.has_value());
  EXPECT_EQ(outcome.error().code(), ErrorCode::kUnavailable);
  EXPECT_NE(outcome.error().message().find("giving up"), std::string::npos);
  EXPECT_GT(server_.writeCalls.load(), 2);
  EXPECT_EQ(journal_.list()->front().state, UploadItemState::kPending);

  server_.refuseWrites = false;
  auto resumed = engine.upload("h", file, FollowMode::kNoFollow);
  ASSERT_TRUE(resumed.has_value()) << resumed.error().toString();
}

TEST_F(UploadEngineTest, CancelFromAnotherThreadEndsABackoffPromptly) {
  const fs::path file = writeRandomFile(dir_.path() / "a.bin", 50'000);
  server_.refuseWrites = true;
  options_.retry.initialDelay = std::chrono::seconds(30);
  options_.retry.maxDelay = std::chrono::seconds(30);
  auto engine = this->engine();
  std::thread canceller([&] {
    std::this_thread::sleep_for(milliseconds(300));
    engine.cancel();
  });
  const auto started = std::chrono::steady_clock::now();
  auto outcome = engine.upload("h", file, FollowMode::kNoFollow);
  canceller.join();
  ASSERT_FALSE(outcome.has_value());
  EXPECT_EQ(outcome.error().code(), ErrorCode::kCancelled);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
}

TEST_F(UploadEngineTest, AChangedFileIsANewItemWithANewRecording) {
  const fs::path file = writeRandomFile(dir_.path() / "a.bin", 10'000);
  auto engine = this->engine();
  auto first = engine.upload("h", file, FollowMode::kNoFollow);
  ASSERT_TRUE(first.has_value()) << first.error().toString();
  std::ofstream(file, std::ios::app) << "more";
  auto second = engine.upload("h", file, FollowMode::kNoFollow);
  ASSERT_TRUE(second.has_value()) << second.error().toString();
  EXPECT_NE(second->entry.recordingId, first->entry.recordingId);
  EXPECT_EQ(server_.dataOf(second->entry.recordingId), readAll(file));
}

}  // namespace audientia::client::upload_engine_testing
