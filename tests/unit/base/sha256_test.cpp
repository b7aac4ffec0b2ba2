// Sha256 against published test vectors (FIPS 180-2), incremental vs one-shot, files, hex.

#include "audientia/base/sha256.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "audientia/testing/temp_dir.h"

namespace audientia {
namespace {

constexpr const char* kEmptyHash =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
constexpr const char* kAbcHash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr const char* kTwoBlockHash =  // "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";

TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(toHex(Sha256::of("")), kEmptyHash);
  EXPECT_EQ(toHex(Sha256::of("abc")), kAbcHash);
  EXPECT_EQ(toHex(Sha256::of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            kTwoBlockHash);
}

TEST(Sha256Test, MillionAs) {
  Sha256 hash;
  const std::string chunk(1000, 'a');
  for (int i = 0; i < 1000; ++i) hash.update(chunk);
  EXPECT_EQ(toHex(hash.finish()),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256Test, IncrementalEqualsOneShot) {
  std::string data;
  for (int i = 0; i < 10000; ++i) data.push_back(static_cast<char>(i * 7 + 3));
  Sha256 hash;
  // Uneven pieces, crossing the 64-byte block boundary in different places.
  std::size_t pos = 0;
  for (std::size_t step = 1; pos < data.size(); step = step * 3 % 97 + 1) {
    const std::size_t n = std::min(step, data.size() - pos);
    hash.update(
        std::span<const std::byte>(reinterpret_cast<const std::byte*>(data.data() + pos), n));
    pos += n;
  }
  EXPECT_EQ(hash.finish(), Sha256::of(data));
}

TEST(Sha256Test, FinishResetsForReuse) {
  Sha256 hash;
  hash.update("something else");
  (void)hash.finish();
  hash.update("abc");
  EXPECT_EQ(toHex(hash.finish()), kAbcHash);
  EXPECT_EQ(toHex(hash.finish()), kEmptyHash);
}

TEST(Sha256Test, MovedHashKeepsItsState) {
  Sha256 a;
  a.update("ab");
  Sha256 b = std::move(a);
  b.update("c");
  EXPECT_EQ(toHex(b.finish()), kAbcHash);
}

class Sha256FileTest : public ::testing::Test {
 protected:
  audientia::testing::TempDir temp_{"audientia-sha"};
  const std::filesystem::path& dir_ = temp_.path();
};

TEST_F(Sha256FileTest, OfFileMatchesInMemoryHashAcrossBlocks) {
  // Larger than the 1 MiB read block, not a multiple of it.
  std::string data(3 * 1024 * 1024 + 123, '\0');
  for (std::size_t i = 0; i < data.size(); ++i) data[i] = static_cast<char>((i * 31) >> 3);
  const auto path = dir_ / "evidence.bin";
  std::ofstream(path, std::ios::binary)
      .write(data.data(), static_cast<std::streamsize>(data.size()));
  const auto digest = Sha256::ofFile(path);
  ASSERT_TRUE(digest) << digest.error().toString();
  EXPECT_EQ(*digest, Sha256::of(data));
}

TEST_F(Sha256FileTest, OfEmptyFile) {
  const auto path = dir_ / "empty";
  std::ofstream(path, std::ios::binary).close();
  const auto digest = Sha256::ofFile(path);
  ASSERT_TRUE(digest);
  EXPECT_EQ(toHex(*digest), kEmptyHash);
}

TEST_F(Sha256FileTest, OfMissingFileIsNotFound) {
  const auto digest = Sha256::ofFile(dir_ / "missing");
  ASSERT_FALSE(digest);
  EXPECT_EQ(digest.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(digest.error().message().find("missing"), std::string::npos);
}

TEST(HexTest, ToHexIsLowerCase) {
  const std::uint8_t bytes[] = {0x00, 0x0f, 0xa0, 0xff};
  EXPECT_EQ(toHex(std::span<const std::uint8_t>(bytes)), "000fa0ff");
}

TEST(HexTest, IsSha256Hex) {
  EXPECT_TRUE(isSha256Hex(kAbcHash));
  EXPECT_FALSE(isSha256Hex(""));
  EXPECT_FALSE(isSha256Hex(std::string(kAbcHash).substr(1)));
  EXPECT_FALSE(isSha256Hex(std::string(kAbcHash) + "0"));
  std::string upper(kAbcHash);
  upper[0] = 'B';
  EXPECT_FALSE(isSha256Hex(upper));
  std::string notHex(kAbcHash);
  notHex[5] = 'g';
  EXPECT_FALSE(isSha256Hex(notHex));
}

}  // namespace
}  // namespace audientia
