// The gRPC layer in process, over real TLS on loopback: the service classes, the bearer token,
// proto mapping and error mapping, with the use cases on in-memory repositories and the real
// filesystem store.

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include "api/auth_grpc_service.h"
#include "api/hearing_grpc_service.h"
#include "api/office_grpc_service.h"
#include "audientia/base/sha256.h"
#include "audientia/testing/fakes/hearing_fakes.h"
#include "audientia/testing/fakes/identity_fakes.h"
#include "bootstrap/tls_bootstrap.h"
#include "test_support.h"

namespace audientia::api {
namespace {

using namespace audientia::testing;

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto tls = bootstrap::TlsBootstrap::ensure(dir_.path());
    ASSERT_TRUE(tls);
    caPem_ = tls->caCertPem;
    auto admin = auth_.bootstrapAdmin([&](const std::string& password) {
      adminPassword_ = password;
      return ok();
    });
    ASSERT_TRUE(admin);
    gate_ = std::make_unique<CallGate>(auth_, &audit_, spdlog::default_logger());
    authService_ = std::make_unique<AuthGrpcService>(*gate_, offices_);
    officeService_ = std::make_unique<OfficeGrpcService>(*gate_, offices_);
    hearingService_ = std::make_unique<HearingGrpcService>(*gate_, hearings_);

    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back({tls->serverKeyPem, tls->serverCertPem});
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::SslServerCredentials(ssl), &port_);
    builder.RegisterService(authService_.get());
    builder.RegisterService(officeService_.get());
    builder.RegisterService(hearingService_.get());
    server_ = builder.BuildAndStart();
    ASSERT_TRUE(server_);
    grpc::SslCredentialsOptions client;
    client.pem_root_certs = caPem_;
    // Connect by address and check the certificate's name "localhost": resolving the name
    // through c-ares would leak 10 bytes inside Debian's libcares under LeakSanitizer.
    grpc::ChannelArguments args;
    args.SetSslTargetNameOverride("localhost");
    channel_ = grpc::CreateCustomChannel("127.0.0.1:" + std::to_string(port_),
                                         grpc::SslCredentials(client), args);
  }

  void TearDown() override {
    if (server_) server_->Shutdown();
  }

  std::unique_ptr<grpc::ClientContext> authorized() {
    auto context = std::make_unique<grpc::ClientContext>();
    context->AddMetadata("authorization", "Bearer " + token_);
    return context;
  }

  // Logs in as a prosecutor of the first office (admins have no access to hearings).
  void login() {
    const std::string password = "a prosecutor's long passphrase";
    auto hash = hasher_.hash(password);
    ASSERT_TRUE(hash);
    ASSERT_TRUE(users_.create(domain::NewUser{"pros", offices_Repo_.offices_.at(0).id,
                                              domain::Role::kProsecutor, *hash}));
    auto stub = v1::AuthService::NewStub(channel_);
    grpc::ClientContext context;
    v1::LoginRequest request;
    request.set_username("pros");
    request.set_password(password);
    v1::LoginResponse response;
    auto status = stub->Login(&context, request, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    token_ = response.token();
  }

  std::string createHearing() {
    auto stub = v1::HearingService::NewStub(channel_);
    v1::CreateHearingRequest request;
    request.set_office_id(offices_Repo_.offices_.at(0).id);
    request.set_case_number("2024/77");
    request.set_kind(v1::HEARING_KIND_WITNESS);
    v1::CreateHearingResponse response;
    auto status = stub->CreateHearing(authorized().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return response.hearing().id();
  }

  TempDir dir_;
  std::string caPem_;
  std::string adminPassword_;
  std::string token_;
  FakeClock clock_;
  FakeUserRepository users_;
  FakeSessionRepository sessions_;
  FakeOfficeRepository offices_Repo_;
  FakeHearingRepository hearingsRepo_;
  FakeRecordingRepository recordingsRepo_;
  app::PasswordHasher hasher_{app::ScryptParams{1u << 10, 8, 1}};
  app::AuthService auth_{users_, sessions_, offices_Repo_, clock_, hasher_};
  app::OfficeService offices_{offices_Repo_};
  app::HearingService hearings_{offices_Repo_, hearingsRepo_, recordingsRepo_};
  MemoryAuditLog audit_;
  std::unique_ptr<CallGate> gate_;
  std::unique_ptr<AuthGrpcService> authService_;
  std::unique_ptr<OfficeGrpcService> officeService_;
  std::unique_ptr<HearingGrpcService> hearingService_;
  std::unique_ptr<grpc::Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
  int port_ = 0;
};

TEST_F(ApiTest, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  auto stub = v1::AuthService::NewStub(channel_);
  std::string messages[2];
  const char* names[2] = {"admin", "nobody"};
  for (int i = 0; i < 2; ++i) {
    grpc::ClientContext context;
    v1::LoginRequest request;
    request.set_username(names[i]);
    request.set_password("wrong password");
    v1::LoginResponse response;
    auto status = stub->Login(&context, request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    messages[i] = status.error_message();
  }
  EXPECT_EQ(messages[0], messages[1]);
  EXPECT_EQ(messages[0], "invalid username or password");
  // Both attempts are in the audit trail, with the attempted name, denied, and the reason.
  ASSERT_EQ(audit_.events_.size(), 2u);
  EXPECT_EQ(audit_.events_[0].action, "auth.login");
  EXPECT_EQ(audit_.events_[0].actorUsername, "admin");
  EXPECT_EQ(audit_.events_[0].outcome, domain::AuditOutcome::kDenied);
  EXPECT_NE(audit_.events_[0].detailsJson.find("wrong password"), std::string::npos);
  EXPECT_EQ(audit_.events_[1].actorUsername, "nobody");
  EXPECT_NE(audit_.events_[1].detailsJson.find("unknown user"), std::string::npos);
  EXPECT_EQ(audit_.events_[1].detailsJson.find("wrong password\""), std::string::npos);
}

TEST_F(ApiTest, EveryCallIsAuditedWithObjectAndPeer) {
  login();
  std::string hearingId = createHearing();
  auto stub = v1::HearingService::NewStub(channel_);
  v1::GetHearingRequest get;
  get.set_hearing_id(hearingId);
  v1::GetHearingResponse got;
  ASSERT_TRUE(stub->GetHearing(authorized().get(), get, &got).ok());
  ASSERT_EQ(audit_.events_.size(), 3u);  // login, create, view
  const auto& view = audit_.events_.back();
  EXPECT_EQ(view.action, "hearing.view");
  EXPECT_EQ(view.objectType, "hearing");
  EXPECT_EQ(view.objectId, hearingId);
  EXPECT_EQ(view.officeId, offices_Repo_.offices_.at(0).id);
  EXPECT_EQ(view.actorUsername, "pros");
  EXPECT_EQ(view.outcome, domain::AuditOutcome::kSuccess);
  EXPECT_NE(view.clientAddress.find("127.0.0.1"), std::string::npos) << view.clientAddress;
  // An admin may not read hearings: refused before the handler, audited as denied.
  token_.clear();
  grpc::ClientContext context;
  v1::LoginRequest request;
  request.set_username("admin");
  request.set_password(adminPassword_);
  v1::LoginResponse response;
  ASSERT_TRUE(v1::AuthService::NewStub(channel_)->Login(&context, request, &response).ok());
  token_ = response.token();
  auto status = stub->GetHearing(authorized().get(), get, &got);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(status.error_message(), "user admin (admin) may not read hearings");
  EXPECT_EQ(audit_.events_.back().outcome, domain::AuditOutcome::kDenied);
  EXPECT_EQ(audit_.events_.back().action, "hearing.view");
}

TEST_F(ApiTest, CallsWithoutATokenAreUnauthenticated) {
  auto stub = v1::OfficeService::NewStub(channel_);
  grpc::ClientContext context;
  v1::ListOfficesResponse response;
  auto status = stub->ListOffices(&context, v1::ListOfficesRequest(), &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  grpc::ClientContext bad;
  bad.AddMetadata("authorization", "Bearer not-a-real-token");
  status = stub->ListOffices(&bad, v1::ListOfficesRequest(), &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(ApiTest, PlaintextClientGetsNoService) {
  auto plain =
      grpc::CreateChannel("127.0.0.1:" + std::to_string(port_), grpc::InsecureChannelCredentials());
  auto stub = v1::AuthService::NewStub(plain);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(3));
  v1::LoginResponse response;
  auto status = stub->Login(&context, v1::LoginRequest(), &response);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(ApiTest, MissingFieldsAreNamed) {
  login();
  auto stub = v1::HearingService::NewStub(channel_);
  v1::CreateHearingRequest request;
  request.set_office_id(offices_Repo_.offices_.at(0).id);
  request.set_kind(v1::HEARING_KIND_VICTIM);
  v1::CreateHearingResponse response;
  auto status = stub->CreateHearing(authorized().get(), request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message(), "case_number is required");
  v1::GetHearingResponse got;
  v1::GetHearingRequest get;
  get.set_hearing_id("hearing-999");
  status = stub->GetHearing(authorized().get(), get, &got);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
}

// Uploads and downloads over gRPC are tested against a real PostgreSQL and the real server
// (tests/e2e/resumable_upload_test.cpp, tests/e2e/authorization_matrix_test.cpp).

}  // namespace
}  // namespace audientia::api
