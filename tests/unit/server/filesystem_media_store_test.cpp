#include "storage/filesystem/filesystem_media_store.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

#include "audientia/base/sha256.h"
#include "test_support.h"

namespace audientia::storage::filesystem {
namespace {

namespace fs = std::filesystem;
using audientia::testing::bytesOf;
using audientia::testing::TempDir;

std::size_t fileCount(const fs::path& dir) {
  std::size_t count = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) count += entry.is_regular_file();
  return count;
}

std::string readAll(ports::ObjectReader& reader, std::uint64_t offset, std::size_t length) {
  std::string out(length, '\0');
  auto got = reader.read(offset, std::as_writable_bytes(std::span(out.data(), out.size())));
  EXPECT_TRUE(got);
  out.resize(got ? *got : 0);
  return out;
}

TEST(FilesystemMediaStore, ObjectVisibleOnlyAfterCommit) {
  TempDir dir;
  auto store = FilesystemMediaStore::open(dir.path() / "media");
  ASSERT_TRUE(store) << store.error().toString();
  const std::string content = "evidence bytes";
  const std::string key = toHex(Sha256::of(content));
  auto writer = (*store)->createWriter();
  ASSERT_TRUE(writer);
  ASSERT_TRUE((*writer)->write(bytesOf("evidence ")));
  ASSERT_TRUE((*writer)->write(bytesOf("bytes")));
  EXPECT_EQ((*writer)->bytesWritten(), content.size());
  EXPECT_EQ((*writer)->sha256Hex(), key);
  EXPECT_FALSE(*(*store)->exists(key));
  EXPECT_EQ((*store)->openReader(key).error().code(), ErrorCode::kNotFound);
  // Until commit the bytes are in one private file of staging/.
  std::vector<fs::path> staged;
  for (const auto& entry : fs::directory_iterator((*store)->stagingDir())) {
    staged.push_back(entry.path());
  }
  ASSERT_EQ(staged.size(), 1u);
  struct stat info {};
  ASSERT_EQ(::stat(staged[0].c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_EQ(fs::file_size(staged[0]), content.size());

  auto committed = (*writer)->commit();
  ASSERT_TRUE(committed) << committed.error().toString();
  EXPECT_EQ(*committed, key);
  EXPECT_TRUE(*(*store)->exists(key));
  fs::path object = (*store)->objectPath(key);
  EXPECT_EQ(object, dir.path() / "media" / "objects" / key.substr(0, 2) / key.substr(2, 2) / key);
  ASSERT_EQ(::stat(object.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0444u);
  EXPECT_EQ(fileCount((*store)->stagingDir()), 0u);
  writer->reset();
  EXPECT_TRUE(fs::exists(object)) << "destroying a committed writer must keep the object";
}

TEST(FilesystemMediaStore, UncommittedWriterLeavesNothing) {
  TempDir dir;
  auto store = FilesystemMediaStore::open(dir.path());
  ASSERT_TRUE(store);
  {
    auto writer = (*store)->createWriter();
    ASSERT_TRUE(writer);
    ASSERT_TRUE((*writer)->write(bytesOf("partial upload")));
    EXPECT_EQ(fileCount(dir.path()), 1u);
  }
  EXPECT_EQ(fileCount(dir.path()), 0u);
}

TEST(FilesystemMediaStore, DuplicateCommitKeepsOneObject) {
  TempDir dir;
  auto store = FilesystemMediaStore::open(dir.path());
  ASSERT_TRUE(store);
  std::string keys[2];
  for (auto& key : keys) {
    auto writer = (*store)->createWriter();
    ASSERT_TRUE(writer);
    ASSERT_TRUE((*writer)->write(bytesOf("same content")));
    auto committed = (*writer)->commit();
    ASSERT_TRUE(committed) << committed.error().toString();
    key = *committed;
  }
  EXPECT_EQ(keys[0], keys[1]);
  EXPECT_EQ(fileCount(dir.path()), 1u);
}

TEST(FilesystemMediaStore, ReadsRanges) {
  TempDir dir;
  auto store = FilesystemMediaStore::open(dir.path());
  ASSERT_TRUE(store);
  std::string content;
  for (int i = 0; i < 100000; ++i) content.push_back(static_cast<char>('a' + i % 26));
  auto writer = (*store)->createWriter();
  ASSERT_TRUE((*writer)->write(bytesOf(content)));
  auto key = (*writer)->commit();
  ASSERT_TRUE(key);
  auto reader = (*store)->openReader(*key);
  ASSERT_TRUE(reader);
  EXPECT_EQ((*reader)->size(), content.size());
  EXPECT_EQ(readAll(**reader, 0, 10), content.substr(0, 10));
  EXPECT_EQ(readAll(**reader, 54321, 777), content.substr(54321, 777));
  EXPECT_EQ(readAll(**reader, content.size() - 5, 100), content.substr(content.size() - 5));
  EXPECT_EQ(readAll(**reader, content.size(), 100), "");
  EXPECT_EQ(readAll(**reader, content.size() + 10, 100), "");
  EXPECT_EQ((*store)->openReader("not-a-key").error().code(), ErrorCode::kInvalidArgument);
}

TEST(FilesystemMediaStore, EmptyObject) {
  TempDir dir;
  auto store = FilesystemMediaStore::open(dir.path());
  auto writer = (*store)->createWriter();
  auto key = (*writer)->commit();
  ASSERT_TRUE(key);
  EXPECT_EQ(*key, toHex(Sha256::of("")));
  EXPECT_EQ((*(*store)->openReader(*key))->size(), 0u);
}

TEST(FilesystemMediaStore, StaleStagingRemovedAtOpen) {
  TempDir dir;
  {
    auto store = FilesystemMediaStore::open(dir.path());
    ASSERT_TRUE(store);
  }
  // What a crash mid-upload leaves behind.
  std::ofstream(dir.path() / "staging" / "0123abcd.part") << "half an upload";
  std::ofstream(dir.path() / "staging" / "89ef.part") << "another";
  auto reopened = FilesystemMediaStore::open(dir.path());
  ASSERT_TRUE(reopened);
  EXPECT_EQ((*reopened)->staleFilesRemoved(), 2);
  EXPECT_EQ(fileCount(dir.path() / "staging"), 0u);
}

TEST(FilesystemMediaStore, RootThatIsAFileIsAnError) {
  TempDir dir;
  std::ofstream(dir.path() / "file") << "x";
  auto store = FilesystemMediaStore::open(dir.path() / "file");
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().message().find("not a directory"), std::string::npos);
}

}  // namespace
}  // namespace audientia::storage::filesystem
