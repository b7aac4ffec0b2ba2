// The upload engine over real TLS against an in-process RecordingService that keeps resumable
// uploads in memory and can break streams, lose data or refuse: what the engine does about each
// (resume from the durable offset, back off, re-hash, give up, cancel). The real server is
// exercised by tests/e2e/upload_resume_test.cpp.

#include "audientia/client/upload_engine.h"

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <thread>

#include "audientia/base/sha256.h"
#include "audientia/client/upload_queue.h"
#include "audientia/media/capture_manifest.h"
#include "audientia/v1/recordings.grpc.pb.h"
#include "test_env.h"
#include "test_pki.h"

namespace audientia::client {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

class FakeRecordings final : public v1::RecordingService::Service {
 public:
  struct Upload {
    v1::CreateUploadRequest request;
    std::string data;
    v1::UploadState state = v1::UPLOAD_STATE_RECEIVING;
    std::string declared;  // the digest CompleteUpload declared (when CreateUpload had none)
  };

  grpc::Status CreateUpload(grpc::ServerContext*, const v1::CreateUploadRequest* request,
                            v1::UploadStatus* response) override {
    std::lock_guard lock(mutex);
    ++createCalls;
    if (requireDigestAtCreate && request->sha256().empty()) {
      return {grpc::StatusCode::INVALID_ARGUMENT, "sha256 is required"};  // an older server
    }
    auto it = uploads.find(request->upload_id());
    if (it == uploads.end()) {
      it = uploads
               .emplace(request->upload_id(),
                        Upload{*request, {}, v1::UPLOAD_STATE_RECEIVING, std::string()})
               .first;
    } else if (it->second.request.SerializeAsString() != request->SerializeAsString()) {
      return {grpc::StatusCode::ALREADY_EXISTS, "upload exists with other fields"};
    }
    *response = statusOf(it->second);
    return grpc::Status::OK;
  }

  grpc::Status WriteUpload(grpc::ServerContext*, grpc::ServerReader<v1::WriteUploadRequest>* reader,
                           v1::UploadStatus* response) override {
    ++activeWrites;
    struct Done {
      std::atomic<int>& count;
      ~Done() { --count; }
    } done{activeWrites};
    v1::WriteUploadRequest message;
    if (!reader->Read(&message) || message.upload_id().empty()) {
      return {grpc::StatusCode::INVALID_ARGUMENT, "upload id first"};
    }
    const std::string id = message.upload_id();
    ++writeCalls;
    if (refuseWrites) return {grpc::StatusCode::UNAVAILABLE, "the server is overloaded"};
    int left = streamsToBreak.load();
    const bool breakThis = left > 0 && streamsToBreak.compare_exchange_strong(left, left - 1);
    std::int64_t kept = 0;
    while (reader->Read(&message)) {
      std::lock_guard lock(mutex);
      const auto it = uploads.find(id);
      if (it == uploads.end()) return {grpc::StatusCode::NOT_FOUND, "no such upload"};
      Upload& upload = it->second;
      if (!message.has_chunk()) return {grpc::StatusCode::INVALID_ARGUMENT, "chunks only"};
      const auto& chunk = message.chunk();
      if (chunk.offset() != std::ssize(upload.data)) {
        return {grpc::StatusCode::FAILED_PRECONDITION,
                "expected offset " + std::to_string(upload.data.size())};
      }
      if (chunk.offset() + std::ssize(chunk.data()) > upload.request.size_bytes()) {
        return {grpc::StatusCode::OUT_OF_RANGE, "past the declared size"};
      }
      if (breakThis && kept + std::ssize(chunk.data()) > breakAfterBytes.load()) {
        upload.data += chunk.data().substr(0, static_cast<std::size_t>(breakAfterBytes - kept));
        return {grpc::StatusCode::UNAVAILABLE, "connection reset"};
      }
      upload.data += chunk.data();
      kept += std::ssize(chunk.data());
    }
    std::lock_guard lock(mutex);
    *response = statusOf(uploads.at(id));
    return grpc::Status::OK;
  }

  grpc::Status GetUploadStatus(grpc::ServerContext*, const v1::GetUploadStatusRequest* request,
                               v1::UploadStatus* response) override {
    std::lock_guard lock(mutex);
    const auto it = uploads.find(request->upload_id());
    if (it == uploads.end()) return {grpc::StatusCode::NOT_FOUND, "no such upload"};
    *response = statusOf(it->second);
    return grpc::Status::OK;
  }

