// PgKeyLocks: media key locks that two server instances (two PgKeyLocks on one database)
// respect, released when the holder lets go or its connection dies.

#include <atomic>
#include <chrono>
#include <thread>

#include "pg_connection.h"
#include "pg_key_locks.h"
#include "pg_test.h"

namespace audientia::storage::postgres {
namespace {

using namespace std::chrono_literals;

class KeyLocksTest : public testing::PgTest {};

const std::string kKey(64, 'a');

TEST_F(KeyLocksTest, OneHolderAtATimeAcrossInstances) {
  PgKeyLocks first(connectionString(), 2);
  PgKeyLocks second(connectionString(), 2);  // another server on the same database
  auto held = first.lock(kKey);
  ASSERT_TRUE(held) << held.error().toString();
  std::atomic<bool> taken{false};
  std::thread other([&] {
    auto lock = second.lock(kKey);
    EXPECT_TRUE(lock) << lock.error().toString();
    taken = true;
  });
  std::this_thread::sleep_for(300ms);
  EXPECT_FALSE(taken) << "the other instance waits for the key";
  held->reset();
  other.join();
  EXPECT_TRUE(taken);
}

TEST_F(KeyLocksTest, OtherKeysDoNotWait) {
  PgKeyLocks locks(connectionString(), 2);
  auto a = locks.lock(kKey);
  ASSERT_TRUE(a);
  auto b = locks.lock(std::string(64, 'b'));
  ASSERT_TRUE(b) << "a second key is taken while the first is held";
}

TEST_F(KeyLocksTest, AHolderWhoseConnectionDiesReleasesTheKey) {
  PgKeyLocks first(connectionString(), 1);
  auto held = first.lock(kKey);
  ASSERT_TRUE(held);
  // The server ends the holder's session (a crashed instance, a network cut).
  auto admin = PgConnection::connect(connectionString());
  ASSERT_TRUE(admin);
  auto killed = admin->exec(
      "SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND "
      "classid = $1::int::oid AND pid <> pg_backend_pid()",
      {std::to_string(PgKeyLocks::kKeyLockSpace)});
  ASSERT_TRUE(killed) << killed.error().toString();
  EXPECT_EQ(killed->int64(0, 0), 1);
  PgKeyLocks second(connectionString(), 1);
  std::atomic<bool> taken{false};
  std::thread other([&] {
    EXPECT_TRUE(second.lock(kKey));
    taken = true;
  });
  for (int i = 0; i < 100 && !taken; ++i) std::this_thread::sleep_for(50ms);
  EXPECT_TRUE(taken) << "the key must not stay locked by a dead session";
  other.join();
  held->reset();  // its unlock fails quietly: the connection is gone
}

}  // namespace
}  // namespace audientia::storage::postgres
