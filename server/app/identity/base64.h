#pragma once

// Base64url without padding (RFC 4648 §5), used for session tokens and password-hash fields.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace audientia::app {

std::string base64UrlEncode(std::span<const std::uint8_t> bytes);
// nullopt when text holds a character outside the alphabet, padding, or an impossible length.
std::optional<std::vector<std::uint8_t>> base64UrlDecode(std::string_view text);

}  // namespace audientia::app
