#pragma once

// The help texts of audientiactl, generated from the command table.

#include <ostream>
#include <string>

#include "command_line.h"

namespace audientia::cli {

void printGeneralHelp(std::ostream& out);
// Every command of a group ("office").
void printGroupHelp(std::ostream& out, const std::string& group);
void printCommandHelp(std::ostream& out, const CommandSpec& command);

}  // namespace audientia::cli
