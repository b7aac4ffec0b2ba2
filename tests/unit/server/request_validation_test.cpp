// The request-validation table (api/request_rules.h) against the API's descriptors, and the
// checks every request gets before its handler (api/request_validation.h).

#include "api/request_validation.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "api/request_rules.h"
#include "audientia/v1/annotations.pb.h"
#include "audientia/v1/audit.pb.h"
#include "audientia/v1/auth.pb.h"
#include "audientia/v1/export.pb.h"
#include "audientia/v1/hearings.pb.h"
#include "audientia/v1/maintenance.pb.h"
#include "audientia/v1/offices.pb.h"
#include "audientia/v1/recordings.pb.h"
#include "audientia/v1/retention.pb.h"
#include "audientia/v1/search.pb.h"
#include "audientia/v1/users.pb.h"

namespace audientia::api {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::MethodDescriptor;

std::vector<const MethodDescriptor*> everyRpc() {
  std::vector<const MethodDescriptor*> methods;
  for (const auto* file :
       {v1::LoginRequest::descriptor()->file(), v1::Office::descriptor()->file(),
        v1::CreateUserRequest::descriptor()->file(), v1::Hearing::descriptor()->file(),
        v1::Recording::descriptor()->file(), v1::AuditEvent::descriptor()->file(),
        v1::Job::descriptor()->file(), v1::RetentionPolicy::descriptor()->file(),
        v1::Annotation::descriptor()->file(), v1::SearchHit::descriptor()->file(),
        v1::ClipInfo::descriptor()->file()}) {
    for (int s = 0; s < file->service_count(); ++s) {
      for (int m = 0; m < file->service(s)->method_count(); ++m) {
        methods.push_back(file->service(s)->method(m));
      }
    }
  }
  return methods;
}

std::string fullName(const MethodDescriptor& method) {
  return "/" + method.service()->full_name() + "/" + method.name();
}

// Every field path of a request ("participants.name"), nested messages included.
void fieldPaths(const Descriptor& message, const std::string& prefix, int depth,
                std::vector<std::string>& out) {
  ASSERT_LT(depth, 5) << "request messages nest too deep at " << prefix;
  for (int i = 0; i < message.field_count(); ++i) {
    const FieldDescriptor& field = *message.field(i);
    const std::string path = prefix + field.name();
    out.push_back(path);
    if (field.cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
      fieldPaths(*field.message_type(), path + ".", depth + 1, out);
    }
  }
}

TEST(RequestRulesTable, EveryFieldOfEveryRpcHasARule) {
  const auto methods = everyRpc();
  ASSERT_GE(methods.size(), 40u);
  std::set<std::string> names;
  for (const auto* method : methods) {
    const std::string name = fullName(*method);
    names.insert(name);
    const RequestRules* rules = requestRulesFor(name);
    ASSERT_NE(rules, nullptr) << name << " has no row in the request-validation table";
    std::vector<std::string> paths;
    fieldPaths(*method->input_type(), "", 0, paths);
    for (const auto& path : paths) {
      bool found = false;
      for (const auto& rule : rules->fields) found = found || rule.field == path;
      EXPECT_TRUE(found) << name << ": field " << path << " has no rule";
    }
    for (const auto& rule : rules->fields) {
      EXPECT_NE(std::find(paths.begin(), paths.end(), rule.field), paths.end())
          << name << ": the rule for " << rule.field << " names no field of the request";
    }
  }
  for (const auto& rules : requestRules()) {
    EXPECT_EQ(names.count(std::string(rules.method)), 1u)
        << rules.method << " is in the table but not in the API";
  }
}

Status check(const char* method, const google::protobuf::Message& request) {
  return validateRequest(method, request);
}

void expectRefused(const Status& status, const std::string& message) {
  ASSERT_FALSE(status) << "expected: " << message;
  EXPECT_EQ(status.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(status.error().message(), message);
}

TEST(RequestValidation, ANulByteInAUsernameIsRefusedBeforeAnyLookup) {
  v1::LoginRequest login;
  login.set_username(std::string("prosa\0zz", 8));
  login.set_password("any password at all");
  expectRefused(check("/audientia.v1.AuthService/Login", login), "username: contains a NUL byte");
  login.set_username("prosa");
  EXPECT_TRUE(check("/audientia.v1.AuthService/Login", login));
  login.set_password(std::string("pass\0word", 9));
  expectRefused(check("/audientia.v1.AuthService/Login", login), "password: contains a NUL byte");
}

TEST(RequestValidation, TextMustBeUtf8WithoutControlCharacters) {
  v1::CreateHearingRequest hearing;
  hearing.set_office_id("00000000-0000-4000-8000-000000000001");
  hearing.set_case_number("12/P/2026");
  hearing.set_title("Audiere \xc8\x99i \xc8\x9b");  // ș ț: fine
  EXPECT_TRUE(check("/audientia.v1.HearingService/CreateHearing", hearing));
  hearing.set_title("bad \xff byte");
  expectRefused(check("/audientia.v1.HearingService/CreateHearing", hearing),
                "title: not valid UTF-8");
  hearing.set_title("two\nlines");
  expectRefused(check("/audientia.v1.HearingService/CreateHearing", hearing),
                "title: contains a control character");
  hearing.set_title("");
  auto* second = hearing.add_participants();
  second->set_role("witness");
  second->set_name("Ion");
  auto* third = hearing.add_participants();
  third->set_role("witness");
  third->set_name(std::string(201, 'x'));
  expectRefused(check("/audientia.v1.HearingService/CreateHearing", hearing),
                "participants[1].name: at most 200 characters");
}

TEST(RequestValidation, RequiredFieldsLengthsAndRanges) {
  v1::CreateHearingRequest hearing;
  hearing.set_office_id("00000000-0000-4000-8000-000000000001");
  expectRefused(check("/audientia.v1.HearingService/CreateHearing", hearing),
                "case_number is required");
  v1::CreateUploadRequest upload;
  upload.set_upload_id("00000000-0000-4000-8000-000000000002");
  upload.set_hearing_id("00000000-0000-4000-8000-000000000003");
  upload.set_sha256(std::string(1 << 20, 'a'));
  expectRefused(check("/audientia.v1.RecordingService/CreateUpload", upload),
                "sha256: at most 64 characters");
  upload.set_sha256(std::string(64, 'a'));
  upload.set_size_bytes(-1);
  expectRefused(check("/audientia.v1.RecordingService/CreateUpload", upload),
                "size_bytes: must be between 0 and 9223372036854775807, got -1");
  v1::ListHearingsRequest list;
  list.set_page_size(1001);
  expectRefused(check("/audientia.v1.HearingService/ListHearings", list),
                "page_size: must be between 0 and 1000, got 1001");
  list.set_page_size(10);
  list.set_office_id("office id with spaces");
  expectRefused(check("/audientia.v1.HearingService/ListHearings", list),
                "office_id: only printable ASCII is allowed");
}

TEST(RequestValidation, UnknownEnumValuesAreRefusedNotReadAsUnspecified) {
  v1::DownloadRecordingRequest download;
  download.set_recording_id("00000000-0000-4000-8000-000000000004");
  download.set_role(static_cast<v1::FileRole>(99));
  expectRefused(check("/audientia.v1.RecordingService/DownloadRecording", download),
                "role: unknown value 99");
  download.set_role(v1::FILE_ROLE_UNSPECIFIED);
  EXPECT_TRUE(check("/audientia.v1.RecordingService/DownloadRecording", download))
      << "UNSPECIFIED is the documented default (the master)";
  v1::CreateUserRequest user;
  user.set_username("ana.pop");
  user.set_password("a long enough passphrase");
  expectRefused(check("/audientia.v1.UserService/CreateUser", user), "role is required");
}

TEST(RequestValidation, AStreamsFirstMessageIsChecked) {
  v1::UploadRecordingRequest first;
  first.mutable_header()->set_hearing_id("00000000-0000-4000-8000-000000000005");
  first.mutable_header()->set_file_name(std::string("a\0b.mp4", 7));
  expectRefused(check("/audientia.v1.RecordingService/UploadRecording", first),
                "header.file_name: contains a NUL byte");
}

TEST(RequestValidation, AMethodWithoutRulesIsAnInternalError) {
  v1::LoginRequest login;
  auto status = check("/audientia.v1.HearingService/DeleteHearing", login);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code(), ErrorCode::kInternal);
}

}  // namespace
}  // namespace audientia::api
