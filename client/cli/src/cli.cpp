#include "cli.h"

#include <exception>
#include <ostream>

#include "cli_context.h"
#include "command_line.h"
#include "commands.h"
#include "help.h"

namespace audientia::cli {

int runCli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
           std::ostream& err) {
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
