// The authorization matrix: every RPC of every audientia.v1 service (enumerated from the
// protobuf descriptors, so that a new RPC is covered or the test fails), called as each role
// (admin, prosecutor, clerk, auditor of office A) on an object of office A (own), of A1 (a
// child of A) and of B (unrelated), against the real server stack in process over real TLS,
// with a real PostgreSQL and the real audit trail. Each answer is checked against the policy
// table: OK, NOT_FOUND (out of scope, exactly like a missing object) or PERMISSION_DENIED
// (naming the action); a refused call carries no data. Then the audit chain must verify.

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>

#include "api/audit_grpc_service.h"
#include "api/auth_grpc_service.h"
#include "api/hearing_grpc_service.h"
#include "api/office_grpc_service.h"
#include "api/recording_grpc_service.h"
#include "app/access_policy.h"
#include "app/system_clock.h"
#include "app/upload_service.h"
#include "audientia/base/sha256.h"
#include "audientia/media/capture_manifest.h"
#include "bootstrap/tls_bootstrap.h"
#include "domain/rules.h"
#include "pg_test.h"
#include "ports/media_inspector.h"
#include "storage/filesystem/filesystem_media_store.h"
// Keeping (issue 4).
#include "api/maintenance_grpc_service.h"
#include "api/retention_grpc_service.h"
#include "app/maintenance_service.h"
#include "app/retention_service.h"

namespace audientia {
namespace {

using domain::Role;

constexpr char kPassword[] = "matrix test passphrase";

class NotMedia : public ports::MediaInspector {
 public:
  Expected<media::MediaInfo> inspect(const std::filesystem::path&) override {
    return invalidArgument("not media");
  }
};

struct Stubs {
  std::unique_ptr<v1::AuthService::Stub> auth;
  std::unique_ptr<v1::OfficeService::Stub> offices;
  std::unique_ptr<v1::UserService::Stub> users;
  std::unique_ptr<v1::HearingService::Stub> hearings;
  std::unique_ptr<v1::RecordingService::Stub> recordings;
  std::unique_ptr<v1::AuditService::Stub> audit;
  std::unique_ptr<v1::MaintenanceService::Stub> maintenance;
  std::unique_ptr<v1::RetentionService::Stub> retention;
};

// Objects of one office.
struct OfficeObjects {
  std::string officeId;
  std::string leafOfficeId;  // a child office, the object of office mutations
  std::string hearingId;
  std::string recordingId;
  std::string targetUser;  // a clerk of the office, the object of user administration
};

enum class Target { kOwn, kChild, kUnrelated };
const char* targetName(Target target) {
  switch (target) {
    case Target::kOwn:
      return "own office";
    case Target::kChild:
      return "child office";
    case Target::kUnrelated:
      return "unrelated office";
  }
  return "?";
}

struct Outcome {
  grpc::Status status;
  std::size_t responseBytes = 0;
  std::set<std::string> officesSeen;  // office ids of objects in a list answer
};

class AuthorizationMatrixTest : public testing::PgTest {
 protected:
  void SetUp() override {
    PgTest::SetUp();
    if (IsSkipped()) return;
    storage_ = openMigratedStorage();
    ASSERT_TRUE(storage_);
    auto& db = *storage_;
    const auto dir = makeScratchDir("authz");
    auto tls = bootstrap::TlsBootstrap::ensure(dir);
    ASSERT_TRUE(tls);
    auto store = storage::filesystem::FilesystemMediaStore::open(dir / "media");
    ASSERT_TRUE(store);
    store_ = std::move(*store);
    auth_ = std::make_unique<app::AuthService>(db.users(), db.sessions(), db.offices(), clock_,
                                               hasher_);
    offices_ = std::make_unique<app::OfficeService>(db.offices());
    users_ = std::make_unique<app::UserService>(db.users(), db.sessions(), db.offices(), hasher_);
    hearings_ = std::make_unique<app::HearingService>(db.offices(), db.hearings(), db.recordings());
    recordings_ = std::make_unique<app::RecordingService>(*hearings_, db.recordings(), *store_);
    uploads_ = std::make_unique<app::UploadService>(*hearings_, db.uploads(), db.recordings(),
                                                    *store_, db.jobs(), clock_);
    gate_ = std::make_unique<api::CallGate>(*auth_, &db.auditLog(), spdlog::default_logger());
    services_.push_back(std::make_unique<api::AuthGrpcService>(*gate_, *offices_));
    services_.push_back(std::make_unique<api::OfficeGrpcService>(*gate_, *offices_));
    services_.push_back(std::make_unique<api::UserGrpcService>(*gate_, *users_));
    services_.push_back(std::make_unique<api::HearingGrpcService>(*gate_, *hearings_));
    services_.push_back(
        std::make_unique<api::RecordingGrpcService>(*gate_, *recordings_, *uploads_));
    services_.push_back(std::make_unique<api::AuditGrpcService>(*gate_, db.auditLog()));
    maintenance_ = std::make_unique<app::MaintenanceService>(db.jobs(), db.fixity(), db.alerts());
    retention_ = std::make_unique<app::RetentionService>(
        db.offices(), *hearings_, db.retention(), db.recordings(), db.auditLog(), *store_, clock_);
    services_.push_back(std::make_unique<api::MaintenanceGrpcService>(*gate_, *maintenance_));
    services_.push_back(std::make_unique<api::RetentionGrpcService>(*gate_, *retention_));

    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back({tls->serverKeyPem, tls->serverCertPem});
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::SslServerCredentials(ssl), &port_);
    for (auto& service : services_) builder.RegisterService(service.get());
    server_ = builder.BuildAndStart();
    ASSERT_TRUE(server_);
    grpc::SslCredentialsOptions client;
    client.pem_root_certs = tls->caCertPem;
    grpc::ChannelArguments args;
    args.SetSslTargetNameOverride("localhost");
    auto channel = grpc::CreateCustomChannel("127.0.0.1:" + std::to_string(port_),
                                             grpc::SslCredentials(client), args);
    stubs_.auth = v1::AuthService::NewStub(channel);
    stubs_.offices = v1::OfficeService::NewStub(channel);
    stubs_.users = v1::UserService::NewStub(channel);
    stubs_.hearings = v1::HearingService::NewStub(channel);
    stubs_.recordings = v1::RecordingService::NewStub(channel);
    stubs_.audit = v1::AuditService::NewStub(channel);
    stubs_.maintenance = v1::MaintenanceService::NewStub(channel);
    stubs_.retention = v1::RetentionService::NewStub(channel);
    seed();
  }

