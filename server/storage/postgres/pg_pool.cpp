#include "pg_pool.h"

#include <algorithm>

namespace audientia::storage::postgres {

PooledConnection::~PooledConnection() {
  release();
}

PooledConnection& PooledConnection::operator=(PooledConnection&& other) noexcept {
  if (this != &other) {
    release();
    pool_ = other.pool_;
    conn_ = std::move(other.conn_);
  }
  return *this;
}

void PooledConnection::release() {
  if (conn_ != nullptr && pool_ != nullptr) pool_->giveBack(std::move(conn_));
  conn_.reset();
}

PgPool::PgPool(std::string conninfo, int size)
    : conninfo_(std::move(conninfo)), size_(std::max(1, size)) {}

int PgPool::openConnections() const {
  std::lock_guard lock(mutex_);
  return open_;
}

Expected<PooledConnection> PgPool::acquire(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::unique_lock lock(mutex_);
  for (;;) {
    while (!idle_.empty()) {
      auto conn = std::move(idle_.back());
      idle_.pop_back();
      if (conn->probe()) return PooledConnection(this, std::move(conn));
      --open_;  // broken while idle (backend terminated, server restarted): drop it
    }
    if (open_ < size_) {
      ++open_;
      lock.unlock();
      auto conn = PgConnection::connect(conninfo_);
      if (!conn) {
        lock.lock();
        --open_;
        available_.notify_one();
        return std::move(conn).error();
      }
      return PooledConnection(this, std::make_unique<PgConnection>(std::move(conn).value()));
    }
    if (available_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() &&
        open_ >= size_) {
      return Error(ErrorCode::kUnavailable, "no database connection became free within " +
                                                std::to_string(timeout.count()) + " ms (pool of " +
                                                std::to_string(size_) + ")");
    }
  }
}

void PgPool::giveBack(std::unique_ptr<PgConnection> conn) {
  const bool reusable = conn->healthy() && conn->idle();
  if (!reusable) conn.reset();  // closed outside the lock would be nicer; it is quick
  std::lock_guard lock(mutex_);
  if (reusable) {
    idle_.push_back(std::move(conn));
  } else {
    --open_;
  }
  available_.notify_one();
}

}  // namespace audientia::storage::postgres
