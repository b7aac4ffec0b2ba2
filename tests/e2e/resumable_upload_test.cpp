// Resumable uploads against the real audientia-server binary over TLS: the server killed with
// SIGKILL in the middle of an upload, and a media store that runs full.

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "audientia/base/sha256.h"
#include "audientia/testing/server_process.h"
#include "audientia/v1/audit.grpc.pb.h"
#include "audientia/v1/auth.grpc.pb.h"
#include "audientia/v1/hearings.grpc.pb.h"
#include "audientia/v1/recordings.grpc.pb.h"
#include "audientia/v1/users.grpc.pb.h"

namespace audientia::e2e {
namespace {

using testing::ServerOptions;
using testing::ServerProcess;

constexpr std::int64_t kMiB = 1 << 20;
constexpr char kPassword[] = "a resumable passphrase";

std::string pattern(std::size_t size) {
  std::string out(size, '\0');
  std::uint64_t x = 88172645463325252ull;
  for (std::size_t i = 0; i < size; i += 8) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    for (std::size_t j = 0; j < 8 && i + j < size; ++j)
      out[i + j] = static_cast<char>(x >> (8 * j));
  }
  return out;
}

class ResumableUploadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = testing::makeTempDir("resumable");
    ASSERT_TRUE(dir);
    dataDir_ = *dir;
  }
  void TearDown() override {
    server_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dataDir_, ignored);
  }

  void start(std::vector<std::string> extra = {}) {
    extra.insert(extra.end(), {"--workers", "0", "--upload-sync-mib", "8"});
    auto server = ServerProcess::start(ServerOptions{dataDir_, extra});
    ASSERT_TRUE(server) << server.error().toString();
    server_ = std::move(*server);
    std::ifstream in(server_->caFile());
    std::stringstream pem;
    pem << in.rdbuf();
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = pem.str();
    channel_ = grpc::CreateChannel(server_->address(), grpc::SslCredentials(ssl));
    stub_ = v1::RecordingService::NewStub(channel_);
  }

  std::string login(const std::string& user, const std::string& password,
                    std::string* officeId = nullptr) {
    auto auth = v1::AuthService::NewStub(channel_);
    grpc::ClientContext context;
    v1::LoginRequest request;
    request.set_username(user);
    request.set_password(password);
    v1::LoginResponse response;
    auto status = auth->Login(&context, request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    if (officeId != nullptr) *officeId = response.user().office_id();
    return response.token();
  }

  std::unique_ptr<grpc::ClientContext> as(const std::string& token) {
    auto context = std::make_unique<grpc::ClientContext>();
    context->AddMetadata("authorization", "Bearer " + token);
    return context;
  }

  // A prosecutor in the admin's office with a hearing; sets token_ and hearing_.
  void prepareProsecutor() {
    std::string officeId;
    std::string admin = login("admin", server_->adminPassword(), &officeId);
    auto users = v1::UserService::NewStub(channel_);
    v1::CreateUserRequest user;
    user.set_username("pros");
    user.set_office_id(officeId);
    user.set_role(v1::ROLE_PROSECUTOR);
    user.set_password(kPassword);
    v1::CreateUserResponse created;
    auto status = users->CreateUser(as(admin).get(), user, &created);
    ASSERT_TRUE(status.ok()) << status.error_message();
    token_ = login("pros", kPassword);
    user.set_username("aud");
    user.set_role(v1::ROLE_AUDITOR);
    status = users->CreateUser(as(admin).get(), user, &created);
    ASSERT_TRUE(status.ok()) << status.error_message();
    auditorToken_ = login("aud", kPassword);
    auto hearings = v1::HearingService::NewStub(channel_);
    v1::CreateHearingRequest hearing;
    hearing.set_office_id(officeId);
    hearing.set_case_number("2026/9");
    hearing.set_kind(v1::HEARING_KIND_WITNESS);
    v1::CreateHearingResponse made;
    status = hearings->CreateHearing(as(token_).get(), hearing, &made);
    ASSERT_TRUE(status.ok()) << status.error_message();
    hearing_ = made.hearing().id();
  }

  enum class Digest { kUnspecified = 0, kAtCreation, kAtCompletion };

  grpc::Status create(const std::string& id, const std::string& content,
                      Digest digest = Digest::kAtCreation) {
    v1::CreateUploadRequest request;
    request.set_upload_id(id);
    request.set_hearing_id(hearing_);
    request.set_file_name("hearing.mp4");
    request.set_size_bytes(static_cast<std::int64_t>(content.size()));
    if (digest == Digest::kAtCreation) request.set_sha256(toHex(Sha256::of(content)));
    v1::UploadStatus status;
    return stub_->CreateUpload(as(token_).get(), request, &status);
  }

  // Sends content[from, to) in 1 MiB chunks on one stream.
  grpc::Status write(const std::string& id, const std::string& content, std::int64_t from,
                     std::int64_t to, v1::UploadStatus* out) {
    auto context = as(token_);
    auto writer = stub_->WriteUpload(context.get(), out);
    v1::WriteUploadRequest first;
    first.set_upload_id(id);
    writer->Write(first);
    for (std::int64_t at = from; at < to; at += kMiB) {
      v1::WriteUploadRequest chunk;
      chunk.mutable_chunk()->set_offset(at);
      chunk.mutable_chunk()->set_data(content.substr(
          static_cast<std::size_t>(at), static_cast<std::size_t>(std::min(kMiB, to - at))));
      if (!writer->Write(chunk)) break;
    }
    writer->WritesDone();
    return writer->Finish();
  }

  v1::UploadStatus status(const std::string& id) {
    v1::GetUploadStatusRequest request;
    request.set_upload_id(id);
    v1::UploadStatus out;
    auto status = stub_->GetUploadStatus(as(token_).get(), request, &out);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return out;
  }

  grpc::Status complete(const std::string& id, v1::CompleteUploadResponse* out,
                        const std::string& sha256 = {}) {
    v1::CompleteUploadRequest request;
    request.set_upload_id(id);
    request.set_sha256(sha256);
    return stub_->CompleteUpload(as(token_).get(), request, out);
  }

  std::string download(const std::string& recordingId) {
    v1::DownloadRecordingRequest request;
    request.set_recording_id(recordingId);
    auto context = as(token_);
    auto reader = stub_->DownloadRecording(context.get(), request);
    std::string out;
    v1::DownloadRecordingResponse chunk;
    while (reader->Read(&chunk)) out += chunk.data();
    auto status = reader->Finish();
    EXPECT_TRUE(status.ok()) << status.error_message();
    return out;
  }

  std::size_t objectFiles(const std::filesystem::path& store) {
    std::size_t count = 0;
    if (!std::filesystem::exists(store / "objects")) return 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(store / "objects")) {
      count += entry.is_regular_file();
    }
    return count;
  }

  std::filesystem::path dataDir_;
  std::unique_ptr<ServerProcess> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::RecordingService::Stub> stub_;
  std::string token_;
  std::string auditorToken_;
  std::string hearing_;
};

