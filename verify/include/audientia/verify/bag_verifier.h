#pragma once

// Checks an evidence package (docs/export.md) offline, with no server and no account: the
// BagIt bag (RFC 8493) is complete and every SHA-256 and SHA-512 of its manifests and tag
// manifests matches, nothing is added; the detached CMS signature of tagmanifest-sha256.txt
// verifies with its signer's certificate chained to the CA (the bag's own signatures/ca.pem,
// or the one given, which is what a court should pin); every audit event of the excerpt hashes
// to what it says; and every capture's sealed manifest is intact, its segments present in
// order with their digests. The report names each check and the first one that fails (which
// file, which check); checks after a failed one are not run.
//
// The bag is a directory, or a ZIP file holding it under one top directory (as `audientiactl
// export package --zip` writes it): the same checks, read from the ZIP in place (its central
// directory, each entry's CRC-32), streamed, never unpacked. A truncated or damaged ZIP, or
// one with anything beside the bag's directory, fails the "bag" check.

#include <filesystem>
#include <string>
#include <vector>

namespace audientia::verify {

struct CheckResult {
  std::string name;  // "bag", "payload", "tag files", "signature", "audit excerpt", "capture <id>"
  bool ok = false;
  std::string detail;  // what was found: counts, the signer, or what failed and where
};

struct BagReport {
  bool ok() const;
  std::filesystem::path path;
  std::vector<CheckResult> checks;
  // The first failure ("" when none): "<check>: <detail>".
  std::string firstFailure() const;
};

struct VerifyOptions {
  std::filesystem::path caFile;  // empty: the bag's signatures/ca.pem
};

// `bag`: the bag's directory, or its ZIP file.
BagReport verifyBag(const std::filesystem::path& bag, const VerifyOptions& options = {});

// The report for people ("intact and signed" or what failed), and as one JSON document.
std::string reportText(const BagReport& report);
std::string reportJson(const BagReport& report);

}  // namespace audientia::verify
