#pragma once

// A bounded, thread-safe pool of connections to one database.
//
// acquire() hands out an idle connection, opens a new one while fewer than `size` exist, or
// waits up to `timeout` for one to come back (then kUnavailable). A PooledConnection returns
// its connection on destruction; a connection that failed (libpq reports it bad) or that is
// still inside a transaction is closed instead, and a fresh one is opened on a later acquire.
// An idle connection is probed (without a round trip) before it is handed out, so one whose
// backend was terminated or whose server restarted is replaced rather than returned.
// The pool must outlive every PooledConnection it handed out.

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "audientia/base/expected.h"
#include "pg_connection.h"

namespace audientia::storage::postgres {

class PgPool;

class PooledConnection {
 public:
  PooledConnection(PgPool* pool, std::unique_ptr<PgConnection> conn)
      : pool_(pool), conn_(std::move(conn)) {}
  ~PooledConnection();
  PooledConnection(PooledConnection&& other) noexcept = default;
  PooledConnection& operator=(PooledConnection&& other) noexcept;
  PooledConnection(const PooledConnection&) = delete;
  PooledConnection& operator=(const PooledConnection&) = delete;

  PgConnection& operator*() { return *conn_; }
  PgConnection* operator->() { return conn_.get(); }

 private:
  void release();
  PgPool* pool_;
  std::unique_ptr<PgConnection> conn_;
};

class PgPool {
 public:
  static constexpr std::chrono::milliseconds kDefaultAcquireTimeout{10'000};

  PgPool(std::string conninfo, int size);
  PgPool(const PgPool&) = delete;
  PgPool& operator=(const PgPool&) = delete;

  Expected<PooledConnection> acquire(std::chrono::milliseconds timeout = kDefaultAcquireTimeout);

  int size() const { return size_; }
  // Connections currently open (idle and handed out).
  int openConnections() const;

 private:
  friend class PooledConnection;
  void giveBack(std::unique_ptr<PgConnection> conn);

  const std::string conninfo_;
  const int size_;
  mutable std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<PgConnection>> idle_;
  int open_ = 0;
};

}  // namespace audientia::storage::postgres
