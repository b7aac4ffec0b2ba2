#include "audientia/client/client_config.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "test_env.h"

namespace audientia::client {
namespace {

namespace fs = std::filesystem;
using testing::ScopedEnv;
using testing::TempDir;

Session sampleSession(const fs::path& ca) {
  return {"srv.example:7443", ca, "tok-123", "admin", "/certs/desk.pem", "/certs/desk.key"};
}

TEST(ClientConfig, DirectoryFromTheEnvironment) {
  ScopedEnv configDir("AUDIENTIA_CONFIG_DIR", "/tmp/explicit-dir");
  ScopedEnv xdg("XDG_CONFIG_HOME", "/tmp/xdg");
  ScopedEnv home("HOME", "/tmp/home");
  EXPECT_EQ(*ClientConfig::defaultDirectory(), fs::path("/tmp/explicit-dir"));
  {
    ScopedEnv unset("AUDIENTIA_CONFIG_DIR", std::nullopt);
    EXPECT_EQ(*ClientConfig::defaultDirectory(), fs::path("/tmp/xdg/audientia"));
    {
      ScopedEnv noXdg("XDG_CONFIG_HOME", std::nullopt);
      EXPECT_EQ(*ClientConfig::defaultDirectory(), fs::path("/tmp/home/.config/audientia"));
      ScopedEnv noHome("HOME", std::nullopt);
      const auto none = ClientConfig::defaultDirectory();
      ASSERT_FALSE(none.has_value());
      EXPECT_NE(none.error().message().find("AUDIENTIA_CONFIG_DIR"), std::string::npos);
    }
  }
  EXPECT_EQ(ClientConfig::fromEnvironment()->sessionFile(),
            fs::path("/tmp/explicit-dir/session.json"));
}

TEST(ClientConfig, NoSessionIsNotAnError) {
  TempDir dir;
  const ClientConfig config(dir.path() / "config");
  const auto session = config.loadSession();
  ASSERT_TRUE(session.has_value()) << session.error().toString();
  EXPECT_FALSE(session->has_value());
  EXPECT_TRUE(config.removeSession().has_value());
}

TEST(ClientConfig, SavesPrivatelyAndLoadsBack) {
  TempDir dir;
  const ClientConfig config(dir.path() / "nested" / "config");
  ASSERT_TRUE(config.saveSession(sampleSession("/etc/audientia/ca.pem")).has_value());

  struct stat fileStat {};
  ASSERT_EQ(::stat(config.sessionFile().c_str(), &fileStat), 0);
  EXPECT_EQ(fileStat.st_mode & 0777, 0600u);
  struct stat dirStat {};
  ASSERT_EQ(::stat(config.directory().c_str(), &dirStat), 0);
  EXPECT_EQ(dirStat.st_mode & 0777, 0700u);

  const auto loaded = config.loadSession();
  ASSERT_TRUE(loaded.has_value() && loaded->has_value());
  EXPECT_EQ(**loaded, sampleSession("/etc/audientia/ca.pem"));

  // The file is plain JSON with the documented keys.
  std::ifstream in(config.sessionFile());
  const auto json = nlohmann::json::parse(in);
  EXPECT_EQ(json.at("server"), "srv.example:7443");
  EXPECT_EQ(json.at("ca_file"), "/etc/audientia/ca.pem");
  EXPECT_EQ(json.at("token"), "tok-123");
  EXPECT_EQ(json.at("username"), "admin");
}

TEST(ClientConfig, ModeIs0600WhateverTheUmask) {
  TempDir dir;
  const mode_t old = ::umask(0);
  const ClientConfig config(dir.path());
  const auto saved = config.saveSession(sampleSession("/ca.pem"));
  ::umask(old);
  ASSERT_TRUE(saved.has_value());
  struct stat fileStat {};
  ASSERT_EQ(::stat(config.sessionFile().c_str(), &fileStat), 0);
  EXPECT_EQ(fileStat.st_mode & 0777, 0600u);
}

TEST(ClientConfig, CaPathIsStoredAbsolute) {
  TempDir dir;
  const ClientConfig config(dir.path());
  ASSERT_TRUE(config.saveSession(sampleSession("relative/dir/../ca.pem")).has_value());
  const auto loaded = config.loadSession();
  ASSERT_TRUE(loaded.has_value() && loaded->has_value());
  EXPECT_TRUE((*loaded)->caFile.is_absolute()) << (*loaded)->caFile;
  EXPECT_EQ((*loaded)->caFile, (fs::current_path() / "relative/ca.pem").lexically_normal());
}

TEST(ClientConfig, ReplacesTheFileAtomically) {
  TempDir dir;
  const ClientConfig config(dir.path());
  ASSERT_TRUE(config.saveSession(sampleSession("/a.pem")).has_value());
  struct stat first {};
  ASSERT_EQ(::stat(config.sessionFile().c_str(), &first), 0);

  // Keep the old file open: an atomic replacement leaves its content untouched (a new inode),
  // while an in-place rewrite would change what the open descriptor reads.
  std::ifstream oldFile(config.sessionFile());
  Session second = sampleSession("/b.pem");
  second.token = "tok-456";
  ASSERT_TRUE(config.saveSession(second).has_value());
  struct stat after {};
  ASSERT_EQ(::stat(config.sessionFile().c_str(), &after), 0);
  EXPECT_NE(first.st_ino, after.st_ino);
  const auto oldJson = nlohmann::json::parse(oldFile);
  EXPECT_EQ(oldJson.at("token"), "tok-123");
  EXPECT_EQ((*config.loadSession())->token, "tok-456");

  // No temporary files are left behind.
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++entries;
  EXPECT_EQ(entries, 1);
}

TEST(ClientConfig, RemovesTheSession) {
  TempDir dir;
  const ClientConfig config(dir.path());
  ASSERT_TRUE(config.saveSession(sampleSession("/a.pem")).has_value());
  ASSERT_TRUE(config.removeSession().has_value());
  EXPECT_FALSE(fs::exists(config.sessionFile()));
  EXPECT_FALSE(config.loadSession()->has_value());
}

TEST(ClientConfig, CorruptSessionFileIsAClearError) {
  TempDir dir;
  const ClientConfig config(dir.path());
  std::ofstream(config.sessionFile()) << "{not json";
  const auto loaded = config.loadSession();
  ASSERT_FALSE(loaded.has_value());
  EXPECT_EQ(loaded.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(loaded.error().message().find(config.sessionFile().string()), std::string::npos);
}

TEST(ClientConfig, UncreatableDirectoryFails) {
  TempDir dir;
  std::ofstream(dir.path() / "a-file") << "x";
  const ClientConfig config(dir.path() / "a-file" / "config");  // a file is in the way
  const auto saved = config.saveSession(sampleSession("/a.pem"));
  ASSERT_FALSE(saved.has_value());
  EXPECT_NE(saved.error().message().find("a-file"), std::string::npos) << saved.error().message();
}

}  // namespace
}  // namespace audientia::client
