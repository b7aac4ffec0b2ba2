#include "audientia/testing/temp_dir.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace audientia::testing {

Expected<std::filesystem::path> makeTempDir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    return internalError("mkdtemp " + pattern + ": " + std::strerror(errno));
  }
  ::chmod(pattern.c_str(), 0755);
  return std::filesystem::path(pattern);
}

TempDir::TempDir(const std::string& prefix) {
  auto made = makeTempDir(prefix);
  if (!made) {
    std::fprintf(stderr, "%s\n", made.error().toString().c_str());
    std::abort();
  }
  path_ = std::move(*made);
}

TempDir::~TempDir() {
  if (path_.empty()) return;
  std::error_code ignored;
  // Committed store objects are read-only; the directories are ours, so removal works.
  std::filesystem::remove_all(path_, ignored);
}

TempDir::TempDir(TempDir&& other) noexcept : path_(std::move(other.path_)) {
  other.path_.clear();
}

TempDir& TempDir::operator=(TempDir&& other) noexcept {
  if (this != &other) {
    TempDir old(std::move(*this));
    path_ = std::move(other.path_);
    other.path_.clear();
  }
  return *this;
}

}  // namespace audientia::testing
