// audientiactl's access-control commands, for everything decided before the first network call:
// role and date parsing, --cert/--key, the password lines of passwd, usage errors.

#include <gtest/gtest.h>

#include <sstream>

#include "cli.h"
#include "cli_context.h"
#include "commands.h"
#include "test_env.h"

namespace audientia::cli {
namespace {

using client::testing::ScopedEnv;
using client::testing::TempDir;

TEST(CliAccess, RolesAndDates) {
  EXPECT_EQ(*parseRole("Prosecutor"), v1::ROLE_PROSECUTOR);
  EXPECT_EQ(*parseRole("auditor"), v1::ROLE_AUDITOR);
  auto bad = parseRole("judge");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message().find("judge"), std::string::npos);
  EXPECT_EQ(*parseDateToUnixMs("1970-01-02"), 86400000);
  EXPECT_EQ(*parseDateToUnixMs("2026-01-01T00:00:01Z"), 1767225601000);
  for (const char* text : {"yesterday", "2026-13-01", "2026-01-01T00:00:00", "2026-1-1"}) {
    EXPECT_FALSE(parseDateToUnixMs(text)) << text;
  }
}

TEST(CliAccess, CertAndKeyAreGlobalOptionsThatGoTogether) {
  auto parsed = parseCommandLine({"--cert", "a.pem", "user", "list", "--key=a.key"});
  ASSERT_TRUE(parsed) << parsed.error().toString();
  EXPECT_EQ(parsed->global.cert, "a.pem");
  EXPECT_EQ(parsed->global.key, "a.key");
  EXPECT_EQ(parsed->command->path, "user list");

  TempDir dir;
  ScopedEnv config("AUDIENTIA_CONFIG_DIR", (dir.path() / "config").string());
  ScopedEnv ca("AUDIENTIA_CA", (dir.path() / "ca.pem").string());
  GlobalOptions onlyCert;
  onlyCert.cert = "a.pem";
  std::istringstream in;
  std::ostringstream out, err;
  auto resolved = CliContext(onlyCert, in, out, err).resolveConnection();
  ASSERT_FALSE(resolved);
  EXPECT_NE(resolved.error().message().find("--key"), std::string::npos);
  GlobalOptions both = onlyCert;
  both.key = "a.key";
  auto ok = CliContext(both, in, out, err).resolveConnection();
  ASSERT_TRUE(ok) << ok.error().toString();
  EXPECT_TRUE(ok->certFile.is_absolute());
  EXPECT_EQ(ok->keyFile.filename(), "a.key");
}

TEST(CliAccess, UsageErrorsBeforeAnyNetworkCall) {
  TempDir dir;
  ScopedEnv config("AUDIENTIA_CONFIG_DIR", (dir.path() / "config").string());
  auto run = [](const std::vector<std::string>& args, const std::string& input) {
    std::istringstream in(input);
    std::ostringstream out, err;
    const int code = runCli(args, in, out, err);
    return std::pair{code, err.str()};
  };
  auto [noStdin, noStdinErr] =
      run({"user", "create", "--username", "ana", "--office", "o", "--role", "clerk"}, "");
  EXPECT_EQ(noStdin, 2);
  EXPECT_NE(noStdinErr.find("--password-stdin"), std::string::npos) << noStdinErr;
  auto [badRole, badRoleErr] = run({"user", "set-role", "ana", "judge"}, "");
  EXPECT_EQ(badRole, 2);
  EXPECT_NE(badRoleErr.find("judge"), std::string::npos);
  auto [oneLine, oneLineErr] = run({"passwd"}, "only the current one\n");
  EXPECT_EQ(oneLine, 2);
  EXPECT_NE(oneLineErr.find("second line"), std::string::npos) << oneLineErr;
  auto [badDate, badDateErr] = run({"audit", "list", "--to", "soon"}, "");
  EXPECT_EQ(badDate, 2);
  EXPECT_NE(badDateErr.find("--to"), std::string::npos) << badDateErr;
  auto [missing, missingErr] = run({"office", "move", "o1"}, "");
  EXPECT_EQ(missing, 2);
  EXPECT_NE(missingErr.find("--parent"), std::string::npos) << missingErr;
}

}  // namespace
}  // namespace audientia::cli
