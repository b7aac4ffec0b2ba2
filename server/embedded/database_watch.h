#pragma once

// Watches the server's database once a second and says when it stops or starts answering
// (the server reports that on gRPC health: NOT_SERVING / SERVING). When the database is the
// embedded cluster, a cluster that died is started again; an external one (--database-url) is
// only watched: the connection pool reconnects by itself once it answers again.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace audientia::embedded {

class EmbeddedPostgres;

struct DatabaseWatchOptions {
  std::string conninfo;                 // the database the server uses
  EmbeddedPostgres* cluster = nullptr;  // restarted when it stops answering; may be null
  std::chrono::milliseconds interval{1000};
};

class DatabaseWatch {
 public:
  // onChange(true|false) when the database starts or stops answering (not called at start: it
  // answered when the server started); log(text) for what the watch does.
  DatabaseWatch(DatabaseWatchOptions options, std::function<void(bool answering)> onChange,
                std::function<void(const std::string&)> log);
  ~DatabaseWatch();  // stop()
  DatabaseWatch(const DatabaseWatch&) = delete;
  DatabaseWatch& operator=(const DatabaseWatch&) = delete;

  void start();
  // Ends the watch (before the cluster is stopped on purpose). Idempotent.
  void stop();

 private:
  void run();
  bool answers() const;
  // Says a change of state (log and onChange); called on the watch thread only.
  void report(bool answering);

  DatabaseWatchOptions options_;
  std::function<void(bool)> onChange_;
  std::function<void(const std::string&)> log_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool answering_ = true;  // the watch thread's own
  std::thread thread_;
};

}  // namespace audientia::embedded
