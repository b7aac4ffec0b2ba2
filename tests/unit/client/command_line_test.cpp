#include "command_line.h"

#include <gtest/gtest.h>

namespace audientia::cli {
namespace {

ParsedArgs parseOk(const std::vector<std::string>& args) {
  auto parsed = parseCommandLine(args);
  EXPECT_TRUE(parsed.has_value()) << parsed.error().toString();
  return parsed.has_value() ? *parsed : ParsedArgs{};
}

std::string parseError(const std::vector<std::string>& args) {
  auto parsed = parseCommandLine(args);
  EXPECT_FALSE(parsed.has_value()) << "parsed although it should not";
  if (parsed.has_value()) return {};
  EXPECT_EQ(parsed.error().code(), ErrorCode::kInvalidArgument);
  return parsed.error().message();
}

TEST(CommandLine, GlobalOptionsBeforeAndAfterTheCommand) {
  const auto before = parseOk({"--server", "h:1", "--ca=/x/ca.pem", "--json", "office", "list"});
  ASSERT_NE(before.command, nullptr);
  EXPECT_EQ(before.command->path, "office list");
  EXPECT_EQ(before.global.server, "h:1");
  EXPECT_EQ(before.global.ca, "/x/ca.pem");
  EXPECT_TRUE(before.global.json);

  const auto after = parseOk({"office", "list", "--json", "--server=h:2"});
  EXPECT_TRUE(after.global.json);
  EXPECT_EQ(after.global.server, "h:2");
  EXPECT_FALSE(after.global.ca.has_value());
}

TEST(CommandLine, Login) {
  const auto parsed = parseOk({"login", "--user", "admin", "--password-stdin"});
  EXPECT_EQ(parsed.command->path, "login");
  EXPECT_EQ(parsed.value("user"), "admin");
  EXPECT_TRUE(parsed.has("password-stdin"));
  EXPECT_NE(parseError({"login", "--password-stdin"}).find("--user"), std::string::npos);
  EXPECT_NE(parseError({"login", "--user"}).find("needs a value"), std::string::npos);
  EXPECT_NE(parseError({"login", "--user", "a", "--password-stdin=yes"}).find("takes no value"),
            std::string::npos);
  EXPECT_NE(parseError({"login", "--user", "a", "--password", "secret"}).find("'--password'"),
            std::string::npos);
}

TEST(CommandLine, LogoutAndWhoAmITakeNoArguments) {
  EXPECT_EQ(parseOk({"logout"}).command->path, "logout");
  EXPECT_EQ(parseOk({"whoami"}).command->path, "whoami");
  EXPECT_NE(parseError({"whoami", "extra"}).find("unexpected argument 'extra'"), std::string::npos);
}

TEST(CommandLine, OfficeCommands) {
  const auto create = parseOk({"office", "create", "Parchetul Cluj", "--parent", "p1"});
  EXPECT_EQ(create.command->path, "office create");
  ASSERT_EQ(create.positionals.size(), 1u);
  EXPECT_EQ(create.positionals[0], "Parchetul Cluj");
  EXPECT_EQ(create.value("parent"), "p1");
  EXPECT_NE(parseError({"office", "create"}).find("needs NAME"), std::string::npos);
  EXPECT_NE(parseError({"office", "create", "a", "b"}).find("unexpected argument 'b'"),
            std::string::npos);
  EXPECT_NE(parseError({"office", "create", "a", "--parent", "1", "--parent", "2"})
                .find("more than once"),
            std::string::npos);
  EXPECT_EQ(parseOk({"office", "list"}).command->path, "office list");
  EXPECT_NE(parseError({"office"}).find("needs a subcommand"), std::string::npos);
  EXPECT_NE(parseError({"office", "delete"}).find("unknown command 'office delete'"),
            std::string::npos);
}

TEST(CommandLine, HearingCommands) {
  const auto create = parseOk({"hearing", "create", "--office", "o", "--case", "1/P/2026", "--kind",
                               "witness", "--title", "T", "--participant", "witness:A",
                               "--participant", "lawyer:B", "--location", "Room 2"});
  EXPECT_EQ(create.command->path, "hearing create");
  EXPECT_EQ(create.values("participant"), (std::vector<std::string>{"witness:A", "lawyer:B"}));
  EXPECT_EQ(create.value("location"), "Room 2");
  EXPECT_NE(parseError({"hearing", "create", "--office", "o", "--kind", "witness"}).find("--case"),
            std::string::npos);

  const auto list = parseOk({"hearing", "list", "--office", "o"});
  EXPECT_EQ(list.value("office"), "o");
  EXPECT_FALSE(parseOk({"hearing", "list"}).has("office"));

  const auto show = parseOk({"hearing", "show", "h1"});
  EXPECT_EQ(show.positionals, std::vector<std::string>{"h1"});
  EXPECT_NE(parseError({"hearing", "show"}).find("HEARING_ID"), std::string::npos);
}

TEST(CommandLine, RecordingCommands) {
  const auto upload = parseOk({"recording", "upload", "--hearing", "h", "a.mp4", "b.mp4"});
  EXPECT_EQ(upload.positionals, (std::vector<std::string>{"a.mp4", "b.mp4"}));
  EXPECT_NE(parseError({"recording", "upload", "--hearing", "h"}).find("FILE"), std::string::npos);
  EXPECT_NE(parseError({"recording", "upload", "a.mp4"}).find("--hearing"), std::string::npos);

  // "--" ends the options: a file may start with a dash.
  const auto dashed = parseOk({"recording", "upload", "--hearing", "h", "--", "-odd.mp4"});
  EXPECT_EQ(dashed.positionals, std::vector<std::string>{"-odd.mp4"});

  const auto download =
      parseOk({"recording", "download", "r1", "--out", "x.mp4", "--range", "0-1023"});
  EXPECT_EQ(download.positionals, std::vector<std::string>{"r1"});
  EXPECT_EQ(download.value("out"), "x.mp4");
  EXPECT_EQ(download.value("range"), "0-1023");
  EXPECT_NE(parseError({"recording", "download", "r1"}).find("--out"), std::string::npos);
}

TEST(CommandLine, UnknownCommandsAndOptionsAreNamed) {
  EXPECT_NE(parseError({"frobnicate"}).find("'frobnicate'"), std::string::npos);
  EXPECT_NE(parseError({"--verbose", "whoami"}).find("'--verbose'"), std::string::npos);
  EXPECT_NE(parseError({"whoami", "-v"}).find("'-v'"), std::string::npos);
  EXPECT_NE(parseError({"office", "list", "--office", "x"}).find("'--office' for 'office list'"),
            std::string::npos);
  EXPECT_NE(parseError({"--server"}).find("needs a value"), std::string::npos);
}

TEST(CommandLine, Help) {
  EXPECT_TRUE(parseOk({}).help);
  const auto general = parseOk({"--help"});
  EXPECT_TRUE(general.help);
  EXPECT_EQ(general.command, nullptr);

  const auto group = parseOk({"hearing", "--help"});
  EXPECT_TRUE(group.help);
  EXPECT_EQ(group.helpGroup, "hearing");

  // Help wins over missing required options.
  const auto command = parseOk({"login", "-h"});
  EXPECT_TRUE(command.help);
  ASSERT_NE(command.command, nullptr);
  EXPECT_EQ(command.command->path, "login");

  const auto viaWord = parseOk({"help", "recording", "download"});
  ASSERT_NE(viaWord.command, nullptr);
  EXPECT_EQ(viaWord.command->path, "recording download");
  EXPECT_FALSE(parseCommandLine({"help", "nothing"}).has_value());
}

TEST(CommandLine, EveryCommandOfTheContractExists) {
  for (const char* path :
       {"login", "logout", "whoami", "office create", "office list", "hearing create",
        "hearing list", "hearing show", "recording upload", "recording download"}) {
    EXPECT_NE(findCommand(path), nullptr) << path;
  }
}

}  // namespace
}  // namespace audientia::cli
