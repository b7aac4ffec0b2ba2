#pragma once

// Helpers for the server unit tests: a temporary directory and the bytes of a text. The
// in-memory fakes of the ports are in tests/support/fakes.

#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <span>
#include <string>

#include "audientia/testing/temp_dir.h"

namespace audientia::testing {

// The bytes of a text, as the store ports take them.
inline std::span<const std::byte> bytesOf(const std::string& text) {
  return std::as_bytes(std::span(text.data(), text.size()));
}

}  // namespace audientia::testing
