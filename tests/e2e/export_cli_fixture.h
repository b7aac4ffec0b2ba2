#pragma once

// The suite of export_cli_test.cpp and package_cli_test.cpp: a server with two offices, a
// prosecutor, a clerk and a clerk of the other office, and a hearing of case 808/P/2026 with a
// 20 s recording (a keyframe every 2 s) uploaded and processed.

#include <chrono>
#include <set>
#include <thread>

#include "audientia/testing/media_fixtures.h"
#include "e2e_fixture.h"

namespace audientia::e2e::export_cli {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

constexpr const char* kClipCase = "808/P/2026";

class ExportCli : public EndToEndTest {
 protected:
  struct Scene {
    bool ready = false;
    std::string officeId, otherOfficeId, prosecutor, clerk, otherClerk, admin;
    std::string hearingId, recordingId, masterSha256;
  };

  static void loginAs(const std::string& username) {
    ASSERT_EQ(
        ctl({"login", "--user", username, "--password-stdin"}, std::string(kUserPassword) + "\n")
            .exitCode,
        0);
  }

  static void createUser(const std::string& username, const std::string& role,
                         const std::string& officeId) {
    loginAsAdmin();
    const auto created = ctl({"user", "create", "--username", username, "--office", officeId,
                              "--role", role, "--password-stdin"},
                             std::string(kUserPassword) + "\n");
    ASSERT_EQ(created.exitCode, 0) << created.err;
  }

  // A 20 s recording (320x240, 25 fps, a keyframe every 2 s, AAC) uploaded and processed.
  // Made once per suite (per server), whichever test asks first.
  static const Scene& scene() {
    static std::string madeFor;
    static Scene s;
    if (madeFor == server_->dataDir().string()) return s;
    madeFor = server_->dataDir().string();
    s = [] {
      Scene made;
      loginAsAdmin();
      made.officeId = ctlJson({"office", "create", "Parchetul Brașov"})["office"]["id"];
      made.otherOfficeId = ctlJson({"office", "create", "Parchetul Cluj"})["office"]["id"];
      made.prosecutor = "procuror.clip";
      made.clerk = "grefier.clip";
      made.otherClerk = "grefier.cluj";
      createUser(made.prosecutor, "prosecutor", made.officeId);
      createUser(made.clerk, "clerk", made.officeId);
      createUser(made.otherClerk, "clerk", made.otherOfficeId);
      loginAs(made.prosecutor);
      made.hearingId =
          ctlJson({"hearing", "create", "--office", made.officeId, "--case", kClipCase, "--kind",
                   "witness", "--title", "Audierea martorului"})["hearing"]["id"];
      testing::TestRecordingOptions options;
      options.duration = 20s;
      options.width = 320;
      options.height = 240;
      options.frameRate = 25;
      options.keyframeInterval = 50;
      const fs::path media = workDir_ / "clip-source.mp4";
      if (!testing::makeTestRecording(media, options)) return made;
      const auto uploaded =
          ctlJson({"recording", "upload", "--hearing", made.hearingId, media.string()});
      made.recordingId = uploaded["recordings"][0]["id"];
      const auto until = std::chrono::steady_clock::now() + 90s;
      while (std::chrono::steady_clock::now() < until) {
        const auto shown = ctlJson({"recording", "show", made.recordingId})["recording"];
        if (shown["state"] == "RECORDING_STATE_AVAILABLE") {
          for (const auto& file : shown["files"]) {
            if (file["role"] == "FILE_ROLE_MASTER") made.masterSha256 = file["sha256"];
          }
          made.ready = !made.masterSha256.empty();
          break;
        }
        std::this_thread::sleep_for(200ms);
      }
      return made;
    }();
    return s;
  }

  // What ffprobe says of a file (format with its tags, streams), as JSON.
  static nlohmann::json probe(const fs::path& file) {
    auto probed = testing::runCommand({"/usr/bin/ffprobe", "-v", "error", "-show_format",
                                       "-show_streams", "-of", "json", file.string()});
    EXPECT_TRUE(probed && probed->exitCode == 0) << (probed ? probed->err : "");
    return probed ? nlohmann::json::parse(probed->out, nullptr, false) : nlohmann::json();
  }

  // Nothing at `out`, and no partial file beside it.
  static void expectNothingWritten(const fs::path& out) {
    EXPECT_FALSE(fs::exists(out)) << out;
    EXPECT_FALSE(fs::exists(out.string() + ".partial")) << out;
  }
};

}  // namespace audientia::e2e::export_cli
