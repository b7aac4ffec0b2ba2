// Annotations and search through the real binaries: a prosecutor records a capture with two
// markers typed on stdin and uploads it while recording; the markers become annotations of the
// recording, which a clerk edits (the sealed markers stay as they were), adds to and deletes
// from, with every change in the history; search finds the hearing by an annotation's words
// without diacritics and by a part of its case number, and only within the searcher's office;
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
#include <regex>
#include <thread>

#include "e2e_fixture.h"

extern char** environ;

namespace audientia::e2e {
namespace annotation_search_cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

const std::string kQuestionText = "Unde erați pe 3 martie?";
const std::string kExhibitText = "Fotografia cuțitului";
const std::string kCaseNumber = "7319/P/2026";

std::string fileText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::int64_t msSince(Clock::time_point start) {
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

  static Scene scene_;

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

    std::smatch match;
    ASSERT_TRUE(std::regex_search(out, match, std::regex(R"(sealed: \d+ segments, ([0-9.]+) s)")))
        << out;
    s.sealedSeconds = std::stod(match[1].str());
    ASSERT_TRUE(std::regex_search(out, match, std::regex(R"(uploaded: recording ([0-9a-f-]{36}))")))
        << out;
    s.recordingId = match[1].str();
    s.ready = true;
  }
};

Scene AnnotationSearchCli::scene_;

// "marker KIND at 1.2 s" on the capture's stderr: the media time it reported, in ms; -1 if none.
std::int64_t reportedMarkerMs(const std::string& err, const std::string& kind) {
  std::smatch match;
  if (!std::regex_search(err, match, std::regex("marker " + kind + R"( at (\d+)\.(\d) s)"))) {
    return -1;
  }
  return std::stoll(match[1].str()) * 1000 + std::stoll(match[2].str()) * 100;
}

const nlohmann::json* findHit(const nlohmann::json& found, const std::string& hearingId,
                              const std::string& field) {
  for (const auto& hit : found["hits"]) {
    if (hit["hearing"]["id"] == hearingId && hit["field"] == field) return &hit;
  }
  return nullptr;
}

bool mentionsHearing(const nlohmann::json& found, const std::string& hearingId) {
  for (const auto& hit : found["hits"]) {
    if (hit["hearing"]["id"] == hearingId) return true;
  }
  return false;
}

