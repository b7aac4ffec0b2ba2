#include "bag_text.h"

#include <sstream>

namespace audientia::verify {

bool safeBagPath(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string::npos) return false;
  std::size_t at = 0;
  while (at <= path.size()) {
    const auto slash = path.find('/', at);
    const std::string part = path.substr(at, slash == std::string::npos ? slash : slash - at);
    if (part.empty() || part == "." || part == "..") return false;
    if (slash == std::string::npos) break;
    at = slash + 1;
  }
  return true;
}

std::optional<ManifestLines> parseManifest(const std::string& text, std::size_t digestChars,
                                           std::string& why) {
  ManifestLines lines;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    const auto space = line.find(' ');
    const std::string digest = line.substr(0, space);
    const auto pathAt = line.find_first_not_of(' ', space);
    if (space == std::string::npos || pathAt == std::string::npos || digest.size() != digestChars ||
        digest.find_first_not_of("0123456789abcdef") != std::string::npos || line.back() == '\r') {
      why = "line " + std::to_string(number) + " is not \"<digest>  <path>\"";
      return std::nullopt;
    }
    const std::string path = line.substr(pathAt);
    if (!safeBagPath(path)) {
      why = "line " + std::to_string(number) + " names a path outside the bag: " + path;
      return std::nullopt;
    }
    lines.emplace_back(digest, path);
  }
  return lines;
}

std::map<std::string, std::string> parseBagInfo(const std::string& text) {
  std::map<std::string, std::string> fields;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto colon = line.find(": ");
    if (colon != std::string::npos) fields[line.substr(0, colon)] = line.substr(colon + 2);
  }
  return fields;
}

}  // namespace audientia::verify