  void TearDown() override {
    if (server_) server_->Shutdown();
  }

  domain::User addUser(const std::string& name, const std::string& officeId, Role role) {
    auto hash = hasher_.hash(kPassword);
    EXPECT_TRUE(hash);
    auto user = storage_->users().create(domain::NewUser{name, officeId, role, *hash});
    EXPECT_TRUE(user) << user.error().toString();
    return *user;
  }

  std::string login(const std::string& username, const std::string& password = kPassword) {
    auto result = auth_->login(username, password);
    EXPECT_TRUE(result) << username << ": " << result.error().toString();
    return result ? result->token : std::string();
  }

  void seed() {
    auto& db = *storage_;
    auto root = db.offices().create({"National", std::nullopt});
    ASSERT_TRUE(root);
    rootOfficeId_ = root->id;
    auto a = db.offices().create({"Office A", root->id});
    auto a1 = db.offices().create({"Office A1", a->id});
    auto b = db.offices().create({"Office B", root->id});
    ASSERT_TRUE(a && a1 && b);
    const std::pair<Target, std::string> offices[] = {
        {Target::kOwn, a->id}, {Target::kChild, a1->id}, {Target::kUnrelated, b->id}};
    for (const auto& [target, officeId] : offices) {
      OfficeObjects objects;
      objects.officeId = officeId;
      auto leaf = db.offices().create({"Leaf", officeId});
      ASSERT_TRUE(leaf);
      objects.leafOfficeId = leaf->id;
      const std::string suffix = std::to_string(static_cast<int>(target));
      objects.targetUser = "target" + suffix;
      addUser(objects.targetUser, officeId, Role::kClerk);
      domain::User prosecutor = addUser("seeder" + suffix, officeId, Role::kProsecutor);
      auto hearing = hearings_->create(
          prosecutor, domain::NewHearing{
                          officeId, "M/" + suffix, domain::HearingKind::kWitness, "", {}, "", ""});
      ASSERT_TRUE(hearing) << hearing.error().toString();
      objects.hearingId = hearing->id;
      const std::string content = "hello";
      app::CreateUploadRequest create{
          uploadUuid(), hearing->id, "notes.txt", 5, toHex(Sha256::of(content)), {}, 0};
      ASSERT_TRUE(uploads_->create(prosecutor, create));
      auto session = uploads_->openWrite(prosecutor, create.uploadId);
      ASSERT_TRUE(session) << session.error().toString();
      ASSERT_TRUE((*session)->append(0, std::as_bytes(std::span(content.data(), content.size()))));
      ASSERT_TRUE((*session)->finish());
      session->reset();
      auto recording = uploads_->complete(prosecutor, create.uploadId);
      ASSERT_TRUE(recording) << recording.error().toString();
      objects.recordingId = recording->recording.id;
      objects_[target] = objects;
    }
    for (Role role : {Role::kAdmin, Role::kProsecutor, Role::kClerk, Role::kAuditor}) {
      const std::string name = "a-" + std::string(domain::roleName(role));
      callers_[role] = addUser(name, a->id, role);
      passwords_[role] = kPassword;
      tokens_[role] = login(name);
    }
  }

  // What the policy table says the answer must be.
  // ListOffices names no office: its scope filters the answer (checked through officesSeen).
  grpc::StatusCode expected(const app::RpcRule& rule, Role role, Target target) const {
    if (rule.scope == app::Scope::kPublic) return grpc::StatusCode::OK;
    if ((rule.roles & app::roleBit(role)) == 0) return grpc::StatusCode::PERMISSION_DENIED;
    if (rule.action == app::Action::kListOffices) return grpc::StatusCode::OK;
    switch (rule.scope) {
      case app::Scope::kAny:
      case app::Scope::kSelf:
        return grpc::StatusCode::OK;
      case app::Scope::kOwnOffice:
        return target == Target::kOwn ? grpc::StatusCode::OK : grpc::StatusCode::NOT_FOUND;
      case app::Scope::kSubtree:
        return target == Target::kUnrelated ? grpc::StatusCode::NOT_FOUND : grpc::StatusCode::OK;
      default:
        return grpc::StatusCode::UNKNOWN;
    }
  }