  grpc::Status CompleteUpload(grpc::ServerContext*, const v1::CompleteUploadRequest* request,
                              v1::CompleteUploadResponse* response) override {
    std::lock_guard lock(mutex);
    const auto it = uploads.find(request->upload_id());
    if (it == uploads.end()) return {grpc::StatusCode::NOT_FOUND, "no such upload"};
    Upload& upload = it->second;
    completionDigests.push_back(request->sha256());
    if (refuseCompletions > 0) {
      --refuseCompletions;
      return {grpc::StatusCode::FAILED_PRECONDITION, "the recording is being moved"};
    }
    if (std::ssize(upload.data) != upload.request.size_bytes()) {
      return {grpc::StatusCode::FAILED_PRECONDITION, "upload incomplete"};
    }
    std::string expected = upload.request.sha256();
    if (expected.empty()) {
      if (request->sha256().empty()) {
        return {grpc::StatusCode::FAILED_PRECONDITION, "created without its sha256"};
      }
      expected = request->sha256();
    } else if (!request->sha256().empty() && request->sha256() != expected) {
      return {grpc::StatusCode::INVALID_ARGUMENT, "sha256 differs from the one created with"};
    }
    if (corruptCompletions > 0 || toHex(Sha256::of(upload.data)) != expected) {
      if (corruptCompletions > 0) --corruptCompletions;
      upload.data.clear();
      return {grpc::StatusCode::DATA_LOSS, "sha256 of the received bytes differs"};
    }
    upload.declared = expected;
    upload.state = v1::UPLOAD_STATE_COMPLETE;
    *response->mutable_upload() = statusOf(upload);
    *response->mutable_recording() = recordingOf(upload);
    return grpc::Status::OK;
  }

  grpc::Status AbortUpload(grpc::ServerContext*, const v1::AbortUploadRequest* request,
                           v1::UploadStatus* response) override {
    std::lock_guard lock(mutex);
    const auto it = uploads.find(request->upload_id());
    if (it == uploads.end()) return {grpc::StatusCode::NOT_FOUND, "no such upload"};
    it->second.state = v1::UPLOAD_STATE_ABORTED;
    it->second.data.clear();
    *response = statusOf(it->second);
    return grpc::Status::OK;
  }

  grpc::Status GetRecording(grpc::ServerContext*, const v1::GetRecordingRequest* request,
                            v1::GetRecordingResponse* response) override {
    std::lock_guard lock(mutex);
    for (const auto& [id, upload] : uploads) {
      if (recordingIdOf(upload) == request->recording_id()) {
        *response->mutable_recording() = recordingOf(upload);
        return grpc::Status::OK;
      }
    }
    return {grpc::StatusCode::NOT_FOUND, "no such recording"};
  }

  grpc::Status CompleteRecording(grpc::ServerContext*, const v1::CompleteRecordingRequest* request,
                                 v1::CompleteRecordingResponse* response) override {
    std::lock_guard lock(mutex);
    int segments = 0;
    for (const auto& [id, upload] : uploads) {
      if (upload.request.package_id() != request->recording_id()) continue;
      if (upload.state != v1::UPLOAD_STATE_COMPLETE) {
        return {grpc::StatusCode::FAILED_PRECONDITION, "segment not complete"};
      }
      ++segments;
    }
    completedManifests[request->recording_id()] = request->manifest_json();
    response->mutable_recording()->set_id(request->recording_id());
    response->mutable_recording()->set_kind(v1::RECORDING_KIND_CAPTURE);
    response->mutable_recording()->set_file_name(std::to_string(segments) + " segments");
    return grpc::Status::OK;
  }

  std::string dataOf(const std::string& uploadId) {
    std::lock_guard lock(mutex);
    const auto it = uploads.find(uploadId);
    return it == uploads.end() ? std::string() : it->second.data;
  }

  std::mutex mutex;
  std::map<std::string, Upload> uploads;
  std::map<std::string, std::string> completedManifests;
  // Faults: the next streamsToBreak streams end with UNAVAILABLE after keeping breakAfterBytes.
  std::atomic<int> streamsToBreak{0};
  std::atomic<std::int64_t> breakAfterBytes{0};
  std::atomic<int> corruptCompletions{0};
  std::atomic<int> refuseCompletions{0};  // FAILED_PRECONDITION, nothing done
  std::atomic<bool> refuseWrites{false};
  std::atomic<bool> requireDigestAtCreate{false};  // as servers before digests at completion
  std::vector<std::string> completionDigests;      // CompleteUploadRequest.sha256, in order
  std::atomic<int> createCalls{0};
  std::atomic<int> writeCalls{0};
  std::atomic<int> activeWrites{0};  // streams whose handler is still running

