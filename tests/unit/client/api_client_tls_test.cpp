// ApiClient over real TLS against an in-process gRPC server that plays the other side: checks
// what the client sends (auth metadata, upload header and chunk offsets) and what it does with
// what it receives (ranges, a corrupted download, cancellation). The real server is exercised by
// the end-to-end tests.

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <fstream>
#include <mutex>
#include <random>
#include <thread>

#include "audientia/base/sha256.h"
#include "audientia/client/api_client.h"
#include "audientia/v1/auth.grpc.pb.h"
#include "audientia/v1/recordings.grpc.pb.h"
#include "test_env.h"
#include "test_pki.h"

namespace audientia::client {
namespace {

namespace fs = std::filesystem;

std::string bearerOf(const grpc::ServerContext* context) {
  const auto& metadata = context->client_metadata();
  const auto it = metadata.find("authorization");
  return it == metadata.end() ? std::string() : std::string(it->second.data(), it->second.size());
}

class TestAuth final : public v1::AuthService::Service {
 public:
  grpc::Status Login(grpc::ServerContext* context, const v1::LoginRequest* request,
                     v1::LoginResponse* response) override {
    loginCarriedAuth = !bearerOf(context).empty();
    if (request->username() != "admin" || request->password() != "pw") {
      return {grpc::StatusCode::UNAUTHENTICATED, "wrong user name or password"};
    }
    response->set_token("token-1");
    response->mutable_user()->set_username("admin");
    return grpc::Status::OK;
  }
  grpc::Status WhoAmI(grpc::ServerContext* context, const v1::WhoAmIRequest* /*request*/,
                      v1::WhoAmIResponse* response) override {
    if (bearerOf(context) != "Bearer token-1") {
      return {grpc::StatusCode::UNAUTHENTICATED, "no valid session"};
    }
    response->mutable_user()->set_username("admin");
    return grpc::Status::OK;
  }
  std::atomic<bool> loginCarriedAuth{false};
};

class TestRecordings final : public v1::RecordingService::Service {
 public:
  grpc::Status UploadRecording(grpc::ServerContext* context,
                               grpc::ServerReader<v1::UploadRecordingRequest>* reader,
                               v1::UploadRecordingResponse* response) override {
    if (bearerOf(context) != "Bearer token-1") return {grpc::StatusCode::UNAUTHENTICATED, "no"};
    v1::UploadRecordingRequest message;
    if (!reader->Read(&message) || !message.has_header()) {
      return {grpc::StatusCode::INVALID_ARGUMENT, "header first"};
    }
    std::lock_guard lock(mutex);
    header = message.header();
    data.clear();
    chunkSizes.clear();
    while (reader->Read(&message)) {
      if (!message.has_chunk() || message.chunk().offset() != std::ssize(data)) {
        return {grpc::StatusCode::INVALID_ARGUMENT, "chunk out of order"};
      }
      chunkSizes.push_back(message.chunk().data().size());
      data += message.chunk().data();
    }
    if (toHex(Sha256::of(data)) != header.sha256()) {
      return {grpc::StatusCode::INVALID_ARGUMENT, "sha256 mismatch"};
    }
    recording.set_id("rec-1");
    recording.set_size_bytes(std::ssize(data));
    recording.set_sha256(header.sha256());
    recording.set_file_name(header.file_name());
    *response->mutable_recording() = recording;
    return grpc::Status::OK;
  }

  grpc::Status GetRecording(grpc::ServerContext* /*context*/,
                            const v1::GetRecordingRequest* request,
                            v1::GetRecordingResponse* response) override {
    std::lock_guard lock(mutex);
    if (request->recording_id() != recording.id()) {
      return {grpc::StatusCode::NOT_FOUND, "recording " + request->recording_id() + " not found"};
    }
    *response->mutable_recording() = recording;
    return grpc::Status::OK;
  }

