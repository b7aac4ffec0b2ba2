// RecordingRepository (files, states, capture completion) and UploadRepository against a real,
// migrated PostgreSQL.

#include <thread>

#include "storage_pg_test.h"

namespace audientia::storage::postgres {
namespace {

using namespace std::chrono_literals;
using domain::FileRole;
using domain::RecordingState;
using domain::UploadState;

using RecordingUploadTest = testing::IngestStorageTest;

TEST_F(RecordingUploadTest, OneCallCreateStoresTheOriginalFile) {
  const std::string content = "one call upload";
  auto rec = storage_->recordings().create(
      {hearing_.id, "a.mp4", 15, sha(content), std::nullopt, "not media", clerkA_.id});
  ASSERT_TRUE(rec) << rec.error().toString();
  EXPECT_EQ(rec->state, RecordingState::kAvailable);
  EXPECT_EQ(rec->kind, domain::RecordingKind::kFile);
  ASSERT_EQ(rec->files.size(), 1u);
  EXPECT_EQ(rec->files[0].role, FileRole::kOriginal);
  EXPECT_EQ(rec->files[0].sequence, 0);
  EXPECT_EQ(rec->files[0].sha256, sha(content));
  EXPECT_EQ(rec->files[0].fileName, "a.mp4");
  EXPECT_EQ(rec->files[0].sizeBytes, 15);
  EXPECT_TRUE(*storage_->recordings().keyReferenced(sha(content)));
  EXPECT_FALSE(*storage_->recordings().keyReferenced(sha("other")));

  // A bad digest refuses the whole transaction: no recording without its file.
  auto bad = storage_->recordings().create(
      {hearing_.id, "b.mp4", 1, "NOT-A-SHA", std::nullopt, "", clerkA_.id});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(storage_->recordings().listByHearing(hearing_.id)->size(), 1u);
}

TEST_F(RecordingUploadTest, FilesAreOrderedAndAddFileIsIdempotent) {
  auto rec = storage_->recordings().create(
      {hearing_.id, "a.mp4", 3, sha("abc"), std::nullopt, "", clerkA_.id});
  ASSERT_TRUE(rec);
  auto& repo = storage_->recordings();
  ASSERT_TRUE(repo.addFile(file(rec->id, FileRole::kWaveform, 0, "wave")));
  ASSERT_TRUE(repo.addFile(file(rec->id, FileRole::kThumbnail, 2, "t2")));
  ASSERT_TRUE(repo.addFile(file(rec->id, FileRole::kThumbnail, 1, "t1")));
  ASSERT_TRUE(repo.addFile(file(rec->id, FileRole::kMaster, 0, "master")));
  auto f = file(rec->id, FileRole::kMaster, 0, "master");
  f.contentType = "video/mp4";
  f.durationMs = 5000;
  EXPECT_TRUE(repo.addFile(f)) << "same sha256 again is a no-op";
  auto other = repo.addFile(file(rec->id, FileRole::kMaster, 0, "another master"));
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code(), ErrorCode::kAlreadyExists);
  EXPECT_NE(other.error().message().find("master"), std::string::npos);
  ASSERT_TRUE(repo.addFile(f, /*replace=*/true));
  auto replaced = file(rec->id, FileRole::kMaster, 0, "another master");
  ASSERT_TRUE(repo.addFile(replaced, true));

  auto files = repo.listFiles(rec->id);
  ASSERT_TRUE(files);
  ASSERT_EQ(files->size(), 5u);
  EXPECT_EQ((*files)[0].role, FileRole::kOriginal);
  EXPECT_EQ((*files)[1].role, FileRole::kMaster);
  EXPECT_EQ((*files)[1].sha256, sha("another master"));
  EXPECT_EQ((*files)[2].role, FileRole::kThumbnail);
  EXPECT_EQ((*files)[2].sequence, 1);
  EXPECT_EQ((*files)[3].sequence, 2);
  EXPECT_EQ((*files)[4].role, FileRole::kWaveform);
  EXPECT_EQ(repo.get(rec->id)->files.size(), 5u);

