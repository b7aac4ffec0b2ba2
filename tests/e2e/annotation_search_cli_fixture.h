#pragma once

// The fixture of the annotation and search end-to-end tests (annotation_cli_test.cpp,
// search_cli_test.cpp). Annotations and search through the real binaries: a prosecutor records a
// capture with two markers typed on stdin and uploads it while recording; the markers become
// annotations of the recording, which a clerk edits (the sealed markers stay as they were), adds to
// and deletes from, with every change in the history; search finds the hearing by an annotation's
// words without diacritics and by a part of its case number, and only within the searcher's office;
// wrong input is refused with a message that says what is wrong, never an internal error.

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

#include "e2e_fixture.h"

extern char** environ;

namespace audientia::e2e {
namespace annotation_search_cli {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

inline const std::string kQuestionText = "Unde erați pe 3 martie?";
inline const std::string kExhibitText = "Fotografia cuțitului";
inline const std::string kCaseNumber = "7319/P/2026";

inline std::string fileText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// In text, the word that follows `before` (up to the next space or line end); with `skip`, the
// word that follows `skip` after it ("sealed: 3 segments, 4.2 s": before "sealed: ", skip
// " segments, " gives "4.2"). Empty when not found.
inline std::string wordAfter(const std::string& text, const std::string& before,
                             const std::string& skip) {
  auto at = text.find(before);
  if (at == std::string::npos) return {};
  at += before.size();
  if (!skip.empty()) {
    at = text.find(skip, at);
    if (at == std::string::npos) return {};
    at += skip.size();
  }
  const auto end = text.find_first_of(" \n", at);
  return text.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

inline std::int64_t msSince(Clock::time_point start) {
  return std::chrono::duration_cast<milliseconds>(Clock::now() - start).count();
}

// audientiactl with its stdin held open by the test (a socket, so that writing after the child
// exited is an error rather than SIGPIPE) and its output in files: lines typed one at a time.
class TypedCtl {
 public:
  TypedCtl(const std::vector<std::string>& argv, const std::vector<std::string>& env,
           const fs::path& logPrefix)
      : out_(logPrefix.string() + ".out"), err_(logPrefix.string() + ".err") {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) return;
    input_ = fds[0];
    std::vector<std::string> environment;
    for (char** entry = environ; *entry != nullptr; ++entry) environment.emplace_back(*entry);
    environment.insert(environment.end(), env.begin(), env.end());
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    std::vector<char*> envp;
    for (const auto& entry : environment) envp.push_back(const_cast<char*>(entry.c_str()));
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDIN_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), envp.data()) != 0) pid_ = -1;
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
  }
  ~TypedCtl() {
    closeInput();
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      int status = 0;
      ::waitpid(pid_, &status, 0);
    }
  }
  TypedCtl(const TypedCtl&) = delete;
  TypedCtl& operator=(const TypedCtl&) = delete;

  bool started() const { return pid_ > 0 && input_ >= 0; }
  bool type(const std::string& line) {
    const std::string text = line + "\n";
    return input_ >= 0 && ::send(input_, text.data(), text.size(), MSG_NOSIGNAL) ==
                              static_cast<ssize_t>(text.size());
  }
  void closeInput() {
    if (input_ >= 0) ::close(input_);
    input_ = -1;
  }
  // True once `text` is in its stdout, false when it exits first or after the timeout.
  bool waitForOutput(const std::string& text, milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (Clock::now() < deadline) {
      if (out().find(text) != std::string::npos) return true;
      if (exited()) return out().find(text) != std::string::npos;
      std::this_thread::sleep_for(milliseconds(10));
    }
    return false;
  }
  // Its exit code, or -1 when it was killed (by a signal, or by this after the timeout).
  int wait(milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (!exited() && Clock::now() < deadline) std::this_thread::sleep_for(milliseconds(50));
    if (!exited()) {
      ::kill(pid_, SIGKILL);
      int status = 0;
      ::waitpid(pid_, &status, 0);
      pid_ = -1;
      exitCode_ = -1;
    }
    return exitCode_;
  }
  std::string out() const { return fileText(out_); }
  std::string err() const { return fileText(err_); }

 private:
  bool exited() {
    if (pid_ <= 0) return true;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) != pid_) return false;
    exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    pid_ = -1;
    return true;
  }

  pid_t pid_ = -1;
  int input_ = -1;
  int exitCode_ = -1;
  fs::path out_;
  fs::path err_;
};

