// Identity, access control and the audit trail through the real binaries: an admin builds an
// office tree and users with audientiactl, users change passwords, roles are refused what the
// policy does not give them, the auditor lists and verifies the trail; and mutual TLS with a
// workstation certificate issued by the server.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "audientia/testing/server_process.h"
#include "audientia/testing/subprocess.h"
#include "audientia/v1/auth.grpc.pb.h"
#include "e2e_fixture.h"

namespace audientia::e2e {
namespace {

class AccessCli : public EndToEndTest {};

TEST_F(AccessCli, AdminManagesOfficesAndUsersAuditorVerifiesTheTrail) {
  loginAsAdmin();
  const std::string region = ctlJson({"office", "create", "Region"})["office"]["id"];
  const std::string local =
      ctlJson({"office", "create", "Local", "--parent", region})["office"]["id"];
  const std::string other = ctlJson({"office", "create", "Other"})["office"]["id"];
  EXPECT_EQ(ctlJson({"office", "rename", local, "Local court"})["office"]["name"], "Local court");
  // A move into the own subtree is refused and names the reason.
  const auto cycle = ctl({"office", "move", region, "--parent", local});
  EXPECT_EQ(cycle.exitCode, 1);
  EXPECT_NE(cycle.err.find("FAILED_PRECONDITION"), std::string::npos) << cycle.err;
  EXPECT_EQ(ctlJson({"office", "move", local, "--parent", other})["office"]["parent_id"], other);
  EXPECT_EQ(ctlJson({"office", "deactivate", local})["office"]["active"], false);
  EXPECT_EQ(ctlJson({"office", "reactivate", local})["office"].value("active", false), true);

  // The password policy, through the CLI.
  const auto weak = ctl({"user", "create", "--username", "carla", "--office", region, "--role",
                         "clerk", "--password-stdin"},
                        "password1234\n");
  EXPECT_EQ(weak.exitCode, 1);
  EXPECT_NE(weak.err.find("too common"), std::string::npos) << weak.err;
  const auto created = ctlJson({"user", "create", "--username", "carla", "--office", region,
                                "--role", "clerk", "--password-stdin"},
                               "first secret phrase\n");
  EXPECT_EQ(created["user"]["role"], "ROLE_CLERK");
  ctlJson({"user", "create", "--username", "audra", "--office", region, "--role", "auditor",
           "--password-stdin"},
          "the auditor's passphrase\n");
  const auto listed = ctlJson({"user", "list", "--office", region});
  EXPECT_EQ(listed["users"].size(), 2u) << listed.dump(2);
  EXPECT_EQ(ctlJson({"user", "set-role", "carla", "prosecutor"})["user"]["role"],
            "ROLE_PROSECUTOR");
  ctlJson({"user", "set-role", "carla", "clerk"});

  // carla changes her password; the old one no longer works.
  ASSERT_EQ(ctl({"login", "--user", "carla", "--password-stdin"}, "first secret phrase\n").exitCode,
            0);
  const auto passwd = ctl({"passwd"}, "first secret phrase\nsecond secret phrase\n");
  EXPECT_EQ(passwd.exitCode, 0) << passwd.err;
  EXPECT_EQ(ctl({"whoami"}).exitCode, 0);  // this session survives
  // A clerk may not administer users: PERMISSION_DENIED naming the action.
  const auto refused = ctl({"user", "list"});
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_NE(refused.err.find("PERMISSION_DENIED"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("may not list users"), std::string::npos) << refused.err;
  const auto oldPassword =
      ctl({"login", "--user", "carla", "--password-stdin"}, "first secret phrase\n");
  EXPECT_NE(oldPassword.exitCode, 0);

  // Disabling ends the session; enabling lets the user back in.
  ASSERT_EQ(
      ctl({"login", "--user", "carla", "--password-stdin"}, "second secret phrase\n").exitCode, 0);
  const auto carlaSession = adminToken();
  loginAsAdmin();
  EXPECT_EQ(ctlJson({"user", "disable", "carla"})["user"]["disabled"], true);
  {
    auto stub = v1::AuthService::NewStub(tlsChannel());
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + carlaSession);
    v1::WhoAmIResponse response;
    EXPECT_EQ(stub->WhoAmI(&context, v1::WhoAmIRequest(), &response).error_code(),
              grpc::StatusCode::UNAUTHENTICATED);
  }
  ctlJson({"user", "enable", "carla"});
  ctlJson({"user", "reset-password", "carla", "--password-stdin"}, "reset by the admin now\n");

  // The auditor sees every one of these actions, and the chain verifies.
  ASSERT_EQ(
      ctl({"login", "--user", "audra", "--password-stdin"}, "the auditor's passphrase\n").exitCode,
      0);
  const auto trail = ctlJson({"audit", "list", "--office", region});
  std::set<std::string> actions;
  for (const auto& event : trail["events"]) actions.insert(event["action"].get<std::string>());
  for (const char* action :
       {"user.create", "user.change_role", "user.disable", "user.enable", "user.reset_password"}) {
    EXPECT_TRUE(actions.count(action)) << action << " missing in " << trail.dump(2);
  }
  const auto failedLogins = ctlJson({"audit", "list", "--from", "2020-01-01"});
  bool sawFailedLogin = false;
  for (const auto& event : failedLogins["events"]) {
    if (event["action"] == "auth.login" && event.value("actor_username", "") == "carla" &&
        event.value("outcome", "") == "AUDIT_OUTCOME_DENIED") {
      sawFailedLogin = true;
      EXPECT_EQ(event["details_json"].get<std::string>().find("passphrase"), std::string::npos);
    }
  }
  EXPECT_TRUE(sawFailedLogin);
  const auto verify = ctl({"audit", "verify"});
  EXPECT_EQ(verify.exitCode, 0) << verify.out << verify.err;
  EXPECT_NE(verify.out.find("intact"), std::string::npos) << verify.out;
  const auto bad = ctl({"audit", "list", "--from", "yesterday"});
  EXPECT_EQ(bad.exitCode, 2);
}

TEST(MutualTls, WorkstationCertificateIsRequiredAndAccepted) {
  auto dir = testing::makeTempDir("audientia-mtls");
  ASSERT_TRUE(dir.has_value());
  const auto dataDir = *dir / "data";
  auto server = testing::ServerProcess::start({dataDir, {"--require-client-cert"}});
  ASSERT_TRUE(server.has_value()) << server.error().toString();
  const auto certDir = *dir / "workstation";
  auto issued =
      testing::runCommand({testing::binDir() + "/audientia-server", "--data-dir", dataDir.string(),
                           "--issue-client-cert", "desk-1", "--out", certDir.string()},
                          {});
  ASSERT_TRUE(issued.has_value());
  ASSERT_EQ(issued->exitCode, 0) << issued->err;
  EXPECT_EQ(std::filesystem::status(certDir / "desk-1.key").permissions() &
                std::filesystem::perms::group_all,
            std::filesystem::perms::none);

  auto ctl = [&](std::vector<std::string> extra, std::vector<std::string> args,
                 const std::string& input) {
    std::vector<std::string> argv = {testing::binDir() + "/audientiactl", "--server",
                                     (*server)->address(), "--ca", (*server)->caFile().string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    argv.insert(argv.end(), args.begin(), args.end());
    testing::CommandOptions options;
    options.input = input;
    options.env = {"AUDIENTIA_CONFIG_DIR=" + (*dir / "config").string()};
    auto result = testing::runCommand(argv, options);
    EXPECT_TRUE(result.has_value());
    return result.has_value() ? *result : testing::CommandResult{};
  };
  const std::string password = (*server)->adminPassword() + "\n";
  const auto without = ctl({}, {"login", "--user", "admin", "--password-stdin"}, password);
  EXPECT_NE(without.exitCode, 0);
  EXPECT_NE(without.err.find("UNAVAILABLE"), std::string::npos) << without.err;
  const auto with =
      ctl({"--cert", (certDir / "desk-1.pem").string(), "--key", (certDir / "desk-1.key").string()},
          {"login", "--user", "admin", "--password-stdin"}, password);
  EXPECT_EQ(with.exitCode, 0) << with.err;
  // The certificate is kept in the session like the CA.
  const auto me = ctl({}, {"whoami"}, {});
  EXPECT_EQ(me.exitCode, 0) << me.err;
  EXPECT_EQ((*server)->stop(), 0);
  server->reset();
  std::filesystem::remove_all(*dir);
}

}  // namespace
}  // namespace audientia::e2e
