// Resumable uploads through the real binaries: audientiactl killed with SIGKILL in the middle of
// an upload, the same command run again resumes and completes, and the download is the same
// bytes; a capture directory recorded by `audientiactl capture` uploaded as a package; wrong
// arguments refused with a message that says what is wrong.

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

#include "e2e_fixture.h"

extern char** environ;

namespace audientia::e2e {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

std::string readBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// audientiactl started in the background (output to files), so that the test can kill it.
class BackgroundCtl {
 public:
  BackgroundCtl(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                const fs::path& logPrefix)
      : err_(logPrefix.string() + ".err") {
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
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    const std::string out = logPrefix.string() + ".out";
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), envp.data()) != 0) pid_ = -1;
    posix_spawn_file_actions_destroy(&actions);
  }
  ~BackgroundCtl() { killNow(); }
  BackgroundCtl(const BackgroundCtl&) = delete;
  BackgroundCtl& operator=(const BackgroundCtl&) = delete;

  bool started() const { return pid_ > 0; }
  // True while it runs.
  bool running() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return false;
    }
    return true;
  }
  void killNow() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
  }
  std::string err() const { return readBytes(err_); }

 private:
  pid_t pid_ = -1;
  fs::path err_;
};

// The journal's upload ids (one file item) and its server-side durable offset, via the CLI.
std::string journalUploadId(const fs::path& journalDir) {
  std::error_code error;
  if (!fs::exists(journalDir, error)) return {};
  for (const auto& item : fs::directory_iterator(journalDir, error)) {
    if (item.path().extension() != ".json") continue;
    try {
      const auto entry = nlohmann::json::parse(readBytes(item.path()));
      return entry.at("files").at(0).at("upload_id").get<std::string>();
    } catch (const std::exception&) {
      continue;  // not expected (atomic writes), but the next poll sees it whole
    }
  }
  return {};
}

class UploadResume : public EndToEndTest {
 protected:
  // As a new prosecutor of a new office: a hearing to upload to.
  static std::string makeHearing(const std::string& officeName) {
    const auto office = ctlJson({"office", "create", officeName});
    const std::string officeId = office["office"]["id"];
    loginAsNewUser("prosecutor", officeId);
    const auto hearing = ctlJson(
        {"hearing", "create", "--office", officeId, "--case", "77/P/2026", "--kind", "witness"});
    return hearing["hearing"]["id"];
  }
};