// What the suite records once and every test works on.
struct Scene {
  bool attempted = false;
  bool ready = false;
  std::string officeId, otherOfficeId;
  std::string prosecutor, clerk, otherClerk;  // usernames (password: kUserPassword)
  std::string hearingId, recordingId;
  // When each marker was typed: milliseconds after the capture said it was recording.
  std::int64_t questionTypedMs = 0, exhibitTypedMs = 0;
  // What the CLI said on stderr as it placed each marker ("marker question at 1.0 s").
  std::string captureErr;
  double sealedSeconds = 0;
};

class AnnotationSearchCli : public EndToEndTest {
 protected:
  static void SetUpTestSuite() {
    scene_ = Scene{};
    EndToEndTest::SetUpTestSuite();
  }

  static void loginAs(const std::string& username) {
    const auto result =
        ctl({"login", "--user", username, "--password-stdin"}, std::string(kUserPassword) + "\n");
    ASSERT_EQ(result.exitCode, 0) << "login as " << username << ": " << result.err;
  }

  // As admin: a user of this role in the office (logs in as admin; the session stays admin's).
  static void createUser(const std::string& username, const std::string& role,
                         const std::string& officeId) {
    loginAsAdmin();
    const auto created = ctl({"user", "create", "--username", username, "--office", officeId,
                              "--role", role, "--password-stdin"},
                             std::string(kUserPassword) + "\n");
    ASSERT_EQ(created.exitCode, 0) << created.err;
  }

  // The offices, users and hearing, and the capture with two markers typed while it records and
  // uploads: recorded once per suite, whichever test asks first.
  static const Scene& scene() {
    if (!scene_.attempted) {
      scene_.attempted = true;
      record(scene_);
    }
    return scene_;
  }

  // Any command's stderr, checked for an internal error (none of these may make one).
  static testing::CommandResult checkedCtl(const std::vector<std::string>& args) {
    auto result = ctl(args);
    EXPECT_EQ(result.err.find("INTERNAL"), std::string::npos) << result.err.substr(0, 1000);
    return result;
  }

  // `hearing show` once the processing job has probed the recording (media_info or
  // media_error set), or after 90 s.
  static nlohmann::json hearingWhenProbed(const std::string& hearingId) {
    nlohmann::json shown;
    const auto deadline = Clock::now() + std::chrono::seconds(90);
    while (Clock::now() < deadline) {
      shown = ctlJson({"hearing", "show", hearingId});
      if (!shown["recordings"].empty()) {
        const auto& recording = shown["recordings"][0];
        if (recording.contains("media_info") ||
            !recording.value("media_error", std::string()).empty()) {
          break;
        }
      }
      std::this_thread::sleep_for(milliseconds(200));
    }
    return shown;
  }

  static inline Scene scene_;

