// EmbeddedPostgres: first start, restart on an existing directory, takeover after kill -9,
// stale postmaster.pid, and an unreachable directory.

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>

#include "pg_connection.h"
#include "pg_test.h"

namespace audientia::embedded {
namespace {

namespace fs = std::filesystem;
using storage::postgres::PgConnection;
using testing::PgTest;

class EmbeddedPostgresTest : public PgTest {
 protected:
  EmbeddedPostgresOptions optionsIn(const fs::path& dir) {
    EmbeddedPostgresOptions o;
    o.dir = dir / "postgres";
    o.database = "app";
    o.fsync = false;
    return o;
  }
  static std::optional<pid_t> postmasterPid(const fs::path& pgDir) {
    std::ifstream in(pgDir / "data" / "postmaster.pid");
    long pid = 0;
    if (!(in >> pid)) return std::nullopt;
    return static_cast<pid_t>(pid);
  }
  static bool alive(pid_t pid) { return ::kill(pid, 0) == 0; }
};

TEST_F(EmbeddedPostgresTest, RestartOnExistingDirKeepsData) {
  const auto options = optionsIn(makeScratchDir("restart"));
  {
    auto pg = EmbeddedPostgres::start(options);
    ASSERT_TRUE(pg.has_value()) << pg.error().toString();
    EXPECT_TRUE(fs::exists(options.dir / "data" / "PG_VERSION"));
    EXPECT_TRUE(fs::exists(options.dir / "postgres.log"));
    auto conn = PgConnection::connect((*pg)->connectionString());
    ASSERT_TRUE(conn.has_value()) << conn.error().toString();
    ASSERT_TRUE(
        conn->execScript("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('x')", "setup")
            .has_value());
    ASSERT_TRUE((*pg)->stop().has_value());
    EXPECT_TRUE((*pg)->stop().has_value());  // idempotent
    EXPECT_FALSE(fs::exists(options.dir / "data" / "postmaster.pid"));
  }
  const auto t0 = std::chrono::steady_clock::now();
  auto pg = EmbeddedPostgres::start(options);
  const auto took = std::chrono::steady_clock::now() - t0;
  ASSERT_TRUE(pg.has_value()) << pg.error().toString();
  EXPECT_LT(took, std::chrono::seconds(5));
  std::printf(
      "start on an existing directory took %lld ms\n",
      static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(took).count()));
  auto conn = PgConnection::connect((*pg)->connectionString());
  ASSERT_TRUE(conn.has_value()) << conn.error().toString();
  auto r = conn->exec("SELECT v FROM kept");
  ASSERT_TRUE(r.has_value()) << r.error().toString();
  ASSERT_EQ(r->rows(), 1);
  EXPECT_EQ(r->text(0, 0), "x");
}

// Backends keep up to 32 MB of freed heap (ADR 0013): glibc's thresholds reach the server's
// processes, unless whoever started us set their own, which then win. Read from the
// postmaster's environment (a backend writes its status over its own), which backends inherit.
TEST_F(EmbeddedPostgresTest, BackendsKeepTheirFreedHeap) {
  const auto options = optionsIn(makeScratchDir("malloc"));
  auto pg = EmbeddedPostgres::start(options);
  ASSERT_TRUE(pg.has_value()) << pg.error().toString();
  const auto pid = postmasterPid(options.dir);
  ASSERT_TRUE(pid.has_value());
  std::ifstream in("/proc/" + std::to_string(*pid) + "/environ", std::ios::binary);
  ASSERT_TRUE(in) << "cannot read the postmaster's environment";
  std::map<std::string, std::string> env;
  for (std::string entry; std::getline(in, entry, '\0');) {
    const auto equals = entry.find('=');
    if (equals != std::string::npos) env[entry.substr(0, equals)] = entry.substr(equals + 1);
  }
  for (const char* name : {"MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_"}) {
    const char* outer = std::getenv(name);
    EXPECT_EQ(env[name], outer != nullptr ? outer : "33554432") << name;
  }
}

TEST_F(EmbeddedPostgresTest, TakesOverClusterOfProcessKilledWithSigkill) {
  const auto options = optionsIn(makeScratchDir("takeover"));
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto pg = EmbeddedPostgres::start(options);
    if (!pg) ::_exit(3);
    auto conn = PgConnection::connect((*pg)->connectionString());
    if (!conn || !conn->execScript("CREATE TABLE survived (v int); INSERT INTO survived VALUES (7)",
                                   "setup")) {
      ::_exit(4);
    }
    ::kill(::getpid(), SIGKILL);  // die without stopping anything
    ::_exit(5);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
  ASSERT_EQ(WTERMSIG(status), SIGKILL);

  const auto orphan = postmasterPid(options.dir);
  ASSERT_TRUE(orphan.has_value());
  ASSERT_TRUE(alive(*orphan)) << "the orphaned postmaster should still run";

  auto pg = EmbeddedPostgres::start(options);
  ASSERT_TRUE(pg.has_value()) << pg.error().toString();
  EXPECT_EQ(postmasterPid(options.dir), orphan) << "taken over, not duplicated";
  auto conn = PgConnection::connect((*pg)->connectionString());
  ASSERT_TRUE(conn.has_value()) << conn.error().toString();
  auto r = conn->exec("SELECT v FROM survived");
  ASSERT_TRUE(r.has_value()) << r.error().toString();
  EXPECT_EQ(r->text(0, 0), "7");

  ASSERT_TRUE((*pg)->stop().has_value());
  for (int i = 0; i < 50 && alive(*orphan); ++i) ::usleep(100'000);
  EXPECT_FALSE(alive(*orphan)) << "stop() must stop the taken-over postmaster";
}

TEST_F(EmbeddedPostgresTest, StalePostmasterPidIsIgnored) {
  const auto options = optionsIn(makeScratchDir("stale"));
  {
    auto pg = EmbeddedPostgres::start(options);
    ASSERT_TRUE(pg.has_value()) << pg.error().toString();
  }  // destructor stops it
  // A pid file naming a process that no longer exists.
  const pid_t gone = ::fork();
  if (gone == 0) ::_exit(0);
  ASSERT_EQ(::waitpid(gone, nullptr, 0), gone);
  {
    std::ofstream pidFile(options.dir / "data" / "postmaster.pid");
    pidFile << gone << "\n" << (options.dir / "data").string() << "\n";
  }
  auto pg = EmbeddedPostgres::start(options);
  ASSERT_TRUE(pg.has_value()) << pg.error().toString();
  auto conn = PgConnection::connect((*pg)->connectionString());
  EXPECT_TRUE(conn.has_value());
  EXPECT_NE(postmasterPid(options.dir), std::optional<pid_t>(gone));
}

TEST_F(EmbeddedPostgresTest, DirectoryThePostgresUserCannotReachIsRefused) {
  if (::geteuid() != 0) GTEST_SKIP() << "only meaningful as root";
  const fs::path locked = makeScratchDir("locked");
  ASSERT_EQ(::chmod(locked.c_str(), 0700), 0);
  auto pg = EmbeddedPostgres::start(optionsIn(locked));
  ASSERT_FALSE(pg.has_value());
  EXPECT_EQ(pg.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(pg.error().message().find("cannot reach"), std::string::npos) << pg.error().message();
  EXPECT_NE(pg.error().message().find(locked.string()), std::string::npos) << pg.error().message();
}

TEST_F(EmbeddedPostgresTest, NonClusterDataDirectoryIsRefused) {
  const auto options = optionsIn(makeScratchDir("junk"));
  fs::create_directories(options.dir / "data");
  std::ofstream(options.dir / "data" / "something") << "not postgres";
  auto pg = EmbeddedPostgres::start(options);
  ASSERT_FALSE(pg.has_value());
  EXPECT_NE(pg.error().message().find("not a PostgreSQL data directory"), std::string::npos)
      << pg.error().message();
}

}  // namespace
}  // namespace audientia::embedded
