// UploadService against a real PostgreSQL and a real filesystem media store: resumable
// uploads (restart, refused chunks, wrong digest, disk full) and capture packages.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>

#include "app/hearings/hearing_service.h"
#include "app/hearings/recording_service.h"
#include "app/ingest/upload_service.h"
#include "audientia/base/sha256.h"
#include "audientia/media/capture_manifest.h"
#include "storage/filesystem/filesystem_media_store.h"
#include "storage_pg_test.h"

namespace audientia::app {
namespace {

namespace fs = std::filesystem;
using storage::filesystem::FilesystemMediaStore;

std::string pattern(std::size_t size, int seed) {
  std::string out(size, '\0');
  std::uint32_t x = 2463534242u + static_cast<std::uint32_t>(seed);
  for (auto& c : out) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    c = static_cast<char>(x & 0xff);
  }
  return out;
}

class UploadServiceTest : public testing::IngestStorageTest {
 protected:
  void SetUp() override {
    IngestStorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    storeDir_ = dir_ / "media";
    reopen(0);
  }

  // A new store and service: what a restart of the server leaves.
  void reopen(std::uint64_t maxBytes) {
    service_.reset();
    recordings_.reset();
    store_.reset();
    auto store = FilesystemMediaStore::open(storeDir_, {maxBytes});
    ASSERT_TRUE(store) << store.error().toString();
    store_ = std::move(*store);
    hearings_ = std::make_unique<HearingService>(storage_->offices(), storage_->hearings(),
                                                 storage_->recordings());
    UploadOptions options;
    options.syncEveryBytes = 1 << 20;
    options.busyWait = std::chrono::seconds(1);
    service_ = std::make_unique<UploadService>(
        *hearings_, storage_->uploads(), storage_->recordings(), *store_, storage_->keyLocks(),
        storage_->jobs(), clock_, options);
    recordings_ = std::make_unique<RecordingService>(*hearings_, storage_->recordings(), *store_);
  }

  CreateUploadRequest request(const std::string& id, const std::string& content) const {
    CreateUploadRequest r;
    r.uploadId = id;
    r.hearingId = hearing_.id;
    r.fileName = "interview.mp4";
    r.sizeBytes = static_cast<std::int64_t>(content.size());
    r.sha256 = sha(content);
    return r;
  }

  // Writes content[from, to) in one stream, chunk bytes at a time.
  Expected<domain::Upload> write(const std::string& id, const std::string& content,
                                 std::size_t from, std::size_t to, std::size_t chunk = 64 << 10) {
    AUDIENTIA_TRY(auto session, service_->openWrite(prosecutorA_, id));
    Status status = ok();
    for (std::size_t at = from; at < to && status; at += chunk) {
      std::size_t n = std::min(chunk, to - at);
      std::string bytes = content.substr(at, n);
      status = session->append(static_cast<std::int64_t>(at), bytes);
    }
    auto finished = session->finish();
    if (!status) return status.error();
    return finished;
  }

  void diskFullKeepsTheUploadResumable(std::size_t size, std::size_t chunk, int n);

  std::int64_t durable(const std::string& id) {
    auto upload = service_->status(prosecutorA_, id);
    EXPECT_TRUE(upload) << upload.error().toString();
    return upload ? upload->durableOffset : -1;
  }

  std::string download(const std::string& recordingId, FileSelector selector = {}) {
    auto dl = recordings_->openDownload(prosecutorA_, recordingId, 0, 0, selector);
    EXPECT_TRUE(dl) << dl.error().toString();
    if (!dl) return {};
    std::string out;
    std::vector<std::byte> buffer(1 << 16);
    while (true) {
      auto n = (*dl)->next(buffer);
      EXPECT_TRUE(n);
      if (!n || *n == 0) break;
      out.append(reinterpret_cast<const char*>(buffer.data()), *n);
    }
    return out;
  }

  std::size_t objectCount() {
    std::size_t count = 0;
    if (!fs::exists(storeDir_ / "objects")) return 0;
    for (const auto& entry : fs::recursive_directory_iterator(storeDir_ / "objects")) {
      count += entry.is_regular_file();
    }
    return count;
  }

