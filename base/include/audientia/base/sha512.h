#pragma once

// SHA-512 (OpenSSL), for what is handed out with both digests (the evidence package's
// manifest-sha512.txt, as RFC 8493 asks tools to offer): incremental, hex out.

#include <memory>
#include <string>
#include <string_view>

namespace audientia {

class Sha512 {
 public:
  Sha512();
  ~Sha512();
  Sha512(const Sha512&) = delete;
  Sha512& operator=(const Sha512&) = delete;

  void update(std::string_view data);
  // Lower-case hex of the 64-byte digest; the object is reset and can be used again.
  std::string finishHex();

  static std::string hexOf(std::string_view data);

 private:
  struct Context;
  std::unique_ptr<Context> context_;
};

bool isSha512Hex(std::string_view text);

}  // namespace audientia
