// Connections, pool, transactions and error mapping against a real PostgreSQL.

#include <thread>

#include "pg_connection.h"
#include "pg_errors.h"
#include "pg_pool.h"
#include "pg_test.h"
#include "pg_transaction.h"

namespace audientia::storage::postgres {
namespace {

using testing::PgTest;

TEST(PgErrors, SqlStateTable) {
  EXPECT_EQ(errorCodeForSqlState("23505"), ErrorCode::kAlreadyExists);
  EXPECT_EQ(errorCodeForSqlState("23503"), ErrorCode::kInvalidArgument);
  EXPECT_EQ(errorCodeForSqlState("23502"), ErrorCode::kInvalidArgument);
  EXPECT_EQ(errorCodeForSqlState("23514"), ErrorCode::kInvalidArgument);
  EXPECT_EQ(errorCodeForSqlState("23001"), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(errorCodeForSqlState("22P02"), ErrorCode::kInvalidArgument);
  EXPECT_EQ(errorCodeForSqlState("40001"), ErrorCode::kAborted);
  EXPECT_EQ(errorCodeForSqlState("40P01"), ErrorCode::kAborted);
  EXPECT_EQ(errorCodeForSqlState("08006"), ErrorCode::kUnavailable);
  EXPECT_EQ(errorCodeForSqlState("57P01"), ErrorCode::kUnavailable);
  EXPECT_EQ(errorCodeForSqlState("57P03"), ErrorCode::kUnavailable);
  EXPECT_EQ(errorCodeForSqlState("42P01"), ErrorCode::kInternal);
  EXPECT_EQ(errorCodeForSqlState("23P01"), ErrorCode::kInternal);
  EXPECT_EQ(errorCodeForSqlState(""), ErrorCode::kUnavailable);
}

class PgCoreTest : public PgTest {
 protected:
  void SetUp() override {
    PgTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    pool_ = std::make_unique<PgPool>(connectionString(), 2);
    auto conn = pool_->acquire();
    ASSERT_TRUE(conn.has_value()) << conn.error().toString();
    ASSERT_TRUE((*conn)
                    ->execScript("CREATE TABLE t (k text PRIMARY KEY, v int NOT NULL "
                                 "CHECK (v >= 0))",
                                 "setup")
                    .has_value());
  }
  std::int64_t countRows() {
    auto conn = pool_->acquire();
    EXPECT_TRUE(conn.has_value());
    auto r = (*conn)->exec("SELECT count(*) FROM t");
    EXPECT_TRUE(r.has_value());
    return r ? r->int64(0, 0) : -1;
  }
  std::unique_ptr<PgPool> pool_;
};

TEST_F(PgCoreTest, TransactionRollsBackOnDestructionUnlessCommitted) {
  {
    auto tx = PgTransaction::begin(*pool_->acquire());
    ASSERT_TRUE(tx.has_value());
    ASSERT_TRUE(tx->exec("INSERT INTO t VALUES ($1, $2::int)", {"a", "1"}).has_value());
  }  // destroyed without commit
  EXPECT_EQ(countRows(), 0);
  {
    auto tx = PgTransaction::begin(*pool_->acquire());
    ASSERT_TRUE(tx.has_value());
    ASSERT_TRUE(tx->exec("INSERT INTO t VALUES ($1, $2::int)", {"b", "2"}).has_value());
    ASSERT_TRUE(tx->commit().has_value());
  }
  EXPECT_EQ(countRows(), 1);
}

TEST_F(PgCoreTest, CommitAfterFailedStatementReportsAborted) {
  auto tx = PgTransaction::begin(*pool_->acquire());
  ASSERT_TRUE(tx.has_value());
  ASSERT_TRUE(tx->exec("INSERT INTO t VALUES ($1, $2::int)", {"a", "1"}).has_value());
  EXPECT_FALSE(tx->exec("INSERT INTO t VALUES ($1, $2::int)", {"a", "1"}).has_value());
  auto committed = tx->commit();
  ASSERT_FALSE(committed.has_value());
  EXPECT_EQ(committed.error().code(), ErrorCode::kAborted);
  EXPECT_EQ(countRows(), 0);
}

TEST_F(PgCoreTest, ErrorsMapToCodes) {
  auto conn = pool_->acquire();
  ASSERT_TRUE(conn.has_value());
  ASSERT_TRUE((*conn)->exec("INSERT INTO t VALUES ($1, 1)", {"dup"}).has_value());
  auto dup = (*conn)->exec("INSERT INTO t VALUES ($1, 1)", {"dup"}, "inserting dup");
  ASSERT_FALSE(dup.has_value());
  EXPECT_EQ(dup.error().code(), ErrorCode::kAlreadyExists);
  EXPECT_NE(dup.error().message().find("inserting dup"), std::string::npos);
  auto check = (*conn)->exec("INSERT INTO t VALUES ($1, -1)", {"neg"});
  ASSERT_FALSE(check.has_value());
  EXPECT_EQ(check.error().code(), ErrorCode::kInvalidArgument);
  auto null = (*conn)->exec("INSERT INTO t VALUES ($1, $2::int)", {"n", std::nullopt});
  ASSERT_FALSE(null.has_value());
  EXPECT_EQ(null.error().code(), ErrorCode::kInvalidArgument);
  auto syntax = (*conn)->exec("SELECT $1::int", {"not a number"});
  ASSERT_FALSE(syntax.has_value());
  EXPECT_EQ(syntax.error().code(), ErrorCode::kInvalidArgument);
  auto missing = (*conn)->exec("SELECT * FROM no_such_table");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code(), ErrorCode::kInternal);
}

TEST_F(PgCoreTest, ParametersAreNeverInterpretedAsSql) {
  auto conn = pool_->acquire();
  ASSERT_TRUE(conn.has_value());
  const std::string evil = "x'); DROP TABLE t; --";
  ASSERT_TRUE((*conn)->exec("INSERT INTO t VALUES ($1, 1)", {evil}).has_value());
  auto r = (*conn)->exec("SELECT k FROM t");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->text(0, 0), evil);
}

TEST_F(PgCoreTest, UnreachableServerIsUnavailable) {
  auto conn =
      PgConnection::connect("host=/nonexistent-audientia port=1 dbname=x connect_timeout=2");
  ASSERT_FALSE(conn.has_value());
  EXPECT_EQ(conn.error().code(), ErrorCode::kUnavailable);
  EXPECT_NE(conn.error().message().find("nonexistent-audientia"), std::string::npos)
      << conn.error().message();
}

TEST_F(PgCoreTest, PoolIsBoundedAndTimesOut) {
  auto a = pool_->acquire();
  auto b = pool_->acquire();
  ASSERT_TRUE(a.has_value() && b.has_value());
  const auto t0 = std::chrono::steady_clock::now();
  auto c = pool_->acquire(std::chrono::milliseconds(200));
  ASSERT_FALSE(c.has_value());
  EXPECT_EQ(c.error().code(), ErrorCode::kUnavailable);
  EXPECT_GE(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(190));
  EXPECT_EQ(pool_->openConnections(), 2);

  // A connection returned by another thread wakes the waiter.
  std::thread releaser([moved = std::move(*a)]() mutable {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    PooledConnection drop = std::move(moved);
  });
  auto d = pool_->acquire(std::chrono::milliseconds(5000));
  releaser.join();
  EXPECT_TRUE(d.has_value());
}

TEST_F(PgCoreTest, BrokenConnectionIsReplaced) {
  std::string pid;
  {
    auto conn = pool_->acquire();
    ASSERT_TRUE(conn.has_value());
    auto r = (*conn)->exec("SELECT pg_backend_pid()");
    ASSERT_TRUE(r.has_value());
    pid = r->text(0, 0);
    // Kill this very backend from another connection.
    auto killer = PgConnection::connect(connectionString());
    ASSERT_TRUE(killer.has_value());
    ASSERT_TRUE(killer->exec("SELECT pg_terminate_backend($1::int)", {pid}).has_value());
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    auto failed = (*conn)->exec("SELECT 1");
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code(), ErrorCode::kUnavailable) << failed.error().toString();
  }  // returned broken: the pool closes it
  auto conn = pool_->acquire();
  ASSERT_TRUE(conn.has_value());
  auto r = (*conn)->exec("SELECT pg_backend_pid()");
  ASSERT_TRUE(r.has_value()) << r.error().toString();
  EXPECT_NE(r->text(0, 0), pid);
}

TEST_F(PgCoreTest, IdleConnectionTerminatedByServerIsNotHandedOut) {
  std::string pid;
  {
    auto conn = pool_->acquire();
    ASSERT_TRUE(conn.has_value());
    auto r = (*conn)->exec("SELECT pg_backend_pid()");
    ASSERT_TRUE(r.has_value());
    pid = r->text(0, 0);
  }  // back in the pool, idle
  auto killer = PgConnection::connect(connectionString());
  ASSERT_TRUE(killer.has_value());
  ASSERT_TRUE(killer->exec("SELECT pg_terminate_backend($1::int)", {pid}).has_value());
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto conn = pool_->acquire();
  ASSERT_TRUE(conn.has_value());
  auto r = (*conn)->exec("SELECT pg_backend_pid()");
  ASSERT_TRUE(r.has_value()) << "the pool handed out a dead connection: " << r.error().toString();
  EXPECT_NE(r->text(0, 0), pid);
}

}  // namespace
}  // namespace audientia::storage::postgres
