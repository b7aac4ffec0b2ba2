// Hostile input from an independent gRPC client (not audientiactl), against the real server:
// nothing confuses identity, every refused call is answered with what went wrong and is in the
// audit trail.

#include <string>
#include <vector>

#include "audientia/v1/audit.grpc.pb.h"
#include "audientia/v1/auth.grpc.pb.h"
#include "audientia/v1/hearings.grpc.pb.h"
#include "audientia/v1/recordings.grpc.pb.h"
#include "e2e_fixture.h"

namespace audientia::e2e {
namespace {

class HostileInput : public EndToEndTest {
 protected:
  static grpc::Status login(const std::string& username, const std::string& password,
                            v1::LoginResponse* response = nullptr) {
    auto stub = v1::AuthService::NewStub(tlsChannel());
    grpc::ClientContext context;
    v1::LoginRequest request;
    request.set_username(username);
    request.set_password(password);
    v1::LoginResponse ignored;
    return stub->Login(&context, request, response != nullptr ? response : &ignored);
  }

  // The CLI's current session (see loginAsNewUser) on a raw call.
  static void authorize(grpc::ClientContext& context) {
    context.AddMetadata("authorization", "Bearer " + adminToken());
  }

  // Every event of the trail, as an auditor reads them.
  static std::vector<v1::AuditEvent> trail() {
    loginAsAdmin();
    const auto office = ctlJson({"office", "create", "Audit office " + std::to_string(++n_)});
    loginAsNewUser("auditor", office["office"]["id"]);
    auto stub = v1::AuditService::NewStub(tlsChannel());
    std::vector<v1::AuditEvent> events;
    v1::ListAuditEventsRequest request;
    request.set_page_size(1000);
    do {
      grpc::ClientContext context;
      authorize(context);
      v1::ListAuditEventsResponse page;
      const grpc::Status status = stub->ListAuditEvents(&context, request, &page);
      EXPECT_TRUE(status.ok()) << status.error_message();
      if (!status.ok()) break;
      events.insert(events.end(), page.events().begin(), page.events().end());
      request.set_page_token(page.next_page_token());
    } while (!request.page_token().empty());
    return events;
  }

