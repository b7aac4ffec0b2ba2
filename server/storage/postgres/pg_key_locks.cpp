#include "pg_key_locks.h"

#include "pg_pool.h"

namespace audientia::storage::postgres {
namespace {

class PgKeyLock : public ports::KeyLock {
 public:
  PgKeyLock(PooledConnection conn, std::string key)
      : conn_(std::move(conn)), key_(std::move(key)) {}
  ~PgKeyLock() override {
    // An unlock fails only with the connection, which the pool then closes: the server
    // releases a session's advisory locks when it ends.
    (void)conn_->exec("SELECT pg_advisory_unlock($1::int, hashtext($2))",
                      {std::to_string(PgKeyLocks::kKeyLockSpace), key_}, "releasing a key lock");
  }
  PgKeyLock(const PgKeyLock&) = delete;
  PgKeyLock& operator=(const PgKeyLock&) = delete;

 private:
  PooledConnection conn_;
  std::string key_;
};

}  // namespace

PgKeyLocks::PgKeyLocks(std::string conninfo, int connections)
    : pool_(std::make_unique<PgPool>(std::move(conninfo), connections)) {}

PgKeyLocks::~PgKeyLocks() = default;

Expected<std::unique_ptr<ports::KeyLock>> PgKeyLocks::lock(const std::string& key) {
  AUDIENTIA_TRY(auto conn, pool_->acquire());
  AUDIENTIA_TRY(auto locked, conn->exec("SELECT pg_advisory_lock($1::int, hashtext($2))",
                                        {std::to_string(kKeyLockSpace), key},
                                        "taking the lock of media key " + key));
  (void)locked;
  return std::unique_ptr<ports::KeyLock>(new PgKeyLock(std::move(conn), key));
}

}  // namespace audientia::storage::postgres
