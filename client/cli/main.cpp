// audientiactl: see docs/cli.md.

#include <iostream>
#include <string>
#include <vector>

#include "cli.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return audientia::cli::runCli(args, std::cin, std::cout, std::cerr);
}