TEST_F(UploadResume, ClientKilledMidUploadResumesAndTheDownloadIsByteIdentical) {
  loginAsAdmin();
  const std::string hearingId = makeHearing("Parchetul Iasi");
  ASSERT_FALSE(hearingId.empty());
  const fs::path file = workDir_ / "long-hearing.bin";
  constexpr std::size_t kSize = 64u << 20;
  writeRandomFile(file, kSize);
  const std::string localSha = sha256OfFile(file);

  const fs::path configDir = workDir_ / "config";
  const std::vector<std::string> uploadArgs = {"recording", "upload", "--hearing", hearingId,
                                               file.string()};
  std::vector<std::string> argv = {testing::binDir() + "/audientiactl", "--server",
                                   server_->address(), "--ca", server_->caFile().string()};
  argv.insert(argv.end(), uploadArgs.begin(), uploadArgs.end());
  argv.insert(argv.end(), {"--limit-rate", "16MiB"});
  // Streams of 4 MiB: each ends at a durable checkpoint the test can see.
  BackgroundCtl first(
      argv, {"AUDIENTIA_CONFIG_DIR=" + configDir.string(), "AUDIENTIA_UPLOAD_STREAM_BYTES=4MiB"},
      workDir_ / "first-upload");
  ASSERT_TRUE(first.started());

  std::string uploadId;
  std::int64_t durable = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline && first.running()) {
    if (uploadId.empty()) uploadId = journalUploadId(configDir / "uploads");
    if (!uploadId.empty()) {
      const auto status = ctl({"--json", "upload", "status", uploadId});
      if (status.exitCode == 0) {
        durable = nlohmann::json::parse(status.out).value("durable_offset", std::int64_t{0});
        if (durable > 0) break;
      }
    }
    std::this_thread::sleep_for(milliseconds(100));
  }
  ASSERT_TRUE(first.running()) << "the upload ended before it could be interrupted:\n"
                               << first.err();
  ASSERT_GT(durable, 0) << first.err();
  ASSERT_LT(durable, static_cast<std::int64_t>(kSize));
  first.killNow();

  const auto listed = ctlJson({"upload", "list"});
  ASSERT_EQ(listed["uploads"].size(), 1u) << listed.dump(2);
  EXPECT_EQ(listed["uploads"][0]["state"], "pending");
  // The file is hashed while it is sent: the digest is declared only at completion.
  EXPECT_EQ(ctlJson({"upload", "status", uploadId}).value("sha256", std::string()), "");

  // The same command again: it says that it resumes, and completes.
  std::vector<std::string> again = {"--json"};
  again.insert(again.end(), uploadArgs.begin(), uploadArgs.end());
  const auto resumed = ctl(again);
  ASSERT_EQ(resumed.exitCode, 0) << resumed.err;
  EXPECT_NE(resumed.err.find("resuming " + fs::canonical(file).string() + " at "),
            std::string::npos)
      << resumed.err;
  const auto document = nlohmann::json::parse(resumed.out);
  ASSERT_EQ(document["recordings"].size(), 1u) << resumed.out;
  EXPECT_EQ(document["recordings"][0]["id"], uploadId);
  EXPECT_EQ(document["recordings"][0]["sha256"], localSha);
  EXPECT_GE(document["uploads"][0]["resumed_from_bytes"].get<std::int64_t>(), durable);

  const auto done = ctlJson({"upload", "list"});
  EXPECT_EQ(done["uploads"][0]["state"], "done") << done.dump(2);
  EXPECT_EQ(ctlJson({"upload", "status", uploadId}).value("sha256", std::string()), localSha);
  // A third run has nothing to send.
  const auto third = ctl(uploadArgs);
  ASSERT_EQ(third.exitCode, 0) << third.err;
  EXPECT_NE(third.err.find("uploaded before"), std::string::npos) << third.err;

  const fs::path downloaded = workDir_ / "downloaded.bin";
  const auto download =
      ctl({"recording", "download", uploadId, "--file", "original", "--out", downloaded.string()});
  ASSERT_EQ(download.exitCode, 0) << download.err;
  EXPECT_TRUE(readBytes(downloaded) == readBytes(file)) << "the download differs from the file";
}

