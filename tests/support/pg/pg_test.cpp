#include "pg_test.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "audientia/testing/temp_dir.h"
#include "migrator.h"
#include "pg_connection.h"

namespace audientia::testing {

namespace fs = std::filesystem;

namespace {

struct SharedCluster {
  bool attempted = false;
  bool binariesMissing = false;
  std::string failure;  // why the cluster is not available
  fs::path root;
  std::unique_ptr<embedded::EmbeddedPostgres> postgres;

  void start() {
    attempted = true;
    if (auto bin = embedded::findPostgresBinDir(); !bin) {
      binariesMissing = true;
      failure = bin.error().toString();
      return;
    }
    auto dir = audientia::testing::makeTempDir("audientia-pgtest");
    if (!dir) {
      failure = dir.error().toString();
      return;
    }
    root = *dir;
    embedded::EmbeddedPostgresOptions options;
    options.dir = root / "cluster";
    options.database = "postgres";
    options.fsync = false;
    auto started = embedded::EmbeddedPostgres::start(options);
    if (!started) {
      failure = started.error().toString();
      return;
    }
    postgres = std::move(started).value();
  }

  void stop() {
    if (postgres) {
      if (auto s = postgres->stop(); !s) {
        std::fprintf(stderr, "stopping the test cluster: %s\n", s.error().toString().c_str());
      }
      postgres.reset();
    }
    if (!root.empty()) {
      std::error_code ec;
      fs::remove_all(root, ec);
      root.clear();
    }
  }
};

SharedCluster& shared() {
  static SharedCluster cluster;
  return cluster;
}

std::mutex& sharedMutex() {
  static std::mutex m;
  return m;
}

class PgEnvironment : public ::testing::Environment {
 public:
  void TearDown() override {
    std::lock_guard lock(sharedMutex());
    shared().stop();
  }
};

// Registered before main() runs; gtest owns and deletes it.
[[maybe_unused]] ::testing::Environment* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new PgEnvironment);

bool runningUnderCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true";
}

}  // namespace

void PgTest::SetUp() {
  {
    std::lock_guard lock(sharedMutex());
    if (!shared().attempted) shared().start();
  }
  const SharedCluster& c = shared();
  if (c.binariesMissing && !runningUnderCi()) {
    GTEST_SKIP() << "PostgreSQL is not installed: " << c.failure;
  }
  ASSERT_TRUE(c.postgres != nullptr) << "no test PostgreSQL cluster: " << c.failure;

  static std::atomic<int> counter{0};
  databaseName_ = "test_" + std::to_string(++counter);
  auto conn = storage::postgres::PgConnection::connect(c.postgres->connectionString("postgres"));
  ASSERT_TRUE(conn.has_value()) << conn.error().toString();
  // The name is made here from a counter: safe to put in the statement.
  auto created = conn->execScript("CREATE DATABASE " + databaseName_, "creating test database");
  ASSERT_TRUE(created.has_value()) << created.error().toString();
  connectionString_ = c.postgres->connectionString(databaseName_);
}

embedded::EmbeddedPostgres& PgTest::cluster() {
  return *shared().postgres;
}

const fs::path& PgTest::tempRoot() {
  return shared().root;
}

fs::path PgTest::makeScratchDir(const std::string& prefix) {
  static std::atomic<int> counter{0};
  fs::path dir = tempRoot() / (prefix + "-" + std::to_string(++counter));
  fs::create_directories(dir);
  ::chmod(dir.c_str(), 0755);
  return dir;
}

std::unique_ptr<storage::postgres::PostgresStorage> PgTest::openMigratedStorage() {
  auto storage = storage::postgres::PostgresStorage::open({connectionString_, 4});
  EXPECT_TRUE(storage.has_value()) << storage.error().toString();
  if (!storage) return nullptr;
  auto migrated = (*storage)->migrate();
  EXPECT_TRUE(migrated.has_value()) << migrated.error().toString();
  if (!migrated) return nullptr;
  return std::move(storage).value();
}

::testing::AssertionResult PgTest::migrateUpTo(storage::postgres::PgPool& pool, int version) {
  std::vector<storage::postgres::Migration> first;
  for (const auto& migration : storage::postgres::compiledMigrations()) {
    if (migration.version <= version) first.push_back(migration);
  }
  if (std::ssize(first) != version) {
    return ::testing::AssertionFailure()
           << "the compiled migrations hold " << first.size() << " up to version " << version;
  }
  auto applied = storage::postgres::applyMigrations(pool, first);
  if (!applied) return ::testing::AssertionFailure() << applied.error().toString();
  return ::testing::AssertionSuccess();
}

}  // namespace audientia::testing