  grpc::Status DownloadRecording(
      grpc::ServerContext* /*context*/, const v1::DownloadRecordingRequest* request,
      grpc::ServerWriter<v1::DownloadRecordingResponse>* writer) override {
    std::string bytes;
    {
      std::lock_guard lock(mutex);
      bytes = data;
    }
    if (corrupt && !bytes.empty()) bytes[bytes.size() / 2] ^= 0x01;
    const auto end = request->length() == 0
                         ? std::ssize(bytes)
                         : std::min(std::ssize(bytes), request->offset() + request->length());
    for (auto offset = request->offset(); offset < end; offset += 100'000) {
      v1::DownloadRecordingResponse chunk;
      chunk.set_offset(offset);
      chunk.set_total_size(std::ssize(bytes));
      chunk.set_data(
          bytes.substr(static_cast<std::size_t>(offset),
                       static_cast<std::size_t>(std::min<std::int64_t>(100'000, end - offset))));
      if (!writer->Write(chunk)) break;
    }
    return grpc::Status::OK;
  }

  std::mutex mutex;
  v1::UploadHeader header;
  std::string data;
  std::vector<std::size_t> chunkSizes;
  v1::Recording recording;
  std::atomic<bool> corrupt{false};
};

class ApiClientTls : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto pki = testing::makeTestPki();
    caFile_ = dir_.path() / "ca.pem";
    std::ofstream(caFile_) << pki.caPem;
    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back({pki.serverKeyPem, pki.serverCertPem});
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::SslServerCredentials(ssl), &port);
    builder.RegisterService(&auth_);
    builder.RegisterService(&recordings_);
    server_ = builder.BuildAndStart();
    ASSERT_NE(server_, nullptr);
    address_ = "127.0.0.1:" + std::to_string(port);
  }
  void TearDown() override {
    if (server_) server_->Shutdown();
  }

  std::unique_ptr<ApiClient> makeClient(std::string token = "token-1") {
    ConnectionOptions options;
    options.server = address_;
    options.caFile = caFile_;
    options.token = std::move(token);
    auto client = ApiClient::create(options);
    EXPECT_TRUE(client.has_value()) << client.error().toString();
    return client.has_value() ? std::move(*client) : nullptr;
  }

  fs::path writeRandomFile(const std::string& name, std::size_t size) {
    std::mt19937 random(42);
    std::string bytes(size, '\0');
    for (auto& byte : bytes) byte = static_cast<char>(random());
    const auto path = dir_.path() / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  static std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  testing::TempDir dir_;
  fs::path caFile_;
  TestAuth auth_;
  TestRecordings recordings_;
  std::unique_ptr<grpc::Server> server_;
  std::string address_;
};

TEST_F(ApiClientTls, LoginCarriesNoTokenAndLaterCallsDo) {
  auto client = makeClient("");
  const auto login = client->login("admin", "pw");
  ASSERT_TRUE(login.has_value()) << login.error().toString();
  EXPECT_FALSE(auth_.loginCarriedAuth);
  EXPECT_FALSE(client->whoAmI().has_value());  // no token set yet
  client->setToken(login->token());
  const auto me = client->whoAmI();
  ASSERT_TRUE(me.has_value()) << me.error().toString();
  EXPECT_EQ(me->user().username(), "admin");

  const auto wrong = client->login("admin", "nope");
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().toString(), "UNAUTHENTICATED: wrong user name or password");
}

TEST_F(ApiClientTls, ConcurrentCallsFromManyThreads) {
  auto client = makeClient();
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 10; ++i) {
        if (!client->whoAmI().has_value()) ++failures;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures, 0);
}

TEST_F(ApiClientTls, UploadsInOneMebibyteChunksAndDownloadsVerified) {
  auto client = makeClient();
  const std::size_t size = 2 * 1024 * 1024 + 12345;
  const auto file = writeRandomFile("hearing.mp4", size);
  std::uint64_t lastDone = 0;
  std::uint64_t lastTotal = 0;
  const auto recording =
      client->uploadRecording("h-1", file, [&](std::uint64_t d, std::uint64_t t) {
        lastDone = d;
        lastTotal = t;
        return true;
      });
  ASSERT_TRUE(recording.has_value()) << recording.error().toString();
  EXPECT_EQ(lastDone, size);
  EXPECT_EQ(lastTotal, size);
  EXPECT_EQ(recordings_.header.hearing_id(), "h-1");
  EXPECT_EQ(recordings_.header.file_name(), "hearing.mp4");
  EXPECT_EQ(recordings_.header.size_bytes(), static_cast<std::int64_t>(size));
  EXPECT_EQ(recordings_.header.sha256(), toHex(*Sha256::ofFile(file)));
  EXPECT_EQ(recordings_.chunkSizes, (std::vector<std::size_t>{1 << 20, 1 << 20, 12345}));

  const auto out = dir_.path() / "back.mp4";
  ASSERT_TRUE(client->downloadRecording("rec-1", out, 0, 0, {}).has_value());
  EXPECT_EQ(readAll(out), readAll(file));
  EXPECT_FALSE(fs::exists(out.string() + ".partial"));

  const auto part = dir_.path() / "part.bin";
  ASSERT_TRUE(client->downloadRecording("rec-1", part, 1000, 4000, {}).has_value());
  EXPECT_EQ(readAll(part), readAll(file).substr(1000, 4000));
  const auto tail = dir_.path() / "tail.bin";
  ASSERT_TRUE(client->downloadRecording("rec-1", tail, size - 10, 0, {}).has_value());
  EXPECT_EQ(readAll(tail), readAll(file).substr(size - 10));
  // Past the end.
  const auto past = client->downloadRecording("rec-1", dir_.path() / "past", size + 1, 0, {});
  ASSERT_FALSE(past.has_value());
  EXPECT_EQ(past.error().code(), ErrorCode::kOutOfRange);
}

TEST_F(ApiClientTls, ACorruptedDownloadIsDataLossAndLeavesNothing) {
  auto client = makeClient();
  const auto file = writeRandomFile("a.bin", 300'000);
  ASSERT_TRUE(client->uploadRecording("h-1", file, {}).has_value());
  recordings_.corrupt = true;
  const auto out = dir_.path() / "corrupt.bin";
  std::ofstream(out) << "previous content";
  const auto status = client->downloadRecording("rec-1", out, 0, 0, {});
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code(), ErrorCode::kDataLoss);
  EXPECT_NE(status.error().message().find("SHA-256"), std::string::npos);
  EXPECT_FALSE(fs::exists(out.string() + ".partial"));
  EXPECT_EQ(readAll(out), "previous content");  // the old file is untouched
}

TEST_F(ApiClientTls, UnknownRecordingIsNotFoundAndWritesNothing) {
  auto client = makeClient();
  const auto out = dir_.path() / "never.bin";
  const auto status = client->downloadRecording("nope", out, 0, 0, {});
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code(), ErrorCode::kNotFound);
  EXPECT_FALSE(fs::exists(out));
  EXPECT_FALSE(fs::exists(out.string() + ".partial"));
}

TEST_F(ApiClientTls, ProgressCallbackCancels) {
  auto client = makeClient();
  const auto file = writeRandomFile("big.bin", 3 * 1024 * 1024);
  const auto upload = client->uploadRecording(
      "h-1", file, [](std::uint64_t done, std::uint64_t) { return done < (1u << 20); });
  ASSERT_FALSE(upload.has_value());
  EXPECT_EQ(upload.error().code(), ErrorCode::kCancelled);

  ASSERT_TRUE(client->uploadRecording("h-1", file, {}).has_value());
  const auto out = dir_.path() / "cancelled.bin";
  const auto download = client->downloadRecording(
      "rec-1", out, 0, 0, [](std::uint64_t done, std::uint64_t) { return done < 200'000; });
  ASSERT_FALSE(download.has_value());
  EXPECT_EQ(download.error().code(), ErrorCode::kCancelled);
  EXPECT_FALSE(fs::exists(out));
  EXPECT_FALSE(fs::exists(out.string() + ".partial"));
}

TEST_F(ApiClientTls, AServerCertifiedByAnotherCaIsRefused) {
  const auto otherCa = dir_.path() / "other-ca.pem";
  std::ofstream(otherCa) << testing::makeTestPki().caPem;
  ConnectionOptions options;
  options.server = address_;
  options.caFile = otherCa;
  options.token = "token-1";
  auto client = ApiClient::create(options);
  ASSERT_TRUE(client.has_value());
  const auto me = (*client)->whoAmI();
  ASSERT_FALSE(me.has_value());
  EXPECT_EQ(me.error().code(), ErrorCode::kUnavailable);
  EXPECT_NE(me.error().message().find(address_), std::string::npos);
}

}  // namespace
}  // namespace audientia::client