TEST_F(ResumableUploadTest, ServerKilledMidUploadResumesByteIdentical) {
  ASSERT_NO_FATAL_FAILURE(start());
  ASSERT_NO_FATAL_FAILURE(prepareProsecutor());
  const std::string content = pattern(96 * kMiB);
  const std::string id = "0d5c6a3e-7f4b-4c1e-9a2b-3c4d5e6f7a8b";
  ASSERT_TRUE(create(id, content).ok());
  v1::UploadStatus acknowledged;
  auto written = write(id, content, 0, 40 * kMiB, &acknowledged);
  ASSERT_TRUE(written.ok()) << written.error_message();
  EXPECT_EQ(acknowledged.durable_offset(), 40 * kMiB);

  // A second stream is cut off by SIGKILL after 20 more MiB went out.
  {
    auto context = as(token_);
    v1::UploadStatus ignored;
    auto writer = stub_->WriteUpload(context.get(), &ignored);
    v1::WriteUploadRequest first;
    first.set_upload_id(id);
    ASSERT_TRUE(writer->Write(first));
    for (std::int64_t at = 40 * kMiB; at < 60 * kMiB; at += kMiB) {
      v1::WriteUploadRequest chunk;
      chunk.mutable_chunk()->set_offset(at);
      chunk.mutable_chunk()->set_data(content.substr(static_cast<std::size_t>(at), kMiB));
      ASSERT_TRUE(writer->Write(chunk));
    }
    server_->kill();
    writer->WritesDone();
    EXPECT_FALSE(writer->Finish().ok());
  }
  server_.reset();
  ASSERT_NO_FATAL_FAILURE(start());
  token_ = login("pros", kPassword);
  auto after = status(id);
  EXPECT_EQ(after.state(), v1::UPLOAD_STATE_RECEIVING);
  EXPECT_GE(after.durable_offset(), 40 * kMiB);
  EXPECT_LE(after.durable_offset(), 60 * kMiB);
  v1::UploadStatus resumed;
  written = write(id, content, after.durable_offset(), 96 * kMiB, &resumed);
  ASSERT_TRUE(written.ok()) << written.error_message();
  EXPECT_EQ(resumed.durable_offset(), 96 * kMiB);
  v1::CompleteUploadResponse completed;
  auto done = complete(id, &completed);
  ASSERT_TRUE(done.ok()) << done.error_message();
  EXPECT_EQ(completed.recording().state(), v1::RECORDING_STATE_PROCESSING);
  EXPECT_EQ(completed.recording().sha256(), toHex(Sha256::of(content)));
  EXPECT_TRUE(download(id) == content);
}

