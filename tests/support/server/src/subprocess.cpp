#include "audientia/testing/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

extern char** environ;

namespace audientia::testing {
namespace {

struct Pipe {
  int fds[2] = {-1, -1};
  ~Pipe() {
    for (int fd : fds) {
      if (fd >= 0) close(fd);
    }
  }
  void closeEnd(int which) {
    if (fds[which] >= 0) close(fds[which]);
    fds[which] = -1;
  }
};

}  // namespace

std::string binDir() {
  if (const char* dir = std::getenv("AUDIENTIA_BIN_DIR")) return dir;
  return AUDIENTIA_DEFAULT_BIN_DIR;
}

Expected<CommandResult> runCommand(const std::vector<std::string>& argv,
                                   const CommandOptions& options) {
  Pipe in, out, err;
  if (pipe2(in.fds, O_CLOEXEC) != 0 || pipe2(out.fds, O_CLOEXEC) != 0 ||
      pipe2(err.fds, O_CLOEXEC) != 0) {
    return internalError(std::string("pipe: ") + std::strerror(errno));
  }
  std::vector<std::string> envStrings;
  for (char** e = environ; *e != nullptr; ++e) envStrings.emplace_back(*e);
  for (const auto& extra : options.env) envStrings.push_back(extra);
  std::vector<char*> envp;
  for (auto& s : envStrings) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<std::string> args = argv;
  std::vector<char*> argp;
  for (auto& a : args) argp.push_back(a.data());
  argp.push_back(nullptr);

  const pid_t pid = fork();
  if (pid < 0) return internalError(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    dup2(in.fds[0], 0);
    dup2(out.fds[1], 1);
    dup2(err.fds[1], 2);
    execve(argp[0], argp.data(), envp.data());
    std::fprintf(stderr, "exec %s: %s\n", argp[0], std::strerror(errno));
    _exit(127);
  }
  in.closeEnd(0);
  out.closeEnd(1);
  err.closeEnd(1);
  signal(SIGPIPE, SIG_IGN);

  CommandResult result;
  std::size_t written = 0;
  if (options.input.empty()) in.closeEnd(1);
  const auto deadline = std::chrono::steady_clock::now() + options.timeout;
  bool timedOut = false;
  while (out.fds[0] >= 0 || err.fds[0] >= 0) {
    std::array<pollfd, 3> fds{};
    nfds_t n = 0;
    int outIndex = -1, errIndex = -1, inIndex = -1;
    if (out.fds[0] >= 0) {
      fds[n] = {out.fds[0], POLLIN, 0};
      outIndex = static_cast<int>(n++);
    }
    if (err.fds[0] >= 0) {
      fds[n] = {err.fds[0], POLLIN, 0};
      errIndex = static_cast<int>(n++);
    }
    if (in.fds[1] >= 0) {
      fds[n] = {in.fds[1], POLLOUT, 0};
      inIndex = static_cast<int>(n++);
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timedOut = true;
      break;
    }
    if (poll(fds.data(), n, static_cast<int>(left.count())) < 0 && errno != EINTR) break;
    char buffer[65536];
    auto drain = [&](int index, Pipe& pipe, std::string& sink) {
      if (index < 0 || fds[static_cast<std::size_t>(index)].revents == 0) return;
      const ssize_t got = read(pipe.fds[0], buffer, sizeof buffer);
      if (got > 0) {
        sink.append(buffer, static_cast<std::size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        pipe.closeEnd(0);
      }
    };
    drain(outIndex, out, result.out);
    drain(errIndex, err, result.err);
    if (inIndex >= 0 && fds[static_cast<std::size_t>(inIndex)].revents != 0) {
      const ssize_t put =
          write(in.fds[1], options.input.data() + written, options.input.size() - written);
      if (put > 0) written += static_cast<std::size_t>(put);
      if (put < 0 || written == options.input.size()) in.closeEnd(1);
    }
  }
  in.closeEnd(1);
  if (timedOut) ::kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timedOut) {
    return Error(ErrorCode::kDeadlineExceeded,
                 argv[0] + " did not finish in time; stderr so far: " + result.err);
  }
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace audientia::testing
