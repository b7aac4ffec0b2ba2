// Two small shared pieces of the server core: a stored object read in chunks (what fixity,
// processing and exports share), on a real file of the filesystem store, and the file name
// stem made from a case number (clips and reports).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/common/object_chunks.h"
#include "app/export/file_names.h"
#include "audientia/base/sha256.h"
#include "audientia/testing/temp_dir.h"
#include "storage/filesystem/filesystem_media_store.h"

namespace audientia::app {
namespace {

TEST(ObjectChunks, ReadsTheWholeObjectInOrderAndStopsAtTheFirstRefusal) {
  testing::TempDir dir;
  std::string bytes;
  for (int i = 0; i < 100'000; ++i) bytes += static_cast<char>(i * 7 % 251);
  auto store = storage::filesystem::FilesystemMediaStore::open(dir.path() / "store");
  ASSERT_TRUE(store) << store.error().toString();
  auto writer = (*store)->createWriter();
  ASSERT_TRUE(writer) << writer.error().toString();
  ASSERT_TRUE((*writer)->write(std::as_bytes(std::span(bytes.data(), bytes.size()))));
  auto key = (*writer)->commit();
  ASSERT_TRUE(key) << key.error().toString();
  EXPECT_EQ(*key, toHex(Sha256::of(bytes)));
  auto reader = (*store)->openReader(*key);
  ASSERT_TRUE(reader) << reader.error().toString();

  std::vector<std::byte> buffer(4096);  // 100,000 bytes: 24 whole chunks and a short one
  std::string read;
  int chunks = 0;
  ASSERT_TRUE(forEachChunk(**reader, buffer, [&](std::span<const std::byte> chunk) {
    read.append(reinterpret_cast<const char*>(chunk.data()), chunk.size());
    ++chunks;
    return ok();
  }));
  EXPECT_TRUE(read == bytes);
  EXPECT_EQ(chunks, 25);

  chunks = 0;
  auto stopped = forEachChunk(**reader, buffer, [&](std::span<const std::byte>) -> Status {
    if (++chunks == 3) return Error(ErrorCode::kCancelled, "client stopped reading");
    return ok();
  });
  ASSERT_FALSE(stopped);
  EXPECT_EQ(stopped.error().code(), ErrorCode::kCancelled);
  EXPECT_EQ(chunks, 3);
}

TEST(FileNames, ACaseNumberBecomesAPlainStem) {
  EXPECT_EQ(caseFileStem("808/P/2026", "clip"), "808-P-2026");
  // Each byte of a letter outside ASCII becomes a '-' (Ș is two bytes in UTF-8).
  EXPECT_EQ(caseFileStem("Dosar nr. 12 Ș", "clip"), "Dosar-nr.-12---");
  EXPECT_EQ(caseFileStem("", "hearing"), "hearing");
}

}  // namespace
}  // namespace audientia::app
