#pragma once

// Bounds how many password hashes (scrypt: ~32 MiB and ~100 ms of CPU each) run at once, and how
// many callers may wait for one. Without a bound, 500 workstations signing in at once ran 500
// hashes side by side: 5.9 GiB resident, 524 threads, health checks timing out. With it, a
// storm runs at the speed of the cores, memory stays at `concurrent` hashes, a caller that
// cannot be served in time is told at once to try again, and calls that hash nothing are not
// held up.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>

#include "audientia/base/expected.h"

namespace audientia::app {

using HashDeadline = std::optional<std::chrono::steady_clock::time_point>;

struct HashingLimits {
  int concurrent = 0;  // hashes at once; 0: the number of cores
  int waiting = 0;     // callers waiting for a slot; 0: 16 per running slot
  // The longest a caller waits when its own deadline is later (or it has none).
  std::chrono::milliseconds maxWait = std::chrono::seconds(10);
};

class HashingGate {
 public:
  explicit HashingGate(HashingLimits limits = {});

  // A slot, held until destroyed.
  class Slot {
   public:
    explicit Slot(HashingGate* gate) : gate_(gate) {}
    Slot(Slot&& other) noexcept : gate_(other.gate_) { other.gate_ = nullptr; }
    Slot& operator=(Slot&&) = delete;
    ~Slot();

   private:
    HashingGate* gate_;
  };

  // A free slot, waiting for one until the caller's deadline (at most limits.maxWait).
  // kResourceExhausted, naming when to try again, when `waiting` callers wait already or the
  // wait ends without a slot.
  Expected<Slot> enter(HashDeadline deadline = {});

  struct Counts {
    int running = 0;
    int waiting = 0;
    std::uint64_t refused = 0;  // since the start
  };
  Counts counts() const;
  const HashingLimits& limits() const { return limits_; }

 private:
  void leave();

  HashingLimits limits_;
  mutable std::mutex mutex_;
  std::condition_variable freed_;
  int running_ = 0;
  int waiting_ = 0;
  std::uint64_t refused_ = 0;
};

}  // namespace audientia::app
