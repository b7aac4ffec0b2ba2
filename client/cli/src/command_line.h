#pragma once

// audientiactl's command line: the table of commands and their options, and the parser that
// turns argv into a ParsedArgs (global options, the command, its options and positionals).
// Only the shape is checked here; values (kinds, ranges, ids) are checked by the commands.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::cli {

enum class Arity { kUnspecified, kFlag, kValue, kRepeated };

struct OptionSpec {
  std::string name;  // without the leading "--"
  Arity arity = Arity::kUnspecified;
  bool required = false;
  std::string valueName;  // for help: "OFFICE_ID"
  std::string help;
};

struct CommandSpec {
  std::string path;         // "office create"
  std::string positionals;  // for help: "NAME", "FILE..."
  int minPositionals = 0;
  int maxPositionals = 0;  // -1: any number
  std::vector<OptionSpec> options;
  std::string summary;

  const OptionSpec* option(const std::string& name) const;
};

const std::vector<CommandSpec>& commandSpecs();
const CommandSpec* findCommand(const std::string& path);
// The first words of commands that have subcommands: "office", "user", "hearing", "recording",
// "audit", "upload", "fixity", "alert", "job", "retention", "hold", "capture", "annotation"
// ("capture" is a
// command too: "capture --out DIR ..." records).
bool isCommandGroup(const std::string& word);

struct GlobalOptions {
  std::optional<std::string> server;
  std::optional<std::string> ca;
  // Mutual TLS: the workstation certificate and its key (both or neither).
  std::optional<std::string> cert;
  std::optional<std::string> key;
  bool json = false;
};

struct ParsedArgs {
  GlobalOptions global;
  // Set when help was asked for (--help, -h, `help ...`, or no command at all); then command
  // may be null (general help) and helpGroup may name a group ("office").
  bool help = false;
  std::string helpGroup;
  const CommandSpec* command = nullptr;
  std::map<std::string, std::vector<std::string>> options;
  std::vector<std::string> positionals;

  bool has(const std::string& name) const { return options.count(name) != 0; }
  // The (last) value of an option, or fallback when it was not given.
  std::string value(const std::string& name, const std::string& fallback = {}) const;
  std::vector<std::string> values(const std::string& name) const;
};

// args excludes argv[0]. Errors are usage errors (INVALID_ARGUMENT) naming what was wrong.
Expected<ParsedArgs> parseCommandLine(const std::vector<std::string>& args);

}  // namespace audientia::cli
