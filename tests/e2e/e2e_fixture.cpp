#include "e2e_fixture.h"

#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

#include "audientia/base/sha256.h"

namespace audientia::e2e {

std::unique_ptr<testing::ServerProcess> EndToEndTest::server_;
std::filesystem::path EndToEndTest::workDir_;

void EndToEndTest::SetUpTestSuite() {
  startSuite({});
}

void EndToEndTest::startSuite(const testing::ServerOptions& options) {
  auto dir = testing::makeTempDir("audientia-e2e-work");
  ASSERT_TRUE(dir.has_value()) << dir.error().toString();
  workDir_ = *dir;
  auto server = testing::ServerProcess::start(options);
  ASSERT_TRUE(server.has_value()) << server.error().toString();
  server_ = std::move(server).value();
}

void EndToEndTest::TearDownTestSuite() {
  if (server_) {
    EXPECT_EQ(server_->stop(), 0) << "the server should exit cleanly on SIGTERM:\n"
                                  << server_->log();
  }
  server_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(workDir_, ignored);
}

testing::CommandResult EndToEndTest::ctl(const std::vector<std::string>& args,
                                         const std::string& input,
                                         const std::vector<std::string>& env) {
  std::vector<std::string> argv = {testing::binDir() + "/audientiactl", "--server",
                                   server_->address(), "--ca", server_->caFile().string()};
  argv.insert(argv.end(), args.begin(), args.end());
  testing::CommandOptions options;
  options.input = input;
  options.env = {"AUDIENTIA_CONFIG_DIR=" + (workDir_ / "config").string()};
  options.env.insert(options.env.end(), env.begin(), env.end());
  auto result = testing::runCommand(argv, options);
  EXPECT_TRUE(result.has_value()) << result.error().toString();
  return result.has_value() ? *result : testing::CommandResult{};
}

nlohmann::json EndToEndTest::ctlJson(const std::vector<std::string>& args,
                                     const std::string& input) {
  std::vector<std::string> withJson = {"--json"};
  withJson.insert(withJson.end(), args.begin(), args.end());
  const auto result = ctl(withJson, input);
  EXPECT_EQ(result.exitCode, 0) << "audientiactl failed: " << result.err;
  try {
    return nlohmann::json::parse(result.out);
  } catch (const std::exception& e) {
    ADD_FAILURE() << "audientiactl --json printed something that is not JSON (" << e.what()
                  << "):\n"
                  << result.out;
    return {};
  }
}

void EndToEndTest::loginAsAdmin() {
  const auto result =
      ctl({"login", "--user", "admin", "--password-stdin"}, server_->adminPassword() + "\n");
  ASSERT_EQ(result.exitCode, 0) << result.err;
}

std::string EndToEndTest::loginAsNewUser(const std::string& role, const std::string& officeId) {
  static int counter = 0;
  const std::string username = role + std::to_string(++counter);
  loginAsAdmin();
  const auto created = ctl({"user", "create", "--username", username, "--office", officeId,
                            "--role", role, "--password-stdin"},
                           std::string(kUserPassword) + "\n");
  EXPECT_EQ(created.exitCode, 0) << created.err;
  const auto result =
      ctl({"login", "--user", username, "--password-stdin"}, std::string(kUserPassword) + "\n");
  EXPECT_EQ(result.exitCode, 0) << result.err;
  return username;
}

std::shared_ptr<grpc::Channel> EndToEndTest::tlsChannel() {
  std::ifstream in(server_->caFile());
  std::stringstream pem;
  pem << in.rdbuf();
  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = pem.str();
  return grpc::CreateChannel(server_->address(), grpc::SslCredentials(ssl));
}

std::string EndToEndTest::adminToken() {
  std::ifstream in(workDir_ / "config" / "session.json");
  const auto session = nlohmann::json::parse(in);
  return session.at("token").get<std::string>();
}

void writeRandomFile(const std::filesystem::path& path, std::size_t size) {
  std::mt19937_64 random(2026);
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i + 8 <= size; i += 8) {
    const std::uint64_t value = random();
    std::memcpy(bytes.data() + i, &value, 8);
  }
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string sha256OfFile(const std::filesystem::path& path) {
  auto digest = Sha256::ofFile(path);
  return digest.has_value() ? toHex(*digest) : std::string("<" + digest.error().message() + ">");
}

std::filesystem::path storedObjectOf(const testing::ServerProcess& server,
                                     const std::string& sha256) {
  const auto objects = server.dataDir() / "media" / "objects";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(objects)) {
    if (entry.is_regular_file() && entry.path().filename().string().find(sha256) == 0) {
      return entry.path();
    }
  }
  return {};
}

void flipFirstByte(const std::filesystem::path& path) {
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  char byte = 0;
  file.read(&byte, 1);
  byte = static_cast<char>(byte ^ 0x01);
  file.seekp(0);
  file.write(&byte, 1);
}

}  // namespace audientia::e2e
