#pragma once

// Incremental SHA-256 (OpenSSL EVP) and hex helpers, used wherever evidence is hashed.

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "audientia/base/expected.h"

namespace audientia {

using Sha256Digest = std::array<std::uint8_t, 32>;

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(Sha256&&) noexcept;
  Sha256& operator=(Sha256&&) noexcept;
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void update(std::span<const std::byte> data);
  void update(std::string_view data);
  // Finishes the hash; the object is reset and can be used again.
  Sha256Digest finish();

  static Sha256Digest of(std::string_view data);
  // Hashes a whole file, reading it in blocks.
  static Expected<Sha256Digest> ofFile(const std::filesystem::path& path);

 private:
  struct Context;
  std::unique_ptr<Context> context_;
};

std::string toHex(std::span<const std::uint8_t> bytes);
std::string toHex(const Sha256Digest& digest);
// True for exactly 64 lower-case hex digits.
bool isSha256Hex(std::string_view text);

}  // namespace audientia
