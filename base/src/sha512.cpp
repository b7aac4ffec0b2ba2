#include "audientia/base/sha512.h"

#include <openssl/evp.h>

#include <cstdint>
#include <span>
#include <stdexcept>

#include "audientia/base/sha256.h"

namespace audientia {

struct Sha512::Context {
  Context() : ctx(EVP_MD_CTX_new()) {
    if (ctx == nullptr || EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr) != 1) {
      EVP_MD_CTX_free(ctx);
      throw std::runtime_error("OpenSSL: cannot start a SHA-512");
    }
  }
  ~Context() { EVP_MD_CTX_free(ctx); }
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
  EVP_MD_CTX* ctx;
};

Sha512::Sha512() : context_(std::make_unique<Context>()) {}
Sha512::~Sha512() = default;

void Sha512::update(std::string_view data) {
  EVP_DigestUpdate(context_->ctx, data.data(), data.size());
}

std::string Sha512::finishHex() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(context_->ctx, digest, &length);
  EVP_DigestInit_ex(context_->ctx, EVP_sha512(), nullptr);
  return toHex(std::span<const std::uint8_t>(digest, length));
}

std::string Sha512::hexOf(std::string_view data) {
  Sha512 hash;
  hash.update(data);
  return hash.finishHex();
}

bool isSha512Hex(std::string_view text) {
  if (text.size() != 128) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace audientia
