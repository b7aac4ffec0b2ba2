// The durable atomic write and the file lock of audientia_base, on real files.

#include "audientia/base/posix_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "audientia/base/file_lock.h"
#include "audientia/testing/temp_dir.h"

namespace audientia::posix {
namespace {

namespace fs = std::filesystem;
using audientia::testing::TempDir;

std::string contentOf(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> namesIn(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(WriteFileAtomically, CreatesAndReplacesWithExactlyTheModeAndNoTemporaryLeft) {
  TempDir dir;
  const fs::path path = dir.path() / "session.json";
  const mode_t oldMask = ::umask(0077);
  ASSERT_TRUE(writeFileAtomically(path, "first", 0644));
  ::umask(oldMask);
  struct stat info {};
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0644u) << "the umask must not change the mode asked for";
  ASSERT_TRUE(writeFileAtomically(path, "second", 0600, Durability::kAtomicOnly));
  EXPECT_EQ(contentOf(path), "second");
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_EQ(namesIn(dir.path()), std::vector<std::string>{"session.json"});
}

TEST(WriteFileAtomically, AFailureLeavesTheOldFileAndNoTemporary) {
  TempDir dir;
  const fs::path path = dir.path() / "manifest.json";
  ASSERT_TRUE(writeFileAtomically(path, "kept", 0644));
  fs::create_directory(dir.path() / "occupied");
  // Renaming a file over a directory fails: the old content stays, the temporary goes.
  auto failed = writeFileAtomically(dir.path() / "occupied", "new", 0644);
  ASSERT_FALSE(failed);
  EXPECT_NE(failed.error().message().find("occupied"), std::string::npos);
  EXPECT_EQ(contentOf(path), "kept");
  EXPECT_EQ(namesIn(dir.path()), (std::vector<std::string>{"manifest.json", "occupied"}));
}

TEST(WriteFileAtomically, AMissingDirectoryIsNotFound) {
  TempDir dir;
  auto failed = writeFileAtomically(dir.path() / "missing" / "file", "x", 0644);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code(), ErrorCode::kNotFound);
}

TEST(FileLock, IsExclusiveUntilReleasedAndSeenAsHeld) {
  TempDir dir;
  const fs::path path = dir.path() / "capture.lock";
  EXPECT_FALSE(FileLock::isHeld(path)) << "no file, no holder";
  auto first = FileLock::tryAcquire(path, FileLock::Mode::kExclusive);
  ASSERT_TRUE(first);
  ASSERT_TRUE(first->has_value());
  EXPECT_TRUE(FileLock::isHeld(path));
  // flock() locks belong to an open file: a second open in this process competes like another
  // process would.
  auto second = FileLock::tryAcquire(path, FileLock::Mode::kExclusive);
  ASSERT_TRUE(second);
  EXPECT_FALSE(second->has_value());
  first->reset();
  EXPECT_FALSE(FileLock::isHeld(path));
  auto third = FileLock::tryAcquire(path, FileLock::Mode::kExclusive);
  ASSERT_TRUE(third);
  EXPECT_TRUE(third->has_value());
}

TEST(FileLock, SharedLocksCoexistButKeepAnExclusiveOut) {
  TempDir dir;
  const fs::path path = dir.path() / "item.lock";
  auto a = FileLock::tryAcquire(path, FileLock::Mode::kShared);
  auto b = FileLock::tryAcquire(path, FileLock::Mode::kShared);
  ASSERT_TRUE(a && b);
  EXPECT_TRUE(a->has_value() && b->has_value());
  auto exclusive = FileLock::tryAcquire(path, FileLock::Mode::kExclusive);
  ASSERT_TRUE(exclusive);
  EXPECT_FALSE(exclusive->has_value());
}

TEST(FileLock, AnUnopenablePathIsAnError) {
  TempDir dir;
  auto failed = FileLock::tryAcquire(dir.path() / "missing" / "x.lock", FileLock::Mode::kExclusive);
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace audientia::posix
