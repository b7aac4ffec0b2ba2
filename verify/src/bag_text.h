#pragma once

// The text files of a BagIt bag as the verifier reads them (bag_verifier.cpp): the manifests'
// "<digest>  <path>" lines, bag-info.txt's "Label: value" fields, and which paths a bag may name.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace audientia::verify {

// A path a manifest (or a ZIP entry) may name: relative, '/'-separated, no "." or ".." part,
// no empty part, no backslash.
bool safeBagPath(const std::string& path);

using ManifestLines = std::vector<std::pair<std::string, std::string>>;  // (digest, path)

// "digest  path" lines with digests of digestChars lowercase hex; std::nullopt (and why) when a
// line is not one.
std::optional<ManifestLines> parseManifest(const std::string& text, std::size_t digestChars,
                                           std::string& why);

// bag-info.txt's "Label: value" fields (the last of a repeated label).
std::map<std::string, std::string> parseBagInfo(const std::string& text);

}  // namespace audientia::verify
