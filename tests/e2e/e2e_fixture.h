#pragma once

// One real audientia-server per test suite, driven through the real audientiactl.

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "audientia/testing/server_process.h"
#include "audientia/testing/subprocess.h"

namespace audientia::e2e {

class EndToEndTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  // What SetUpTestSuite does, with the server's options (a suite that needs other server
  // arguments defines its own SetUpTestSuite calling this). The work dir is made first.
  static void startSuite(const testing::ServerOptions& options);

  // Runs audientiactl with --server and --ca of the suite's server and its own config dir.
  // env: extra NAME=VALUE entries.
  static testing::CommandResult ctl(const std::vector<std::string>& args,
                                    const std::string& input = {},
                                    const std::vector<std::string>& env = {});
  // Runs `audientiactl --json ARGS`, expects success and parses stdout.
  static nlohmann::json ctlJson(const std::vector<std::string>& args,
                                const std::string& input = {});
  static void loginAsAdmin();
  // As admin, creates a user with this role in the office, then logs in as them (admins have no
  // access to hearings or recordings). Returns the username.
  static std::string loginAsNewUser(const std::string& role, const std::string& officeId);
  static constexpr const char* kUserPassword = "an end-to-end passphrase";
  // A TLS channel to the server, for calls the CLI cannot make (deliberately wrong requests).
  static std::shared_ptr<grpc::Channel> tlsChannel();
  static std::string adminToken();

  static std::unique_ptr<testing::ServerProcess> server_;
  static std::filesystem::path workDir_;  // config dir and files made by the tests
};

std::string sha256OfFile(const std::filesystem::path& path);
// The stored object of this digest in the server's file store (empty: none).
std::filesystem::path storedObjectOf(const testing::ServerProcess& server,
                                     const std::string& sha256);
// Flips the lowest bit of the file's first byte (twice restores it).
void flipFirstByte(const std::filesystem::path& path);
// `size` bytes that do not compress (a fixed seed: the same bytes each run).
void writeRandomFile(const std::filesystem::path& path, std::size_t size);

}  // namespace audientia::e2e
