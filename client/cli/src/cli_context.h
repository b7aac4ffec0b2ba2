#pragma once

// What every command needs: the streams, the global options, the session store, and a connected
// ApiClient built from the resolved server, CA file and session token.
//
// Resolution of server and CA: --server/--ca, else AUDIENTIA_SERVER/AUDIENTIA_CA, else the
// session file, else (server only) localhost:7443. The session token is sent only when the
// resolved CA file is the one the session was created with, so that a token never goes to a
// server authenticated by another CA.

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "audientia/base/expected.h"
#include "audientia/client/api_client.h"
#include "audientia/client/client_config.h"
#include "command_line.h"

namespace audientia::cli {

inline constexpr const char* kDefaultServer = "localhost:7443";

enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

struct Connection {
  std::string server;
  std::filesystem::path caFile;  // absolute
  std::string token;             // empty when not logged in (or the session is for another CA)
  std::string username;          // of the session, if any
  // Mutual TLS (absolute; empty: none): --cert/--key, else AUDIENTIA_CERT/AUDIENTIA_KEY, else
  // the session file.
  std::filesystem::path certFile;
  std::filesystem::path keyFile;
};

class CliContext {
 public:
  CliContext(GlobalOptions global, std::istream& in, std::ostream& out, std::ostream& err)
      : global_(std::move(global)), in_(in), out_(out), err_(err) {}

  bool json() const { return global_.json; }
  std::istream& in() { return in_; }
  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }

  Expected<client::ClientConfig> config() const { return client::ClientConfig::fromEnvironment(); }
  Expected<Connection> resolveConnection() const;
  // requireSession: fail locally with UNAUTHENTICATED when there is no session token.
  Expected<std::unique_ptr<client::ApiClient>> connect(bool requireSession,
                                                       Connection* resolved = nullptr) const;

  // Prints "error: CODE: message" on stderr and returns the exit code.
  int fail(const Error& error) const;
  int usageError(const Error& error) const;
  void printJson(const nlohmann::json& document) const;

 private:
  GlobalOptions global_;
  std::istream& in_;
  std::ostream& out_;
  std::ostream& err_;
};

}  // namespace audientia::cli
