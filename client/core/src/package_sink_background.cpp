// inBackground() (package_sink.h): the sink's work on a thread of its own, so that writing the
// files (the copy into the page cache, the fsyncs) overlaps receiving and decrypting the next
// bytes. Calls are queued in order, data moved in without a copy; at most `maxQueuedBytes` wait
// (the caller blocks beyond), so memory stays flat. The first error the thread meets is
// returned by the next call, and no later work runs.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

#include "package_sink.h"

namespace audientia::client::detail {
namespace {

class BackgroundSink final : public PackageSink {
 public:
  BackgroundSink(std::unique_ptr<PackageSink> inner, std::size_t maxQueuedBytes)
      : inner_(std::move(inner)), maxQueuedBytes_(maxQueuedBytes), thread_([this] { run(); }) {}

  ~BackgroundSink() override {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
      queue_.clear();  // not committed: what waits is dropped, the inner sink removes the rest
    }
    changed_.notify_all();
    thread_.join();
  }

  Status beginFile(const std::string& path, std::int64_t sizeBytes) override {
    return enqueue(0, [this, path, sizeBytes] { return inner_->beginFile(path, sizeBytes); });
  }
  Status write(std::string_view data) override { return writeOwned(std::string(data)); }
  Status writeOwned(std::string data) override {
    const std::size_t size = data.size();
    return enqueue(size, [this, bytes = std::move(data)] { return inner_->write(bytes); });
  }
  Status endFile() override {
    return enqueue(0, [this] { return inner_->endFile(); });
  }
  Status commit() override {
    AUDIENTIA_TRY_STATUS(drain());
    return inner_->commit();
  }

 private:
  struct Task {
    std::size_t bytes = 0;
    std::function<Status()> work;
  };

  Status enqueue(std::size_t bytes, std::function<Status()> work) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] {
      return failure_ || queuedBytes_ == 0 || queuedBytes_ + bytes <= maxQueuedBytes_;
    });
    if (failure_) return *failure_;
    queuedBytes_ += bytes;
    queue_.push_back({bytes, std::move(work)});
    changed_.notify_all();
    return ok();
  }

  // Waits until every queued call has run.
  Status drain() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failure_ || (queue_.empty() && !busy_); });
    if (failure_) return *failure_;
    return ok();
  }

  void run() {
    std::unique_lock lock(mutex_);
    while (true) {
      changed_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      Task task = std::move(queue_.front());
      queue_.pop_front();
      busy_ = true;
      lock.unlock();
      Status done = task.work();
      lock.lock();
      busy_ = false;
      queuedBytes_ -= task.bytes;
      if (!done && !failure_) {
        failure_ = done.error();
        queue_.clear();
        queuedBytes_ = 0;
      }
      changed_.notify_all();
    }
  }

  std::unique_ptr<PackageSink> inner_;
  const std::size_t maxQueuedBytes_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Task> queue_;
  std::size_t queuedBytes_ = 0;
  bool busy_ = false;
  bool stopping_ = false;
  std::optional<Error> failure_;
  std::thread thread_;  // last: started once the rest is ready
};

}  // namespace

std::unique_ptr<PackageSink> inBackground(std::unique_ptr<PackageSink> sink,
                                          std::size_t maxQueuedBytes) {
  return std::make_unique<BackgroundSink>(std::move(sink), maxQueuedBytes);
}

}  // namespace audientia::client::detail
