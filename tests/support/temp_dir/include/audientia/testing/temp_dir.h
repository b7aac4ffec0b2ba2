#pragma once

// The tests' one temporary-directory helper: a fresh directory under the system temp dir.

#include <filesystem>
#include <string>

#include "audientia/base/expected.h"

namespace audientia::testing {

// Creates PREFIX-XXXXXX under the system temp dir, mode 0755 so that the embedded PostgreSQL
// (the postgres user when tests run as root) can traverse it. Kept after the test: the caller
// owns it (servers' data dirs are kept for their logs when a test fails).
Expected<std::filesystem::path> makeTempDir(const std::string& prefix);

// A fresh directory removed with everything in it on destruction. Aborts the test binary when
// none can be made: no test can go on without its directory.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "audientia-test");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  TempDir(TempDir&& other) noexcept;
  TempDir& operator=(TempDir&& other) noexcept;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace audientia::testing