// A client that hashes while it sends declares the digest at completion: the real server checks
// it like one declared at creation (after a restart too, and past the 32 MiB from which a large
// upload is written with O_DIRECT) and keeps it on the upload and the recording.
TEST_F(ResumableUploadTest, ADigestDeclaredAtCompletionIsVerifiedAcrossARestart) {
  ASSERT_NO_FATAL_FAILURE(start());
  ASSERT_NO_FATAL_FAILURE(prepareProsecutor());
  const std::string content = pattern(48 * kMiB + 12345);
  const auto size = static_cast<std::int64_t>(content.size());
  const std::string sha = toHex(Sha256::of(content));
  const std::string id = "7c2d4e6f-8a9b-4c0d-9e1f-2a3b4c5d6e7f";
  auto created = create(id, content, Digest::kAtCompletion);
  ASSERT_TRUE(created.ok()) << created.error_message();
  EXPECT_EQ(status(id).sha256(), "");
  v1::UploadStatus acknowledged;
  auto written = write(id, content, 0, 40 * kMiB, &acknowledged);
  ASSERT_TRUE(written.ok()) << written.error_message();
  server_->stop();
  server_.reset();
  ASSERT_NO_FATAL_FAILURE(start());
  token_ = login("pros", kPassword);
  ASSERT_TRUE(create(id, content, Digest::kAtCompletion).ok()) << "a repeated create resumes";
  written = write(id, content, status(id).durable_offset(), size, &acknowledged);
  ASSERT_TRUE(written.ok()) << written.error_message();
  EXPECT_EQ(acknowledged.durable_offset(), size);

  v1::CompleteUploadResponse completed;
  auto undeclared = complete(id, &completed);
  EXPECT_EQ(undeclared.error_code(), grpc::StatusCode::FAILED_PRECONDITION)
      << undeclared.error_message();
  EXPECT_EQ(status(id).durable_offset(), size) << "nothing was reset";
  auto wrong = complete(id, &completed, toHex(Sha256::of("not the file")));
  EXPECT_EQ(wrong.error_code(), grpc::StatusCode::DATA_LOSS) << wrong.error_message();
  EXPECT_EQ(status(id).durable_offset(), 0);

  written = write(id, content, 0, size, &acknowledged);
  ASSERT_TRUE(written.ok()) << written.error_message();
  auto done = complete(id, &completed, sha);
  ASSERT_TRUE(done.ok()) << done.error_message();
  EXPECT_EQ(completed.upload().sha256(), sha);
  EXPECT_EQ(completed.recording().sha256(), sha);
  EXPECT_EQ(status(id).sha256(), sha);
  EXPECT_TRUE(download(id) == content);
}

