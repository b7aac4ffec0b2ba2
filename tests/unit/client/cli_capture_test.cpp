// `audientiactl capture ...` on the CLI's own parser: the words are checked before the engine
// starts, verify and recover answer for a directory, and --json gives one document.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "audientia/media/capture_manifest.h"
#include "cli.h"
#include "command_line.h"
#include "test_env.h"

namespace audientia::cli {
namespace {

using client::testing::TempDir;

struct CaptureRun {
  int code = -1;
  std::string out;
  std::string err;
};

CaptureRun runCtl(const std::vector<std::string>& args) {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  const int code = runCli(args, in, out, err);
  return {code, out.str(), err.str()};
}

TEST(CliCapture, TheGroupIsACommandAndHasSubcommands) {
  auto record = parseCommandLine({"capture", "--video", "lavfi:testsrc2", "--out", "/tmp/h"});
  ASSERT_TRUE(record) << record.error().toString();
  EXPECT_EQ(record->command->path, "capture");
  EXPECT_EQ(record->values("video"), std::vector<std::string>{"lavfi:testsrc2"});
  auto verify = parseCommandLine({"--json", "capture", "verify", "/tmp/h"});
  ASSERT_TRUE(verify) << verify.error().toString();
  EXPECT_EQ(verify->command->path, "capture verify");
  EXPECT_EQ(verify->positionals, std::vector<std::string>{"/tmp/h"});
  auto recover = parseCommandLine({"capture", "recover", "/tmp/h", "--seal"});
  ASSERT_TRUE(recover);
  EXPECT_EQ(recover->command->path, "capture recover");
  EXPECT_TRUE(recover->has("seal"));
  for (const char* path : {"capture", "capture verify", "capture recover", "capture devices"}) {
    EXPECT_NE(findCommand(path), nullptr) << path;
  }
}

TEST(CliCapture, BadWordsAreUsageErrorsBeforeAnythingRecords) {
  TempDir dir;
  const std::string out = (dir.path() / "h").string();
  const std::pair<std::vector<std::string>, std::string> cases[] = {
      {{"capture", "--video", "lavfi:testsrc2"}, "needs --out DIR"},
      {{"capture", "--out", out}, "at least one --video or --audio"},
      {{"capture", "--audio", "lavfi:sine", "--out", out, "--segment", "soon"}, "bad --segment"},
      {{"capture", "--audio", "lavfi:sine", "--out", out, "--segment", "-5s"}, "bad --segment"},
      {{"capture", "--video", "lavfi:x", "--out", out, "--bitrate", "fast"}, "bad --bitrate"},
      {{"capture", "--video", "lavfi:x", "--out", out, "--color", "red"},
       "unknown option '--color'"},
      {{"capture", "replay", out}, "unknown command 'capture replay'"},
      {{"capture", "verify"}, "'capture verify' needs DIR"},
  };
  for (const auto& [args, expected] : cases) {
    const auto result = runCtl(args);
    EXPECT_EQ(result.code, 2) << args.back();
    EXPECT_NE(result.err.find(expected), std::string::npos) << result.err;
    EXPECT_FALSE(std::filesystem::exists(out)) << "nothing was recorded for " << args.back();
  }
}

TEST(CliCapture, VerifyAndRecoverNameWhatIsWrong) {
  TempDir dir;
  const auto missing = runCtl({"capture", "verify", (dir.path() / "none").string()});
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.err.find("NOT_FOUND"), std::string::npos) << missing.err;

  // A manifest that is not sealed: verify fails and says so, in JSON too.
  media::CaptureManifest manifest;
  manifest.sessionId = "session-1";
  manifest.state = "recording";
  ASSERT_TRUE(media::writeManifestAtomically(dir.path(), manifest));
  const auto text = runCtl({"capture", "verify", dir.path().string()});
  EXPECT_EQ(text.code, 1);
  EXPECT_NE(text.out.find("not sealed"), std::string::npos) << text.out;
  EXPECT_NE(text.err.find("DATA_LOSS"), std::string::npos) << text.err;
  const auto json = runCtl({"--json", "capture", "verify", dir.path().string()});
  EXPECT_EQ(json.code, 1);
  const auto document = nlohmann::json::parse(json.out);
  EXPECT_FALSE(document["ok"].get<bool>());
  ASSERT_FALSE(document["problems"].empty());
  EXPECT_EQ(document["problems"][0]["kind"], "not-sealed");
}

TEST(CliCapture, HelpListsTheSubcommands) {
  const auto help = runCtl({"capture", "--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("--video SPEC"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("capture recover"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("capture devices"), std::string::npos) << help.out;
  const auto general = runCtl({"--help"});
  EXPECT_NE(general.out.find("capture verify"), std::string::npos);
}

}  // namespace
}  // namespace audientia::cli
