#include "app/identity/password_hasher.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <charconv>
#include <vector>

#include "app/identity/base64.h"
#include "app/identity/secure_random.h"

namespace audientia::app {
namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
constexpr std::string_view kScheme = "scrypt";

struct Decoded {
  ScryptParams params;
  std::vector<std::uint8_t> salt;
  std::vector<std::uint8_t> hash;
};

Error malformed(const std::string& why) {
  return invalidArgument("password hash is malformed: " + why);
}

template <class T>
bool parseNumber(std::string_view text, T& out) {
  if (text.empty() || text.size() > 20) return false;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

Status checkParams(const ScryptParams& params) {
  bool powerOfTwo = params.n >= 2 && (params.n & (params.n - 1)) == 0;
  if (!powerOfTwo || params.n < (1u << 10) || params.n > (1u << 22)) {
    return malformed("N must be a power of two from 2^10 to 2^22");
  }
  if (params.r < 1 || params.r > 32) return malformed("r must be 1..32");
  if (params.p < 1 || params.p > 16) return malformed("p must be 1..16");
  return ok();
}

Expected<Decoded> decode(std::string_view encoded) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t end = encoded.find('$', start);
    fields.push_back(encoded.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  if (fields.size() != 6) return malformed("expected 6 '$'-separated fields");
  if (fields[0] != kScheme) return malformed("scheme is not scrypt");
  Decoded decoded;
  if (!parseNumber(fields[1], decoded.params.n) || !parseNumber(fields[2], decoded.params.r) ||
      !parseNumber(fields[3], decoded.params.p)) {
    return malformed("N, r and p must be decimal numbers");
  }
  AUDIENTIA_TRY_STATUS(checkParams(decoded.params));
  auto salt = base64UrlDecode(fields[4]);
  auto hash = base64UrlDecode(fields[5]);
  if (!salt || salt->size() < kSaltBytes) return malformed("salt is not base64url of 16+ bytes");
  if (!hash || hash->size() != kHashBytes) return malformed("hash is not base64url of 32 bytes");
  decoded.salt = std::move(*salt);
  decoded.hash = std::move(*hash);
  return decoded;
}

Expected<std::vector<std::uint8_t>> derive(std::string_view password,
                                           const std::vector<std::uint8_t>& salt,
                                           const ScryptParams& params) {
  std::vector<std::uint8_t> key(kHashBytes);
  // scrypt needs 128 * r * (N + p + 2) bytes; allow that plus headroom.
  std::uint64_t maxMemory = 128ull * params.r * (params.n + params.p + 2) + (1u << 20);
  if (EVP_PBE_scrypt(password.data(), password.size(), salt.data(), salt.size(), params.n, params.r,
                     params.p, maxMemory, key.data(), key.size()) != 1) {
    return internalError("scrypt failed (N=" + std::to_string(params.n) + ", r=" +
                         std::to_string(params.r) + ", p=" + std::to_string(params.p) + ")");
  }
  return key;
}

}  // namespace

Expected<std::string> PasswordHasher::hash(std::string_view password, HashDeadline deadline) const {
  AUDIENTIA_TRY_STATUS(checkParams(params_));
  AUDIENTIA_TRY(auto salt, randomBytes(kSaltBytes));
  AUDIENTIA_TRY(HashingGate::Slot slot, gate_->enter(deadline));
  AUDIENTIA_TRY(auto key, derive(password, salt, params_));
  return std::string(kScheme) + "$" + std::to_string(params_.n) + "$" + std::to_string(params_.r) +
         "$" + std::to_string(params_.p) + "$" + base64UrlEncode(salt) + "$" + base64UrlEncode(key);
}

Expected<bool> PasswordHasher::verify(std::string_view password, std::string_view encoded,
                                      HashDeadline deadline) const {
  AUDIENTIA_TRY(Decoded decoded, decode(encoded));
  AUDIENTIA_TRY(HashingGate::Slot slot, gate_->enter(deadline));
  AUDIENTIA_TRY(auto key, derive(password, decoded.salt, decoded.params));
  return CRYPTO_memcmp(key.data(), decoded.hash.data(), kHashBytes) == 0;
}

Expected<ScryptParams> PasswordHasher::parseParams(std::string_view encoded) {
  AUDIENTIA_TRY(Decoded decoded, decode(encoded));
  return decoded.params;
}

}  // namespace audientia::app
