#include "bootstrap/data_dir_lock.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "bootstrap/secret_file.h"
#include "test_support.h"

namespace audientia::bootstrap {
namespace {

using audientia::testing::TempDir;

// Runs acquire() in a forked child (flock is per open file, so the child competes like another
// process) and returns what it reported through a pipe: "OK" or the error message.
std::string acquireInChild(const std::filesystem::path& dir) {
  int fds[2];
  EXPECT_EQ(::pipe(fds), 0);
  pid_t child = ::fork();
  if (child == 0) {
    ::close(fds[0]);
    auto lock = DataDirLock::acquire(dir);
    std::string report = lock ? "OK" : lock.error().message();
    [[maybe_unused]] auto written = ::write(fds[1], report.data(), report.size());
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string report;
  char buffer[512];
  ssize_t n = 0;
  while ((n = ::read(fds[0], buffer, sizeof(buffer))) > 0)
    report.append(buffer, static_cast<std::size_t>(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  return report;
}

TEST(DataDirLock, SecondProcessIsRefusedWithOurPid) {
  TempDir dir;
  auto lock = DataDirLock::acquire(dir.path());
  ASSERT_TRUE(lock) << lock.error().toString();
  std::string report = acquireInChild(dir.path());
  EXPECT_EQ(report, "data dir " + dir.path().string() +
                        " is in use by another audientia-server (pid " +
                        std::to_string(::getpid()) + ")");
}

TEST(DataDirLock, ReleasedOnDestruction) {
  TempDir dir;
  {
    auto lock = DataDirLock::acquire(dir.path());
    ASSERT_TRUE(lock);
  }
  EXPECT_EQ(acquireInChild(dir.path()), "OK");
  EXPECT_TRUE(DataDirLock::acquire(dir.path()));
}

TEST(SecretFile, CreatedOwnerOnlyAndReplaced) {
  TempDir dir;
  auto path = dir.path() / "initial-admin-password";
  ASSERT_TRUE(writeSecretFile(path, "first\n"));
  struct stat info {};
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  ASSERT_TRUE(writeSecretFile(path, "second\n"));
  EXPECT_EQ(*readWholeFile(path), "second\n");
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    EXPECT_EQ(entry.path().filename(), "initial-admin-password") << "a temporary file was left";
  }
}

}  // namespace
}  // namespace audientia::bootstrap