TEST_F(AnnotationSearchCli, CaptureMarkersBecomeAnnotationsThatKeepTheirHistory) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << "the capture could not be recorded and uploaded";
  EXPECT_LT(s.sealedSeconds, 15.0) << "'stop' on stdin did not end the capture";

  loginAs(s.prosecutor);
  const auto shownRecording = ctlJson({"recording", "show", s.recordingId});
  EXPECT_EQ(shownRecording["recording"]["hearing_id"], s.hearingId) << shownRecording.dump(2);
  EXPECT_EQ(shownRecording["recording"]["kind"], "RECORDING_KIND_CAPTURE");
  EXPECT_NE(shownRecording["recording"]["state"], "RECORDING_STATE_UPLOADING")
      << shownRecording.dump(2);

  // Annotations exist as soon as the capture is completed (no waiting for processing).
  const auto listed = ctlJson({"annotation", "list", "--hearing", s.hearingId});
  ASSERT_EQ(listed["annotations"].size(), 2u) << listed.dump(2);
  const auto& question = listed["annotations"][0];  // in media-time order
  const auto& exhibit = listed["annotations"][1];
  struct Want {
    const nlohmann::json& annotation;
    std::string kind, text;
    int index;
    std::int64_t typedMs;
  };
  for (const Want& e : {Want{question, "question", kQuestionText, 0, s.questionTypedMs},
                        Want{exhibit, "exhibit", kExhibitText, 1, s.exhibitTypedMs}}) {
    const auto& a = e.annotation;
    SCOPED_TRACE(e.kind + ": " + a.dump(2));
    EXPECT_EQ(a["kind"], e.kind);
    EXPECT_EQ(a["text"], e.text);
    EXPECT_TRUE(a["from_capture"].get<bool>());
    EXPECT_EQ(a["capture_index"].get<int>(), e.index);
    EXPECT_EQ(a["recording_id"], s.recordingId);
    EXPECT_EQ(a["hearing_id"], s.hearingId);
    EXPECT_EQ(a["revision"].get<int>(), 1);
    EXPECT_FALSE(a["deleted"].get<bool>());
    EXPECT_EQ(a["end_ms"].get<std::int64_t>(), 0);
    EXPECT_EQ(a["author_username"], s.prosecutor);
    EXPECT_GT(a["wall_time_unix_ms"].get<std::int64_t>(), 0);
    // Where it was typed: the media clock runs from before the capture said it was recording,
    // and a typed line is applied at the CLI's next 50 ms poll (stamped before it is saved).
    const auto startMs = a["start_ms"].get<std::int64_t>();
    EXPECT_GE(startMs, e.typedMs - 50);
    EXPECT_LE(startMs, e.typedMs + 1500);
    // And where the CLI said it put it (it prints tenths of a second, truncated).
    const std::int64_t reported = reportedMarkerMs(s.captureErr, e.kind);
    ASSERT_GE(reported, 0) << s.captureErr;
    EXPECT_GE(startMs, reported);
    EXPECT_LT(startMs, reported + 150);
  }
  const auto gap =
      exhibit["start_ms"].get<std::int64_t>() - question["start_ms"].get<std::int64_t>();
  EXPECT_NEAR(static_cast<double>(gap), static_cast<double>(s.exhibitTypedMs - s.questionTypedMs),
              800.0);

  // A clerk of the office corrects the question: revision 2, by the clerk.
  const std::string questionId = question["id"];
  const std::string corrected = "Unde erați pe 3 martie 2026, seara?";
  loginAs(s.clerk);
  const auto edited =
      ctlJson({"annotation", "edit", questionId, "--text", corrected, "--revision", "1"});
  EXPECT_EQ(edited["annotation"]["id"], questionId) << edited.dump(2);
  EXPECT_EQ(edited["annotation"]["revision"].get<int>(), 2) << edited.dump(2);
  EXPECT_EQ(edited["annotation"]["text"], corrected);
  EXPECT_EQ(edited["annotation"]["kind"], "question");
  EXPECT_EQ(edited["annotation"]["start_ms"], question["start_ms"]);
  EXPECT_TRUE(edited["annotation"]["from_capture"].get<bool>());
  EXPECT_EQ(edited["annotation"]["author_username"], s.prosecutor);
  EXPECT_EQ(edited["annotation"]["updated_by_username"], s.clerk);

  // An edit made against the revision the editor saw before is refused, not applied.
  const auto stale =
      checkedCtl({"annotation", "edit", questionId, "--text", "x", "--revision", "1"});
  EXPECT_EQ(stale.exitCode, 1) << stale.out;
  EXPECT_NE(stale.err.find("FAILED_PRECONDITION"), std::string::npos) << stale.err;
  EXPECT_NE(stale.err.find("revision 2"), std::string::npos) << stale.err;

  const auto history = ctlJson({"annotation", "history", questionId});
  EXPECT_EQ(history["annotation"]["text"], corrected) << history.dump(2);
  EXPECT_EQ(history["annotation"]["revision"].get<int>(), 2);
  ASSERT_EQ(history["revisions"].size(), 2u) << history.dump(2);
  const auto& created = history["revisions"][0];
  const auto& changed = history["revisions"][1];
  EXPECT_EQ(created["revision"].get<int>(), 1);
  EXPECT_EQ(created["change"], "ANNOTATION_CHANGE_CREATE");
  EXPECT_EQ(created["text"], kQuestionText);
  EXPECT_EQ(created["kind"], "question");
  EXPECT_EQ(created["start_ms"], question["start_ms"]);
  EXPECT_EQ(created["changed_by_username"], s.prosecutor);
  EXPECT_EQ(changed["revision"].get<int>(), 2);
  EXPECT_EQ(changed["change"], "ANNOTATION_CHANGE_EDIT");
  EXPECT_EQ(changed["text"], corrected);
  EXPECT_EQ(changed["changed_by_username"], s.clerk);
  EXPECT_GE(changed["changed_at_unix_ms"].get<std::int64_t>(),
            created["changed_at_unix_ms"].get<std::int64_t>());

  // The list shows the edit; the other annotation is untouched.
  const auto relisted =
      ctlJson({"annotation", "list", "--hearing", s.hearingId, "--recording", s.recordingId});
  ASSERT_EQ(relisted["annotations"].size(), 2u) << relisted.dump(2);
  EXPECT_EQ(relisted["annotations"][0]["text"], corrected);
  EXPECT_EQ(relisted["annotations"][1]["text"], kExhibitText);
  EXPECT_EQ(relisted["annotations"][1]["revision"].get<int>(), 1);

  // The sealed markers are as they were recorded.
  const auto hearing = ctlJson({"hearing", "show", s.hearingId});
  ASSERT_EQ(hearing["recordings"].size(), 1u) << hearing.dump(2);
  const auto& markers = hearing["recordings"][0]["markers"];
  ASSERT_EQ(markers.size(), 2u) << hearing.dump(2);
  EXPECT_EQ(markers[0]["kind"], "question");
  EXPECT_EQ(markers[0]["text"], kQuestionText);
  EXPECT_EQ(markers[0]["media_time_ms"], question["start_ms"]);
  EXPECT_EQ(markers[1]["kind"], "exhibit");
  EXPECT_EQ(markers[1]["text"], kExhibitText);
  const auto manifest =
      nlohmann::json::parse(fileText(workDir_ / "capture-with-markers" / "manifest.json"));
  EXPECT_EQ(hearing["recordings"][0]["capture_seal"], manifest["seal"]);
  const auto text = ctl({"hearing", "show", s.hearingId});
  EXPECT_NE(text.out.find(kQuestionText), std::string::npos) << text.out;
}