  ASSERT_TRUE(repo.removeDerivedFiles(rec->id));
  files = repo.listFiles(rec->id);
  ASSERT_EQ(files->size(), 1u);
  EXPECT_EQ((*files)[0].role, FileRole::kOriginal);
  EXPECT_FALSE(*repo.keyReferenced(sha("wave")));

  auto missing = repo.addFile(file(kUnknownUuid, FileRole::kMaster, 0, "m"));
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code(), ErrorCode::kInvalidArgument);
  auto noRole = repo.addFile(file(rec->id, FileRole::kUnspecified, 0, "m"));
  ASSERT_FALSE(noRole);
  EXPECT_EQ(noRole.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(repo.listFiles(kUnknownUuid)->empty());
}

TEST_F(RecordingUploadTest, StatesTransitionsAndMediaInfo) {
  auto& repo = storage_->recordings();
  auto upload = storage_->uploads().create(fileUpload(uuid(1), "content"));
  ASSERT_TRUE(upload) << upload.error().toString();
  const std::string id = upload->recordingId;
  auto rec = repo.get(id);
  ASSERT_TRUE(rec);
  EXPECT_EQ(rec->state, RecordingState::kUploading);
  EXPECT_EQ(rec->sha256, sha("content"));
  EXPECT_TRUE(rec->files.empty());

  EXPECT_TRUE(*repo.transition(id, RecordingState::kUploading, RecordingState::kVerifying));
  EXPECT_FALSE(*repo.transition(id, RecordingState::kUploading, RecordingState::kVerifying));
  EXPECT_TRUE(*repo.transition(id, RecordingState::kVerifying, RecordingState::kProcessing));
  EXPECT_EQ(repo.get(id)->state, RecordingState::kProcessing);
  EXPECT_EQ(repo.transition(kUnknownUuid, RecordingState::kUploading, RecordingState::kFailed)
                .error()
                .code(),
            ErrorCode::kNotFound);

  auto failed = repo.setState(id, RecordingState::kFailed, "digest mismatch");
  ASSERT_TRUE(failed);
  EXPECT_EQ(failed->state, RecordingState::kFailed);
  EXPECT_EQ(failed->failureReason, "digest mismatch");
  auto back = repo.setState(id, RecordingState::kAvailable, "ignored");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->failureReason, "");
  EXPECT_EQ(repo.setState(kUnknownUuid, RecordingState::kFailed).error().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(repo.setState(id, RecordingState::kUnspecified).error().code(),
            ErrorCode::kInvalidArgument);

  domain::MediaInfo info;
  info.container = "mov,mp4";
  info.duration = std::chrono::milliseconds(4200);
  ASSERT_TRUE(repo.setMediaInfo(id, info, ""));
  EXPECT_EQ(repo.get(id)->mediaInfo->duration, std::chrono::milliseconds(4200));
  ASSERT_TRUE(repo.setMediaInfo(id, std::nullopt, "not a media file"));
  auto plain = repo.get(id);
  EXPECT_FALSE(plain->mediaInfo.has_value());
  EXPECT_EQ(plain->mediaError, "not a media file");
  EXPECT_EQ(repo.setMediaInfo(kUnknownUuid, std::nullopt, "").error().code(), ErrorCode::kNotFound);
}

TEST_F(RecordingUploadTest, CaptureSegmentsAndCompletion) {
  const std::string capture = uuid(100);
  for (int seq = 1; seq <= 3; ++seq) {
    auto u = storage_->uploads().create(segmentUpload(uuid(seq), capture, seq));
    ASSERT_TRUE(u) << u.error().toString();
    EXPECT_EQ(u->role, FileRole::kSegment);
    EXPECT_EQ(u->sequence, seq);
  }
  auto rec = storage_->recordings().get(capture);
  ASSERT_TRUE(rec);
  EXPECT_EQ(rec->kind, domain::RecordingKind::kCapture);
  EXPECT_EQ(rec->fileName, "capture");
  EXPECT_EQ(rec->sha256, "");
  EXPECT_EQ(rec->sizeBytes, 0);

  // The same segment again under another upload id names the segment.
  auto twice = storage_->uploads().create(segmentUpload(uuid(9), capture, 2));
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code(), ErrorCode::kAlreadyExists);
  EXPECT_NE(twice.error().message().find("segment 2"), std::string::npos)
      << twice.error().message();
  // Once the live upload is aborted, the segment can be uploaded again.
  ASSERT_TRUE(storage_->uploads().setState(uuid(2), UploadState::kAborted));
  ASSERT_TRUE(storage_->uploads().create(segmentUpload(uuid(9), capture, 2)));
  auto listed = storage_->uploads().listByRecording(capture);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 4u);
  EXPECT_EQ((*listed)[0].sequence, 1);
  EXPECT_EQ((*listed)[3].sequence, 3);

  // A capture id used as a file recording, or in another hearing: refused.
  auto asFile = fileUpload(uuid(10), "x");
  asFile.recordingId = capture;
  EXPECT_EQ(storage_->uploads().create(asFile).error().code(), ErrorCode::kFailedPrecondition);
  auto otherHearing = segmentUpload(uuid(11), capture, 7);
  otherHearing.hearingId = addHearing(officeA_.id, domain::HearingKind::kVictim).id;
  auto refused = storage_->uploads().create(otherHearing);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(refused.error().message().find("hearing"), std::string::npos);

  std::vector<domain::RecordingGap> gaps{
      {"2026-12-01T08:00:00Z", "2026-12-01T08:01:00Z", "camera unplugged"}};
  const std::string manifest = R"({"segments":3})";
  std::vector<domain::RecordingMarker> markers{
      {"question", "Unde erați în seara de 3 martie?", 61250, "2026-12-01T08:02:01.250Z", 1},
      {"exhibit", "", 90000, "2026-12-01T08:02:30.000Z", 2}};
  auto done = storage_->recordings().completeCapture(capture, sha(manifest), 1234, manifest,
                                                     {sha("seal"), gaps, markers});
  ASSERT_TRUE(done) << done.error().toString();
  EXPECT_EQ(done->state, RecordingState::kVerifying);
  EXPECT_EQ(done->sha256, sha(manifest));
  EXPECT_EQ(done->sizeBytes, 1234);
  EXPECT_EQ(done->captureSeal, sha("seal"));
  ASSERT_EQ(done->gaps.size(), 1u);
  EXPECT_EQ(done->gaps[0].reason, "camera unplugged");
  EXPECT_EQ(done->gaps[0].wallEnd, "2026-12-01T08:01:00Z");
  ASSERT_EQ(done->markers.size(), 2u);
  EXPECT_EQ(done->markers[0].kind, "question");
  EXPECT_EQ(done->markers[0].text, "Unde erați în seara de 3 martie?");
  EXPECT_EQ(done->markers[0].mediaTimeMs, 61250);
  EXPECT_EQ(done->markers[0].wallTime, "2026-12-01T08:02:01.250Z");
  EXPECT_EQ(done->markers[1].run, 2);
  auto again = storage_->recordings().completeCapture(capture, sha(manifest), 1, manifest, {});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(storage_->recordings()
                .completeCapture(kUnknownUuid, sha(manifest), 1, manifest, {})
                .error()
                .code(),
            ErrorCode::kNotFound);
  // A completed capture takes no more segments.
  EXPECT_EQ(storage_->uploads().create(segmentUpload(uuid(12), capture, 4)).error().code(),
            ErrorCode::kFailedPrecondition);
}