TEST_F(UploadResume, ACaptureDirectoryUploadsAsAPackageWithItsManifest) {
  loginAsAdmin();
  const std::string hearingId = makeHearing("Parchetul Brasov");
  ASSERT_FALSE(hearingId.empty());
  const fs::path capture = workDir_ / "capture";
  const auto recorded =
      ctl({"capture", "--hearing", hearingId, "--video", "lavfi:testsrc2=size=160x120:rate=10",
           "--audio", "lavfi:sine=frequency=440:sample_rate=48000", "--out", capture.string(),
           "--segment", "2s", "--duration", "5s", "--preset", "ultrafast"},
          "marker question Where were you?\npause recess\nresume\n");
  ASSERT_EQ(recorded.exitCode, 0) << recorded.err;
  EXPECT_NE(recorded.out.find("for hearing 77/P/2026 (" + hearingId + ")"), std::string::npos)
      << recorded.out;
  const auto manifest = nlohmann::json::parse(readBytes(capture / "manifest.json"));
  ASSERT_EQ(manifest["state"], "sealed");
  EXPECT_EQ(manifest["hearingId"], hearingId);

  // Another hearing is refused before a byte is sent, and so is a capture for a hearing that
  // does not exist before anything records.
  const std::string otherHearing =
      ctlJson({"hearing", "create", "--office",
               ctlJson({"hearing", "show", hearingId})["hearing"]["office_id"], "--case",
               "78/P/2026", "--kind", "witness"})["hearing"]["id"];
  const auto wrong = ctl({"recording", "upload", "--hearing", otherHearing, capture.string()});
  EXPECT_NE(wrong.exitCode, 0);
  EXPECT_NE(wrong.err.find("was recorded for hearing " + hearingId), std::string::npos)
      << wrong.err;
  const fs::path never = workDir_ / "never-recorded";
  const auto missing = ctl({"capture", "--hearing", "00000000-0000-4000-8000-000000000000",
                            "--audio", "lavfi:sine", "--out", never.string()});
  EXPECT_NE(missing.exitCode, 0);
  EXPECT_NE(missing.err.find("--hearing 00000000-0000-4000-8000-000000000000"), std::string::npos)
      << missing.err;
  EXPECT_FALSE(fs::exists(never)) << "something was recorded for a hearing that does not exist";
  const std::size_t segments = manifest["segments"].size();
  ASSERT_GE(segments, 2u);

  const auto uploaded = ctlJson({"recording", "upload", "--hearing", hearingId, capture.string()});
  ASSERT_EQ(uploaded["uploads"].size(), 1u) << uploaded.dump(2);
  const auto& item = uploaded["uploads"][0];
  EXPECT_EQ(item["kind"], "capture");
  EXPECT_EQ(item["seal"], manifest["seal"]);
  ASSERT_EQ(item["files"].size(), segments);
  const std::string recordingId = item["recording_id"];

  const auto shown = ctlJson({"recording", "show", recordingId});
  const auto& recording = shown["recording"];
  EXPECT_EQ(recording["kind"], "RECORDING_KIND_CAPTURE") << shown.dump(2);
  EXPECT_EQ(recording["capture_seal"], manifest["seal"]);
  std::size_t listedSegments = 0;
  bool manifestListed = false;
  for (const auto& file : recording["files"]) {
    if (file["role"] == "FILE_ROLE_SEGMENT") {
      ++listedSegments;
      const auto& expected = manifest["segments"][file["sequence"].get<int>() - 1];
      EXPECT_EQ(file["sha256"], expected["sha256"]) << file.dump(2);
    }
    if (file["role"] == "FILE_ROLE_MANIFEST") {
      manifestListed = true;
      EXPECT_EQ(file["sha256"], sha256OfFile(capture / "manifest.json"));
    }
  }
  EXPECT_EQ(listedSegments, segments) << shown.dump(2);
  EXPECT_TRUE(manifestListed) << shown.dump(2);
  // The pause taken through stdin is one of the recording's gaps, with its reason.
  ASSERT_EQ(recording["gaps"].size(), 1u) << shown.dump(2);
  EXPECT_EQ(recording["gaps"][0]["kind"], "GAP_KIND_PAUSE");
  EXPECT_EQ(recording["gaps"][0]["reason"], "recess");
  EXPECT_EQ(recording["gaps"][0]["wall_start"], manifest["pauses"][0]["wallStart"]);
  // So is the marker, as sealed.
  ASSERT_EQ(recording["markers"].size(), 1u) << shown.dump(2);
  EXPECT_EQ(recording["markers"][0]["kind"], "question");
  EXPECT_EQ(recording["markers"][0]["text"], "Where were you?");
  EXPECT_EQ(recording["markers"][0]["wall_time"], manifest["markers"][0]["wallTime"]);

  const auto text = ctl({"recording", "show", recordingId});
  ASSERT_EQ(text.exitCode, 0) << text.err;
  EXPECT_NE(text.out.find("segment:1"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("manifest"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("pause"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("recess"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("MARKER AT"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Where were you?"), std::string::npos) << text.out;
  const auto hearingText = ctl({"hearing", "show", hearingId});
  ASSERT_EQ(hearingText.exitCode, 0) << hearingText.err;
  EXPECT_NE(hearingText.out.find("Where were you?"), std::string::npos) << hearingText.out;
  const auto hearingJson = ctlJson({"hearing", "show", hearingId});
  ASSERT_EQ(hearingJson["recordings"].size(), 1u) << hearingJson.dump(2);
  EXPECT_EQ(hearingJson["recordings"][0]["markers"][0]["text"], "Where were you?");

  const fs::path segment = workDir_ / "segment-1.mp4";
  const auto download =
      ctl({"recording", "download", recordingId, "--file", "segment:1", "--out", segment.string()});
  ASSERT_EQ(download.exitCode, 0) << download.err;
  EXPECT_EQ(sha256OfFile(segment), sha256OfFile(capture / "segment-00001.mp4"));
}

// capture --upload: segments go up while it records; the seal completes the recording.
TEST_F(UploadResume, ACaptureUploadsWhileItRecordsAndCompletesAtTheSeal) {
  loginAsAdmin();
  const std::string hearingId = makeHearing("Parchetul Cluj");
  ASSERT_FALSE(hearingId.empty());
  const fs::path capture = workDir_ / "live-capture";
  const auto recorded =
      ctl({"--json", "capture", "--hearing", hearingId, "--upload", "--video",
           "lavfi:testsrc2=size=160x120:rate=10", "--audio",
           "lavfi:sine=frequency=440:sample_rate=48000", "--out", capture.string(), "--segment",
           "1s", "--duration", "5s", "--preset", "ultrafast"},
          "marker exhibit Photo 3\n");
  ASSERT_EQ(recorded.exitCode, 0) << recorded.err;
  const auto result = nlohmann::json::parse(recorded.out);
  const auto manifest = nlohmann::json::parse(readBytes(capture / "manifest.json"));
  EXPECT_EQ(result["seal"], manifest["seal"]);
  const std::string recordingId = result.value("recording_id", "");
  ASSERT_FALSE(recordingId.empty()) << recorded.out;

  const auto shown = ctlJson({"recording", "show", recordingId});
  const auto& recording = shown["recording"];
  EXPECT_EQ(recording["hearing_id"], hearingId);
  EXPECT_EQ(recording["capture_seal"], manifest["seal"]) << shown.dump(2);
  EXPECT_NE(recording["state"], "RECORDING_STATE_UPLOADING") << shown.dump(2);
  std::size_t segments = 0;
  for (const auto& file : recording["files"]) segments += file["role"] == "FILE_ROLE_SEGMENT";
  EXPECT_EQ(segments, manifest["segments"].size());
  ASSERT_EQ(recording["markers"].size(), 1u) << shown.dump(2);
  EXPECT_EQ(recording["markers"][0]["text"], "Photo 3");

  const auto noHearing =
      ctl({"capture", "--upload", "--audio", "lavfi:sine", "--out", (workDir_ / "x").string()});
  EXPECT_EQ(noHearing.exitCode, 2);
  EXPECT_NE(noHearing.err.find("--upload needs --hearing"), std::string::npos) << noHearing.err;
}

TEST_F(UploadResume, BadArgumentsAreRefusedWithAClearMessage) {
  loginAsAdmin();
  const auto missing = ctl({"recording", "upload", "--hearing", "h", "/nonexistent/file.mp4"});
  EXPECT_EQ(missing.exitCode, 1);
  EXPECT_NE(missing.err.find("/nonexistent/file.mp4 does not exist"), std::string::npos)
      << missing.err;

  const auto rate = ctl({"recording", "upload", "--hearing", "h", "--limit-rate", "fast", "x"});
  EXPECT_EQ(rate.exitCode, 2);
  EXPECT_NE(rate.err.find("--limit-rate"), std::string::npos) << rate.err;

  const auto which = ctl({"recording", "download", "r", "--out", "x", "--file", "segment"});
  EXPECT_EQ(which.exitCode, 2);
  EXPECT_NE(which.err.find("segment:1"), std::string::npos) << which.err;

  const fs::path plainDir = workDir_ / "not-a-capture";
  fs::create_directories(plainDir);
  const auto dir = ctl({"recording", "upload", "--hearing", "h", plainDir.string()});
  EXPECT_EQ(dir.exitCode, 1);
  EXPECT_NE(dir.err.find("manifest.json"), std::string::npos) << dir.err;

  writeRandomFile(workDir_ / "small.bin", 4096);
  const auto hearing =
      ctl({"recording", "upload", "--hearing", "00000000-0000-4000-8000-000000000000",
           (workDir_ / "small.bin").string()});
  EXPECT_EQ(hearing.exitCode, 1);
  EXPECT_NE(hearing.err.find("error: "), std::string::npos) << hearing.err;

  const auto status = ctl({"upload", "status", "00000000-0000-4000-8000-000000000009"});
  EXPECT_EQ(status.exitCode, 1);
  EXPECT_NE(status.err.find("error: "), std::string::npos) << status.err;
}

}  // namespace
}  // namespace audientia::e2e
