#pragma once

// Helpers for client unit tests: a temporary directory and scoped environment variables.

#include <stdlib.h>

#include <filesystem>
#include <optional>
#include <string>

#include "audientia/testing/temp_dir.h"

namespace audientia::client::testing {

using TempDir = audientia::testing::TempDir;

// Sets (or with nullopt unsets) a variable and restores it on destruction.
class ScopedEnv {
 public:
  ScopedEnv(std::string name, const std::optional<std::string>& value) : name_(std::move(name)) {
    if (const char* old = ::getenv(name_.c_str())) old_ = old;
    if (value) {
      ::setenv(name_.c_str(), value->c_str(), 1);
    } else {
      ::unsetenv(name_.c_str());
    }
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_.c_str(), old_->c_str(), 1);
    } else {
      ::unsetenv(name_.c_str());
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  std::string name_;
  std::optional<std::string> old_;
};

}  // namespace audientia::client::testing
