#pragma once

// Cryptographically secure randomness (OpenSSL RAND_bytes).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::app {

Expected<std::vector<std::uint8_t>> randomBytes(std::size_t count);
// A password of `length` characters from letters and digits without look-alikes (0O1lI).
Expected<std::string> randomPassword(std::size_t length);

}  // namespace audientia::app
