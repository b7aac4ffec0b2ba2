// The path a clerk's data takes, through the real binaries: log in, create an office and a
// hearing, upload a 20-second H.264/AAC recording, download it whole and in part.

#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

#include "audientia/testing/media_fixtures.h"
#include "e2e_fixture.h"

namespace audientia::e2e {
namespace {

// `hearing show` once the processing job has probed the first recording (media facts come a
// moment after the upload, from the server's job runner), or after 60 s.
struct Ctl : EndToEndTest {
  using EndToEndTest::ctlJson;
};

nlohmann::json showWhenProbed(const std::string& hearingId) {
  nlohmann::json shown;
  for (int attempt = 0; attempt < 600; ++attempt) {
    shown = Ctl::ctlJson({"hearing", "show", hearingId});
    if (!shown["recordings"].empty()) {
      const auto& recording = shown["recordings"][0];
      if (recording.contains("media_info") ||
          !recording.value("media_error", std::string()).empty()) {
        break;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return shown;
}

using EndToEnd = EndToEndTest;

std::string readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST_F(EndToEnd, AdminLogsInAndSeesWhoTheyAre) {
  loginAsAdmin();
  const auto me = ctlJson({"whoami"});
  EXPECT_EQ(me["user"]["username"], "admin") << me.dump(2);
  EXPECT_EQ(me["user"]["role"], "ROLE_ADMIN") << me.dump(2);

  const auto text = ctl({"whoami"});
  EXPECT_EQ(text.exitCode, 0) << text.err;
  EXPECT_NE(text.out.find("admin"), std::string::npos) << text.out;
}

TEST_F(EndToEnd, UploadsAndDownloadsA20SecondRecordingByteForByte) {
  loginAsAdmin();
  const auto office = ctlJson({"office", "create", "Parchetul de pe langa Tribunalul Cluj"});
  const std::string officeId = office["office"]["id"];
  ASSERT_FALSE(officeId.empty()) << office.dump(2);
  loginAsNewUser("prosecutor", officeId);

  const auto hearing =
      ctlJson({"hearing", "create", "--office", officeId, "--case", "1234/P/2026", "--kind",
               "witness", "--title", "Witness statement", "--participant", "witness:Ion Popescu",
               "--participant", "interpreter:Maria Ionescu"});
  const std::string hearingId = hearing["hearing"]["id"];
  ASSERT_FALSE(hearingId.empty()) << hearing.dump(2);

  const auto listed = ctlJson({"hearing", "list", "--office", officeId});
  ASSERT_EQ(listed["hearings"].size(), 1u) << listed.dump(2);
  EXPECT_EQ(listed["hearings"][0]["case_number"], "1234/P/2026");

  const auto media = workDir_ / "hearing.mp4";
  testing::TestRecordingOptions options;
  options.duration = std::chrono::seconds(20);
  const auto made = testing::makeTestRecording(media, options);
  ASSERT_TRUE(made.has_value()) << made.error().toString();
  const std::string localSha = sha256OfFile(media);

  const auto uploaded = ctlJson({"recording", "upload", "--hearing", hearingId, media.string()});
  ASSERT_EQ(uploaded["recordings"].size(), 1u) << uploaded.dump(2);
  const std::string recordingId = uploaded["recordings"][0]["id"];
  EXPECT_EQ(uploaded["recordings"][0]["sha256"], localSha);

  const auto shown = showWhenProbed(hearingId);
  ASSERT_EQ(shown["recordings"].size(), 1u) << shown.dump(2);
  const auto& recording = shown["recordings"][0];
  EXPECT_EQ(recording["sha256"], localSha);
  EXPECT_EQ(recording["size_bytes"].get<std::int64_t>(),
            static_cast<std::int64_t>(std::filesystem::file_size(media)));
  const auto& info = recording["media_info"];
  EXPECT_NEAR(info["duration_ms"].get<double>(), 20000.0, 200.0) << info.dump(2);
  ASSERT_EQ(info["streams"].size(), 2u) << info.dump(2);
  EXPECT_EQ(info["streams"][0]["codec"], "h264");
  EXPECT_EQ(info["streams"][1]["codec"], "aac");

  const auto whole = workDir_ / "downloaded.mp4";
  const auto download = ctl({"recording", "download", recordingId, "--out", whole.string()});
  ASSERT_EQ(download.exitCode, 0) << download.err;
  EXPECT_EQ(sha256OfFile(whole), localSha);

  const auto part = workDir_ / "part.bin";
  const auto ranged =
      ctl({"recording", "download", recordingId, "--out", part.string(), "--range", "1000-4999"});
  ASSERT_EQ(ranged.exitCode, 0) << ranged.err;
  EXPECT_EQ(readBytes(part), readBytes(media).substr(1000, 4000));
}

TEST_F(EndToEnd, AFileThatIsNotMediaIsKeptAndMarked) {
  loginAsAdmin();
  const auto office = ctlJson({"office", "create", "Parchetul Local Sector 1"});
  loginAsNewUser("prosecutor", office["office"]["id"]);
  const auto hearing = ctlJson({"hearing", "create", "--office", office["office"]["id"], "--case",
                                "77/P/2026", "--kind", "victim"});
  const std::string hearingId = hearing["hearing"]["id"];
  const auto notes = workDir_ / "notes.txt";
  std::ofstream(notes) << "This is a typed statement, not a recording.\n";

  const auto uploaded = ctlJson({"recording", "upload", "--hearing", hearingId, notes.string()});
  ASSERT_EQ(uploaded["recordings"].size(), 1u) << uploaded.dump(2);
  const auto shown = showWhenProbed(hearingId);
  ASSERT_EQ(shown["recordings"].size(), 1u) << shown.dump(2);
  EXPECT_EQ(shown["recordings"][0]["sha256"], sha256OfFile(notes));
  EXPECT_FALSE(shown["recordings"][0].value("media_error", std::string()).empty()) << shown.dump(2);

  const auto back = workDir_ / "notes-back.txt";
  ASSERT_EQ(
      ctl({"recording", "download", shown["recordings"][0]["id"], "--out", back.string()}).exitCode,
      0);
  EXPECT_EQ(readBytes(back), readBytes(notes));
}

TEST_F(EndToEnd, LogoutEndsTheSession) {
  loginAsAdmin();
  ASSERT_EQ(ctl({"logout"}).exitCode, 0);
  const auto after = ctl({"whoami"});
  EXPECT_NE(after.exitCode, 0);
}

}  // namespace
}  // namespace audientia::e2e
