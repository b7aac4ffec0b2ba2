#pragma once

// Password hashing with scrypt (OpenSSL EVP_PBE_scrypt). The encoded form carries its own
// parameters, so they can be raised later without invalidating stored hashes:
//
//   scrypt$<N>$<r>$<p>$<salt, base64url>$<hash, base64url>
//
// Salt: 16 random bytes per hash. Hash: 32 bytes. Comparison is constant-time.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "app/identity/hashing_gate.h"
#include "audientia/base/expected.h"

namespace audientia::app {

struct ScryptParams {
  std::uint64_t n = 0;  // CPU/memory cost, a power of two
  std::uint32_t r = 0;  // block size
  std::uint32_t p = 0;  // parallelism
  friend bool operator==(const ScryptParams&, const ScryptParams&) = default;
};

class PasswordHasher {
 public:
  // N = 2^15, r = 8, p = 1: 32 MiB and 70-100 ms per verify on the 2-core CI machine
  // (measured by the PasswordHasher.DefaultParametersCostReported test, which prints it).
  static constexpr ScryptParams kDefaultParams{1u << 15, 8, 1};

  explicit PasswordHasher(ScryptParams params = kDefaultParams, HashingLimits limits = {})
      : params_(params), gate_(std::make_shared<HashingGate>(limits)) {}

  // Every hash and verify runs under the gate (hashing_gate.h): kResourceExhausted when too
  // many wait already or no slot frees up before `deadline`.
  // A new encoded hash with a fresh random salt.
  Expected<std::string> hash(std::string_view password, HashDeadline deadline = {}) const;
  // true when password matches; false when it does not; kInvalidArgument when encoded is not
  // a hash this class can read (wrong scheme, parameters out of bounds, bad base64).
  Expected<bool> verify(std::string_view password, std::string_view encoded,
                        HashDeadline deadline = {}) const;
  // The parameters of an encoded hash (same errors as verify).
  static Expected<ScryptParams> parseParams(std::string_view encoded);

  const ScryptParams& params() const { return params_; }
  const HashingGate& gate() const { return *gate_; }

 private:
  ScryptParams params_;
  std::shared_ptr<HashingGate> gate_;
};

}  // namespace audientia::app