TEST_F(RecordingUploadTest, UploadCreateErrors) {
  auto& uploads = storage_->uploads();
  ASSERT_TRUE(uploads.create(fileUpload(uuid(1), "x")));
  auto dup = uploads.create(fileUpload(uuid(1), "x"));
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.error().code(), ErrorCode::kAlreadyExists);

  auto noHearing = fileUpload(uuid(2), "x");
  noHearing.hearingId = kUnknownUuid;
  EXPECT_EQ(uploads.create(noHearing).error().code(), ErrorCode::kInvalidArgument);
  auto badId = fileUpload("not-a-uuid", "x");
  EXPECT_EQ(uploads.create(badId).error().code(), ErrorCode::kInvalidArgument);
  auto manifestRole = fileUpload(uuid(3), "x");
  manifestRole.role = FileRole::kManifest;
  EXPECT_EQ(uploads.create(manifestRole).error().code(), ErrorCode::kInvalidArgument);
  auto badSha = fileUpload(uuid(4), "x");
  badSha.sha256 = "XYZ";
  EXPECT_EQ(uploads.create(badSha).error().code(), ErrorCode::kInvalidArgument);
  // Nothing of a refused create remains.
  EXPECT_EQ(storage_->recordings().get(uuid(4)).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(uploads.get(uuid(2)).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(uploads.get("nope").error().code(), ErrorCode::kNotFound);
}

TEST_F(RecordingUploadTest, AdvanceIsCompareAndSet) {
  auto& uploads = storage_->uploads();
  const std::string content(100, 'x');
  auto u = uploads.create(fileUpload(uuid(1), content));
  ASSERT_TRUE(u);
  EXPECT_EQ(u->state, UploadState::kReceiving);
  EXPECT_EQ(u->durableOffset, 0);
  const auto later = std::chrono::system_clock::now() + 48h;
  EXPECT_TRUE(*uploads.advance(u->id, 0, 40, later));
  EXPECT_FALSE(*uploads.advance(u->id, 0, 60, later)) << "stale expected offset";
  EXPECT_TRUE(*uploads.advance(u->id, 40, 100, later));
  auto got = uploads.get(u->id);
  EXPECT_EQ(got->durableOffset, 100);
  EXPECT_LT(std::chrono::abs(got->expiresAt - later), 1ms);
  EXPECT_EQ(uploads.advance(u->id, 100, 101, later).error().code(), ErrorCode::kInvalidArgument)
      << "beyond the declared size";
  EXPECT_EQ(uploads.advance(u->id, 100, 50, later).error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(uploads.advance(kUnknownUuid, 0, 1, later).error().code(), ErrorCode::kNotFound);
  ASSERT_TRUE(uploads.reset(u->id));
  EXPECT_EQ(uploads.get(u->id)->durableOffset, 0);
  EXPECT_EQ(uploads.reset(kUnknownUuid).error().code(), ErrorCode::kNotFound);

  // Two writers racing from the same offset: exactly one wins.
  std::atomic<int> wins{0};
  std::vector<std::thread> racers;
  for (int i = 0; i < 4; ++i) {
    racers.emplace_back([&, i] {
      auto r = uploads.advance(u->id, 0, 10 + i, later);
      if (r && *r) ++wins;
    });
  }
  for (auto& t : racers) t.join();
  EXPECT_EQ(wins.load(), 1);

  ASSERT_TRUE(uploads.setState(u->id, UploadState::kExpired));
  EXPECT_FALSE(*uploads.advance(u->id, uploads.get(u->id)->durableOffset, 100, later))
      << "an upload that is not receiving does not move";
}

TEST_F(RecordingUploadTest, CompleteAddsTheFileOnce) {
  auto& uploads = storage_->uploads();
  const std::string content = "the evidence";
  auto u = uploads.create(fileUpload(uuid(1), content));
  ASSERT_TRUE(u);
  auto original = file(u->recordingId, FileRole::kOriginal, 0, content);
  original.fileName = "interview.mp4";
  auto done = uploads.complete(u->id, original);
  ASSERT_TRUE(done) << done.error().toString();
  EXPECT_EQ(done->state, UploadState::kComplete);
  auto again = uploads.complete(u->id, original);
  ASSERT_TRUE(again) << "a retried complete is not an error";
  auto rec = storage_->recordings().get(u->recordingId);
  ASSERT_EQ(rec->files.size(), 1u);
  EXPECT_EQ(rec->files[0].sha256, sha(content));

  // Another digest for the same member: refused, and the upload stays as it was.
  auto u2 = uploads.create(segmentUpload(uuid(2), uuid(50), 1));
  ASSERT_TRUE(u2);
  ASSERT_TRUE(storage_->recordings().addFile(file(uuid(50), FileRole::kSegment, 1, "first")));
  auto clash = uploads.complete(u2->id, file(uuid(50), FileRole::kSegment, 1, "second"));
  ASSERT_FALSE(clash);
  EXPECT_EQ(clash.error().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(uploads.get(u2->id)->state, UploadState::kReceiving);
  auto wrongRecording = uploads.complete(u2->id, file(u->recordingId, FileRole::kSegment, 1, "x"));
  EXPECT_EQ(wrongRecording.error().code(), ErrorCode::kInvalidArgument);

  ASSERT_TRUE(uploads.setState(u2->id, UploadState::kAborted));
  EXPECT_EQ(uploads.complete(u2->id, file(uuid(50), FileRole::kSegment, 1, "first")).error().code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(uploads.complete(kUnknownUuid, original).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(uploads.setState(kUnknownUuid, UploadState::kAborted).error().code(),
            ErrorCode::kNotFound);
}

// An upload whose client declares the digest at completion holds '' until then (its FILE
// recording NULL); completing it records the file's digest on both. A complete upload always
// has one (the schema refuses it otherwise).
TEST_F(RecordingUploadTest, AnUploadCreatedWithoutItsDigestTakesItAtCompletion) {
  auto& uploads = storage_->uploads();
  auto late = fileUpload(uuid(60), "declared at completion");
  late.sha256.clear();
  auto u = uploads.create(late);
  ASSERT_TRUE(u) << u.error().toString();
  EXPECT_EQ(u->sha256, "");
  EXPECT_EQ(storage_->recordings().get(u->recordingId)->sha256, "");
  auto done = uploads.complete(
      u->id, file(u->recordingId, FileRole::kOriginal, 0, "declared at completion"));
  ASSERT_TRUE(done) << done.error().toString();
  EXPECT_EQ(done->state, UploadState::kComplete);
  EXPECT_EQ(done->sha256, sha("declared at completion"));
  EXPECT_EQ(uploads.get(u->id)->sha256, sha("declared at completion"));
  EXPECT_EQ(storage_->recordings().get(u->recordingId)->sha256, sha("declared at completion"));

  auto undeclared = fileUpload(uuid(61), "never declared");
  undeclared.sha256.clear();
  auto u2 = uploads.create(undeclared);
  ASSERT_TRUE(u2) << u2.error().toString();
  EXPECT_FALSE(uploads.setState(u2->id, UploadState::kComplete)) << "complete without a digest";
  EXPECT_TRUE(uploads.setState(u2->id, UploadState::kAborted)) << "aborted without one is fine";
}

TEST_F(RecordingUploadTest, ListExpiredTakesOnlyReceivingUploadsPastTheirTime) {
  auto& uploads = storage_->uploads();
  const auto now = std::chrono::system_clock::now();
  for (int i = 1; i <= 4; ++i) {
    auto u = fileUpload(uuid(i), "c" + std::to_string(i));
    u.expiresAt = now - std::chrono::hours(5 - i);  // 1 expired first
    if (i == 4) u.expiresAt = now + 1h;
    ASSERT_TRUE(uploads.create(u));
  }
  ASSERT_TRUE(uploads.setState(uuid(2), UploadState::kExpired));
  auto expired = uploads.listExpired(now, 10);
  ASSERT_TRUE(expired);
  ASSERT_EQ(expired->size(), 2u);
  EXPECT_EQ((*expired)[0].id, uuid(1));
  EXPECT_EQ((*expired)[1].id, uuid(3));
  EXPECT_EQ(uploads.listExpired(now, 1)->size(), 1u);
}

}  // namespace
}  // namespace audientia::storage::postgres