  static inline int n_ = 0;
};

TEST_F(HostileInput, ANulByteInAUsernameSignsNobodyInAndLocksNobodyOut) {
  loginAsAdmin();
  const auto office = ctlJson({"office", "create", "NUL office"});
  const std::string username = loginAsNewUser("prosecutor", office["office"]["id"]);
  const std::string alias = username + std::string("\0zz", 3);
  const grpc::Status aliased = login(alias, kUserPassword);
  EXPECT_EQ(aliased.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << aliased.error_message();
  EXPECT_EQ(aliased.error_message(), "username: contains a NUL byte");
  // Wrong passwords through the alias do not count against the real account.
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(login(alias, "wrong password " + std::to_string(i)).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT);
  }
  v1::LoginResponse signedIn;
  const grpc::Status real = login(username, kUserPassword, &signedIn);
  ASSERT_TRUE(real.ok()) << "the account was locked by its alias: " << real.error_message();
  EXPECT_EQ(signedIn.user().username(), username);
}

TEST_F(HostileInput, RefusedCallsGetTheRealAnswerAndAreAudited) {
  loginAsAdmin();
  const auto office = ctlJson({"office", "create", "Hostile office"});
  loginAsNewUser("prosecutor", office["office"]["id"]);

  // An office id that is not a UUID: the answer says so, not "server unavailable".
  auto hearings = v1::HearingService::NewStub(tlsChannel());
  v1::CreateHearingRequest hearing;
  hearing.set_office_id("not-a-uuid");
  hearing.set_case_number("66/P/2026");
  hearing.set_kind(v1::HEARING_KIND_WITNESS);
  v1::CreateHearingResponse created;
  grpc::ClientContext c1;
  authorize(c1);
  const grpc::Status badOffice = hearings->CreateHearing(&c1, hearing, &created);
  EXPECT_TRUE(badOffice.error_code() == grpc::StatusCode::INVALID_ARGUMENT ||
              badOffice.error_code() == grpc::StatusCode::NOT_FOUND)
      << badOffice.error_code() << " " << badOffice.error_message();

  // A 1 MiB digest, copied whole into the audit details before.
  auto recordings = v1::RecordingService::NewStub(tlsChannel());
  v1::CreateUploadRequest upload;
  upload.set_upload_id("6f1c1f8e-2a55-4f8e-9d61-0e7a5c3b2a10");
  upload.set_hearing_id("6f1c1f8e-2a55-4f8e-9d61-0e7a5c3b2a11");
  upload.set_file_name("a.mp4");
  upload.set_size_bytes(10);
  upload.set_sha256(std::string(1 << 20, 'f'));
  v1::UploadStatus uploadStatus;
  grpc::ClientContext c2;
  authorize(c2);
  const grpc::Status hugeSha = recordings->CreateUpload(&c2, upload, &uploadStatus);
  EXPECT_EQ(hugeSha.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << hugeSha.error_message();
  EXPECT_EQ(hugeSha.error_message(), "sha256: at most 64 characters");

  // An unknown enum value is refused, not served as the default file.
  v1::DownloadRecordingRequest download;
  download.set_recording_id("6f1c1f8e-2a55-4f8e-9d61-0e7a5c3b2a12");
  download.set_role(static_cast<v1::FileRole>(99));
  grpc::ClientContext c3;
  authorize(c3);
  auto reader = recordings->DownloadRecording(&c3, download);
  v1::DownloadRecordingResponse chunk;
  while (reader->Read(&chunk)) {
  }
  const grpc::Status unknownRole = reader->Finish();
  EXPECT_EQ(unknownRole.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(unknownRole.error_message(), "role: unknown value 99");

  // Invalid UTF-8: libprotobuf refuses the message before any handler; the answer still says
  // what is wrong. (The client library logs that it serialized invalid UTF-8: expected here.)
  const grpc::Status notUtf8 = login("bad\xff\xfename", "whatever it is");
  EXPECT_EQ(notUtf8.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << notUtf8.error_message();
  EXPECT_NE(notUtf8.error_message().find("not valid UTF-8"), std::string::npos)
      << notUtf8.error_message();

  // Every one of them is in the trail, and the trail is intact.
  bool sawOffice = false, sawUpload = false, sawDownload = false, sawMalformed = false;
  for (const auto& event : trail()) {
    if (event.outcome() == v1::AUDIT_OUTCOME_SUCCESS) continue;
    const std::string& details = event.details_json();
    sawOffice =
        sawOffice || (event.action() == "hearing.create" &&
                      details.find("\"office_id_given\":\"not-a-uuid\"") != std::string::npos);
    sawUpload = sawUpload || (event.action() == "upload.create" &&
                              details.find("INVALID_ARGUMENT") != std::string::npos);
    sawDownload = sawDownload || (event.action() == "recording.download" &&
                                  details.find("INVALID_ARGUMENT") != std::string::npos);
    sawMalformed = sawMalformed || (event.action() == "auth.login" &&
                                    details.find("malformed request") != std::string::npos);
  }
  EXPECT_TRUE(sawOffice) << "the hearing with a bad office id left no audit event";
  EXPECT_TRUE(sawUpload) << "the upload with a 1 MiB digest left no audit event";
  EXPECT_TRUE(sawDownload) << "the download of role 99 left no audit event";
  EXPECT_TRUE(sawMalformed) << "the unparsable login left no audit event";
  const auto verify = ctl({"audit", "verify"});
  EXPECT_EQ(verify.exitCode, 0) << verify.out << verify.err;
}

}  // namespace
}  // namespace audientia::e2e
