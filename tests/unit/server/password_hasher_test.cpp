#include "app/identity/password_hasher.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

namespace audientia::app {
namespace {

// Tests use cheap parameters; the default ones are timed once below.
constexpr ScryptParams kFast{1u << 10, 8, 1};

TEST(PasswordHasher, RoundTrip) {
  PasswordHasher hasher(kFast);
  auto encoded = hasher.hash("correct horse battery staple");
  ASSERT_TRUE(encoded) << encoded.error().toString();
  EXPECT_EQ(encoded->rfind("scrypt$1024$8$1$", 0), 0u) << *encoded;
  auto match = hasher.verify("correct horse battery staple", *encoded);
  ASSERT_TRUE(match);
  EXPECT_TRUE(*match);
}

TEST(PasswordHasher, WrongPasswordDoesNotMatch) {
  PasswordHasher hasher(kFast);
  auto encoded = hasher.hash("secret-one");
  ASSERT_TRUE(encoded);
  EXPECT_FALSE(*hasher.verify("secret-two", *encoded));
  EXPECT_FALSE(*hasher.verify("", *encoded));
}

TEST(PasswordHasher, SaltIsFreshEachTime) {
  PasswordHasher hasher(kFast);
  EXPECT_NE(*hasher.hash("same"), *hasher.hash("same"));
}

TEST(PasswordHasher, ParametersComeFromTheEncoding) {
  PasswordHasher strong(ScryptParams{1u << 11, 4, 2});
  auto encoded = strong.hash("pw");
  ASSERT_TRUE(encoded);
  auto params = PasswordHasher::parseParams(*encoded);
  ASSERT_TRUE(params);
  EXPECT_EQ(*params, (ScryptParams{1u << 11, 4, 2}));
  // A hasher configured differently still verifies it, with the encoded parameters.
  EXPECT_TRUE(*PasswordHasher(kFast).verify("pw", *encoded));
}

TEST(PasswordHasher, TamperedEncodingIsRejected) {
  PasswordHasher hasher(kFast);
  std::string encoded = *hasher.hash("pw");
  // Changing the parameters changes the derived key: no match.
  std::string weaker = encoded;
  weaker.replace(weaker.find("$8$"), 3, "$4$");
  EXPECT_FALSE(*hasher.verify("pw", weaker));
  // Flipping a hash character: no match.
  std::string flipped = encoded;
  flipped[flipped.size() - 2] = flipped[flipped.size() - 2] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(*hasher.verify("pw", flipped));
  // Malformed encodings are errors, not matches.
  for (const std::string& bad :
       {std::string("plain"), std::string("bcrypt$1024$8$1$AAAA$AAAA"),
        std::string("scrypt$1000$8$1$") + encoded.substr(std::string("scrypt$1024$8$1$").size()),
        std::string("scrypt$1024$8$1$!!!$AAAA"), encoded.substr(0, encoded.size() - 4),
        std::string("scrypt$1024$8$1$$"), std::string("scrypt$4194304000$8$1$AA$AA")}) {
    auto result = hasher.verify("pw", bad);
    ASSERT_FALSE(result) << bad;
    EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument) << bad;
    EXPECT_FALSE(PasswordHasher::parseParams(bad)) << bad;
  }
}

TEST(PasswordHasher, DefaultParametersCostReported) {
  PasswordHasher hasher;
  auto encoded = hasher.hash("time me");
  ASSERT_TRUE(encoded);
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(*hasher.verify("time me", *encoded));
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start);
  std::printf("scrypt N=%llu r=%u p=%u: one verify took %lld ms\n",
              static_cast<unsigned long long>(hasher.params().n), hasher.params().r,
              hasher.params().p, static_cast<long long>(ms.count()));
  EXPECT_GE(ms.count(), 10);  // a hash that costs nothing would protect nothing
}

}  // namespace
}  // namespace audientia::app
