#pragma once

// Runs a program with an argument vector (no shell) and collects its stdout+stderr.
// Internal to audientia_embedded.

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::embedded {

struct RunAs {
  uid_t uid = 0;
  gid_t gid = 0;
};

struct ProcessResult {
  int exitCode = -1;   // -1 when killed by a signal
  std::string output;  // stdout and stderr interleaved
};

// The child gets stdin from /dev/null, no inherited descriptors beyond 0-2, its own session
// (so a terminal's Ctrl-C reaches only the parent), the given working directory, when runAs
// is set, that user's identity, and this process's environment with `extraEnv` ("NAME=value")
// added (a name already set here keeps its value). kInternal when the program could not be
// started.
Expected<ProcessResult> runProcess(const std::vector<std::string>& argv,
                                   const std::optional<RunAs>& runAs,
                                   const std::filesystem::path& workDir,
                                   const std::vector<std::string>& extraEnv = {});

// "initdb -D /x/data ..." for messages.
std::string describeCommand(const std::vector<std::string>& argv);

}  // namespace audientia::embedded