TEST_F(AnnotationSearchCli, SearchFindsAnnotationsAndCaseNumbersOnlyWithinTheOffice) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << "the capture could not be recorded and uploaded";
  loginAs(s.clerk);
  const auto listed = ctlJson({"annotation", "list", "--hearing", s.hearingId});
  std::string exhibitId;
  std::int64_t exhibitMs = -1;
  for (const auto& a : listed["annotations"]) {
    if (a["kind"] == "exhibit") {
      exhibitId = a["id"];
      exhibitMs = a["start_ms"].get<std::int64_t>();
    }
  }
  ASSERT_FALSE(exhibitId.empty()) << listed.dump(2);

  // "cutitului" without the comma below finds "cuțitului".
  const auto byWord = ctlJson({"search", "cutitului"});
  const auto* hit = findHit(byWord, s.hearingId, "SEARCH_FIELD_ANNOTATION");
  ASSERT_NE(hit, nullptr) << byWord.dump(2);
  EXPECT_EQ((*hit)["annotation_id"], exhibitId);
  EXPECT_EQ((*hit)["recording_id"], s.recordingId);
  EXPECT_EQ((*hit)["at_ms"].get<std::int64_t>(), exhibitMs);
  EXPECT_EQ((*hit)["annotation_kind"], "exhibit");
  EXPECT_EQ((*hit)["hearing"]["case_number"], kCaseNumber);
  // The match is marked between U+E000 and U+E001.
  EXPECT_NE((*hit)["snippet"].get<std::string>().find("\xEE\x80\x80"
                                                      "cuțitului\xEE\x80\x81"),
            std::string::npos)
      << hit->dump(2);
  // Upper case and diacritics in the query too.
  EXPECT_NE(findHit(ctlJson({"search", "FOTOGRAFIA", "CUȚITULUI"}), s.hearingId,
                    "SEARCH_FIELD_ANNOTATION"),
            nullptr);
  // The table says where.
  const auto table = checkedCtl({"search", "cutitului"});
  EXPECT_EQ(table.exitCode, 0) << table.err;
  EXPECT_NE(table.out.find(kCaseNumber), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("annotation"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("[cuțitului]"), std::string::npos) << table.out;

  // A part of the case number from its middle.
  const auto byCase = ctlJson({"search", "319/P/20"});
  const auto* caseHit = findHit(byCase, s.hearingId, "SEARCH_FIELD_CASE_NUMBER");
  ASSERT_NE(caseHit, nullptr) << byCase.dump(2);
  EXPECT_EQ((*caseHit)["hearing"]["id"], s.hearingId);
  EXPECT_EQ((*caseHit)["recording_id"], "");
  EXPECT_TRUE(mentionsHearing(ctlJson({"search", "7319"}), s.hearingId));
  // A case number it is not.
  EXPECT_FALSE(mentionsHearing(ctlJson({"search", "7318/P"}), s.hearingId));

  // A clerk of another office finds none of it, by any of the same words.
  loginAs(s.otherClerk);
  const std::vector<std::string> sameWords = {"cutitului", "319/P/20", "7319", "fotografia"};
  for (const auto& words : sameWords) {
    const auto found = ctlJson({"search", words});
    EXPECT_FALSE(mentionsHearing(found, s.hearingId)) << words << ": " << found.dump(2);
  }
  // Nor by naming the office: it is as if the office did not exist.
  const auto other = checkedCtl({"--json", "search", "cutitului", "--office", s.officeId});
  EXPECT_EQ(other.exitCode, 1) << other.out;
  EXPECT_NE(other.err.find("NOT_FOUND"), std::string::npos) << other.err;
  EXPECT_NE(other.err.find("office " + s.officeId + " does not exist"), std::string::npos)
      << other.err;
  EXPECT_EQ(other.out.find(s.hearingId), std::string::npos) << other.out;
  // Their own office, named, is searched.
  const auto own = ctlJson({"search", "cutitului", "--office", s.otherOfficeId});
  EXPECT_TRUE(own["hits"].empty()) << own.dump(2);
}

