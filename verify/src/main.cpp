// audientia-verify PATH [--json] [--ca FILE]: checks an evidence package offline, a directory or
// a ZIP file (bag_verifier.h).
// Exit 0 only when the package is intact and signed; 1 when a check fails; 2 on bad usage.

#include <cstring>
#include <iostream>
#include <string>

#include "audientia/verify/bag_verifier.h"

int main(int argc, char** argv) {
  std::string path;
  bool asJson = false;
  audientia::verify::VerifyOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--json") {
      asJson = true;
    } else if (arg == "--ca" && i + 1 < argc) {
      options.caFile = argv[++i];
    } else if (arg == "--help" || arg == "-h") {
      std::cout
          << "usage: audientia-verify PATH [--json] [--ca FILE]\n"
             "  Checks an evidence package exported by Audientia, offline; PATH is the bag's\n"
             "  directory or its ZIP file (read in place, not unpacked). The BagIt bag is\n"
             "  complete and every SHA-256/SHA-512 matches, the signature verifies against\n"
             "  the CA (the bag's signatures/ca.pem, or FILE: pin the one your prosecution\n"
             "  service publishes), the audit excerpt's hashes, each capture's seal chain.\n"
             "  Exit 0 only if intact and signed.\n";
      return 0;
    } else if (path.empty() && !arg.empty() && arg[0] != '-') {
      path = arg;
    } else {
      std::cerr << "audientia-verify: unexpected argument '" << arg
                << "' (usage: audientia-verify PATH [--json] [--ca FILE])\n";
      return 2;
    }
  }
  if (path.empty()) {
    std::cerr
        << "audientia-verify: which package? (usage: audientia-verify PATH [--json] [--ca FILE])\n";
    return 2;
  }
  const auto report = audientia::verify::verifyBag(path, options);
  std::cout << (asJson ? audientia::verify::reportJson(report)
                       : audientia::verify::reportText(report));
  return report.ok() ? 0 : 1;
}
