#include "subprocess.h"

#include <fcntl.h>
#include <grp.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace audientia::embedded {

namespace {

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string errnoText(const std::string& what) {
  return what + ": " + std::strerror(errno);
}

// Only async-signal-safe calls between fork and exec.
[[noreturn]] void execChild(char* const* argv, char* const* envp, const std::optional<RunAs>& runAs,
                            int nullFd, int outFd, const char* workDir) {
  if (::dup2(nullFd, 0) < 0 || ::dup2(outFd, 1) < 0 || ::dup2(outFd, 2) < 0) ::_exit(126);
  if (::close_range(3, ~0U, 0) != 0) {
    for (int fd = 3; fd < 4096; ++fd) ::close(fd);
  }
  ::setsid();
  if (runAs) {
    const gid_t gid = runAs->gid;
    if (::setgroups(1, &gid) != 0 || ::setgid(runAs->gid) != 0 || ::setuid(runAs->uid) != 0) {
      static const char kMsg[] = "could not switch to the postgres user\n";
      (void)!::write(2, kMsg, sizeof(kMsg) - 1);
      ::_exit(126);
    }
  }
  if (::chdir(workDir) != 0) {
    static const char kMsg[] = "could not change to the working directory\n";
    (void)!::write(2, kMsg, sizeof(kMsg) - 1);
    ::_exit(126);
  }
  ::execve(argv[0], argv, envp);
  static const char kMsg[] = "could not execute the program\n";
  (void)!::write(2, kMsg, sizeof(kMsg) - 1);
  ::_exit(127);
}

}  // namespace

std::string describeCommand(const std::vector<std::string>& argv) {
  std::string out;
  for (const auto& a : argv) {
    if (!out.empty()) out += ' ';
    out += a;
  }
  return out;
}

Expected<ProcessResult> runProcess(const std::vector<std::string>& argv,
                                   const std::optional<RunAs>& runAs,
                                   const std::filesystem::path& workDir,
                                   const std::vector<std::string>& extraEnv) {
  if (argv.empty()) return internalError("runProcess: empty argument vector");
  std::vector<std::string> args = argv;  // execv wants char*, not const char*
  std::vector<char*> cargs;
  for (auto& a : args) cargs.push_back(a.data());
  cargs.push_back(nullptr);
  const std::string dir = workDir.string();
  // The environment, made before fork (nothing but async-signal-safe calls after it).
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) env.emplace_back(*e);
  for (const auto& entry : extraEnv) {
    const auto name = entry.substr(0, entry.find('=') + 1);
    const bool set = std::any_of(env.begin(), env.end(),
                                 [&](const std::string& e) { return e.rfind(name, 0) == 0; });
    if (!set) env.push_back(entry);
  }
  std::vector<char*> cenv;
  for (auto& e : env) cenv.push_back(e.data());
  cenv.push_back(nullptr);

  Fd out(::memfd_create("audientia-subprocess", MFD_CLOEXEC));
  if (out.get() < 0) return internalError(errnoText("creating an output buffer"));
  Fd null(::open("/dev/null", O_RDONLY | O_CLOEXEC));
  if (null.get() < 0) return internalError(errnoText("opening /dev/null"));

  const pid_t pid = ::fork();
  if (pid < 0) return internalError(errnoText("fork for " + argv[0]));
  if (pid == 0) execChild(cargs.data(), cenv.data(), runAs, null.get(), out.get(), dir.c_str());

  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return internalError(errnoText("waiting for " + argv[0]));
  }
  ProcessResult result;
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (::lseek(out.get(), 0, SEEK_SET) == 0) {
    char buf[4096];
    ssize_t n = 0;
    while ((n = ::read(out.get(), buf, sizeof(buf))) > 0) {
      result.output.append(buf, static_cast<std::size_t>(n));
    }
  }
  return result;
}

}  // namespace audientia::embedded
