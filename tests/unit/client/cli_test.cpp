// audientiactl as a whole, for everything that is decided before the first network call.

#include "cli.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "audientia/client/client_config.h"
#include "cli_context.h"
#include "test_env.h"
#include "test_pki.h"

namespace audientia::cli {
namespace {

using client::testing::ScopedEnv;
using client::testing::TempDir;

struct Run {
  int code = -1;
  std::string out;
  std::string err;
};

Run run(const std::vector<std::string>& args, const std::string& input = {}) {
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  const int code = runCli(args, in, out, err);
  return {code, out.str(), err.str()};
}

class Cli : public ::testing::Test {
 protected:
  TempDir dir_;
  ScopedEnv configDir_{"AUDIENTIA_CONFIG_DIR", (dir_.path() / "config").string()};
  ScopedEnv server_{"AUDIENTIA_SERVER", std::nullopt};
  ScopedEnv ca_{"AUDIENTIA_CA", std::nullopt};

  std::filesystem::path writeCa() {
    const auto file = dir_.path() / "ca.pem";
    std::ofstream(file) << client::testing::makeTestPki().caPem;
    return file;
  }
};

TEST_F(Cli, HelpGoesToStdoutAndSucceeds) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--help"}, {}, {"help"}, {"office", "--help"}, {"recording", "download", "--help"}}) {
    const auto result = run(args);
    EXPECT_EQ(result.code, 0);
    EXPECT_NE(result.out.find("usage: audientiactl"), std::string::npos) << result.out;
    EXPECT_TRUE(result.err.empty());
  }
  EXPECT_NE(run({"recording", "download", "--help"}).out.find("--range START-END"),
            std::string::npos);
}

TEST_F(Cli, UsageErrorsAreOneLineAndExitTwo) {
  const auto result = run({"office", "list", "--bogus"});
  EXPECT_EQ(result.code, kExitUsage);
  EXPECT_TRUE(result.out.empty());
  EXPECT_EQ(result.err.rfind("error: INVALID_ARGUMENT: unknown option '--bogus'", 0), 0u)
      << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);

  EXPECT_EQ(run({"hearing", "create", "--office", "o", "--case", "c", "--kind", "judge"}).code,
            kExitUsage);
  EXPECT_EQ(run({"recording", "download", "r", "--out", "f", "--range", "9-1"}).code, kExitUsage);
  EXPECT_EQ(run({"login", "--user", "admin"}).code, kExitUsage);  // no --password-stdin
  EXPECT_EQ(run({"login", "--user", "admin", "--password-stdin"}, "").code, kExitUsage);
  EXPECT_EQ(run({"--server", "no-port", "--ca", writeCa().string(), "office", "list"}).code,
            kExitFailure);
}

TEST_F(Cli, ACaFileIsRequired) {
  const auto result = run({"office", "list"});
  EXPECT_EQ(result.code, kExitFailure);
  EXPECT_NE(result.err.find("error: FAILED_PRECONDITION: no CA file"), std::string::npos)
      << result.err;
  const auto missing = run({"--ca", (dir_.path() / "nope.pem").string(), "office", "list"});
  EXPECT_NE(missing.err.find("error: NOT_FOUND: CA file"), std::string::npos) << missing.err;
}

TEST_F(Cli, CommandsNeedASession) {
  const auto result = run({"--ca", writeCa().string(), "--json", "whoami"});
  EXPECT_EQ(result.code, kExitFailure);
  EXPECT_TRUE(result.out.empty());
  EXPECT_NE(result.err.find("error: UNAUTHENTICATED: not logged in to localhost:7443"),
            std::string::npos)
      << result.err;
}

TEST_F(Cli, LogoutWithoutSessionIsFine) {
  const auto result = run({"--json", "logout"});
  EXPECT_EQ(result.code, 0) << result.err;
  EXPECT_NE(result.out.find("\"logged_out\": false"), std::string::npos) << result.out;
}

TEST_F(Cli, ServerAndCaResolution) {
  const auto ca = writeCa();
  const client::ClientConfig config(dir_.path() / "config");
  ASSERT_TRUE(config.saveSession({"session-host:1111", ca, "tok", "admin", {}, {}}).has_value());

  auto resolve = [](const GlobalOptions& global) {
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    return CliContext(global, in, out, err).resolveConnection();
  };
  // The session file.
  auto fromSession = resolve({});
  ASSERT_TRUE(fromSession.has_value()) << fromSession.error().toString();
  EXPECT_EQ(fromSession->server, "session-host:1111");
  EXPECT_EQ(fromSession->caFile, ca);
  EXPECT_EQ(fromSession->token, "tok");
  {
    // The environment beats the session.
    ScopedEnv server("AUDIENTIA_SERVER", "env-host:2222");
    EXPECT_EQ(resolve({})->server, "env-host:2222");
    // A flag beats the environment.
    GlobalOptions flags;
    flags.server = "flag-host:3333";
    EXPECT_EQ(resolve(flags)->server, "flag-host:3333");
    EXPECT_EQ(resolve(flags)->token, "tok");  // same CA: the session is used
  }
  {
    // Another CA: the token is not sent.
    const auto otherCa = dir_.path() / "other-ca.pem";
    std::ofstream(otherCa) << client::testing::makeTestPki().caPem;
    ScopedEnv caEnv("AUDIENTIA_CA", otherCa.string());
    const auto other = resolve({});
    EXPECT_EQ(other->caFile, otherCa);
    EXPECT_TRUE(other->token.empty());
  }
  // No session at all: the default server.
  ASSERT_TRUE(config.removeSession().has_value());
  GlobalOptions withCa;
  withCa.ca = ca.string();
  EXPECT_EQ(resolve(withCa)->server, kDefaultServer);
}

}  // namespace
}  // namespace audientia::cli