  fs::path storeDir_;
  std::unique_ptr<HearingService> hearings_;
  std::unique_ptr<UploadService> service_;
  std::unique_ptr<RecordingService> recordings_;
};

TEST_F(UploadServiceTest, ResumesAfterARestartByteIdentical) {
  const std::string content = pattern(3 << 20, 1);
  const std::string id = uuid(1);
  ASSERT_TRUE(service_->create(prosecutorA_, request(id, content)));
  auto first = write(id, content, 0, 1500000);
  ASSERT_TRUE(first) << first.error().toString();
  EXPECT_EQ(first->durableOffset, 1500000);
  reopen(0);  // the cached state and its running hash are gone
  auto status = service_->status(prosecutorA_, id);
  ASSERT_TRUE(status);
  EXPECT_EQ(status->durableOffset, 1500000);
  auto rest = write(id, content, 1500000, content.size());
  ASSERT_TRUE(rest) << rest.error().toString();
  reopen(0);
  auto completed = service_->complete(prosecutorA_, id);
  ASSERT_TRUE(completed) << completed.error().toString();
  EXPECT_EQ(completed->upload.state, domain::UploadState::kComplete);
  EXPECT_EQ(completed->recording.state, domain::RecordingState::kProcessing);
  EXPECT_EQ(download(id), content);
  auto jobs = storage_->jobs().list(domain::JobState::kQueued, 10);
  ASSERT_TRUE(jobs);
  ASSERT_EQ(jobs->size(), 1u);
  EXPECT_EQ(jobs->front().kind, domain::kJobProcessRecording);
  EXPECT_EQ(jobs->front().subject, id);
  // Completing again is idempotent.
  auto again = service_->complete(prosecutorA_, id);
  ASSERT_TRUE(again) << again.error().toString();
  EXPECT_EQ(again->upload.state, domain::UploadState::kComplete);
}

TEST_F(UploadServiceTest, RefusedChunksChangeNothing) {
  const std::string content = pattern(200000, 2);
  const std::string id = uuid(2);
  ASSERT_TRUE(service_->create(prosecutorA_, request(id, content)));
  ASSERT_TRUE(write(id, content, 0, 100000));
  auto refuse = [&](std::int64_t offset, std::size_t size, ErrorCode code,
                    const std::string& text) {
    auto session = service_->openWrite(prosecutorA_, id);
    ASSERT_TRUE(session) << session.error().toString();
    std::string data = size <= content.size() && offset >= 0 &&
                               static_cast<std::size_t>(offset) + size <= content.size()
                           ? content.substr(static_cast<std::size_t>(offset), size)
                           : std::string(size, 'x');
    auto appended = (*session)->append(offset, data);
    ASSERT_FALSE(appended);
    EXPECT_EQ(appended.error().code(), code) << appended.error().toString();
    EXPECT_NE(appended.error().message().find(text), std::string::npos)
        << appended.error().message();
    ASSERT_TRUE((*session)->finish());
    session->reset();
    EXPECT_EQ(durable(id), 100000);
  };
  const std::string continues = "upload " + id + " continues at 100000";
  refuse(150000, 10, ErrorCode::kFailedPrecondition, "chunk at offset 150000 but " + continues);
  refuse(0, 10, ErrorCode::kFailedPrecondition, "chunk at offset 0 but " + continues);
  refuse(99990, 20, ErrorCode::kFailedPrecondition, "chunk at offset 99990 but " + continues);
  refuse(100000, 100001, ErrorCode::kOutOfRange, "goes past the declared size");
  refuse(300000, 1, ErrorCode::kOutOfRange, "goes past the declared size");
  refuse(100000, (4 << 20) + 1, ErrorCode::kInvalidArgument, "at most 4 MiB");
  // Completing early names what is missing.
  auto early = service_->complete(prosecutorA_, id);
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(early.error().message().find("100000 bytes are missing"), std::string::npos);
  // The stream writer lock: a second stream on the same upload is refused.
  auto one = service_->openWrite(prosecutorA_, id);
  ASSERT_TRUE(one);
  auto two = service_->openWrite(prosecutorA_, id);
  ASSERT_FALSE(two);
  EXPECT_EQ(two.error().code(), ErrorCode::kAborted);
  EXPECT_EQ(two.error().message(), "upload " + id + " is being written by another stream");
  // A stream that ends within the wait (a cancelled one storing what it received) lets the
  // next one in.
  std::thread ending([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    one->reset();
  });
  auto three = service_->openWrite(prosecutorA_, id);
  ending.join();
  EXPECT_TRUE(three) << three.error().toString();
}

TEST_F(UploadServiceTest, WrongDigestIsDataLossAndResets) {
  const std::string content = pattern(300000, 3);
  std::string sent = content;
  sent[1234] ^= 1;
  const std::string id = uuid(3);
  ASSERT_TRUE(service_->create(prosecutorA_, request(id, content)));
  ASSERT_TRUE(write(id, sent, 0, sent.size()));
  auto completed = service_->complete(prosecutorA_, id);
  ASSERT_FALSE(completed);
  EXPECT_EQ(completed.error().code(), ErrorCode::kDataLoss);
  EXPECT_EQ(completed.error().message(), "received bytes hash to " + sha(sent) + ", declared " +
                                             sha(content) + "; the upload was reset to offset 0");
  EXPECT_EQ(durable(id), 0);
  EXPECT_EQ(objectCount(), 0u);
  auto recording = storage_->recordings().get(id);
  ASSERT_TRUE(recording);
  EXPECT_EQ(recording->state, domain::RecordingState::kUploading);
  auto hidden = recordings_->openDownload(prosecutorA_, id, 0, 0);
  ASSERT_FALSE(hidden);
  EXPECT_EQ(hidden.error().code(), ErrorCode::kFailedPrecondition);
  // Sent again correctly, it completes.
  ASSERT_TRUE(write(id, content, 0, content.size()));
  ASSERT_TRUE(service_->complete(prosecutorA_, id));
  EXPECT_EQ(download(id), content);
}

// A client that hashes while it sends creates the upload without its digest and declares it at
// completion: checked like one declared at creation, then kept on the upload and the recording.
TEST_F(UploadServiceTest, ADigestDeclaredAtCompletionIsCheckedAndKept) {
  const std::string content = pattern(700000, 9);
  const std::string id = uuid(9);
  CreateUploadRequest late = request(id, content);
  late.sha256.clear();
  auto created = service_->create(prosecutorA_, late);
  ASSERT_TRUE(created) << created.error().toString();
  EXPECT_EQ(created->sha256, "");
  ASSERT_TRUE(service_->create(prosecutorA_, late)) << "a repeated create is idempotent";
  auto other = service_->create(prosecutorA_, request(id, content));
  ASSERT_FALSE(other) << "the same id with a digest is another upload";
  EXPECT_EQ(other.error().code(), ErrorCode::kAlreadyExists);
  auto recording = storage_->recordings().get(id);
  ASSERT_TRUE(recording) << recording.error().toString();
  EXPECT_EQ(recording->sha256, "");

  ASSERT_TRUE(write(id, content, 0, 300000));
  reopen(0);  // the running hash is taken up again from the staged bytes
  ASSERT_TRUE(write(id, content, 300000, content.size()));
  auto undeclared = service_->complete(prosecutorA_, id);
  ASSERT_FALSE(undeclared);
  EXPECT_EQ(undeclared.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(undeclared.error().message().find("created without its SHA-256"), std::string::npos)
      << undeclared.error().message();
  auto malformed = service_->complete(prosecutorA_, id, std::string("ABC"));
  ASSERT_FALSE(malformed);
  EXPECT_EQ(malformed.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(durable(id), static_cast<std::int64_t>(content.size())) << "nothing was reset";

  // A wrong digest declared now is DATA_LOSS like one declared at creation: reset to 0.
  auto wrong = service_->complete(prosecutorA_, id, sha("other bytes"));
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code(), ErrorCode::kDataLoss);
  EXPECT_EQ(durable(id), 0);
  EXPECT_EQ(objectCount(), 0u);

  ASSERT_TRUE(write(id, content, 0, content.size()));
  auto completed = service_->complete(prosecutorA_, id, sha(content));
  ASSERT_TRUE(completed) << completed.error().toString();
  EXPECT_EQ(completed->upload.state, domain::UploadState::kComplete);
  EXPECT_EQ(completed->upload.sha256, sha(content));
  EXPECT_EQ(completed->recording.sha256, sha(content));
  EXPECT_EQ(completed->recording.state, domain::RecordingState::kProcessing);
  EXPECT_EQ(service_->status(prosecutorA_, id)->sha256, sha(content));
  EXPECT_EQ(download(id), content);
  auto again = service_->complete(prosecutorA_, id, sha(content));
  ASSERT_TRUE(again) << "completing again is idempotent: " << again.error().toString();
}

// With the store's defaults a large upload is written with O_DIRECT past its first 32 MiB; the
// sink (and its buffers) is open only while a stream or a completion works on the upload.
TEST_F(UploadServiceTest, ALargeUploadHoldsNoSinkBetweenStreams) {
  const std::string content = pattern(40 << 20, 11);
  const std::string id = uuid(11);
  ASSERT_TRUE(service_->create(prosecutorA_, request(id, content)));
  {
    auto session = service_->openWrite(prosecutorA_, id);
    ASSERT_TRUE(session) << session.error().toString();
    for (std::size_t at = 0; at < content.size(); at += 4 << 20) {
      std::string bytes = content.substr(at, 4 << 20);
      ASSERT_TRUE((*session)->append(static_cast<std::int64_t>(at), bytes));
    }
    EXPECT_EQ(store_->directUploads(), 1) << "past 32 MiB: O_DIRECT";
    auto finished = (*session)->finish();
    ASSERT_TRUE(finished) << finished.error().toString();
  }
  EXPECT_EQ(store_->directUploads(), 0) << "the stream ended: no sink is open";
  auto completed = service_->complete(prosecutorA_, id);
  ASSERT_TRUE(completed) << completed.error().toString();
  EXPECT_EQ(store_->directUploads(), 0);
  EXPECT_EQ(download(id), content);
}

// Declared at creation and again at completion: the two must agree.
TEST_F(UploadServiceTest, ADigestDeclaredTwiceMustBeTheSame) {
  const std::string content = pattern(100000, 10);
  const std::string id = uuid(10);
  ASSERT_TRUE(service_->create(prosecutorA_, request(id, content)));
  ASSERT_TRUE(write(id, content, 0, content.size()));
  auto differs = service_->complete(prosecutorA_, id, sha("something else"));
  ASSERT_FALSE(differs);
  EXPECT_EQ(differs.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(differs.error().message().find("differs from the " + sha(content)), std::string::npos)
      << differs.error().message();
  EXPECT_EQ(durable(id), static_cast<std::int64_t>(content.size())) << "nothing was reset";
  auto completed = service_->complete(prosecutorA_, id, sha(content));
  ASSERT_TRUE(completed) << completed.error().toString();
  EXPECT_EQ(download(id), content);
}

TEST_F(UploadServiceTest, CreateIsValidatedAndIdempotent) {
  const std::string content = "some bytes";
  const std::string id = uuid(4);
  auto created = service_->create(prosecutorA_, request(id, content));
  ASSERT_TRUE(created) << created.error().toString();
  auto again = service_->create(prosecutorA_, request(id, content));
  ASSERT_TRUE(again) << again.error().toString();
  EXPECT_EQ(again->id, id);
  auto other = request(id, content);
  other.sizeBytes = 11;
  auto clash = service_->create(prosecutorA_, other);
  ASSERT_FALSE(clash);
  EXPECT_EQ(clash.error().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(clash.error().message(), "upload " + id + " already exists with another size_bytes");
  auto check = [&](CreateUploadRequest bad, ErrorCode code, const std::string& text) {
    auto result = service_->create(prosecutorA_, bad);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code(), code);
    EXPECT_NE(result.error().message().find(text), std::string::npos) << result.error().message();
  };
  auto bad = request(uuid(5), content);
  bad.uploadId = "not-a-uuid";
  check(bad, ErrorCode::kInvalidArgument, "upload_id must be a UUID");
  bad = request(uuid(5), content);
  bad.fileName = "../x.mp4";
  check(bad, ErrorCode::kInvalidArgument, "file_name");
  bad = request(uuid(5), content);
  bad.sizeBytes = -1;
  check(bad, ErrorCode::kInvalidArgument, "size_bytes");
  bad = request(uuid(5), content);
  bad.sizeBytes = std::int64_t{1} << 50;
  check(bad, ErrorCode::kInvalidArgument, "size_bytes");
  bad = request(uuid(5), content);
  bad.sha256 = "ABC";
  check(bad, ErrorCode::kInvalidArgument, "sha256");
  bad = request(uuid(5), content);
  bad.packageId = "nope";
  bad.segmentSequence = 1;
  check(bad, ErrorCode::kInvalidArgument, "package_id must be a UUID");
  bad = request(uuid(5), content);
  bad.packageId = uuid(99);
  check(bad, ErrorCode::kInvalidArgument, "segment_sequence");
  bad = request(uuid(5), content);
  bad.hearingId = uuid(98);
  check(bad, ErrorCode::kNotFound, "does not exist");
}

TEST_F(UploadServiceTest, WritesExtendTheExpiry) {
  const std::string content = pattern(100000, 4);
  const std::string id = uuid(6);
  auto created = service_->create(prosecutorA_, request(id, content));
  ASSERT_TRUE(created);
  clock_.advance(std::chrono::hours(10));
  auto written = write(id, content, 0, 50000);
  ASSERT_TRUE(written);
  EXPECT_GE(written->expiresAt - created->expiresAt,
            std::chrono::hours(10) - std::chrono::seconds(1));
  EXPECT_LE(written->expiresAt - created->expiresAt,
            std::chrono::hours(10) + std::chrono::seconds(1));
}

// Fills a 2 MiB store with `chunk`-sized chunks of a larger upload: RESOURCE_EXHAUSTED names the
// durable offset, nothing is committed, and the upload completes once the store is larger.
void UploadServiceTest::diskFullKeepsTheUploadResumable(std::size_t size, std::size_t chunk,
                                                        int n) {
  const std::string content = pattern(size, 5);
  const std::string id = uuid(n);
  reopen(2 << 20);
  ASSERT_TRUE(service_->create(prosecutorA_, request(id, content)));
  auto full = write(id, content, 0, content.size(), chunk);
  ASSERT_FALSE(full);
  EXPECT_EQ(full.error().code(), ErrorCode::kResourceExhausted) << full.error().toString();
  EXPECT_NE(full.error().message().find("can resume from there"), std::string::npos);
  std::int64_t kept = durable(id);
  EXPECT_GT(kept, 0);
  EXPECT_LE(kept, 2 << 20);
  EXPECT_NE(full.error().message().find("holds " + std::to_string(kept) + " durable bytes"),
            std::string::npos)
      << full.error().message();
  EXPECT_EQ(objectCount(), 0u);
  reopen(16 << 20);
  auto rest = write(id, content, static_cast<std::size_t>(kept), content.size(), chunk);
  ASSERT_TRUE(rest) << rest.error().toString();
  auto completed = service_->complete(prosecutorA_, id);
  ASSERT_TRUE(completed) << completed.error().toString();
  EXPECT_EQ(download(id), content);
}

TEST_F(UploadServiceTest, DiskFullKeepsTheUploadResumable) {
  diskFullKeepsTheUploadResumable(3 << 20, 64 << 10, 7);
}

// Chunks of 512 KiB and more are stored behind: the refused one is reported by the next append
// (here the fourth chunk; the third no longer fits).
TEST_F(UploadServiceTest, DiskFullKeepsTheUploadResumableWhenStoredBehind) {
  diskFullKeepsTheUploadResumable(6 << 20, 1 << 20, 8);
}

// The last chunk stored behind is refused: finish() reports it once what fit is durable.
TEST_F(UploadServiceTest, DiskFullOnTheLastChunkStoredBehind) {
  diskFullKeepsTheUploadResumable(3 << 20, 1 << 20, 9);
}

// A capture package of three segments with a sealed manifest.
class PackageTest : public UploadServiceTest {
 protected:
  void SetUp() override {
    UploadServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    manifest_.sessionId = "session-1";
    manifest_.state = "recording";
    std::string chain = media::genesisChainHash(manifest_.sessionId);
    for (int i = 1; i <= 3; ++i) {
      segments_.push_back(pattern(50000 + static_cast<std::size_t>(i), 10 + i));
      media::ManifestSegment segment;
      segment.sequence = i;
      segment.file = media::segmentFileName(i);
      segment.sizeBytes = segments_.back().size();
      segment.sha256 = sha(segments_.back());
      segment.mediaStartMs = (i - 1) * 1000;
      segment.durationMs = 1000;
      segment.wallStart = "2026-01-01T10:00:0" + std::to_string(i - 1) + ".000Z";
      segment.wallEnd = "2026-01-01T10:00:0" + std::to_string(i) + ".000Z";
      segment.chainSha256 = media::chainHash(chain, segment);
      chain = segment.chainSha256;
      manifest_.segments.push_back(segment);
    }
    // A pause as the engine writes it (CaptureSession::pause/resume), then an interruption.
    media::ManifestPause pause;
    pause.run = 1;
    pause.reason = "recess";
    pause.mediaStartMs = 1000;
    pause.mediaEndMs = 1000;
    pause.wallStart = "2026-01-01T10:00:01.000Z";
    pause.wallEnd = "2026-01-01T10:05:01.000Z";
    manifest_.pauses.push_back(pause);
    manifest_.gaps.push_back({"2026-01-01T10:00:00.500Z", "2026-01-01T10:00:00.900Z",
                              "the capture stopped unexpectedly"});
  }

  void uploadSegment(int sequence) {
    const std::string& content = segments_.at(static_cast<std::size_t>(sequence - 1));
    auto r = request(uuid(100 + sequence), content);
    r.packageId = package_;
    r.segmentSequence = sequence;
    r.fileName = media::segmentFileName(sequence);
    ASSERT_TRUE(service_->create(prosecutorA_, r));
    ASSERT_TRUE(write(r.uploadId, content, 0, content.size()));
    auto done = service_->complete(prosecutorA_, r.uploadId);
    ASSERT_TRUE(done) << done.error().toString();
    EXPECT_EQ(done->recording.state, domain::RecordingState::kUploading);
  }

  std::string sealed() {
    auto copy = manifest_;
    media::sealManifest(copy);
    return media::toJson(copy);
  }

  Error refused(const std::string& json) {
    auto result = service_->completeRecording(prosecutorA_, package_, json);
    EXPECT_FALSE(result);
    return result ? Error(ErrorCode::kUnknown, "accepted") : result.error();
  }

  const std::string package_ = uuid(200);
  media::CaptureManifest manifest_;
  std::vector<std::string> segments_;
};

TEST_F(PackageTest, CompletesWhenEverySegmentMatches) {
  for (int i = 1; i <= 3; ++i) uploadSegment(i);
  const std::string json = sealed();
  auto completed = service_->completeRecording(prosecutorA_, package_, json);
  ASSERT_TRUE(completed) << completed.error().toString();
  EXPECT_EQ(completed->segmentCount, 3);
  const auto& recording = completed->recording;
  EXPECT_EQ(recording.state, domain::RecordingState::kProcessing);
  EXPECT_EQ(recording.sha256, sha(json));
  EXPECT_FALSE(recording.captureSeal.empty());
  EXPECT_EQ(recording.sizeBytes, static_cast<std::int64_t>(json.size() + 150006));
  ASSERT_EQ(recording.gaps.size(), 2u);
  EXPECT_EQ(recording.gaps[0].kind, domain::GapKind::kInterruption);
  EXPECT_EQ(recording.gaps[0].reason, "the capture stopped unexpectedly");
  EXPECT_EQ(recording.gaps[1].kind, domain::GapKind::kPause);
  EXPECT_EQ(recording.gaps[1].reason, "recess");
  EXPECT_EQ(recording.gaps[1].wallStart, "2026-01-01T10:00:01.000Z");
  EXPECT_EQ(recording.gaps[1].wallEnd, "2026-01-01T10:05:01.000Z");
  // Where each falls in the master (segments back to back): the interruption before any media
  // was kept, the pause after the first second.
  EXPECT_EQ(recording.gaps[0].mediaTimeMs, 0);
  EXPECT_EQ(recording.gaps[1].mediaTimeMs, 1000);
  // As stored: read back from PostgreSQL.
  auto stored = recordings_->get(prosecutorA_, package_);
  ASSERT_TRUE(stored) << stored.error().toString();
  ASSERT_EQ(stored->gaps.size(), 2u);
  EXPECT_EQ(stored->gaps[1].kind, domain::GapKind::kPause);
  EXPECT_EQ(stored->gaps[1].mediaTimeMs, 1000);
  EXPECT_EQ(download(package_, {domain::FileRole::kSegment, 2}), segments_[1]);
  EXPECT_EQ(download(package_, {domain::FileRole::kManifest, 0}), json);
  auto noMaster = recordings_->openDownload(prosecutorA_, package_, 0, 0);
  ASSERT_FALSE(noMaster);
  EXPECT_EQ(noMaster.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(noMaster.error().message().find("still processing"), std::string::npos);
  // Idempotent with the same manifest; another manifest is refused.
  ASSERT_TRUE(service_->completeRecording(prosecutorA_, package_, json));
}

TEST_F(PackageTest, MissingSegmentIsRefused) {
  uploadSegment(1);
  uploadSegment(2);
  auto error = refused(sealed());
  EXPECT_EQ(error.code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(error.message(), "segment 3 (segment-00003.mp4) has not been uploaded");
  auto recording = storage_->recordings().get(package_);
  ASSERT_TRUE(recording);
  EXPECT_EQ(recording->state, domain::RecordingState::kUploading);
}

TEST_F(PackageTest, ACaptureRecordedForAnotherHearingIsRefused) {
  for (int i = 1; i <= 3; ++i) uploadSegment(i);
  manifest_.hearingId = uuid(97);
  auto error = refused(sealed());
  EXPECT_EQ(error.code(), ErrorCode::kFailedPrecondition) << error.toString();
  EXPECT_NE(error.message().find("recorded for hearing " + uuid(97)), std::string::npos)
      << error.message();
  EXPECT_NE(error.message().find("belongs to hearing " + hearing_.id), std::string::npos);
  manifest_.hearingId = hearing_.id;
  auto completed = service_->completeRecording(prosecutorA_, package_, sealed());
  ASSERT_TRUE(completed) << completed.error().toString();
}

TEST_F(PackageTest, ChainMismatchIsRefused) {
  for (int i = 1; i <= 3; ++i) uploadSegment(i);
  auto copy = manifest_;
  media::sealManifest(copy);
  copy.segments[1].sha256 = sha("something else");
  auto error = refused(media::toJson(copy));
  EXPECT_EQ(error.code(), ErrorCode::kInvalidArgument) << error.toString();
  EXPECT_NE(error.message().find("does not hold together"), std::string::npos) << error.message();
}

TEST_F(PackageTest, UnsealedManifestIsRefused) {
  for (int i = 1; i <= 3; ++i) uploadSegment(i);
  auto error = refused(media::toJson(manifest_));
  EXPECT_EQ(error.code(), ErrorCode::kFailedPrecondition) << error.toString();
  EXPECT_NE(error.message().find("not sealed"), std::string::npos) << error.message();
}

TEST_F(PackageTest, SegmentWithOtherDigestIsRefused) {
  for (int i = 1; i <= 3; ++i) uploadSegment(i);
  // A consistent manifest whose segment 2 is not what was uploaded.
  manifest_.segments[1].sha256 = sha("another segment");
  std::string chain = media::genesisChainHash(manifest_.sessionId);
  for (auto& segment : manifest_.segments) {
    segment.chainSha256 = media::chainHash(chain, segment);
    chain = segment.chainSha256;
  }
  auto error = refused(sealed());
  EXPECT_EQ(error.code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(error.message().find("segment 2 (segment-00002.mp4) was uploaded with"),
            std::string::npos)
      << error.message();
}

}  // namespace
}  // namespace audientia::app
