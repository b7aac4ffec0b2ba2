#pragma once

// Locks on media object keys that every server instance sharing the database respects: between
// the moment an upload (or processing) commits an object and the moment a row references it,
// retention must not delete that object, and retention deleting it must not race a re-upload of
// the same bytes. Implemented with PostgreSQL advisory locks (storage/postgres/pg_key_locks.h).

#include <memory>
#include <string>

#include "audientia/base/expected.h"

namespace audientia::ports {

// Held until destroyed.
class KeyLock {
 public:
  virtual ~KeyLock() = default;
};

class KeyLocks {
 public:
  virtual ~KeyLocks() = default;
  // Waits until the lock on key is held. kUnavailable when the database cannot be reached
  // (then nothing is held and the caller must not go on).
  virtual Expected<std::unique_ptr<KeyLock>> lock(const std::string& key) = 0;
};

}  // namespace audientia::ports
