#include "app/identity/secure_random.h"

#include <openssl/rand.h>

#include <string_view>

namespace audientia::app {

Expected<std::vector<std::uint8_t>> randomBytes(std::size_t count) {
  std::vector<std::uint8_t> bytes(count);
  if (count > 0 && RAND_bytes(bytes.data(), static_cast<int>(count)) != 1) {
    return internalError("RAND_bytes failed to produce " + std::to_string(count) + " bytes");
  }
  return bytes;
}

Expected<std::string> randomPassword(std::size_t length) {
  constexpr std::string_view kAlphabet =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  // Rejection sampling: bytes at or above the largest multiple of the alphabet size are
  // dropped so that every character is equally likely.
  constexpr unsigned kLimit = 256 - (256 % kAlphabet.size());
  std::string password;
  while (password.size() < length) {
    AUDIENTIA_TRY(auto bytes, randomBytes(length * 2));
    for (std::uint8_t byte : bytes) {
      if (byte >= kLimit || password.size() == length) continue;
      password.push_back(kAlphabet[byte % kAlphabet.size()]);
    }
  }
  return password;
}

}  // namespace audientia::app
