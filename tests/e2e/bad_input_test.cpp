// Bad input gets a clear answer and loses nothing: checked against the real server binary.

#include <signal.h>

#include "audientia/base/sha256.h"
#include "audientia/v1/auth.grpc.pb.h"
#include "audientia/v1/hearings.grpc.pb.h"
#include "audientia/v1/offices.grpc.pb.h"
#include "audientia/v1/recordings.grpc.pb.h"
#include "e2e_fixture.h"

namespace audientia::e2e {
namespace {

class BadInput : public EndToEndTest {
 protected:
  void SetUp() override { loginAsAdmin(); }

  std::unique_ptr<grpc::ClientContext> authed() {
    auto context = std::make_unique<grpc::ClientContext>();
    context->AddMetadata("authorization", "Bearer " + adminToken());
    context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    return context;
  }

  // An office with a prosecutor who is then logged in (admins may not touch hearings).
  std::string makeHearing() {
    const auto office = ctlJson({"office", "create", "Office " + std::to_string(counter_++)});
    loginAsNewUser("prosecutor", office["office"]["id"]);
    const auto hearing = ctlJson({"hearing", "create", "--office", office["office"]["id"], "--case",
                                  "9/P/2026", "--kind", "suspect"});
    return hearing["hearing"]["id"];
  }

  // Uploads `data` while declaring `declaredSize` and `declaredSha`.
  grpc::Status upload(const std::string& hearingId, const std::string& data,
                      std::int64_t declaredSize, const std::string& declaredSha) {
    auto stub = v1::RecordingService::NewStub(tlsChannel());
    auto context = authed();
    v1::UploadRecordingResponse response;
    auto writer = stub->UploadRecording(context.get(), &response);
    v1::UploadRecordingRequest header;
    header.mutable_header()->set_hearing_id(hearingId);
    header.mutable_header()->set_file_name("statement.mp4");
    header.mutable_header()->set_size_bytes(declaredSize);
    header.mutable_header()->set_sha256(declaredSha);
    writer->Write(header);
    v1::UploadRecordingRequest chunk;
    chunk.mutable_chunk()->set_offset(0);
    chunk.mutable_chunk()->set_data(data);
    writer->Write(chunk);
    writer->WritesDone();
    return writer->Finish();
  }

