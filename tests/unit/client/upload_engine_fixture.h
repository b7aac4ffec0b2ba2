#pragma once

// The fixture of the upload engine tests (upload_engine_test.cpp: files;
// upload_engine_package_test.cpp: capture packages and the queue). The upload engine over real TLS
// against an in-process RecordingService that keeps resumable uploads in memory and can break
// streams, lose data or refuse: what the engine does about each (resume from the durable offset,
// back off, re-hash, give up, cancel). The real server is exercised by
// tests/e2e/upload_resume_test.cpp.

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
#include "audientia/client/upload_engine.h"
#include "audientia/client/upload_queue.h"
#include "audientia/media/capture_manifest.h"
#include "audientia/v1/recordings.grpc.pb.h"
#include "test_env.h"
#include "test_pki.h"

namespace audientia::client::upload_engine_testing {

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

}  // namespace audientia::client::upload_engine_testing