TEST_F(AnnotationSearchCli, AClerkAddsAnAnnotationThatSearchFindsAndDeletesIt) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << "the capture could not be recorded and uploaded";
  loginAs(s.clerk);
  const auto added = ctlJson({"annotation", "add", "--recording", s.recordingId, "--at", "1.5",
                              "--kind", "note", "--text", "Notă adăugată"});
  const auto& annotation = added["annotation"];
  const std::string id = annotation.value("id", "");
  ASSERT_FALSE(id.empty()) << added.dump(2);
  EXPECT_EQ(annotation["start_ms"].get<std::int64_t>(), 1500);
  EXPECT_EQ(annotation["end_ms"].get<std::int64_t>(), 0);
  EXPECT_EQ(annotation["kind"], "note");
  EXPECT_EQ(annotation["text"], "Notă adăugată");
  EXPECT_FALSE(annotation["from_capture"].get<bool>());
  EXPECT_EQ(annotation["revision"].get<int>(), 1);
  EXPECT_EQ(annotation["recording_id"], s.recordingId);
  EXPECT_EQ(annotation["hearing_id"], s.hearingId);
  EXPECT_EQ(annotation["author_username"], s.clerk);

  auto listedIds = [&] {
    std::vector<std::string> ids;
    const auto listed = ctlJson({"annotation", "list", "--hearing", s.hearingId});
    for (const auto& a : listed["annotations"]) ids.push_back(a["id"]);
    return ids;
  };
  auto listedHere = [&] {
    const auto ids = listedIds();
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  EXPECT_TRUE(listedHere());

  auto foundBySearch = [&] {
    const auto found = ctlJson({"search", "nota adaugata"});
    for (const auto& hit : found["hits"]) {
      if (hit["annotation_id"] == id) {
        EXPECT_EQ(hit["field"], "SEARCH_FIELD_ANNOTATION");
        EXPECT_EQ(hit["at_ms"].get<std::int64_t>(), 1500);
        EXPECT_EQ(hit["recording_id"], s.recordingId);
        return true;
      }
    }
    return false;
  };
  EXPECT_TRUE(foundBySearch());

  const auto deleted = ctlJson({"annotation", "delete", id});
  EXPECT_TRUE(deleted["annotation"]["deleted"].get<bool>()) << deleted.dump(2);
  EXPECT_EQ(deleted["annotation"]["revision"].get<int>(), 2);
  EXPECT_FALSE(listedHere());
  EXPECT_FALSE(foundBySearch()) << "a deleted annotation is still found";

  const auto history = ctlJson({"annotation", "history", id});
  EXPECT_TRUE(history["annotation"]["deleted"].get<bool>()) << history.dump(2);
  ASSERT_EQ(history["revisions"].size(), 2u) << history.dump(2);
  EXPECT_EQ(history["revisions"][0]["change"], "ANNOTATION_CHANGE_CREATE");
  EXPECT_EQ(history["revisions"][0]["text"], "Notă adăugată");
  EXPECT_EQ(history["revisions"][0]["start_ms"].get<std::int64_t>(), 1500);
  EXPECT_EQ(history["revisions"][0]["changed_by_username"], s.clerk);
  EXPECT_EQ(history["revisions"][1]["change"], "ANNOTATION_CHANGE_DELETE");
  EXPECT_EQ(history["revisions"][1]["revision"].get<int>(), 2);
  EXPECT_EQ(history["revisions"][1]["changed_by_username"], s.clerk);

  // Deleted is final: neither edited nor deleted again.
  const auto again = checkedCtl({"annotation", "delete", id});
  EXPECT_EQ(again.exitCode, 1);
  EXPECT_NE(again.err.find("was deleted"), std::string::npos) << again.err;
  const auto editDeleted = checkedCtl({"annotation", "edit", id, "--text", "iar"});
  EXPECT_EQ(editDeleted.exitCode, 1);
  EXPECT_NE(editDeleted.err.find("was deleted"), std::string::npos) << editDeleted.err;
}