 private:
  static std::string recordingIdOf(const Upload& upload) {
    return upload.request.package_id().empty() ? upload.request.upload_id()
                                               : upload.request.package_id();
  }
  static std::string digestOf(const Upload& upload) {
    return upload.request.sha256().empty() ? upload.declared : upload.request.sha256();
  }
  static v1::Recording recordingOf(const Upload& upload) {
    v1::Recording recording;
    recording.set_id(recordingIdOf(upload));
    recording.set_hearing_id(upload.request.hearing_id());
    recording.set_file_name(upload.request.file_name());
    recording.set_size_bytes(upload.request.size_bytes());
    recording.set_sha256(digestOf(upload));
    return recording;
  }
  static v1::UploadStatus statusOf(const Upload& upload) {
    v1::UploadStatus status;
    status.set_upload_id(upload.request.upload_id());
    status.set_recording_id(recordingIdOf(upload));
    status.set_state(upload.state);
    status.set_durable_offset(std::ssize(upload.data));
    status.set_size_bytes(upload.request.size_bytes());
    status.set_sha256(digestOf(upload));
    status.set_file_name(upload.request.file_name());
    return status;
  }
};

class UploadEngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto pki = testing::makeTestPki();
    const fs::path ca = dir_.path() / "ca.pem";
    std::ofstream(ca) << pki.caPem;
    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back({pki.serverKeyPem, pki.serverCertPem});
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::SslServerCredentials(ssl), &port);
    builder.RegisterService(&server_);
    grpcServer_ = builder.BuildAndStart();
    ASSERT_NE(grpcServer_, nullptr);
    address_ = "127.0.0.1:" + std::to_string(port);
    ConnectionOptions connection;
    connection.server = address_;
    connection.caFile = ca;
    connection.token = "token";
    auto api = ApiClient::create(connection);
    ASSERT_TRUE(api.has_value()) << api.error().toString();
    api_ = std::move(*api);
    options_.chunkBytes = 16 << 10;
    options_.streamBytes = 64 << 10;
    options_.retry.initialDelay = milliseconds(1);
    options_.retry.maxDelay = milliseconds(20);
    options_.followInterval = milliseconds(20);
  }
  void TearDown() override {
    if (grpcServer_) grpcServer_->Shutdown();
  }

  UploadEngine engine() { return UploadEngine(*api_, *api_, journal_, address_, options_); }

  fs::path writeRandomFile(const fs::path& path, std::size_t size, unsigned seed = 42) {
    std::mt19937 random(seed);
    std::string bytes(size, '\0');
    for (auto& byte : bytes) byte = static_cast<char>(random());
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  static std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  // A capture directory with `count` segments of random bytes (the engine checks digests, not
  // media), sealed or left "recording".
  fs::path makeCapture(const std::string& name, int count, bool seal) {
    const fs::path dir = dir_.path() / name;
    fs::create_directories(dir);
    media::CaptureManifest manifest;
    manifest.sessionId = "session-" + name;
    manifest.state = "recording";
    manifest.segmentLengthMs = 2000;
    for (int i = 1; i <= count; ++i) {
      media::ManifestSegment segment;
      segment.sequence = i;
      segment.file = media::segmentFileName(i);
      segment.durationMs = 2000;
      segment.mediaStartMs = 2000 * (i - 1);
      writeRandomFile(dir / segment.file, 50'000 + static_cast<std::size_t>(i) * 1000,
                      static_cast<unsigned>(i));
      EXPECT_TRUE(media::appendSegment(dir, manifest, segment).has_value());
    }
    if (seal) media::sealManifest(manifest);
    EXPECT_TRUE(media::writeManifestAtomically(dir, manifest).has_value());
    return dir;
  }

  testing::TempDir dir_;
  UploadJournal journal_{dir_.path() / "uploads"};
  FakeRecordings server_;
  std::unique_ptr<grpc::Server> grpcServer_;
  std::string address_;
  std::unique_ptr<ApiClient> api_;
  UploadEngineOptions options_;
};

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

}  // namespace
}  // namespace audientia::client
