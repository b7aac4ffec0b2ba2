#include "app/identity/hashing_gate.h"

#include <algorithm>
#include <string>
#include <thread>

namespace audientia::app {

namespace {

Error busy(int waiting) {
  return Error(ErrorCode::kResourceExhausted, "the server is checking many passwords at once (" +
                                                  std::to_string(waiting) +
                                                  " waiting); try again in 1 s");
}

}  // namespace

HashingGate::HashingGate(HashingLimits limits) : limits_(limits) {
  if (limits_.concurrent <= 0) {
    limits_.concurrent = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  }
  if (limits_.waiting <= 0) limits_.waiting = 16 * limits_.concurrent;
}

HashingGate::Slot::~Slot() {
  if (gate_ != nullptr) gate_->leave();
}

void HashingGate::leave() {
  {
    std::lock_guard lock(mutex_);
    --running_;
  }
  freed_.notify_one();
}

Expected<HashingGate::Slot> HashingGate::enter(HashDeadline deadline) {
  std::unique_lock lock(mutex_);
  if (running_ < limits_.concurrent && waiting_ == 0) {
    ++running_;
    return Slot(this);
  }
  if (waiting_ >= limits_.waiting) {
    ++refused_;
    return busy(waiting_);
  }
  auto until = std::chrono::steady_clock::now() + limits_.maxWait;
  if (deadline && *deadline < until) until = *deadline;
  ++waiting_;
  const bool got = freed_.wait_until(lock, until, [&] { return running_ < limits_.concurrent; });
  --waiting_;
  if (!got) {
    ++refused_;
    return busy(waiting_);
  }
  ++running_;
  return Slot(this);
}

HashingGate::Counts HashingGate::counts() const {
  std::lock_guard lock(mutex_);
  return {running_, waiting_, refused_};
}

}  // namespace audientia::app
