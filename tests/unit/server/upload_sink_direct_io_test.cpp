// The upload sink with and without direct I/O: appends of every size and alignment, syncs,
// reads, truncation above and below the write buffer, reopening and commit must give the same
// bytes as a plain model of the file.

#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "audientia/base/sha256.h"
#include "storage/filesystem/file_upload_sink.h"
#include "storage/filesystem/filesystem_media_store.h"
#include "test_support.h"

namespace audientia::storage::filesystem {
namespace {

namespace fs = std::filesystem;
using audientia::testing::bytesOf;
using audientia::testing::TempDir;

constexpr const char* kDirectUpload = "5d6a4c1e-8f0b-4c7e-9a51-2e3f4d5c6b7a";
constexpr std::size_t kMiB = 1024 * 1024;

std::string readAll(ports::UploadSink& staging) {
  std::string out(staging.size(), '\0');
  auto got = staging.read(0, std::as_writable_bytes(std::span(out.data(), out.size())));
  EXPECT_TRUE(got) << got.error().toString();
  out.resize(got ? *got : 0);
  return out;
}

std::string fileBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class UploadSinkDirectIo : public ::testing::TestWithParam<bool> {
 protected:
  Expected<std::unique_ptr<FilesystemMediaStore>> openStore() {
    FilesystemMediaStore::Options options;
    options.directIo = GetParam();
    options.maxBytes = std::uint64_t{1} << 40;  // counted, never reached
    return FilesystemMediaStore::open(dir_.path() / "media", options);
  }
  TempDir dir_;
};

TEST_P(UploadSinkDirectIo, EveryShapeOfAppendReadsBackAndSurvivesReopening) {
  std::mt19937_64 random(GetParam() ? 7 : 8);
  auto store = openStore();
  ASSERT_TRUE(store) << store.error().toString();
  std::string model;
  auto next = [&](std::size_t size) {
    std::string bytes(size, '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    return bytes;
  };
  {
    auto staging = (*store)->openFileSink(kDirectUpload, true);
    ASSERT_TRUE(staging) << staging.error().toString();
    // Sizes around the block and the buffer: 1 byte, a block +-1, a buffer +-1, 5 MiB, odd.
    const std::size_t sizes[] = {
        1,        4095,     4096,         4097,     FilesystemUploadSink::kBufferBytes - 1,
        3,        4 * kMiB, 4 * kMiB + 1, 5 * kMiB, 12345,
        1 * kMiB, 777};
    int step = 0;
    for (std::size_t size : sizes) {
      const std::string bytes = next(size);
      ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf(bytes)));
      model += bytes;
      ASSERT_EQ((*staging)->size(), model.size());
      if (++step % 3 == 0) {
        ASSERT_TRUE((*staging)->sync());
      }
      if (step % 4 == 0) {
        ASSERT_EQ(readAll(**staging), model) << "after " << step << " appends";
      }
    }
    // Cut back inside the bytes still buffered, then below them, appending after each.
    for (std::uint64_t keep :
         {model.size() - 100, std::uint64_t{6 * kMiB + 5}, std::uint64_t{4097}}) {
      ASSERT_TRUE((*staging)->resumeAt(keep));
      model.resize(keep);
      const std::string bytes = next(3 * kMiB + 11);
      ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf(bytes)));
      model += bytes;
      ASSERT_EQ(readAll(**staging), model) << "after cutting back to " << keep;
    }
    ASSERT_TRUE((*staging)->sync());
    EXPECT_EQ(fileBytes((*staging)->path()), model);
  }
  // A new process: the file is what was synced, and appending goes on at its end.
  store = openStore();
  ASSERT_TRUE(store);
  EXPECT_EQ((*store)->usedBytes(), model.size());
  auto staging = (*store)->openFileSink(kDirectUpload, false);
  ASSERT_TRUE(staging);
  ASSERT_EQ((*staging)->size(), model.size());
  const std::string tail = next(4 * kMiB + 3);
  ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf(tail)));
  model += tail;
  const std::string key = toHex(Sha256::of(model));
  auto committed = (*staging)->commit(key);
  ASSERT_TRUE(committed) << committed.error().toString();
  EXPECT_EQ(fileBytes((*store)->objectPath(key)), model);
  EXPECT_EQ((*store)->usedBytes(), model.size());
}

TEST_P(UploadSinkDirectIo, ClosingWithoutSyncDropsOnlyUnflushedBytes) {
  auto store = openStore();
  ASSERT_TRUE(store);
  const std::string synced(5 * kMiB + 3, 's');
  {
    auto staging = (*store)->openFileSink(kDirectUpload, true);
    ASSERT_TRUE(staging);
    ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf(synced)));
    ASSERT_TRUE((*staging)->sync());
    ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf("never synced")));
  }
  auto staging = (*store)->openFileSink(kDirectUpload, false);
  ASSERT_TRUE(staging);
  // Page-cache writes reach the file at once; direct I/O keeps small appends in its buffer.
  const std::string expected = GetParam() ? synced : synced + "never synced";
  EXPECT_EQ(readAll(**staging), expected);
  EXPECT_EQ((*store)->usedBytes(), expected.size()) << "the quota follows the file";
}

INSTANTIATE_TEST_SUITE_P(Modes, UploadSinkDirectIo, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& mode) {
                           return mode.param ? "DirectIo" : "PageCache";
                         });

// On the filesystem of the temporary directory (ext4 or tmpfs here), O_DIRECT is taken.
TEST(UploadSinkDirectIoSupport, UsedWhereTheFilesystemTakesIt) {
  TempDir dir;
  auto staging = FilesystemUploadSink::open(dir.path() / "one.part", dir.path(),
                                            std::make_shared<StoreQuota>(0, 0), true, true);
  ASSERT_TRUE(staging) << staging.error().toString();
  EXPECT_TRUE((*staging)->directIo()) << "O_DIRECT was refused on " << dir.path();
  ASSERT_TRUE((*staging)->append((*staging)->size(),
                                 bytesOf(std::string(FilesystemUploadSink::kBufferBytes, 'd'))));
  ASSERT_TRUE((*staging)->flush());  // the direct write behind has ended
  EXPECT_TRUE((*staging)->directIo()) << "a direct write was refused";
  auto plain = FilesystemUploadSink::open(dir.path() / "two.part", dir.path(),
                                          std::make_shared<StoreQuota>(0, 0), true, false);
  ASSERT_TRUE(plain);
  EXPECT_FALSE((*plain)->directIo());
}

}  // namespace
}  // namespace audientia::storage::filesystem
