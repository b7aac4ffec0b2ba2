#pragma once

// The real audientia-server binary on a temporary data dir, for end-to-end and UI tests.
// start() returns once the server printed "listening on HOST:PORT"; the destructor sends
// SIGTERM, waits for a clean exit and removes the data dir.

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "audientia/testing/temp_dir.h"

namespace audientia::testing {

struct ServerOptions {
  // Empty: a fresh temporary dir, removed by the destructor. Otherwise kept.
  std::filesystem::path dataDir;
  std::vector<std::string> extraArgs;
};

class ServerProcess {
 public:
  static Expected<std::unique_ptr<ServerProcess>> start(const ServerOptions& options = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  std::string address() const { return address_; }  // "127.0.0.1:PORT"
  const std::filesystem::path& dataDir() const { return dataDir_; }
  std::filesystem::path caFile() const { return dataDir_ / "tls" / "ca.pem"; }
  std::string adminPassword() const;
  pid_t pid() const { return pid_; }
  // What the server wrote to stderr so far (for diagnostics in failed tests).
  std::string log() const;

  // SIGTERM and wait; returns the exit code (or -signal). Idempotent.
  int stop();
  // SIGKILL without cleanup (the data dir is kept until destruction).
  void kill();

 private:
  ServerProcess() = default;
  pid_t pid_ = -1;
  std::filesystem::path dataDir_;
  std::filesystem::path logFile_;
  std::string address_;
  bool ownsDir_ = false;
};

}  // namespace audientia::testing