TEST_F(AnnotationSearchCli, BadInputIsRefusedWithAClearMessage) {
  const Scene& s = scene();
  ASSERT_TRUE(s.ready) << "the capture could not be recorded and uploaded";
  loginAs(s.clerk);

  const auto empty = checkedCtl({"search", ""});
  EXPECT_EQ(empty.exitCode, 1) << empty.out;
  EXPECT_NE(empty.err.find("INVALID_ARGUMENT"), std::string::npos) << empty.err;
  EXPECT_NE(empty.err.find("type words to search for"), std::string::npos) << empty.err;
  const auto blank = checkedCtl({"search", "   "});
  EXPECT_EQ(blank.exitCode, 1) << blank.out;
  EXPECT_NE(blank.err.find("INVALID_ARGUMENT"), std::string::npos) << blank.err;

  std::string longQuery;
  while (longQuery.size() < 10000) longQuery += "cuvant ";
  longQuery.resize(10000);
  const auto tooLong = checkedCtl({"search", longQuery});
  EXPECT_EQ(tooLong.exitCode, 1) << tooLong.out;
  EXPECT_NE(tooLong.err.find("INVALID_ARGUMENT"), std::string::npos) << tooLong.err.substr(0, 500);
  EXPECT_NE(tooLong.err.find("at most 500 characters"), std::string::npos)
      << tooLong.err.substr(0, 500);
  // 500 is still a query (of words that match nothing).
  const auto longest = checkedCtl({"--json", "search", longQuery.substr(0, 500)});
  EXPECT_EQ(longest.exitCode, 0) << longest.err.substr(0, 500);

  // Search syntax typed by a user is text, never a syntax error.
  const std::vector<std::string> operators = {"&|!():*'\\", "cutitului & !", "'",
                                              "7319:*",     "%_\\",          "fotografia | (\""};
  for (const auto& query : operators) {
    const auto odd = checkedCtl({"--json", "search", query});
    EXPECT_EQ(odd.exitCode, 0) << query << ": " << odd.err;
    nlohmann::json document;
    EXPECT_NO_THROW(document = nlohmann::json::parse(odd.out)) << query << ": " << odd.out;
    EXPECT_TRUE(document["hits"].is_array()) << query << ": " << odd.out;
  }

  const auto backwards = checkedCtl({"search", "x", "--from", "2026-05-02", "--to", "2026-05-01"});
  EXPECT_EQ(backwards.exitCode, 2) << backwards.out;
  EXPECT_NE(backwards.err.find("--to comes before --from"), std::string::npos) << backwards.err;

  auto add = [&](const std::string& at) {
    return checkedCtl({"annotation", "add", "--recording", s.recordingId, "--at", at, "--kind",
                       "note", "--text", "nu"});
  };
  const std::vector<std::string> badTimes = {"-5", "abc", "", "1:75", "1e3"};
  for (const auto& at : badTimes) {
    const auto bad = add(at);
    EXPECT_EQ(bad.exitCode, 2) << "--at '" << at << "': " << bad.out;
    EXPECT_NE(bad.err.find("bad --at '" + at + "'"), std::string::npos) << bad.err;
  }
  const auto range = checkedCtl({"annotation", "add", "--recording", s.recordingId, "--at", "2",
                                 "--to", "1", "--kind", "note", "--text", "nu"});
  EXPECT_EQ(range.exitCode, 2) << range.out;
  EXPECT_NE(range.err.find("--to comes before --at"), std::string::npos) << range.err;
  const auto kind = checkedCtl({"annotation", "add", "--recording", s.recordingId, "--at", "1",
                                "--kind", "Întrebare", "--text", "nu"});
  EXPECT_EQ(kind.exitCode, 1) << kind.out;
  EXPECT_NE(kind.err.find("INVALID_ARGUMENT"), std::string::npos) << kind.err;
  EXPECT_NE(kind.err.find("is not a kind"), std::string::npos) << kind.err;

  // Past the end of the recording: known once processing has probed the assembled master.
  const auto hearing = hearingWhenProbed(s.hearingId);
  ASSERT_EQ(hearing["recordings"].size(), 1u) << hearing.dump(2);
  const auto& recording = hearing["recordings"][0];
  ASSERT_TRUE(recording.contains("media_info"))
      << "processing did not probe the capture's master: " << recording.dump(2);
  const auto durationMs = recording["media_info"]["duration_ms"].get<std::int64_t>();
  EXPECT_NEAR(static_cast<double>(durationMs), s.sealedSeconds * 1000.0, 1000.0);
  const auto past = add("99999");
  EXPECT_EQ(past.exitCode, 1) << past.out;
  EXPECT_NE(past.err.find("INVALID_ARGUMENT"), std::string::npos) << past.err;
  EXPECT_NE(past.err.find("27:46:39 is past the end of the recording"), std::string::npos)
      << past.err;
  // Nothing of all that was added.
  const auto listed = ctlJson({"annotation", "list", "--hearing", s.hearingId});
  for (const auto& a : listed["annotations"]) EXPECT_NE(a["text"], "nu") << listed.dump(2);
}

}  // namespace
}  // namespace annotation_search_cli
}  // namespace audientia::e2e
