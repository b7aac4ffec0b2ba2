#pragma once

// Runs real binaries from tests: argument vectors only (no shell), captured output, timeouts.

#include <chrono>
#include <string>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::testing {

struct CommandResult {
  int exitCode = -1;  // -1 when killed by a signal or by the timeout
  std::string out;
  std::string err;
};

struct CommandOptions {
  std::string input;             // written to stdin, then stdin is closed
  std::vector<std::string> env;  // extra NAME=VALUE entries
  std::chrono::milliseconds timeout{std::chrono::minutes(2)};
};

// Runs argv[0] (a path) with the given arguments and waits for it.
Expected<CommandResult> runCommand(const std::vector<std::string>& argv,
                                   const CommandOptions& options = {});

// Where the project's executables were built (build/bin).
std::string binDir();

}  // namespace audientia::testing
