// audientiactl: see docs/cli.md.

#include <iostream>
#include <string>
#include <vector>

#include "audientia/base/memory_policy.h"
#include "cli.h"

int main(int argc, char** argv) {
  audientia::memory::reuseLargeBlocks();
  const std::vector<std::string> args(argv + 1, argv + argc);
  return audientia::cli::runCli(args, std::cin, std::cout, std::cerr);
}