 private:
  static void record(Scene& s) {
    loginAsAdmin();
    s.officeId =
        ctlJson({"office", "create", "Parchetul de pe lângă Judecătoria Sibiu"})["office"]["id"]
            .get<std::string>();
    s.otherOfficeId =
        ctlJson({"office", "create", "Parchetul de pe lângă Judecătoria Mediaș"})["office"]["id"]
            .get<std::string>();
    ASSERT_FALSE(s.officeId.empty());
    ASSERT_FALSE(s.otherOfficeId.empty());
    s.prosecutor = "ana.procuror";
    s.clerk = "ion.grefier";
    s.otherClerk = "vlad.grefier";
    createUser(s.prosecutor, "prosecutor", s.officeId);
    createUser(s.clerk, "clerk", s.officeId);
    createUser(s.otherClerk, "clerk", s.otherOfficeId);
    loginAs(s.prosecutor);
    s.hearingId = ctlJson({"hearing", "create", "--office", s.officeId, "--case", kCaseNumber,
                           "--kind", "witness", "--title", "Audierea martorului", "--participant",
                           "witness:Ion Popescu"})["hearing"]["id"]
                      .get<std::string>();
    ASSERT_FALSE(s.hearingId.empty());

    const fs::path capture = workDir_ / "capture-with-markers";
    const std::vector<std::string> argv = {testing::binDir() + "/audientiactl",
                                           "--server",
                                           server_->address(),
                                           "--ca",
                                           server_->caFile().string(),
                                           "capture",
                                           "--hearing",
                                           s.hearingId,
                                           "--upload",
                                           "--video",
                                           "lavfi:testsrc2=size=160x120:rate=10",
                                           "--audio",
                                           "lavfi:sine=frequency=440:sample_rate=48000",
                                           "--out",
                                           capture.string(),
                                           "--segment",
                                           "1s",
                                           "--duration",
                                           "30s",  // a safety net: 'stop' ends it long before
                                           "--preset",
                                           "ultrafast"};
    TypedCtl capturing(argv, {"AUDIENTIA_CONFIG_DIR=" + (workDir_ / "config").string()},
                       workDir_ / "capture");
    ASSERT_TRUE(capturing.started());
    ASSERT_TRUE(capturing.waitForOutput("recording to", std::chrono::seconds(60)))
        << capturing.out() << capturing.err();
    // The capture's media clock started before it said so: media time >= time since then.
    const auto recording = Clock::now();
    auto typeAt = [&](std::int64_t atMs, const std::string& line) -> std::int64_t {
      std::this_thread::sleep_until(recording + milliseconds(atMs));
      const std::int64_t typed = msSince(recording);
      EXPECT_TRUE(capturing.type(line)) << "typing '" << line << "': " << capturing.err();
      return typed;
    };
    s.questionTypedMs = typeAt(1000, "marker question " + kQuestionText);
    s.exhibitTypedMs = typeAt(2500, "marker exhibit " + kExhibitText);
    typeAt(4000, "stop");
    capturing.closeInput();
    const int exitCode = capturing.wait(std::chrono::minutes(2));
    s.captureErr = capturing.err();
    const std::string out = capturing.out();
    ASSERT_EQ(exitCode, 0) << out << s.captureErr;

    const std::string seconds = wordAfter(out, "sealed: ", " segments, ");
    ASSERT_FALSE(seconds.empty()) << out;
    s.sealedSeconds = std::stod(seconds);
    const std::string uploaded = wordAfter(out, "uploaded: recording ", "").substr(0, 36);
    ASSERT_EQ(uploaded.size(), 36u) << out;
    s.recordingId = uploaded;
    s.ready = true;
  }
};

// "marker KIND at 1.2 s" on the capture's stderr: the media time it reported, in ms; -1 if none.
inline std::int64_t reportedMarkerMs(const std::string& err, const std::string& kind) {
  const std::string seconds = wordAfter(err, "marker " + kind + " at ", "");
  const auto dot = seconds.find('.');
  if (dot == std::string::npos || dot == 0 || dot + 2 != seconds.size() ||
      seconds.find_first_not_of("0123456789.") != std::string::npos) {
    return -1;
  }
  return std::stoll(seconds.substr(0, dot)) * 1000 + (seconds[dot + 1] - '0') * 100;
}

inline const nlohmann::json* findHit(const nlohmann::json& found, const std::string& hearingId,
                                     const std::string& field) {
  for (const auto& hit : found["hits"]) {
    if (hit["hearing"]["id"] == hearingId && hit["field"] == field) return &hit;
  }
  return nullptr;
}

inline bool mentionsHearing(const nlohmann::json& found, const std::string& hearingId) {
  for (const auto& hit : found["hits"]) {
    if (hit["hearing"]["id"] == hearingId) return true;
  }
  return false;
}

}  // namespace annotation_search_cli
}  // namespace audientia::e2e
