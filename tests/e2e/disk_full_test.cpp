// The disk that holds the media store and the processing work dir runs full: a real tmpfs of a
// few MiB (mounting needs root; skipped otherwise), grown again with `mount -o remount` as an
// operator would free space. An upload is refused with RESOURCE_EXHAUSTED and a message that
// says so, nothing of it looks stored, and the same command finishes it once there is space;
// processing waits (its attempts are not used up), an alert says why, and the recording becomes
// available by itself once there is space.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

#include "audientia/testing/media_fixtures.h"
#include "e2e_fixture.h"

namespace audientia::e2e {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

constexpr std::uint64_t kMiB = 1 << 20;

std::size_t filesUnder(const fs::path& dir) {
  std::size_t count = 0;
  std::error_code error;
  if (!fs::exists(dir, error)) return 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir, error)) {
    count += entry.is_regular_file();
  }
  return count;
}

class DiskFull : public EndToEndTest {
 protected:
  static void SetUpTestSuite() {
    auto dir = testing::makeTempDir("audientia-disk-full");
    ASSERT_TRUE(dir.has_value()) << dir.error().toString();
    root_ = *dir;
    ASSERT_EQ(::chmod(root_.c_str(), 0755), 0);
    disk_ = root_ / "disk";
    fs::create_directories(disk_);
    const std::string mount =
        "mount -t tmpfs -o size=16m tmpfs '" + disk_.string() + "' 2>/dev/null";
    if (::geteuid() != 0 || std::system(mount.c_str()) != 0) return;  // the tests skip
    mounted_ = true;
    // The data dir keeps its PostgreSQL on the big disk; the media store and the processing
    // work dir (DATA_DIR/work) are on the small one.
    const fs::path dataDir = root_ / "data";
    fs::create_directories(dataDir);
    fs::create_directories(disk_ / "work");
    fs::create_directory_symlink(disk_ / "work", dataDir / "work");
    startSuite({dataDir,
                {"--media-store", "file://" + (disk_ / "store").string(), "--workers", "1",
                 "--job-backoff-seconds", "1"}});
  }
  static void TearDownTestSuite() {
    EndToEndTest::TearDownTestSuite();
    if (mounted_) {
      EXPECT_EQ(std::system(("umount '" + disk_.string() + "'").c_str()), 0);
    }
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  void SetUp() override {
    if (!mounted_) GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
  }

  // What an operator does when they free space: here, the disk grows to `bytes`.
  static void resizeDisk(std::uint64_t bytes) {
    const std::string remount =
        "mount -o remount,size=" + std::to_string(bytes / 1024) + "k '" + disk_.string() + "'";
    ASSERT_EQ(std::system(remount.c_str()), 0) << remount;
  }
  static std::uint64_t usedBytes() {
    struct statvfs stats {};
    EXPECT_EQ(::statvfs(disk_.c_str(), &stats), 0);
    return static_cast<std::uint64_t>(stats.f_blocks - stats.f_bfree) * stats.f_frsize;
  }
  // As admin: a new office and a prosecutor of it, logged in. Returns a new hearing's id.
  static std::string prepareHearing(const std::string& officeName) {
    loginAsAdmin();
    const std::string officeId = ctlJson({"office", "create", officeName})["office"]["id"];
    prosecutor_ = loginAsNewUser("prosecutor", officeId);
    return ctlJson({"hearing", "create", "--office", officeId, "--case", "404/P/2026", "--kind",
                    "witness"})["hearing"]["id"];
  }
  static void loginAsProsecutor() {
    const auto result = ctl({"login", "--user", prosecutor_, "--password-stdin"},
                            std::string(kUserPassword) + "\n");
    ASSERT_EQ(result.exitCode, 0) << result.err;
  }
  // As the prosecutor (admins see no recordings).
  static nlohmann::json recording(const std::string& id) {
    return ctlJson({"recording", "show", id})["recording"];
  }
  static bool saysFull(const std::string& text) {
    return text.find("No space left") != std::string::npos ||
           text.find("is full") != std::string::npos;
  }

  static inline fs::path root_;
  static inline fs::path disk_;
  static inline bool mounted_ = false;
  static inline std::string prosecutor_;
};

TEST_F(DiskFull, AnUploadIsRefusedAsFullThenTheSameCommandFinishesItOnceThereIsSpace) {
  const std::string hearingId = prepareHearing("Parchetul Local Sector 5");
  const fs::path file = workDir_ / "too-big.bin";
  writeRandomFile(file, 24 * kMiB);
  const std::string localSha = sha256OfFile(file);

  // The client retries a full store for a while (space may come back); here it gives up soon.
  const auto refused = ctl({"recording", "upload", "--hearing", hearingId, file.string()}, {},
                           {"AUDIENTIA_UPLOAD_GIVE_UP_SECONDS=3"});
  EXPECT_NE(refused.exitCode, 0) << refused.out;
  EXPECT_NE(refused.err.find("the media store is full"), std::string::npos) << refused.err;
  EXPECT_EQ(filesUnder(disk_ / "store" / "objects"), 0u) << "a partial upload looks stored";
  const auto hearing = ctlJson({"hearing", "show", hearingId});
  for (const auto& listed : hearing["recordings"]) {
    EXPECT_NE(listed["state"], "RECORDING_STATE_AVAILABLE") << hearing.dump(2);
  }

  ASSERT_NO_FATAL_FAILURE(resizeDisk(96 * kMiB));
  const auto finished = ctlJson({"recording", "upload", "--hearing", hearingId, file.string()});
  ASSERT_EQ(finished["recordings"].size(), 1u) << finished.dump(2);
  EXPECT_EQ(finished["recordings"][0]["sha256"], localSha);
  const std::string recordingId = finished["recordings"][0]["id"];
  const fs::path back = workDir_ / "downloaded.bin";
  ASSERT_EQ(ctl({"recording", "download", recordingId, "--out", back.string()}).exitCode, 0);
  EXPECT_EQ(sha256OfFile(back), localSha);
}

TEST_F(DiskFull, ProcessingWaitsForSpaceWithAnAlertAndFinishesWhenThereIsSpace) {
  const std::string hearingId = prepareHearing("Parchetul Local Sector 6");
  // Matroska: processing writes an MP4 master as large as the upload into the work dir.
  const fs::path file = workDir_ / "statement.mkv";
  testing::TestRecordingOptions options;
  options.container = testing::Container::kMkv;
  options.duration = 10s;
  ASSERT_TRUE(testing::makeTestRecording(file, options));
  const std::uint64_t size = fs::file_size(file);
  ASSERT_GT(size, 2 * kMiB) << "too small to fill the disk";

  // Room for the upload and half a MiB more: not for the master.
  ASSERT_NO_FATAL_FAILURE(resizeDisk(usedBytes() + size + kMiB / 2));
  const auto uploaded = ctlJson({"recording", "upload", "--hearing", hearingId, file.string()});
  ASSERT_EQ(uploaded["recordings"].size(), 1u) << uploaded.dump(2);
  const std::string recordingId = uploaded["recordings"][0]["id"];

  loginAsAdmin();
  nlohmann::json alert;
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (alert.is_null() && std::chrono::steady_clock::now() < deadline) {
    const auto alerts = ctlJson({"alert", "list"});
    for (const auto& open : alerts["alerts"]) {
      if (open["kind"] == "storage_full") alert = open;
    }
    if (alert.is_null()) std::this_thread::sleep_for(200ms);
  }
  ASSERT_FALSE(alert.is_null()) << ctlJson({"alert", "list"}).dump(2);
  EXPECT_EQ(alert["recording_id"], recordingId) << alert.dump(2);
  EXPECT_NE(alert["detail"].get<std::string>().find("ran out of space"), std::string::npos)
      << alert.dump(2);

  // Waiting, with the reason, and not failed: its attempts are not used up while it waits.
  std::this_thread::sleep_for(3s);  // a few deferred attempts
  bool listed = false;
  const auto jobs = ctlJson({"job", "list"});
  for (const auto& job : jobs["jobs"]) {
    if (job["subject"] != recordingId) continue;
    listed = true;
    EXPECT_NE(job["state"], "JOB_STATE_FAILED") << job.dump(2);
    EXPECT_NE(job["state"], "JOB_STATE_DONE") << job.dump(2);
    EXPECT_LE(job.value("attempts", 0), 1) << job.dump(2);
    EXPECT_TRUE(saysFull(job["last_error"].get<std::string>())) << job.dump(2);
  }
  EXPECT_TRUE(listed) << "no processing job for " << recordingId;
  ASSERT_NO_FATAL_FAILURE(loginAsProsecutor());
  const auto waiting = recording(recordingId);
  EXPECT_EQ(waiting["state"], "RECORDING_STATE_PROCESSING") << waiting.dump(2);
  for (const auto& stored : waiting["files"]) {
    EXPECT_NE(stored["role"], "FILE_ROLE_MASTER") << "a master shows before it is whole";
  }
  // One work dir at most: the attempt running now (every ~1 s); earlier ones were removed.
  std::size_t workDirs = 0;
  for (const auto& entry : fs::directory_iterator(disk_ / "work")) workDirs += entry.is_directory();
  EXPECT_LE(workDirs, 1u) << "work dirs of earlier attempts left behind";

  ASSERT_NO_FATAL_FAILURE(resizeDisk(usedBytes() + 64 * kMiB));
  nlohmann::json done;
  const auto until = std::chrono::steady_clock::now() + 90s;
  while (std::chrono::steady_clock::now() < until) {
    done = recording(recordingId);
    if (done["state"] == "RECORDING_STATE_AVAILABLE") break;
    std::this_thread::sleep_for(250ms);
  }
  ASSERT_EQ(done["state"], "RECORDING_STATE_AVAILABLE") << done.dump(2) << server_->log();
  bool master = false;
  for (const auto& stored : done["files"]) master = master || stored["role"] == "FILE_ROLE_MASTER";
  EXPECT_TRUE(master) << done.dump(2);
}

}  // namespace
}  // namespace audientia::e2e
