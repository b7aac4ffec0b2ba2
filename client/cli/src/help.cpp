#include "help.h"

#include <sstream>

#include "text_format.h"

namespace audientia::cli {

namespace {

std::string usageLine(const CommandSpec& command) {
  std::string line = "audientiactl [GLOBAL OPTIONS] " + command.path;
  for (const auto& option : command.options) {
    std::string text = "--" + option.name;
    if (option.arity != Arity::kFlag) text += " " + option.valueName;
    if (!option.required) text = "[" + text + "]";
    if (option.arity == Arity::kRepeated) text += "...";
    line += " " + text;
  }
  if (!command.positionals.empty()) line += " " + command.positionals;
  return line;
}

void printCommandList(std::ostream& out, const std::string& group) {
  Table table({"COMMAND", "WHAT IT DOES"});
  for (const auto& command : commandSpecs()) {
    if (!group.empty() && command.path.rfind(group + " ", 0) != 0) continue;
    table.addRow({command.path, command.summary});
  }
  table.print(out);
}

}  // namespace

void printGeneralHelp(std::ostream& out) {
  out << "audientiactl: the command-line client of Audientia.\n\n"
         "usage: audientiactl [--server HOST:PORT] [--ca FILE] [--cert FILE --key FILE] [--json]\n"
         "                    COMMAND ...\n\n"
         "global options:\n"
         "  --server HOST:PORT  the server (else $AUDIENTIA_SERVER, else the session's, else "
         "localhost:7443)\n"
         "  --ca FILE           PEM of the CA that signed the server certificate (else "
         "$AUDIENTIA_CA, else the session's)\n"
         "  --cert FILE, --key FILE  a workstation certificate and its key, for servers that\n"
         "                      require client certificates (else $AUDIENTIA_CERT and\n"
         "                      $AUDIENTIA_KEY, else the session's)\n"
         "  --json              print one JSON document on standard output\n"
         "  --help, -h          help; 'audientiactl COMMAND --help' for a command\n\n";
  printCommandList(out, "");
  out << "\nThe session is kept in $AUDIENTIA_CONFIG_DIR/session.json (default "
         "$XDG_CONFIG_HOME/audientia or ~/.config/audientia).\n"
         "Exit codes: 0 success, 1 failure (the server's code and message on standard error), "
         "2 usage error.\n";
}

void printGroupHelp(std::ostream& out, const std::string& group) {
  out << "usage: audientiactl [GLOBAL OPTIONS] " << group << " SUBCOMMAND ...\n\n";
  printCommandList(out, group);
  out << "\n'audientiactl " << group << " SUBCOMMAND --help' shows a subcommand's options.\n";
}

void printCommandHelp(std::ostream& out, const CommandSpec& command) {
  out << "usage: " << usageLine(command) << "\n\n" << command.summary << "\n";
  if (!command.options.empty()) {
    out << "\noptions:\n";
    Table table({"", ""});
    for (const auto& option : command.options) {
      std::string name = "  --" + option.name;
      if (option.arity != Arity::kFlag) name += " " + option.valueName;
      std::string help = option.help;
      if (option.required) help += " (required)";
      if (option.arity == Arity::kRepeated) help += " (repeatable)";
      table.addRow({name, help});
    }
    std::ostringstream text;
    table.print(text);
    // Drop the empty header line.
    const std::string printed = text.str();
    out << printed.substr(printed.find('\n') + 1);
  }
  if (isCommandGroup(command.path)) {
    out << "\nsubcommands:\n";
    printCommandList(out, command.path);
  }
}

}  // namespace audientia::cli
