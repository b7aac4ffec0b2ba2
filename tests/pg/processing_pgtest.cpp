// The process_recording job on real media: FFmpeg-encoded files from lavfi sources, a real
// media store and PostgreSQL. A FILE MP4 is its own master (same digest); capture segments
// are assembled into one playable master; a file that is not media stays available without
// derived files; a second run replaces what the first derived.

#include <fstream>
#include <set>

#include "app/ingest/processing_job.h"
#include "audientia/base/sha512.h"
#include "audientia/media/probe.h"
#include "audientia/testing/media_fixtures.h"
#include "media_adapter/ffmpeg_media_processor.h"
#include "storage_pg_test.h"

namespace audientia::app {
namespace {

using namespace std::chrono_literals;
using domain::FileRole;
using testing::StorageTest;
namespace fs = std::filesystem;

class ProcessingTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    hearing_ = addHearing(officeA_.id, domain::HearingKind::kWitness);
    options_.workDir = dir_ / "work";
    options_.thumbnailEvery = 2s;
  }
  fs::path encode(const std::string& name, ::audientia::testing::TestRecordingOptions o) {
    fs::path path = dir_ / name;
    auto made = ::audientia::testing::makeTestRecording(path, o);
    EXPECT_TRUE(made) << made.error().toString();
    return path;
  }
  static ::audientia::testing::TestRecordingOptions small(std::chrono::milliseconds duration) {
    ::audientia::testing::TestRecordingOptions o;
    o.duration = duration;
    o.width = 320;
    o.height = 240;
    o.frameRate = 15;
    o.keyframeInterval = 15;
    return o;
  }
  std::string readObject(const std::string& key) {
    std::ifstream in(*store_->localPath(key), std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  std::vector<domain::RecordingFile> filesOf(const std::string& id, FileRole role) {
    std::vector<domain::RecordingFile> out;
    auto files = storage_->recordings().listFiles(id);
    EXPECT_TRUE(files) << files.error().toString();
    for (const auto& file : *files) {
      if (file.role == role) out.push_back(file);
    }
    return out;
  }

  domain::Hearing hearing_;
  ProcessingOptions options_;
  media_adapter::FfmpegMediaProcessor media_;
};

TEST_F(ProcessingTest, AnMp4FileIsItsOwnMasterWithThumbnailsAndWaveform) {
  const fs::path source = encode("hearing.mp4", small(10s));
  std::ifstream in(source, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto recording = addRecording(hearing_.id, "hearing.mp4", bytes);
  ProcessingJob job(storage_->recordings(), *store_, storage_->keyLocks(), media_, options_);
  // Twice: a retry replaces what the first run derived instead of adding to it.
  for (int run = 0; run < 2; ++run) {
    auto processed = job.process(recording.id, "test");
    ASSERT_TRUE(processed) << processed.error().toString();
  }
  auto got = storage_->recordings().get(recording.id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->state, domain::RecordingState::kAvailable);
  ASSERT_TRUE(got->mediaInfo.has_value()) << got->mediaError;
  EXPECT_NEAR(got->mediaInfo->duration.count(), 10000, 200);

  auto masters = filesOf(recording.id, FileRole::kMaster);
  ASSERT_EQ(masters.size(), 1u);
  EXPECT_EQ(masters[0].sha256, recording.sha256) << "the original was copied, not reused";
  EXPECT_EQ(masters[0].contentType, "video/mp4");

  auto thumbnails = filesOf(recording.id, FileRole::kThumbnail);
  ASSERT_EQ(thumbnails.size(), 5u);  // at 0, 2, 4, 6 and 8 s
  std::set<std::int64_t> times;
  for (const auto& thumbnail : thumbnails) {
    EXPECT_EQ(thumbnail.contentType, "image/jpeg");
    times.insert(thumbnail.mediaTimeMs);
    const std::string jpeg = readObject(thumbnail.sha256);
    ASSERT_GE(jpeg.size(), 3u);
    EXPECT_EQ(static_cast<unsigned char>(jpeg[0]), 0xFF);  // SOI marker
    EXPECT_EQ(static_cast<unsigned char>(jpeg[1]), 0xD8);
  }
  EXPECT_EQ(times, (std::set<std::int64_t>{0, 2000, 4000, 6000, 8000}));

  auto waveforms = filesOf(recording.id, FileRole::kWaveform);
  ASSERT_EQ(waveforms.size(), 1u);
  EXPECT_EQ(waveforms[0].contentType, "application/json");
  const std::string json = readObject(waveforms[0].sha256);
  EXPECT_NE(json.find("\"peaks_per_second\":10"), std::string::npos) << json.substr(0, 200);
  EXPECT_NE(json.find("\"channels\":2"), std::string::npos);
  // The work directory is gone.
  EXPECT_TRUE(fs::is_empty(options_.workDir));

  // The original's SHA-512 is kept for evidence packages.
  auto kept =
      storage_->recordings().sha512Of({recording.sha256, masters[0].sha256, thumbnails[0].sha256});
  ASSERT_TRUE(kept) << kept.error().toString();
  ASSERT_EQ(kept->size(), 1u) << "only the evidence files: the original (here also the master)";
  const std::string sha512 = Sha512::hexOf(bytes);
  EXPECT_EQ(kept->at(recording.sha256), sha512);
  // Kept once: a second record of the same object changes nothing.
  ASSERT_TRUE(storage_->recordings().recordSha512(recording.sha256, std::string(128, 'a')));
  EXPECT_EQ(storage_->recordings().sha512Of({recording.sha256})->at(recording.sha256), sha512);
  EXPECT_FALSE(storage_->recordings().sha512Of({"not a digest"}));
}

TEST_F(ProcessingTest, CaptureSegmentsAreAssembledIntoOnePlayableMaster) {
  auto o = small(2s);
  o.container = ::audientia::testing::Container::kFragmentedMp4;
  const std::string recordingId = "6f1f8a52-3c39-4d8e-9a49-0c1f1a8e7b01";
  for (int sequence = 1; sequence <= 3; ++sequence) {
    o.toneHz = 300 + 100 * sequence;  // different bytes per segment
    const fs::path path = encode("segment-" + std::to_string(sequence) + ".mp4", o);
    const std::string key = putFile(path);
    domain::NewUpload upload;
    upload.id = "6f1f8a52-3c39-4d8e-9a49-0c1f1a8e7b1" + std::to_string(sequence);
    upload.hearingId = hearing_.id;
    upload.recordingId = recordingId;
    upload.recordingKind = domain::RecordingKind::kCapture;
    upload.role = FileRole::kSegment;
    upload.sequence = sequence;
    upload.fileName = path.filename().string();
    upload.sizeBytes = static_cast<std::int64_t>(fs::file_size(path));
    upload.sha256 = key;
    upload.createdBy = prosecutorA_.id;
    upload.expiresAt = std::chrono::system_clock::now() + 1h;
    auto created = uploads().create(upload);
    ASSERT_TRUE(created) << created.error().toString();
    domain::RecordingFile file;
    file.recordingId = recordingId;
    file.role = FileRole::kSegment;
    file.sequence = sequence;
    file.fileName = upload.fileName;
    file.sizeBytes = upload.sizeBytes;
    file.sha256 = key;
    auto completed = uploads().complete(upload.id, file);
    ASSERT_TRUE(completed) << completed.error().toString();
  }
  ProcessingJob job(storage_->recordings(), *store_, storage_->keyLocks(), media_, options_);
  // Still uploading: refused, nothing derived.
  auto early = job.process(recordingId, "early");
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code(), ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(storage_->recordings().setState(recordingId, domain::RecordingState::kVerifying));

  auto processed = job.process(recordingId, "test");
  ASSERT_TRUE(processed) << processed.error().toString();
  auto got = storage_->recordings().get(recordingId);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->state, domain::RecordingState::kAvailable);
  auto masters = filesOf(recordingId, FileRole::kMaster);
  ASSERT_EQ(masters.size(), 1u);
  for (const auto& segment : filesOf(recordingId, FileRole::kSegment)) {
    EXPECT_NE(masters[0].sha256, segment.sha256);
  }
  // Playable on its own: a fresh probe of the stored master.
  auto probed = media::probe(*store_->localPath(masters[0].sha256));
  ASSERT_TRUE(probed) << probed.error().toString();
  EXPECT_NEAR(probed->duration.count(), 6000, 300);
  EXPECT_EQ(probed->videoStreamCount(), 1);
  EXPECT_EQ(probed->audioStreamCount(), 1);
  EXPECT_NEAR(masters[0].durationMs, 6000, 300);
  // One every 2 s within the master (the audio may run a little past 6 s).
  auto thumbnails = filesOf(recordingId, FileRole::kThumbnail);
  EXPECT_GE(thumbnails.size(), 3u);
  for (const auto& thumbnail : thumbnails) {
    // The frame shown: the first at or after each 2 s mark (segment joins shift frames a bit).
    EXPECT_NEAR((thumbnail.mediaTimeMs + 1000) % 2000, 1000, 100) << thumbnail.mediaTimeMs;
    EXPECT_LT(thumbnail.mediaTimeMs, masters[0].durationMs);
  }
  EXPECT_EQ(filesOf(recordingId, FileRole::kWaveform).size(), 1u);
}

TEST_F(ProcessingTest, AFileThatIsNotMediaIsAvailableWithItsMediaErrorAndNoDerivedFiles) {
  auto recording = addRecording(hearing_.id, "minutes.txt", "Minutes of the hearing.\n");
  ProcessingJob job(storage_->recordings(), *store_, storage_->keyLocks(), media_, options_);
  domain::Job queued;
  queued.id = 7;
  queued.kind = domain::kJobProcessRecording;
  queued.subject = recording.id;
  auto processed = job.run(queued);
  ASSERT_TRUE(processed) << processed.error().toString();
  auto got = storage_->recordings().get(recording.id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->state, domain::RecordingState::kAvailable);
  EXPECT_FALSE(got->mediaInfo.has_value());
  EXPECT_FALSE(got->mediaError.empty());
  ASSERT_EQ(got->files.size(), 1u);
  EXPECT_EQ(got->files[0].role, FileRole::kOriginal);
}

TEST_F(ProcessingTest, AMissingObjectIsAnErrorNamingIt) {
  auto recording = addRecording(hearing_.id, "gone.mp4", "bytes that will vanish");
  ASSERT_TRUE(store_->remove(recording.sha256));
  ProcessingJob job(storage_->recordings(), *store_, storage_->keyLocks(), media_, options_);
  auto processed = job.process(recording.id, "missing");
  ASSERT_FALSE(processed);
  EXPECT_NE(processed.error().message().find(recording.sha256), std::string::npos)
      << processed.error().toString();
}

}  // namespace
}  // namespace audientia::app
