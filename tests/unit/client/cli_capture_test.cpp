// `audientiactl capture ...` on the CLI's own parser: the words are checked before the engine
// starts, verify and recover answer for a directory, and --json gives one document.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "audientia/media/capture_manifest.h"
#include "capture_commands.h"
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

CaptureRun runCtl(const std::vector<std::string>& args, const std::string& input = {}) {
  std::istringstream in(input);
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

TEST(CaptureCommands, TheContractsSpellingAndWhatIsRefused) {
  using Kind = CaptureCommand::Kind;
  auto marker = parseCaptureCommand("  marker question Was the witness there?  ");
  ASSERT_TRUE(marker && marker->has_value());
  EXPECT_EQ((*marker)->kind, Kind::kMarker);
  EXPECT_EQ((*marker)->markerKind, "question");
  EXPECT_EQ((*marker)->text, "Was the witness there?");
  auto bare = parseCaptureCommand("marker exhibit");
  ASSERT_TRUE(bare && bare->has_value());
  EXPECT_EQ((*bare)->text, "");
  auto pause = parseCaptureCommand("pause lawyer asked for a break\r");
  ASSERT_TRUE(pause && pause->has_value());
  EXPECT_EQ((*pause)->kind, Kind::kPause);
  EXPECT_EQ((*pause)->text, "lawyer asked for a break");
  EXPECT_EQ((*parseCaptureCommand("resume"))->kind, Kind::kResume);
  EXPECT_EQ((*parseCaptureCommand("stop"))->kind, Kind::kStop);
  auto blank = parseCaptureCommand(" \t ");
  ASSERT_TRUE(blank);
  EXPECT_FALSE(blank->has_value());

  const std::pair<const char*, const char*> refused[] = {
      {"pause", "a pause needs a reason"},
      {"marker", "a marker needs a KIND"},
      {"resume now", "'resume' takes nothing after it"},
      {"stop please", "'stop' takes nothing after it"},
      {"Pause recess", "unknown command 'Pause'"},
      {"record", "unknown command 'record'"},
  };
  for (const auto& [line, expected] : refused) {
    auto parsed = parseCaptureCommand(line);
    ASSERT_FALSE(parsed) << line;
    EXPECT_EQ(parsed.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(parsed.error().message().find(expected), std::string::npos)
        << parsed.error().message();
    EXPECT_NE(parsed.error().message().find("marker KIND TEXT | pause REASON | resume | stop"),
              std::string::npos);
  }
}

// The real engine, driven through stdin as a script would: markers and a pause reach the sealed
// manifest; bad lines and refused commands are one line each on stderr and change nothing.
TEST(CliCapture, StdinCommandsMarkPauseResumeAndStop) {
  TempDir dir;
  const auto out = dir.path() / "hearing";
  const auto run = runCtl({"capture", "--audio", "lavfi:sine=frequency=440:sample_rate=48000",
                           "--out", out.string(), "--segment", "2s"},
                          "marker question Was the witness there?\n"
                          "fly away\n"
                          "resume\n"
                          "pause recess\n"
                          "pause again\n"
                          "resume\n"
                          "marker answer\n"
                          "stop\n"
                          "marker after the stop\n");
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_NE(run.err.find("marker question at"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("capture: 'fly away': unknown command 'fly'"), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("paused at"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("resumed at"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("after the stop"), std::string::npos) << run.err;

  std::ifstream in(out / "manifest.json");
  const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto manifest = media::manifestFromJson(json);
  ASSERT_TRUE(manifest) << manifest.error().toString();
  EXPECT_EQ(manifest->state, "sealed");
  ASSERT_EQ(manifest->markers.size(), 2u) << json;
  EXPECT_EQ(manifest->markers[0].kind, "question");
  EXPECT_EQ(manifest->markers[0].text, "Was the witness there?");
  EXPECT_EQ(manifest->markers[1].kind, "answer");
  ASSERT_EQ(manifest->pauses.size(), 1u) << json;
  EXPECT_EQ(manifest->pauses[0].reason, "recess");
  EXPECT_FALSE(manifest->pauses[0].wallEnd.empty()) << json;
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
