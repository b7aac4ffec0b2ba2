#pragma once

// audientiactl as a function, so that tests can run it with their own streams.

#include <iosfwd>
#include <string>
#include <vector>

namespace audientia::cli {

// args excludes argv[0]. Returns the exit code: 0 success, 1 failure, 2 usage error.
int runCli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
           std::ostream& err);

}  // namespace audientia::cli
