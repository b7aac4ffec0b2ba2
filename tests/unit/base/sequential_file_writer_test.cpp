// posix::SequentialFileWriter on real files: whatever the sizes of the writes and of the file,
// the file holds exactly the bytes written, in order, with whole blocks past the page cache
// where the filesystem takes O_DIRECT; a full disk is an error that names the file.

#include "audientia/base/sequential_file_writer.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <linux/magic.h>
#include <sys/statfs.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "audientia/testing/temp_dir.h"

namespace audientia::posix {
namespace {

namespace fs = std::filesystem;
using audientia::testing::TempDir;

std::string writtenContentOf(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// n bytes that differ from block to block and within each, so a misplaced block shows.
std::string pattern(std::size_t n, std::uint32_t seed) {
  std::string bytes(n, '\0');
  std::uint32_t state = seed * 2654435761u + 1;
  for (auto& c : bytes) {
    state = state * 1664525u + 1013904223u;
    c = static_cast<char>(state >> 24);
  }
  return bytes;
}

constexpr std::size_t kBuffer = SequentialFileWriter::kBufferBytes;
constexpr std::size_t kBlock = SequentialFileWriter::kBlockBytes;

TEST(SequentialFileWriter, WritesExactlyTheBytesWhateverTheSizes) {
  TempDir dir;
  // Empty, smaller than a block, a block, a buffer and a bit, several buffers and an odd tail.
  for (const std::size_t size :
       {std::size_t{0}, std::size_t{100}, kBlock, kBuffer + 1, 3 * kBuffer + 5 * kBlock + 77}) {
    for (const std::size_t piece : {std::size_t{1000}, std::size_t{1} << 20, 3 * kBuffer}) {
      const fs::path path =
          dir.path() / ("f-" + std::to_string(size) + "-" + std::to_string(piece));
      const std::string bytes = pattern(size, static_cast<std::uint32_t>(size + piece));
      auto writer = SequentialFileWriter::create(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
      ASSERT_TRUE(writer) << writer.error().toString();
      for (std::size_t at = 0; at < bytes.size(); at += piece) {
        ASSERT_TRUE(writer->write(std::string_view(bytes).substr(at, piece)));
      }
      EXPECT_EQ(writer->size(), size);
      ASSERT_TRUE(writer->close());
      ASSERT_EQ(fs::file_size(path), size) << path;
      EXPECT_TRUE(writtenContentOf(path) == bytes) << path << ": the bytes differ";
    }
  }
}

TEST(SequentialFileWriter, GoesPastThePageCacheOnThisDiskAndSyncsMidway) {
  TempDir dir;
  const fs::path path = dir.path() / "package.bin";
  auto writer = SequentialFileWriter::create(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
  ASSERT_TRUE(writer);
  // ext4, xfs and tmpfs (Linux 6.6+) take O_DIRECT: there the blocks must go past the cache.
  struct statfs info {};
  ASSERT_EQ(::statfs(dir.path().c_str(), &info), 0);
  if (info.f_type == EXT4_SUPER_MAGIC || info.f_type == XFS_SUPER_MAGIC) {
    EXPECT_TRUE(writer->direct()) << "O_DIRECT refused on ext4/xfs";
  }
  const std::string first = pattern(kBuffer + 10, 1);
  ASSERT_TRUE(writer->write(first));
  // A sync in the middle writes the unaligned tail through the page cache; what follows is
  // still written in order after it.
  ASSERT_TRUE(writer->sync());
  EXPECT_EQ(fs::file_size(path), first.size());
  const std::string second = pattern(2 * kBuffer + 3, 2);
  ASSERT_TRUE(writer->write(second));
  ASSERT_TRUE(writer->close(/*sync=*/false));
  EXPECT_TRUE(writtenContentOf(path) == first + second);
}

TEST(SequentialFileWriter, RefusesAnExistingFileWithItsName) {
  TempDir dir;
  const fs::path path = dir.path() / "exists.bin";
  std::ofstream(path) << "kept";
  auto writer = SequentialFileWriter::create(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
  ASSERT_FALSE(writer);
  EXPECT_EQ(writer.error().code(), ErrorCode::kAlreadyExists);
  EXPECT_NE(writer.error().message().find(path.string()), std::string::npos);
  EXPECT_EQ(writtenContentOf(path), "kept");
}

TEST(SequentialFileWriter, AFullDiskIsAnErrorThatStays) {
  // /dev/full takes no byte: every write fails with ENOSPC, and so does every later call.
  auto writer = SequentialFileWriter::create("/dev/full", O_WRONLY, 0);
  ASSERT_TRUE(writer) << writer.error().toString();
  const std::string bytes = pattern(kBuffer, 3);
  auto wrote = writer->write(bytes);  // a whole buffer: written at once, and refused
  ASSERT_FALSE(wrote);
  EXPECT_EQ(wrote.error().code(), ErrorCode::kResourceExhausted) << wrote.error().toString();
  EXPECT_NE(wrote.error().message().find("/dev/full"), std::string::npos);
  EXPECT_FALSE(writer->write("more"));
  EXPECT_FALSE(writer->close());
}

}  // namespace
}  // namespace audientia::posix
