#include "audientia/testing/server_process.h"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>

#include "audientia/testing/subprocess.h"

namespace audientia::testing {
namespace {

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Waits up to `timeout` for the child to exit; returns its status or nullopt.
std::optional<int> waitFor(pid_t pid, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    int status = 0;
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    if (done < 0 && errno != EINTR) return -1;
    if (std::chrono::steady_clock::now() > deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

}  // namespace

Expected<std::unique_ptr<ServerProcess>> ServerProcess::start(const ServerOptions& options) {
  std::unique_ptr<ServerProcess> server(new ServerProcess());
  if (options.dataDir.empty()) {
    AUDIENTIA_TRY(auto dir, makeTempDir("audientia-e2e"));
    server->dataDir_ = dir / "data";
    server->ownsDir_ = true;
  } else {
    server->dataDir_ = options.dataDir;
  }
  server->logFile_ = server->dataDir_.string() + ".log";
  std::vector<std::string> args = {binDir() + "/audientia-server", "--data-dir",
                                   server->dataDir_.string(), "--listen", "127.0.0.1:0"};
  args.insert(args.end(), options.extraArgs.begin(), options.extraArgs.end());
  const auto logOffset =
      std::filesystem::exists(server->logFile_) ? std::filesystem::file_size(server->logFile_) : 0;

  const pid_t pid = fork();
  if (pid < 0) return internalError(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    FILE* log = std::fopen(server->logFile_.c_str(), "a");
    if (log == nullptr) _exit(126);
    dup2(fileno(log), 1);
    dup2(fileno(log), 2);
    std::vector<char*> argp;
    for (auto& a : args) argp.push_back(a.data());
    argp.push_back(nullptr);
    execv(argp[0], argp.data());
    std::fprintf(stderr, "exec %s: %s\n", argp[0], std::strerror(errno));
    _exit(127);
  }
  server->pid_ = pid;

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  static const std::string kMarker = "listening on ";
  while (std::chrono::steady_clock::now() < deadline) {
    const std::string log = readFile(server->logFile_).substr(logOffset);
    if (const auto at = log.find(kMarker); at != std::string::npos) {
      const auto end = log.find('\n', at);
      if (end != std::string::npos) {
        server->address_ = log.substr(at + kMarker.size(), end - at - kMarker.size());
        return server;
      }
    }
    if (auto status = waitFor(pid, std::chrono::milliseconds(0))) {
      server->pid_ = -1;
      return Error(ErrorCode::kUnavailable,
                   "audientia-server exited with status " + std::to_string(*status) + ": " + log);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return Error(ErrorCode::kDeadlineExceeded,
               "audientia-server did not print 'listening on' within 60 s: " + server->log());
}

ServerProcess::~ServerProcess() {
  stop();
  if (ownsDir_) {
    std::error_code ignored;
    std::filesystem::remove_all(dataDir_.parent_path(), ignored);
  }
}

std::string ServerProcess::adminPassword() const {
  std::string password = readFile(dataDir_ / "initial-admin-password");
  while (!password.empty() && (password.back() == '\n' || password.back() == '\r')) {
    password.pop_back();
  }
  return password;
}

std::string ServerProcess::log() const {
  return readFile(logFile_);
}

int ServerProcess::stop() {
  if (pid_ < 0) return 0;
  ::kill(pid_, SIGTERM);
  auto status = waitFor(pid_, std::chrono::seconds(30));
  if (!status) {
    ::kill(pid_, SIGKILL);
    status = waitFor(pid_, std::chrono::seconds(10));
  }
  pid_ = -1;
  return status.value_or(-1);
}

void ServerProcess::kill() {
  if (pid_ < 0) return;
  ::kill(pid_, SIGKILL);
  waitFor(pid_, std::chrono::seconds(10));
  pid_ = -1;
}

}  // namespace audientia::testing