  using Case = std::function<Outcome(grpc::ClientContext&, Role, const OfficeObjects&)>;
  std::map<std::string, Case> cases();
  void addKeepingCases(std::map<std::string, Case>& c);
  void addUploadCases(std::map<std::string, Case>& c);
  std::string uploadUuid() {
    char buf[40];
    std::snprintf(buf, sizeof buf, "cccccccc-dddd-4eee-8fff-%012d", ++counter_);
    return buf;
  }
  // An empty upload (0 bytes) of a new FILE recording in the office's hearing, made through
  // the repository so that every role and target meets the same situation.
  std::string seedUpload(const OfficeObjects& o);

  app::SystemClock clock_;
  app::PasswordHasher hasher_{app::ScryptParams{1u << 10, 8, 1}};
  NotMedia inspector_;
  std::unique_ptr<storage::postgres::PostgresStorage> storage_;
  std::unique_ptr<storage::filesystem::FilesystemMediaStore> store_;
  std::unique_ptr<app::AuthService> auth_;
  std::unique_ptr<app::OfficeService> offices_;
  std::unique_ptr<app::UserService> users_;
  std::unique_ptr<app::HearingService> hearings_;
  std::unique_ptr<app::RecordingService> recordings_;
  std::unique_ptr<app::UploadService> uploads_;
  std::unique_ptr<app::MaintenanceService> maintenance_;
  std::unique_ptr<app::RetentionService> retention_;
  std::unique_ptr<api::CallGate> gate_;
  std::vector<std::unique_ptr<grpc::Service>> services_;
  std::unique_ptr<grpc::Server> server_;
  int port_ = 0;
  Stubs stubs_;
  std::map<Target, OfficeObjects> objects_;
  std::map<Role, domain::User> callers_;
  std::map<Role, std::string> passwords_;
  std::map<Role, std::string> tokens_;
  int counter_ = 0;
  std::string rootOfficeId_;
};

template <class Response>
Outcome unaryOutcome(const grpc::Status& status, const Response& response) {
  return {status, response.ByteSizeLong(), {}};
}

std::map<std::string, AuthorizationMatrixTest::Case> AuthorizationMatrixTest::cases() {
  std::map<std::string, Case> c;
  auto& s = stubs_;
  c["/audientia.v1.AuthService/Login"] = [&](grpc::ClientContext& ctx, Role role, auto&) {
    v1::LoginRequest req;
    req.set_username(callers_[role].username);
    req.set_password(passwords_[role]);
    v1::LoginResponse resp;
    return unaryOutcome(s.auth->Login(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.AuthService/Logout"] = [&](grpc::ClientContext&, Role role, auto&) {
    // A session of its own, so that the caller's token stays valid for the other cases.
    grpc::ClientContext own;
    own.AddMetadata("authorization", "Bearer " + login(callers_[role].username, passwords_[role]));
    v1::LogoutResponse resp;
    return unaryOutcome(s.auth->Logout(&own, v1::LogoutRequest(), &resp), resp);
  };
  c["/audientia.v1.AuthService/WhoAmI"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::WhoAmIResponse resp;
    return unaryOutcome(s.auth->WhoAmI(&ctx, v1::WhoAmIRequest(), &resp), resp);
  };
  c["/audientia.v1.OfficeService/CreateOffice"] = [&](grpc::ClientContext& ctx, Role,
                                                      const OfficeObjects& o) {
    v1::CreateOfficeRequest req;
    req.set_name("New " + std::to_string(++counter_));
    req.set_parent_id(o.officeId);
    v1::CreateOfficeResponse resp;
    return unaryOutcome(s.offices->CreateOffice(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.OfficeService/ListOffices"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::ListOfficesResponse resp;
    Outcome out = unaryOutcome(s.offices->ListOffices(&ctx, v1::ListOfficesRequest(), &resp), resp);
    for (const auto& office : resp.offices()) out.officesSeen.insert(office.id());
    return out;
  };
  c["/audientia.v1.OfficeService/RenameOffice"] = [&](grpc::ClientContext& ctx, Role,
                                                      const OfficeObjects& o) {
    v1::RenameOfficeRequest req;
    req.set_office_id(o.leafOfficeId);
    req.set_name("Renamed " + std::to_string(++counter_));
    v1::RenameOfficeResponse resp;
    return unaryOutcome(s.offices->RenameOffice(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.OfficeService/MoveOffice"] = [&](grpc::ClientContext& ctx, Role,
                                                    const OfficeObjects& o) {
    v1::MoveOfficeRequest req;
    req.set_office_id(o.leafOfficeId);
    req.set_new_parent_id(o.officeId);
    v1::MoveOfficeResponse resp;
    return unaryOutcome(s.offices->MoveOffice(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.OfficeService/DeactivateOffice"] = [&](grpc::ClientContext& ctx, Role,
                                                          const OfficeObjects& o) {
    v1::DeactivateOfficeRequest req;
    req.set_office_id(o.leafOfficeId);
    v1::DeactivateOfficeResponse resp;
    return unaryOutcome(s.offices->DeactivateOffice(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.OfficeService/ReactivateOffice"] = [&](grpc::ClientContext& ctx, Role,
                                                          const OfficeObjects& o) {
    v1::ReactivateOfficeRequest req;
    req.set_office_id(o.leafOfficeId);
    v1::ReactivateOfficeResponse resp;
    return unaryOutcome(s.offices->ReactivateOffice(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.UserService/CreateUser"] = [&](grpc::ClientContext& ctx, Role,
                                                  const OfficeObjects& o) {
    v1::CreateUserRequest req;
    req.set_username("made" + std::to_string(++counter_));
    req.set_office_id(o.officeId);
    req.set_role(v1::ROLE_CLERK);
    req.set_password(kPassword);
    v1::CreateUserResponse resp;
    return unaryOutcome(s.users->CreateUser(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.UserService/ListUsers"] = [&](grpc::ClientContext& ctx, Role,
                                                 const OfficeObjects& o) {
    v1::ListUsersRequest req;
    req.set_office_id(o.officeId);
    v1::ListUsersResponse resp;
    Outcome out = unaryOutcome(s.users->ListUsers(&ctx, req, &resp), resp);
    for (const auto& user : resp.users()) out.officesSeen.insert(user.office_id());
    return out;
  };
  c["/audientia.v1.UserService/DisableUser"] = [&](grpc::ClientContext& ctx, Role,
                                                   const OfficeObjects& o) {
    v1::DisableUserRequest req;
    req.set_username(o.targetUser);
    v1::DisableUserResponse resp;
    return unaryOutcome(s.users->DisableUser(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.UserService/EnableUser"] = [&](grpc::ClientContext& ctx, Role,
                                                  const OfficeObjects& o) {
    v1::EnableUserRequest req;
    req.set_username(o.targetUser);
    v1::EnableUserResponse resp;
    return unaryOutcome(s.users->EnableUser(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.UserService/ResetPassword"] = [&](grpc::ClientContext& ctx, Role,
                                                     const OfficeObjects& o) {
    v1::ResetPasswordRequest req;
    req.set_username(o.targetUser);
    req.set_new_password("reset passphrase " + std::to_string(++counter_));
    v1::ResetPasswordResponse resp;
    return unaryOutcome(s.users->ResetPassword(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.UserService/ChangeRole"] = [&](grpc::ClientContext& ctx, Role,
                                                  const OfficeObjects& o) {
    v1::ChangeRoleRequest req;
    req.set_username(o.targetUser);
    req.set_role(v1::ROLE_CLERK);
    v1::ChangeRoleResponse resp;
    return unaryOutcome(s.users->ChangeRole(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.UserService/ChangeOwnPassword"] = [&](grpc::ClientContext& ctx, Role role,
                                                         auto&) {
    v1::ChangeOwnPasswordRequest req;
    req.set_current_password(passwords_[role]);
    req.set_new_password("changed passphrase " + std::to_string(++counter_));
    v1::ChangeOwnPasswordResponse resp;
    Outcome out = unaryOutcome(s.users->ChangeOwnPassword(&ctx, req, &resp), resp);
    if (out.status.ok()) passwords_[role] = req.new_password();
    return out;
  };
  c["/audientia.v1.HearingService/CreateHearing"] = [&](grpc::ClientContext& ctx, Role,
                                                        const OfficeObjects& o) {
    v1::CreateHearingRequest req;
    req.set_office_id(o.officeId);
    req.set_case_number("C/" + std::to_string(++counter_));
    req.set_kind(v1::HEARING_KIND_VICTIM);
    v1::CreateHearingResponse resp;
    return unaryOutcome(s.hearings->CreateHearing(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.HearingService/GetHearing"] = [&](grpc::ClientContext& ctx, Role,
                                                     const OfficeObjects& o) {
    v1::GetHearingRequest req;
    req.set_hearing_id(o.hearingId);
    v1::GetHearingResponse resp;
    return unaryOutcome(s.hearings->GetHearing(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.HearingService/ListHearings"] = [&](grpc::ClientContext& ctx, Role,
                                                       const OfficeObjects& o) {
    v1::ListHearingsRequest req;
    req.set_office_id(o.officeId);
    v1::ListHearingsResponse resp;
    Outcome out = unaryOutcome(s.hearings->ListHearings(&ctx, req, &resp), resp);
    for (const auto& hearing : resp.hearings()) out.officesSeen.insert(hearing.office_id());
    return out;
  };
  c["/audientia.v1.RecordingService/UploadRecording"] = [&](grpc::ClientContext& ctx, Role,
                                                            const OfficeObjects& o) {
    v1::UploadRecordingResponse resp;
    auto writer = s.recordings->UploadRecording(&ctx, &resp);
    const std::string content = "bytes " + std::to_string(++counter_);
    v1::UploadRecordingRequest message;
    message.mutable_header()->set_hearing_id(o.hearingId);
    message.mutable_header()->set_file_name("n.txt");
    message.mutable_header()->set_size_bytes(static_cast<std::int64_t>(content.size()));
    message.mutable_header()->set_sha256(toHex(Sha256::of(content)));
    if (writer->Write(message)) {
      v1::UploadRecordingRequest chunk;
      chunk.mutable_chunk()->set_data(content);
      if (writer->Write(chunk)) writer->WritesDone();
    }
    return unaryOutcome(writer->Finish(), resp);
  };
  c["/audientia.v1.RecordingService/GetRecording"] = [&](grpc::ClientContext& ctx, Role,
                                                         const OfficeObjects& o) {
    v1::GetRecordingRequest req;
    req.set_recording_id(o.recordingId);
    v1::GetRecordingResponse resp;
    return unaryOutcome(s.recordings->GetRecording(&ctx, req, &resp), resp);
  };
  c["/audientia.v1.RecordingService/DownloadRecording"] = [&](grpc::ClientContext& ctx, Role,
                                                              const OfficeObjects& o) {
    v1::DownloadRecordingRequest req;
    req.set_recording_id(o.recordingId);
    auto reader = s.recordings->DownloadRecording(&ctx, req);
    v1::DownloadRecordingResponse chunk;
    std::size_t bytes = 0;
    while (reader->Read(&chunk)) bytes += chunk.ByteSizeLong();
    return Outcome{reader->Finish(), bytes, {}};
  };
  c["/audientia.v1.AuditService/ListAuditEvents"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::ListAuditEventsResponse resp;
    return unaryOutcome(s.audit->ListAuditEvents(&ctx, v1::ListAuditEventsRequest(), &resp), resp);
  };
  c["/audientia.v1.AuditService/VerifyAuditChain"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::VerifyAuditChainResponse resp;
    Outcome out =
        unaryOutcome(s.audit->VerifyAuditChain(&ctx, v1::VerifyAuditChainRequest(), &resp), resp);
    if (out.status.ok()) {
      EXPECT_TRUE(resp.intact()) << resp.reason();
    }
    return out;
  };
  addKeepingCases(c);
  addUploadCases(c);
  return c;
}

std::string AuthorizationMatrixTest::seedUpload(const OfficeObjects& o) {
  domain::NewUpload upload;
  upload.id = uploadUuid();
  upload.hearingId = o.hearingId;
  upload.recordingId = upload.id;
  upload.fileName = "empty.txt";
  upload.sizeBytes = 0;
  upload.sha256 = toHex(Sha256::of(""));
  upload.createdBy = callers_[Role::kProsecutor].id;
  upload.expiresAt = std::chrono::system_clock::now() + std::chrono::hours(1);
  auto created = storage_->uploads().create(upload);
  EXPECT_TRUE(created) << created.error().toString();
  return upload.id;
}

// The resumable upload RPCs (issue 4).
void AuthorizationMatrixTest::addUploadCases(std::map<std::string, Case>& c) {
  const std::string r = "/audientia.v1.RecordingService/";
  c[r + "CreateUpload"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::CreateUploadRequest req;
    req.set_upload_id(uploadUuid());
    req.set_hearing_id(o.hearingId);
    req.set_file_name("n.txt");
    req.set_size_bytes(3);
    req.set_sha256(toHex(Sha256::of("abc")));
    v1::UploadStatus resp;
    return unaryOutcome(stubs_.recordings->CreateUpload(&ctx, req, &resp), resp);
  };
  c[r + "WriteUpload"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::UploadStatus resp;
    auto writer = stubs_.recordings->WriteUpload(&ctx, &resp);
    v1::WriteUploadRequest first;
    first.set_upload_id(seedUpload(o));
    if (writer->Write(first)) writer->WritesDone();
    return unaryOutcome(writer->Finish(), resp);
  };
  c[r + "GetUploadStatus"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::GetUploadStatusRequest req;
    req.set_upload_id(seedUpload(o));
    v1::UploadStatus resp;
    return unaryOutcome(stubs_.recordings->GetUploadStatus(&ctx, req, &resp), resp);
  };
  c[r + "CompleteUpload"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::CompleteUploadRequest req;
    req.set_upload_id(seedUpload(o));
    v1::CompleteUploadResponse resp;
    return unaryOutcome(stubs_.recordings->CompleteUpload(&ctx, req, &resp), resp);
  };
  c[r + "AbortUpload"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::AbortUploadRequest req;
    req.set_upload_id(seedUpload(o));
    v1::UploadStatus resp;
    return unaryOutcome(stubs_.recordings->AbortUpload(&ctx, req, &resp), resp);
  };
  c[r + "CompleteRecording"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    // A package of one empty segment, uploaded, and its sealed manifest.
    const std::string package = uploadUuid();
    domain::NewUpload segment;
    segment.id = uploadUuid();
    segment.hearingId = o.hearingId;
    segment.recordingId = package;
    segment.recordingKind = domain::RecordingKind::kCapture;
    segment.role = domain::FileRole::kSegment;
    segment.sequence = 1;
    segment.fileName = media::segmentFileName(1);
    segment.sha256 = toHex(Sha256::of(""));
    segment.createdBy = callers_[Role::kProsecutor].id;
    segment.expiresAt = std::chrono::system_clock::now() + std::chrono::hours(1);
    EXPECT_TRUE(storage_->uploads().create(segment));
    domain::RecordingFile file;
    file.recordingId = package;
    file.role = domain::FileRole::kSegment;
    file.sequence = 1;
    file.fileName = segment.fileName;
    file.sha256 = segment.sha256;
    EXPECT_TRUE(storage_->uploads().complete(segment.id, file));
    media::CaptureManifest manifest;
    manifest.sessionId = package;
    media::ManifestSegment listed;
    listed.sequence = 1;
    listed.file = segment.fileName;
    listed.sha256 = segment.sha256;
    listed.wallStart = "2026-01-01T10:00:00.000Z";
    listed.wallEnd = "2026-01-01T10:00:01.000Z";
    listed.durationMs = 1000;
    listed.chainSha256 = media::chainHash(media::genesisChainHash(package), listed);
    manifest.segments.push_back(listed);
    media::sealManifest(manifest);
    v1::CompleteRecordingRequest req;
    req.set_recording_id(package);
    req.set_manifest_json(media::toJson(manifest));
    v1::CompleteRecordingResponse resp;
    return unaryOutcome(stubs_.recordings->CompleteRecording(&ctx, req, &resp), resp);
  };
}

// MaintenanceService and RetentionService (issue 4). Each case makes the object it acts on
// (an alert, a failed job, a policy, a hearing with or without a hold) so that every role and
// target meets the same situation.
void AuthorizationMatrixTest::addKeepingCases(std::map<std::string, Case>& c) {
  const std::string m = "/audientia.v1.MaintenanceService/";
  const std::string r = "/audientia.v1.RetentionService/";
  c[m + "RunFixity"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::RunFixityResponse resp;
    return unaryOutcome(stubs_.maintenance->RunFixity(&ctx, v1::RunFixityRequest(), &resp), resp);
  };
  c[m + "GetFixityStatus"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::GetFixityStatusResponse resp;
    return unaryOutcome(
        stubs_.maintenance->GetFixityStatus(&ctx, v1::GetFixityStatusRequest(), &resp), resp);
  };
  c[m + "ListAlerts"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::ListAlertsResponse resp;
    return unaryOutcome(stubs_.maintenance->ListAlerts(&ctx, v1::ListAlertsRequest(), &resp), resp);
  };
  c[m + "AcknowledgeAlert"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    auto alert = storage_->alerts().raise(
        {domain::kAlertJobFailed, "matrix-" + std::to_string(++counter_), {}, "made by the test"});
    EXPECT_TRUE(alert) << alert.error().toString();
    v1::AcknowledgeAlertRequest req;
    req.set_alert_id(alert ? alert->id : 0);
    v1::Alert resp;
    return unaryOutcome(stubs_.maintenance->AcknowledgeAlert(&ctx, req, &resp), resp);
  };
  c[m + "ListJobs"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::ListJobsResponse resp;
    return unaryOutcome(stubs_.maintenance->ListJobs(&ctx, v1::ListJobsRequest(), &resp), resp);
  };
  c[m + "RetryJob"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    // A job that failed for good (no runner runs in this test: it is failed by hand). Jobs
    // of this kind that earlier cases queued again are finished first, so the claim is ours.
    for (;;) {
      auto earlier =
          storage_->jobs().claim("matrix", std::chrono::seconds(60), {domain::kJobExpireUploads});
      if (!earlier || !earlier->has_value()) break;
      EXPECT_TRUE(storage_->jobs().markDone((*earlier)->id, "matrix"));
    }
    domain::NewJob job;
    job.kind = domain::kJobExpireUploads;
    job.subject = "matrix-" + std::to_string(++counter_);
    job.maxAttempts = 1;
    auto queued = storage_->jobs().enqueue(job);
    EXPECT_TRUE(queued) << queued.error().toString();
    auto claimed =
        storage_->jobs().claim("matrix", std::chrono::seconds(60), {domain::kJobExpireUploads});
    EXPECT_TRUE(claimed && claimed->has_value() && (*claimed)->id == queued->id);
    auto failed = storage_->jobs().markFailed(queued->id, "matrix", "failed on purpose",
                                              std::chrono::system_clock::now());
    EXPECT_TRUE(failed && failed->state == domain::JobState::kFailed);
    v1::RetryJobRequest req;
    req.set_job_id(queued->id);
    v1::Job resp;
    return unaryOutcome(stubs_.maintenance->RetryJob(&ctx, req, &resp), resp);
  };
  c[r + "SetRetentionPolicy"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::SetRetentionPolicyRequest req;
    req.set_office_id(o.officeId);
    req.set_hearing_kind(v1::HEARING_KIND_EXPERT);
    req.set_retain_days(36500);
    v1::RetentionPolicy resp;
    return unaryOutcome(stubs_.retention->SetRetentionPolicy(&ctx, req, &resp), resp);
  };
  c[r + "ListRetentionPolicies"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::ListRetentionPoliciesResponse resp;
    return unaryOutcome(
        stubs_.retention->ListRetentionPolicies(&ctx, v1::ListRetentionPoliciesRequest(), &resp),
        resp);
  };
  c[r + "DeleteRetentionPolicy"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    domain::RetentionPolicy policy;
    policy.officeId = o.officeId;
    policy.hearingKind = domain::HearingKind::kOther;
    policy.retainDays = 36500;
    policy.createdBy = callers_[Role::kAdmin].id;
    auto set = storage_->retention().setPolicy(policy);
    EXPECT_TRUE(set) << set.error().toString();
    v1::DeleteRetentionPolicyRequest req;
    req.set_policy_id(set ? set->id : std::string());
    v1::DeleteRetentionPolicyResponse resp;
    return unaryOutcome(stubs_.retention->DeleteRetentionPolicy(&ctx, req, &resp), resp);
  };
  auto freshHearing = [&](const OfficeObjects& o) {
    auto hearing = storage_->hearings().create(domain::NewHearing{o.officeId,
                                                                  "H/" + std::to_string(++counter_),
                                                                  domain::HearingKind::kWitness,
                                                                  "",
                                                                  {},
                                                                  "",
                                                                  callers_[Role::kProsecutor].id});
    EXPECT_TRUE(hearing) << hearing.error().toString();
    return hearing ? hearing->id : std::string();
  };
  c[r + "PlaceLegalHold"] = [&, freshHearing](grpc::ClientContext& ctx, Role,
                                              const OfficeObjects& o) {
    v1::PlaceLegalHoldRequest req;
    req.set_hearing_id(freshHearing(o));
    req.set_reason("matrix");
    v1::LegalHold resp;
    return unaryOutcome(stubs_.retention->PlaceLegalHold(&ctx, req, &resp), resp);
  };
  c[r + "ReleaseLegalHold"] = [&, freshHearing](grpc::ClientContext& ctx, Role,
                                                const OfficeObjects& o) {
    const std::string hearingId = freshHearing(o);
    EXPECT_TRUE(storage_->retention().placeHold(hearingId, "matrix", callers_[Role::kAdmin].id));
    v1::ReleaseLegalHoldRequest req;
    req.set_hearing_id(hearingId);
    req.set_reason("matrix");
    v1::LegalHold resp;
    return unaryOutcome(stubs_.retention->ReleaseLegalHold(&ctx, req, &resp), resp);
  };
  c[r + "ListLegalHolds"] = [&](grpc::ClientContext& ctx, Role, const OfficeObjects& o) {
    v1::ListLegalHoldsRequest req;
    req.set_hearing_id(o.hearingId);
    req.set_include_released(true);
    v1::ListLegalHoldsResponse resp;
    return unaryOutcome(stubs_.retention->ListLegalHolds(&ctx, req, &resp), resp);
  };
  c[r + "RunRetention"] = [&](grpc::ClientContext& ctx, Role, auto&) {
    v1::RunRetentionResponse resp;
    return unaryOutcome(stubs_.retention->RunRetention(&ctx, v1::RunRetentionRequest(), &resp),
                        resp);
  };
}

// Every method of every service in the API's .proto files.
std::vector<std::string> everyRpc() {
  std::vector<std::string> methods;
  std::set<const google::protobuf::FileDescriptor*> files;
  for (const auto* file :
       {v1::LoginRequest::descriptor()->file(), v1::Office::descriptor()->file(),
        v1::CreateUserRequest::descriptor()->file(), v1::Hearing::descriptor()->file(),
        v1::Recording::descriptor()->file(), v1::AuditEvent::descriptor()->file(),
        v1::User::descriptor()->file(), v1::Job::descriptor()->file(),
        v1::RetentionPolicy::descriptor()->file()}) {
    files.insert(file);
    for (int i = 0; i < file->dependency_count(); ++i) files.insert(file->dependency(i));
  }
  for (const auto* file : files) {
    if (file->package() != "audientia.v1") continue;
    for (int s = 0; s < file->service_count(); ++s) {
      const auto* service = file->service(s);
      for (int m = 0; m < service->method_count(); ++m) {
        methods.push_back("/" + service->full_name() + "/" + service->method(m)->name());
      }
    }
  }
  return methods;
}

TEST_F(AuthorizationMatrixTest, EveryRpcAsEveryRoleInOwnChildAndUnrelatedOffice) {
  auto all = cases();
  const auto methods = everyRpc();
  ASSERT_GE(methods.size(), 24u);
  // Outside office A's subtree (nothing is ever created below B: that is refused).
  const std::set<std::string> outsideOffices = {rootOfficeId_,
                                                objects_[Target::kUnrelated].officeId,
                                                objects_[Target::kUnrelated].leafOfficeId};
  int calls = 0;
  for (const auto& method : methods) {
    const app::RpcRule* rule = app::findRule(method);
    ASSERT_NE(rule, nullptr) << method << " has no entry in the authorization policy table";
    ASSERT_TRUE(all.count(method)) << method << " has no case in this matrix: add one";
    for (Role role : {Role::kAdmin, Role::kProsecutor, Role::kClerk, Role::kAuditor}) {
      for (Target target : {Target::kOwn, Target::kChild, Target::kUnrelated}) {
        SCOPED_TRACE(method + " as " + std::string(domain::roleName(role)) + " on the " +
                     targetName(target));
        grpc::ClientContext context;
        if (rule->scope != app::Scope::kPublic) {
          context.AddMetadata("authorization", "Bearer " + tokens_[role]);
        }
        Outcome out = all[method](context, role, objects_[target]);
        ++calls;
        const auto want = expected(*rule, role, target);
        EXPECT_EQ(out.status.error_code(), want) << out.status.error_message();
        if (!out.status.ok()) {
          EXPECT_EQ(out.responseBytes, 0u) << "a refused call carried data";
        }
        if (want == grpc::StatusCode::PERMISSION_DENIED) {
          EXPECT_NE(out.status.error_message().find(rule->description), std::string::npos)
              << out.status.error_message();
        }
        for (const auto& office : out.officesSeen) {
          if (rule->scope == app::Scope::kOwnOffice) {
            EXPECT_EQ(office, objects_[Target::kOwn].officeId);
          } else {
            EXPECT_FALSE(outsideOffices.count(office)) << "saw office " << office;
          }
        }
      }
    }
  }
  // Without a session, everything but login is UNAUTHENTICATED.
  for (const auto& method : methods) {
    const app::RpcRule* rule = app::findRule(method);
    if (rule->scope == app::Scope::kPublic) continue;
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer not-a-session");
    grpc::Status status;
    if (rule->action == app::Action::kLogout) {
      v1::LogoutResponse response;
      status = stubs_.auth->Logout(&context, v1::LogoutRequest(), &response);
    } else {
      status = all[method](context, Role::kClerk, objects_[Target::kOwn]).status;
    }
    EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED) << method;
  }
  // Every call left an event, and the chain is intact.
  auto verified = storage_->auditLog().verify();
  ASSERT_TRUE(verified) << verified.error().toString();
  EXPECT_TRUE(verified->intact) << verified->reason;
  EXPECT_GE(verified->eventsChecked, calls);
  domain::AuditFilter denied;
  denied.actorId = callers_[Role::kClerk].id;
  auto page = storage_->auditLog().list(denied, domain::PageRequest{1000, {}});
  ASSERT_TRUE(page);
  bool sawDeniedView = false;
  for (const auto& event : page->items) {
    EXPECT_EQ(event.actorId, callers_[Role::kClerk].id);
    if (event.action == "user.create" && event.outcome == domain::AuditOutcome::kDenied) {
      sawDeniedView = true;
      EXPECT_FALSE(event.clientAddress.empty());
    }
  }
  EXPECT_TRUE(sawDeniedView);
}

// The PostgreSQL side of the identity repositories: the database refuses an office cycle even
// when the application's check is bypassed; users are listed by office with paging; a user's
// sessions are revoked all at once, except the one kept.
TEST_F(AuthorizationMatrixTest, RepositoriesRefuseCyclesListUsersAndRevokeSessions) {
  auto& db = *storage_;
  const auto& own = objects_[Target::kOwn];
  const auto& child = objects_[Target::kChild];
  auto cycle = db.offices().setParent(own.officeId, child.leafOfficeId);
  ASSERT_FALSE(cycle);
  EXPECT_NE(cycle.error().message().find("own subtree"), std::string::npos)
      << cycle.error().toString();
  auto self = db.offices().setParent(own.officeId, own.officeId);
  ASSERT_FALSE(self);
  EXPECT_TRUE(db.offices().setActive(own.leafOfficeId, false));
  auto renamed = db.offices().rename(own.leafOfficeId, "Renamed leaf");
  ASSERT_TRUE(renamed);
  EXPECT_EQ(renamed->name, "Renamed leaf");
  EXPECT_FALSE(renamed->active);

  std::vector<std::string> seen;
  domain::PageRequest page{2, {}};
  do {
    auto listed = db.users().list({own.officeId, child.officeId}, page);
    ASSERT_TRUE(listed) << listed.error().toString();
    EXPECT_LE(listed->items.size(), 2u);
    for (const auto& user : listed->items) {
      EXPECT_TRUE(user.officeId == own.officeId || user.officeId == child.officeId);
      seen.push_back(user.username);
    }
    page.pageToken = listed->nextPageToken;
  } while (!page.pageToken.empty());
  // Office A: its target, its seeder and the four callers; A1: its target and seeder.
  EXPECT_EQ(seen.size(), 8u);

  const std::string keep = login("a-clerk");
  const std::string drop = login("a-clerk");
  auto clerk = auth_->authenticate(keep);
  ASSERT_TRUE(clerk);
  ASSERT_TRUE(db.sessions().revokeAllForUser(clerk->user.id, clerk->tokenHash));
  EXPECT_TRUE(auth_->authenticate(keep));
  EXPECT_FALSE(auth_->authenticate(drop));
  EXPECT_FALSE(auth_->authenticate(tokens_[Role::kClerk]));

  auto hash = hasher_.hash("set directly in the db");
  ASSERT_TRUE(hash);
  auto changed = db.users().setPasswordHash(clerk->user.id, *hash);
  ASSERT_TRUE(changed);
  EXPECT_TRUE(auth_->login("a-clerk", "set directly in the db"));
  EXPECT_EQ(db.users().setRole(clerk->user.id, Role::kAuditor)->role, Role::kAuditor);
  EXPECT_TRUE(db.users().setDisabled(clerk->user.id, true)->disabled);
  EXPECT_EQ(db.users().setDisabled("00000000-0000-4000-8000-000000000000", true).error().code(),
            ErrorCode::kNotFound);
}

}  // namespace
}  // namespace audientia
