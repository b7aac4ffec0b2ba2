#pragma once

// ports::KeyLocks on PostgreSQL session advisory locks: pg_advisory_lock(kKeyLockSpace,
// hashtext(key)) on a connection of a pool of its own, held until the KeyLock goes (then
// unlocked and the connection given back; a connection that broke took its lock with it).
// Its own pool: a holder goes on to use the storage's pool, so holders never wait for
// connections that other holders keep. Two keys with the same 32-bit hash share a lock, which
// only serialises them.

#include <memory>
#include <string>

#include "ports/key_locks.h"

namespace audientia::storage::postgres {

class PgPool;

class PgKeyLocks : public ports::KeyLocks {
 public:
  // The first key of the two-key advisory lock space for media keys (the migrator and the audit
  // trail use single bigint keys, a space of their own).
  static constexpr int kKeyLockSpace = 0x41554b4c;  // "AUKL"

  PgKeyLocks(std::string conninfo, int connections);
  ~PgKeyLocks() override;

  Expected<std::unique_ptr<ports::KeyLock>> lock(const std::string& key) override;

 private:
  std::unique_ptr<PgPool> pool_;
};

}  // namespace audientia::storage::postgres
