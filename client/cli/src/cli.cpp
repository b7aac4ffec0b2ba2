#include "cli.h"

#include <exception>
#include <ostream>

#include "audientia/media/capture_cli.h"
#include "cli_context.h"
#include "command_line.h"
#include "commands.h"
#include "help.h"

namespace audientia::cli {

namespace {

// `capture ...` records locally and needs no server: it is handed to the media library's
// command (see docs/capture.md). Returns the index of the word "capture", or -1.
int captureCommandIndex(const std::vector<std::string>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "--server" || word == "--ca") {
      ++i;  // skip the value
    } else if (word == "--json" || word.rfind("--server=", 0) == 0 || word.rfind("--ca=", 0) == 0) {
      continue;
    } else {
      return word == "capture" ? static_cast<int>(i) : -1;
    }
  }
  return -1;
}

}  // namespace

int runCli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
           std::ostream& err) {
  if (const int at = captureCommandIndex(args); at >= 0) {
    return media::runCaptureCommand({args.begin() + at + 1, args.end()}, out, err);
  }
  auto parsed = parseCommandLine(args);
  if (!parsed) {
    err << "error: " << parsed.error().toString() << std::endl;
    return kExitUsage;
  }
  if (parsed->help) {
    if (parsed->command != nullptr) {
      printCommandHelp(out, *parsed->command);
    } else if (!parsed->helpGroup.empty()) {
      printGroupHelp(out, parsed->helpGroup);
    } else {
      printGeneralHelp(out);
    }
    return kExitOk;
  }
  CliContext context(parsed->global, in, out, err);
  const CommandHandler handler = findHandler(parsed->command->path);
  if (!handler) {
    return context.fail(
        Error(ErrorCode::kUnimplemented, "'" + parsed->command->path + "' is not implemented"));
  }
  // Exceptions from third-party code (protobuf, nlohmann, the standard library) stop here.
  try {
    return handler(context, *parsed);
  } catch (const std::exception& e) {
    return context.fail(Error(ErrorCode::kInternal, e.what()));
  }
}

}  // namespace audientia::cli
