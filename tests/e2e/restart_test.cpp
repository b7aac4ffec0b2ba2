// The server restarts on an existing data dir with everything it had.

#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "audientia/testing/server_process.h"
#include "audientia/testing/subprocess.h"

namespace audientia::e2e {
namespace {

testing::CommandResult ctlAgainst(const testing::ServerProcess& server,
                                  const std::filesystem::path& configDir,
                                  std::vector<std::string> args, const std::string& input = {}) {
  std::vector<std::string> argv = {testing::binDir() + "/audientiactl", "--server",
                                   server.address(), "--ca", server.caFile().string()};
  argv.insert(argv.end(), args.begin(), args.end());
  testing::CommandOptions options;
  options.input = input;
  options.env = {"AUDIENTIA_CONFIG_DIR=" + configDir.string()};
  auto result = testing::runCommand(argv, options);
  EXPECT_TRUE(result.has_value()) << result.error().toString();
  return result.has_value() ? *result : testing::CommandResult{};
}

TEST(Restart, KeepsDataCertificatesAndPassword) {
  auto dir = testing::makeTempDir("audientia-restart");
  ASSERT_TRUE(dir.has_value());
  const auto dataDir = *dir / "data";
  const auto configDir = *dir / "config";
  std::string password;
  std::string ca;
  {
    auto first = testing::ServerProcess::start({dataDir, {}});
    ASSERT_TRUE(first.has_value()) << first.error().toString();
    password = (*first)->adminPassword();
    ASSERT_EQ(ctlAgainst(**first, configDir, {"login", "--user", "admin", "--password-stdin"},
                         password + "\n")
                  .exitCode,
              0);
    ASSERT_EQ(ctlAgainst(**first, configDir, {"office", "create", "Before restart"}).exitCode, 0);
    EXPECT_EQ((*first)->stop(), 0) << (*first)->log();
  }
  const auto started = std::chrono::steady_clock::now();
  auto second = testing::ServerProcess::start({dataDir, {}});
  ASSERT_TRUE(second.has_value()) << second.error().toString();
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
  std::printf("restart to 'listening on': %.2f s\n", seconds.count());
  EXPECT_EQ((*second)->adminPassword(), password);

  // The old session token still works (sessions live in the database) and the data is there.
  const auto offices = ctlAgainst(**second, configDir, {"--json", "office", "list"});
  ASSERT_EQ(offices.exitCode, 0) << offices.err;
  EXPECT_NE(offices.out.find("Before restart"), std::string::npos) << offices.out;
  EXPECT_EQ((*second)->stop(), 0);
  second->reset();
  std::filesystem::remove_all(*dir);
}

TEST(Restart, RecoversAfterTheServerWasKilled) {
  auto dir = testing::makeTempDir("audientia-killed");
  ASSERT_TRUE(dir.has_value());
  const auto dataDir = *dir / "data";
  {
    auto first = testing::ServerProcess::start({dataDir, {}});
    ASSERT_TRUE(first.has_value()) << first.error().toString();
    (*first)->kill();  // no clean shutdown: PostgreSQL keeps running, the lock is released
  }
  auto second = testing::ServerProcess::start({dataDir, {}});
  ASSERT_TRUE(second.has_value()) << second.error().toString();
  const auto configDir = *dir / "config";
  EXPECT_EQ(ctlAgainst(**second, configDir, {"login", "--user", "admin", "--password-stdin"},
                       (*second)->adminPassword() + "\n")
                .exitCode,
            0);
  EXPECT_EQ((*second)->stop(), 0) << (*second)->log();
  second->reset();
  std::filesystem::remove_all(*dir);
}

}  // namespace
}  // namespace audientia::e2e
