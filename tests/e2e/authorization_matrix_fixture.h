#pragma once

// The authorization matrix's fixture: the real server stack in process over real TLS, with a real
// PostgreSQL, three offices of objects and a caller of every role; the cases (one per RPC) are
// defined in authorization_matrix_*_cases.cpp.

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>

#include "api/annotation_grpc_service.h"
#include "api/audit_grpc_service.h"
#include "api/auth_grpc_service.h"
#include "api/export_grpc_service.h"
#include "api/hearing_grpc_service.h"
#include "api/office_grpc_service.h"
#include "api/recording_grpc_service.h"
#include "app/common/system_clock.h"
#include "app/identity/access_policy.h"
#include "app/ingest/upload_service.h"
#include "audientia/base/sha256.h"
#include "audientia/media/capture_manifest.h"
#include "audientia/testing/fakes/not_media_processor.h"
#include "bootstrap/tls_bootstrap.h"
#include "domain/rules.h"
#include "pg_test.h"
#include "ports/media_processor.h"
#include "report_pdf/pdf_report_renderer.h"
#include "storage/filesystem/filesystem_media_store.h"
// Keeping (issue 4).
#include "api/maintenance_grpc_service.h"
#include "api/retention_grpc_service.h"
#include "app/keeping/maintenance_service.h"
#include "app/keeping/retention_service.h"

namespace audientia::authz_matrix {

using domain::Role;

inline constexpr char kPassword[] = "matrix test passphrase";

struct Stubs {
  std::unique_ptr<v1::AuthService::Stub> auth;
  std::unique_ptr<v1::OfficeService::Stub> offices;
  std::unique_ptr<v1::UserService::Stub> users;
  std::unique_ptr<v1::HearingService::Stub> hearings;
  std::unique_ptr<v1::RecordingService::Stub> recordings;
  std::unique_ptr<v1::AuditService::Stub> audit;
  std::unique_ptr<v1::MaintenanceService::Stub> maintenance;
  std::unique_ptr<v1::RetentionService::Stub> retention;
  std::unique_ptr<v1::AnnotationService::Stub> annotations;
  std::unique_ptr<v1::SearchService::Stub> search;
  std::unique_ptr<v1::ExportService::Stub> exports;
};

// Objects of one office.
struct OfficeObjects {
  std::string officeId;
  std::string leafOfficeId;  // a child office, the object of office mutations
  std::string hearingId;
  std::string recordingId;
  std::string targetUser;    // a clerk of the office, the object of user administration
  std::string annotationId;  // an annotation of the recording
};

enum class Target { kOwn, kChild, kUnrelated };
inline const char* targetName(Target target) {
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
                                                    *store_, db.keyLocks(), db.jobs(), clock_);
    gate_ = std::make_unique<api::CallGate>(*auth_, &db.auditLog(), spdlog::default_logger());
    services_.push_back(std::make_unique<api::AuthGrpcService>(*gate_, *offices_));
    services_.push_back(std::make_unique<api::OfficeGrpcService>(*gate_, *offices_));
    services_.push_back(std::make_unique<api::UserGrpcService>(*gate_, *users_));
    services_.push_back(std::make_unique<api::HearingGrpcService>(*gate_, *hearings_));
    services_.push_back(
        std::make_unique<api::RecordingGrpcService>(*gate_, *recordings_, *uploads_));
    services_.push_back(std::make_unique<api::AuditGrpcService>(*gate_, db.auditLog()));
    maintenance_ = std::make_unique<app::MaintenanceService>(db.jobs(), db.fixity(), db.alerts());
    retention_ = std::make_unique<app::RetentionService>(db.offices(), *hearings_, db.retention(),
                                                         db.recordings(), db.auditLog(), *store_,
                                                         db.keyLocks(), clock_);
    services_.push_back(std::make_unique<api::MaintenanceGrpcService>(*gate_, *maintenance_));
    services_.push_back(std::make_unique<api::RetentionGrpcService>(*gate_, *retention_));
    annotations_ = std::make_unique<app::AnnotationService>(db.offices(), db.hearings(),
                                                            db.recordings(), db.annotations());
    search_ = std::make_unique<app::SearchService>(db.offices(), db.search());
    services_.push_back(std::make_unique<api::AnnotationGrpcService>(*gate_, *annotations_));
    services_.push_back(std::make_unique<api::SearchGrpcService>(*gate_, *search_));
    clips_ = std::make_unique<app::ClipExport>(*recordings_, *hearings_, *store_, media_,
                                               db.fixity(), dir / "work");
    auto signing = bootstrap::TlsBootstrap::ensureSigningKey(dir);
    ASSERT_TRUE(signing) << signing.error().toString();
    reports_ = std::make_unique<app::HearingReport>(*hearings_, db.offices(), db.users(),
                                                    db.annotations(), *store_, media_,
                                                    reportRenderer_, dir / "work", "Matrix");
    packages_ = std::make_unique<app::PackageExport>(
        *hearings_, db.recordings(), db.annotations(), db.auditLog(), *store_, db.fixity(),
        *reports_, *clips_, app::SigningKey{signing->certPem, signing->keyPem, signing->caCertPem},
        "Matrix");
    services_.push_back(
        std::make_unique<api::ExportGrpcService>(*gate_, *clips_, *packages_, *reports_, clock_));

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
    stubs_.annotations = v1::AnnotationService::NewStub(channel);
    stubs_.search = v1::SearchService::NewStub(channel);
    stubs_.exports = v1::ExportService::NewStub(channel);
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
      std::string content = "hello";
      app::CreateUploadRequest create{
          uploadUuid(), hearing->id, "notes.txt", 5, toHex(Sha256::of(content)), {}, 0};
      ASSERT_TRUE(uploads_->create(prosecutor, create));
      auto session = uploads_->openWrite(prosecutor, create.uploadId);
      ASSERT_TRUE(session) << session.error().toString();
      ASSERT_TRUE((*session)->append(0, content));
      ASSERT_TRUE((*session)->finish());
      session->reset();
      auto recording = uploads_->complete(prosecutor, create.uploadId);
      ASSERT_TRUE(recording) << recording.error().toString();
      objects.recordingId = recording->recording.id;
      objects_[target] = objects;
      objects_[target].annotationId = seedAnnotation(objects, prosecutor.id);
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
  void addAnnotationCases(std::map<std::string, Case>& c);
  // A new annotation on the office's recording, made through the repository.
  std::string seedAnnotation(const OfficeObjects& o, const std::string& authorId = {});
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
  testing::NotMediaProcessor media_;  // the matrix checks who may call what, not processing
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
  std::unique_ptr<app::AnnotationService> annotations_;
  std::unique_ptr<app::SearchService> search_;
  std::unique_ptr<app::ClipExport> clips_;
  report::PdfReportRenderer reportRenderer_;
  std::unique_ptr<app::HearingReport> reports_;
  std::unique_ptr<app::PackageExport> packages_;
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

}  // namespace audientia::authz_matrix
