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

using DirectIo = FilesystemMediaStore::DirectIo;

// kLargeUploads switches to O_DIRECT at an unaligned size in the middle of the appends below.
constexpr std::uint64_t kLargeFromBytes = 2 * kMiB + 1;

class UploadSinkDirectIo : public ::testing::TestWithParam<DirectIo> {
 protected:
  Expected<std::unique_ptr<FilesystemMediaStore>> openStore() {
    FilesystemMediaStore::Options options;
    options.directIo = GetParam();
    options.largeUploadBytes = kLargeFromBytes;
    options.maxBytes = std::uint64_t{1} << 40;  // counted, never reached
    return FilesystemMediaStore::open(dir_.path() / "media", options);
  }
  TempDir dir_;
};

TEST_P(UploadSinkDirectIo, EveryShapeOfAppendReadsBackAndSurvivesReopening) {
  std::mt19937_64 random(7 + static_cast<unsigned>(GetParam()));
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
  // Page-cache writes reach the file at once; direct I/O keeps small appends in its buffer (a
  // large upload's too, past kLargeFromBytes).
  const std::string expected = GetParam() == DirectIo::kNever ? synced + "never synced" : synced;
  EXPECT_EQ(readAll(**staging), expected);
  EXPECT_EQ((*store)->usedBytes(), expected.size()) << "the quota follows the file";
}

INSTANTIATE_TEST_SUITE_P(Modes, UploadSinkDirectIo,
                         ::testing::Values(DirectIo::kNever, DirectIo::kLargeUploads,
                                           DirectIo::kAlways),
                         [](const ::testing::TestParamInfo<DirectIo>& mode) {
                           switch (mode.param) {
                             case DirectIo::kNever:
                               return "PageCache";
                             case DirectIo::kLargeUploads:
                               return "LargeUploadsDirect";
                             default:
                               return "DirectIo";
                           }
                         });

// On the filesystem of the temporary directory (ext4 or tmpfs here), O_DIRECT is taken.
TEST(UploadSinkDirectIoSupport, UsedWhereTheFilesystemTakesIt) {
  TempDir dir;
  auto staging = FilesystemUploadSink::open(dir.path() / "one.part", dir.path(),
                                            std::make_shared<StoreQuota>(0, 0), true, 0);
  ASSERT_TRUE(staging) << staging.error().toString();
  EXPECT_TRUE((*staging)->directIo()) << "O_DIRECT was refused on " << dir.path();
  ASSERT_TRUE((*staging)->append((*staging)->size(),
                                 bytesOf(std::string(FilesystemUploadSink::kBufferBytes, 'd'))));
  ASSERT_TRUE((*staging)->flush());  // the direct write behind has ended
  EXPECT_TRUE((*staging)->directIo()) << "a direct write was refused";
  auto plain = FilesystemUploadSink::open(dir.path() / "two.part", dir.path(),
                                          std::make_shared<StoreQuota>(0, 0), true, std::nullopt);
  ASSERT_TRUE(plain);
  EXPECT_FALSE((*plain)->directIo());
}

// Only so many sinks write with O_DIRECT at once (each holds 16 MiB of buffers): the others go
// on through the page cache and take a slot at their next append once one is free.
TEST(UploadSinkDirectIoSupport, OnlySoManyUploadsHoldDirectBuffersAtOnce) {
  TempDir dir;
  auto quota = std::make_shared<StoreQuota>(0, 0);
  auto slots = std::make_shared<DirectIoSlots>(1);
  const std::string past(kMiB + 1, 'p');
  auto first =
      FilesystemUploadSink::open(dir.path() / "first.part", dir.path(), quota, true, kMiB, slots);
  auto second =
      FilesystemUploadSink::open(dir.path() / "second.part", dir.path(), quota, true, kMiB, slots);
  ASSERT_TRUE(first && second);
  ASSERT_TRUE((*first)->append(0, bytesOf(past)));
  EXPECT_TRUE((*first)->directIo());
  EXPECT_EQ(slots->taken(), 1);
  ASSERT_TRUE((*second)->append(0, bytesOf(past)));
  EXPECT_FALSE((*second)->directIo()) << "no slot free: the page cache";
  std::string model = past;
  auto committed = (*first)->commit(toHex(Sha256::of(past)));
  ASSERT_TRUE(committed) << committed.error().toString();
  EXPECT_EQ(slots->taken(), 0) << "a committed sink gives its slot back";
  ASSERT_TRUE((*second)->append((*second)->size(), bytesOf("next")));
  model += "next";
  EXPECT_TRUE((*second)->directIo()) << "the next append takes the free slot";
  ASSERT_EQ(readAll(**second), model);
  second->reset();
  EXPECT_EQ(slots->taken(), 0) << "so does one that is closed";
}

// A large upload goes past the page cache from the append that takes it past the threshold on,
// also when its sink is opened again later (a resumed upload after a restart).
TEST(UploadSinkDirectIoSupport, ALargeUploadSwitchesPastTheThreshold) {
  TempDir dir;
  const fs::path path = dir.path() / "large.part";
  auto quota = std::make_shared<StoreQuota>(0, 0);
  const std::uint64_t from = kMiB;
  std::string model;
  {
    auto staging = FilesystemUploadSink::open(path, dir.path(), quota, true, from);
    ASSERT_TRUE(staging) << staging.error().toString();
    const std::string small(kMiB / 2 + 7, 'a');
    ASSERT_TRUE((*staging)->append(0, bytesOf(small)));
    model += small;
    EXPECT_FALSE((*staging)->directIo()) << "below the threshold: the page cache";
    const std::string crossing(kMiB, 'b');
    ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf(crossing)));
    model += crossing;
    EXPECT_TRUE((*staging)->directIo()) << "past it: O_DIRECT";
    ASSERT_EQ(readAll(**staging), model);
    ASSERT_TRUE((*staging)->sync());
  }
  auto reopened = FilesystemUploadSink::open(path, dir.path(), quota, false, from);
  ASSERT_TRUE(reopened);
  EXPECT_TRUE((*reopened)->directIo()) << "a sink that holds more than the threshold";
  const std::string tail(3 * kMiB + 5, 'c');
  ASSERT_TRUE((*reopened)->append((*reopened)->size(), bytesOf(tail)));
  model += tail;
  ASSERT_TRUE((*reopened)->sync());
  EXPECT_EQ(fileBytes(path), model);
}

}  // namespace
}  // namespace audientia::storage::filesystem
