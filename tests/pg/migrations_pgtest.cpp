// Migrations against a real PostgreSQL: fresh apply, idempotence, concurrency, tampering.

#include <future>

#include "migrator.h"
#include "pg_connection.h"
#include "pg_test.h"

namespace audientia::storage::postgres {
namespace {

using testing::PgTest;

class MigrationsTest : public PgTest {
 protected:
  std::unique_ptr<PostgresStorage> open() {
    auto s = PostgresStorage::open({connectionString(), 2});
    EXPECT_TRUE(s.has_value()) << s.error().toString();
    return s ? std::move(s).value() : nullptr;
  }
  PgConnection connect() {
    auto c = PgConnection::connect(connectionString());
    EXPECT_TRUE(c.has_value()) << c.error().toString();
    return std::move(c).value();
  }
};

TEST_F(MigrationsTest, CompiledMigrationsAreNumberedFromOneWithoutGaps) {
  const auto& all = compiledMigrations();
  ASSERT_FALSE(all.empty());
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].version, static_cast<int>(i) + 1);
    EXPECT_FALSE(all[i].sql.empty());
  }
  EXPECT_EQ(all.front().name, "initial");
  EXPECT_NE(all.front().sql.find("CREATE TABLE hearings"), std::string_view::npos);
}

TEST_F(MigrationsTest, FreshApplyCreatesSchemaAndSecondRunDoesNothing) {
  auto storage = open();
  ASSERT_TRUE(storage);
  auto first = storage->migrate();
  ASSERT_TRUE(first.has_value()) << first.error().toString();
  EXPECT_EQ(first->size(), compiledMigrations().size());
  EXPECT_EQ(first->front(), 1);

  auto second = storage->migrate();
  ASSERT_TRUE(second.has_value()) << second.error().toString();
  EXPECT_TRUE(second->empty());

  auto conn = connect();
  auto r = conn.exec("SELECT version, name, checksum FROM schema_migrations ORDER BY version");
  ASSERT_TRUE(r.has_value()) << r.error().toString();
  ASSERT_EQ(r->rows(), static_cast<int>(compiledMigrations().size()));
  EXPECT_EQ(r->text(0, 1), "initial");
  EXPECT_EQ(r->text(0, 2), migrationChecksum(compiledMigrations().front()));
  for (const char* table :
       {"offices", "users", "sessions", "hearings", "hearing_participants", "recordings"}) {
    auto t = conn.exec("SELECT to_regclass($1) IS NOT NULL", {std::string(table)});
    ASSERT_TRUE(t.has_value());
    EXPECT_TRUE(t->boolean(0, 0)) << table;
  }
}

TEST_F(MigrationsTest, ConcurrentMigrateFromTwoStoragesAppliesOnce) {
  auto a = open();
  auto b = open();
  ASSERT_TRUE(a && b);
  auto fa = std::async(std::launch::async, [&] { return a->migrate(); });
  auto fb = std::async(std::launch::async, [&] { return b->migrate(); });
  auto ra = fa.get();
  auto rb = fb.get();
  ASSERT_TRUE(ra.has_value()) << ra.error().toString();
  ASSERT_TRUE(rb.has_value()) << rb.error().toString();
  // Exactly one of them applied everything; the other found it done.
  EXPECT_EQ(ra->size() + rb->size(), compiledMigrations().size());
  EXPECT_TRUE(ra->empty() || rb->empty());
  auto conn = connect();
  auto r = conn.exec("SELECT count(*) FROM schema_migrations");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->int64(0, 0), static_cast<std::int64_t>(compiledMigrations().size()));
}

TEST_F(MigrationsTest, ChangedChecksumIsRefused) {
  auto storage = open();
  ASSERT_TRUE(storage);
  ASSERT_TRUE(storage->migrate().has_value());
  auto conn = connect();
  ASSERT_TRUE(conn.exec("UPDATE schema_migrations SET checksum = $1 WHERE version = 1",
                        {std::string(64, '0')})
                  .has_value());
  auto again = storage->migrate();
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(again.error().message().find("checksum"), std::string::npos) << again.error().message();
}

TEST_F(MigrationsTest, DatabaseNewerThanBinaryIsRefused) {
  auto storage = open();
  ASSERT_TRUE(storage);
  ASSERT_TRUE(storage->migrate().has_value());
  auto conn = connect();
  ASSERT_TRUE(conn.exec("INSERT INTO schema_migrations (version, name, checksum) "
                        "VALUES (9999, 'future', 'x')")
                  .has_value());
  auto again = storage->migrate();
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(again.error().message().find("newer"), std::string::npos) << again.error().message();
}

TEST_F(MigrationsTest, FailingMigrationRollsBackEverything) {
  PgPool pool(connectionString(), 1);
  const std::vector<Migration> bad{{1, "ok", "CREATE TABLE a (x int)"},
                                   {2, "broken", "CREATE TABLE b (x nosuchtype)"}};
  auto r = applyMigrations(pool, bad);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message().find("migration 2 (broken)"), std::string::npos)
      << r.error().message();
  auto conn = connect();
  auto t = conn.exec("SELECT to_regclass('a') IS NULL, to_regclass('schema_migrations') IS NULL");
  ASSERT_TRUE(t.has_value());
  EXPECT_TRUE(t->boolean(0, 0));
  EXPECT_TRUE(t->boolean(0, 1));
}

}  // namespace
}  // namespace audientia::storage::postgres