TEST_F(ResumableUploadTest, FullStoreRefusesThenResumesWithMoreSpace) {
  auto store = dataDir_ / "small-store";
  ASSERT_NO_FATAL_FAILURE(start(
      {"--media-store", "file://" + store.string() + "?max_bytes=" + std::to_string(16 * kMiB)}));
  ASSERT_NO_FATAL_FAILURE(prepareProsecutor());
  const std::string content = pattern(24 * kMiB);
  const std::string id = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  ASSERT_TRUE(create(id, content).ok());
  v1::UploadStatus ignored;
  auto full = write(id, content, 0, 24 * kMiB, &ignored);
  ASSERT_EQ(full.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << full.error_message();
  EXPECT_NE(full.error_message().find("the media store is full"), std::string::npos)
      << full.error_message();
  auto held = status(id);
  EXPECT_GT(held.durable_offset(), 0);
  EXPECT_LE(held.durable_offset(), 16 * kMiB);
  EXPECT_NE(full.error_message().find("holds " + std::to_string(held.durable_offset())),
            std::string::npos);
  EXPECT_EQ(objectFiles(store), 0u);

  server_->stop();
  server_.reset();
  ASSERT_NO_FATAL_FAILURE(start(
      {"--media-store", "file://" + store.string() + "?max_bytes=" + std::to_string(64 * kMiB)}));
  token_ = login("pros", kPassword);
  v1::UploadStatus resumed;
  auto written = write(id, content, held.durable_offset(), 24 * kMiB, &resumed);
  ASSERT_TRUE(written.ok()) << written.error_message();
  v1::CompleteUploadResponse completed;
  auto done = complete(id, &completed);
  ASSERT_TRUE(done.ok()) << done.error_message();
  EXPECT_EQ(completed.upload().state(), v1::UPLOAD_STATE_COMPLETE);
  EXPECT_TRUE(download(id) == content);
  EXPECT_EQ(objectFiles(store), 1u);
}

// The one-call upload runs the same ingest path: the recording it returns is verified and
// processing; a byte range of the original downloads; a wrong digest stores nothing.
TEST_F(ResumableUploadTest, OneCallUploadThenRangeDownload) {
  ASSERT_NO_FATAL_FAILURE(start());
  ASSERT_NO_FATAL_FAILURE(prepareProsecutor());
  const std::string content = pattern(300000);
  auto upload = [&](const std::string& declaredSha, v1::UploadRecordingResponse* out) {
    auto context = as(token_);
    auto writer = stub_->UploadRecording(context.get(), out);
    v1::UploadRecordingRequest message;
    auto* header = message.mutable_header();
    header->set_hearing_id(hearing_);
    header->set_file_name("notes.bin");
    header->set_size_bytes(static_cast<std::int64_t>(content.size()));
    header->set_sha256(declaredSha);
    writer->Write(message);
    for (std::size_t at = 0; at < content.size(); at += 65536) {
      v1::UploadRecordingRequest chunk;
      chunk.mutable_chunk()->set_offset(static_cast<std::int64_t>(at));
      chunk.mutable_chunk()->set_data(content.substr(at, 65536));
      if (!writer->Write(chunk)) break;
    }
    writer->WritesDone();
    return writer->Finish();
  };
  v1::UploadRecordingResponse uploaded;
  auto status = upload(toHex(Sha256::of(content)), &uploaded);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(uploaded.recording().state(), v1::RECORDING_STATE_PROCESSING);
  EXPECT_EQ(uploaded.recording().kind(), v1::RECORDING_KIND_FILE);
  ASSERT_EQ(uploaded.recording().files_size(), 1);
  EXPECT_EQ(uploaded.recording().files(0).role(), v1::FILE_ROLE_ORIGINAL);

  v1::DownloadRecordingRequest request;
  request.set_recording_id(uploaded.recording().id());
  request.set_offset(1000);
  request.set_length(200000);
  request.set_role(v1::FILE_ROLE_ORIGINAL);
  auto context = as(token_);
  auto reader = stub_->DownloadRecording(context.get(), request);
  v1::DownloadRecordingResponse chunk;
  std::string received;
  ASSERT_TRUE(reader->Read(&chunk));
  EXPECT_EQ(chunk.offset(), 1000);
  received += chunk.data();
  {
    // The first bytes are here: the download is already in the audit trail, once, with its
    // range, the recording and its office.
    auto audit = v1::AuditService::NewStub(channel_);
    v1::ListAuditEventsRequest query;
    query.set_object_id(uploaded.recording().id());
    v1::ListAuditEventsResponse events;
    auto listed = audit->ListAuditEvents(as(auditorToken_).get(), query, &events);
    ASSERT_TRUE(listed.ok()) << listed.error_message();
    int downloads = 0;
    for (const auto& event : events.events()) {
      if (event.action() != "recording.download") continue;
      ++downloads;
      EXPECT_EQ(event.outcome(), v1::AUDIT_OUTCOME_SUCCESS);
      EXPECT_FALSE(event.office_id().empty());
      EXPECT_NE(event.details_json().find("\"offset\":\"1000\""), std::string::npos)
          << event.details_json();
    }
    EXPECT_EQ(downloads, 1);
  }
  while (reader->Read(&chunk)) {
    EXPECT_EQ(chunk.offset(), 1000 + static_cast<std::int64_t>(received.size()));
    EXPECT_EQ(chunk.total_size(), static_cast<std::int64_t>(content.size()));
    received += chunk.data();
  }
  ASSERT_TRUE(reader->Finish().ok());
  EXPECT_TRUE(received == content.substr(1000, 200000));

  v1::UploadRecordingResponse wrong;
  status = upload(toHex(Sha256::of("something else")), &wrong);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::DATA_LOSS) << status.error_message();
  EXPECT_NE(status.error_message().find("received bytes hash to " + toHex(Sha256::of(content))),
            std::string::npos)
      << status.error_message();
}

}  // namespace
}  // namespace audientia::e2e
