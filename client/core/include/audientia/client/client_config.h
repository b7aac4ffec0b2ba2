#pragma once

// The client's session store: one JSON file, `session.json`, in the configuration directory
//   $AUDIENTIA_CONFIG_DIR, else $XDG_CONFIG_HOME/audientia, else ~/.config/audientia.
// It holds the server address, the absolute path of the CA file, the session token and the user
// name. It is written atomically (temporary file, fsync, rename) with mode 0600, inside a
// directory created with mode 0700, and removed on logout.
//
// Not synchronized: the file is the shared state; concurrent writers each replace it whole.

#include <filesystem>
#include <optional>
#include <string>

#include "audientia/base/expected.h"

namespace audientia::client {

struct Session {
  std::string server;            // HOST:PORT
  std::filesystem::path caFile;  // absolute
  std::string token;
  std::string username;
  // Mutual TLS: the client certificate and key used to log in (absolute; empty: none).
  std::filesystem::path certFile;
  std::filesystem::path keyFile;

  bool operator==(const Session&) const = default;
};

class ClientConfig {
 public:
  static constexpr const char* kSessionFileName = "session.json";

  explicit ClientConfig(std::filesystem::path directory) : directory_(std::move(directory)) {}

  // The directory named by the environment (see above); fails when none of the variables is set.
  static Expected<std::filesystem::path> defaultDirectory();
  static Expected<ClientConfig> fromEnvironment();

  const std::filesystem::path& directory() const { return directory_; }
  std::filesystem::path sessionFile() const { return directory_ / kSessionFileName; }

  // nullopt when there is no session file; an error when it exists but cannot be read or parsed.
  Expected<std::optional<Session>> loadSession() const;
  // Makes caFile absolute before writing.
  Status saveSession(const Session& session) const;
  // Succeeds when there was no session to remove.
  Status removeSession() const;

 private:
  std::filesystem::path directory_;
};

}  // namespace audientia::client
