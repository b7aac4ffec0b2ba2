#include "database_watch.h"

#include <libpq-fe.h>

#include "embedded_postgres.h"

namespace audientia::embedded {

DatabaseWatch::DatabaseWatch(DatabaseWatchOptions options, std::function<void(bool)> onChange,
                             std::function<void(const std::string&)> log)
    : options_(std::move(options)), onChange_(std::move(onChange)), log_(std::move(log)) {}

DatabaseWatch::~DatabaseWatch() {
  stop();
}

void DatabaseWatch::start() {
  thread_ = std::thread([this] { run(); });
}

void DatabaseWatch::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

bool DatabaseWatch::answers() const {
  return PQping(options_.conninfo.c_str()) == PQPING_OK;
}

void DatabaseWatch::report(bool answering) {
  if (answering == answering_) return;
  answering_ = answering;
  log_(answering ? "the database answers again: serving"
                 : "the database does not answer: health is NOT_SERVING");
  onChange_(answering);
}

void DatabaseWatch::run() {
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, options_.interval, [this] { return stopping_; })) {
    lock.unlock();
    bool answering = answers();
    if (!answering) {
      // NOT_SERVING first: a restart takes a second or more, and load balancers and clients
      // must not send work here meanwhile.
      report(false);
      if (options_.cluster != nullptr) {
        log_("the embedded PostgreSQL does not answer: starting it again");
        if (auto restarted = options_.cluster->restartIfDown(); !restarted) {
          log_(restarted.error().message());
        }
        answering = answers();
      }
    }
    report(answering);
    lock.lock();
  }
}

}  // namespace audientia::embedded