  // Recordings of the hearing that are not failed (a failed one-call upload stays visible as
  // FAILED with its reason, holding no object).
  int recordingCount(const std::string& hearingId) {
    auto stub = v1::HearingService::NewStub(tlsChannel());
    auto context = authed();
    v1::GetHearingRequest request;
    request.set_hearing_id(hearingId);
    v1::GetHearingResponse response;
    const auto status = stub->GetHearing(context.get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    int count = 0;
    for (const auto& recording : response.recordings()) {
      count += recording.state() != v1::RECORDING_STATE_FAILED;
    }
    return count;
  }

  static inline int counter_ = 0;
};

TEST_F(BadInput, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  const auto wrongPassword =
      ctl({"login", "--user", "admin", "--password-stdin"}, "not-the-password\n");
  const auto unknownUser =
      ctl({"login", "--user", "nobody-by-that-name", "--password-stdin"}, "whatever\n");
  EXPECT_NE(wrongPassword.exitCode, 0);
  EXPECT_NE(unknownUser.exitCode, 0);
  EXPECT_NE(wrongPassword.err.find("UNAUTHENTICATED"), std::string::npos) << wrongPassword.err;
  EXPECT_EQ(wrongPassword.err, unknownUser.err);
}

TEST_F(BadInput, UnknownObjectsAreNotFound) {
  loginAsNewUser("clerk", ctlJson({"office", "create", "Clerks"})["office"]["id"]);
  const auto hearing = ctl({"hearing", "show", "00000000-0000-4000-8000-000000000000"});
  EXPECT_NE(hearing.exitCode, 0);
  EXPECT_NE(hearing.err.find("NOT_FOUND"), std::string::npos) << hearing.err;
  const auto garbage = ctl({"hearing", "show", "not-an-id"});
  EXPECT_NE(garbage.err.find("NOT_FOUND"), std::string::npos) << garbage.err;
  const auto recording = ctl({"recording", "download", "00000000-0000-4000-8000-000000000000",
                              "--out", (workDir_ / "never").string()});
  EXPECT_NE(recording.err.find("NOT_FOUND"), std::string::npos) << recording.err;
  EXPECT_FALSE(std::filesystem::exists(workDir_ / "never"));
}

TEST_F(BadInput, MissingFieldsAreNamed) {
  auto stub = v1::HearingService::NewStub(tlsChannel());
  auto context = authed();
  v1::CreateHearingRequest request;
  const std::string officeId = ctlJson({"office", "create", "Named fields"})["office"]["id"];
  loginAsNewUser("prosecutor", officeId);
  request.set_office_id(officeId);
  request.set_kind(v1::HEARING_KIND_WITNESS);
  v1::CreateHearingResponse response;
  const auto status = stub->CreateHearing(authed().get(), request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(status.error_message().find("case_number"), std::string::npos)
      << status.error_message();
}

TEST_F(BadInput, MismatchedShaOrSizeStoresNothing) {
  const std::string hearingId = makeHearing();
  const std::string data(300000, 'x');
  const std::string realSha = toHex(Sha256::of(data));
  const std::string otherSha = toHex(Sha256::of("something else"));

  const auto wrongSha = upload(hearingId, data, static_cast<std::int64_t>(data.size()), otherSha);
  EXPECT_EQ(wrongSha.error_code(), grpc::StatusCode::DATA_LOSS);
  EXPECT_NE(
      wrongSha.error_message().find("received bytes hash to " + realSha + ", declared " + otherSha),
      std::string::npos)
      << wrongSha.error_message();

  const auto wrongSize =
      upload(hearingId, data, static_cast<std::int64_t>(data.size()) + 10, realSha);
  EXPECT_NE(wrongSize.error_code(), grpc::StatusCode::OK);
  EXPECT_NE(wrongSize.error_message().find("size"), std::string::npos) << wrongSize.error_message();

  EXPECT_EQ(recordingCount(hearingId), 0);
  // Nothing was stored under either digest.
  const auto objects = server_->dataDir() / "media" / "objects";
  for (const auto& sha : {realSha, otherSha}) {
    EXPECT_FALSE(std::filesystem::exists(objects / sha.substr(0, 2) / sha.substr(2, 2) / sha));
  }

  const auto right = upload(hearingId, data, static_cast<std::int64_t>(data.size()), realSha);
  EXPECT_TRUE(right.ok()) << right.error_message();
  EXPECT_EQ(recordingCount(hearingId), 1);
}

TEST_F(BadInput, UnknownTokenIsUnauthenticated) {
  auto stub = v1::AuthService::NewStub(tlsChannel());
  grpc::ClientContext context;
  context.AddMetadata("authorization", "Bearer forged-token");
  v1::WhoAmIResponse response;
  const auto status = stub->WhoAmI(&context, v1::WhoAmIRequest(), &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(BadInput, PlaintextClientsGetNoService) {
  auto channel = grpc::CreateChannel(server_->address(), grpc::InsecureChannelCredentials());
  auto stub = v1::AuthService::NewStub(channel);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
  v1::LoginRequest request;
  request.set_username("admin");
  request.set_password(server_->adminPassword());
  v1::LoginResponse response;
  const auto status = stub->Login(&context, request, &response);
  EXPECT_FALSE(status.ok());
  EXPECT_TRUE(response.token().empty());
}

TEST_F(BadInput, ASecondServerOnTheSameDataDirNamesTheFirst) {
  testing::CommandOptions options;
  options.timeout = std::chrono::seconds(30);
  const auto second = testing::runCommand({testing::binDir() + "/audientia-server", "--data-dir",
                                           server_->dataDir().string(), "--listen", "127.0.0.1:0"},
                                          options);
  ASSERT_TRUE(second.has_value()) << second.error().toString();
  EXPECT_NE(second->exitCode, 0);
  EXPECT_NE(second->err.find(std::to_string(server_->pid())), std::string::npos) << second->err;
  // The first server still serves.
  EXPECT_EQ(ctl({"whoami"}).exitCode, 0);
}

TEST_F(BadInput, TheInitialAdminPasswordIsPrivate) {
  const auto perms =
      std::filesystem::status(server_->dataDir() / "initial-admin-password").permissions();
  EXPECT_EQ(perms & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}

}  // namespace
}  // namespace audientia::e2e
