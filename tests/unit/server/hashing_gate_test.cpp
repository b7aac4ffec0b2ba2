// The bound on concurrent password hashing (app/identity/hashing_gate.h).

#include "app/identity/hashing_gate.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "app/identity/password_hasher.h"

namespace audientia::app {
namespace {

using namespace std::chrono_literals;

TEST(HashingGate, NeverRunsMoreThanItsSlots) {
  HashingGate gate({2, 100, 10s});
  std::atomic<int> inside{0};
  std::atomic<int> most{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 16; ++i) {
    threads.emplace_back([&] {
      auto slot = gate.enter();
      ASSERT_TRUE(slot) << slot.error().toString();
      const int now = ++inside;
      int seen = most.load();
      while (now > seen && !most.compare_exchange_weak(seen, now)) {
      }
      std::this_thread::sleep_for(5ms);
      --inside;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_LE(most.load(), 2);
  EXPECT_EQ(gate.counts().running, 0);
  EXPECT_EQ(gate.counts().refused, 0u);
}

TEST(HashingGate, AFullQueueAndAPassedDeadlineAreRefusedWithARetryHint) {
  HashingGate gate({1, 1, 10s});
  auto held = gate.enter();
  ASSERT_TRUE(held);
  // One caller waits (for up to 300 ms); the next finds the queue full and is told at once.
  std::thread waiter([&] {
    auto waited = gate.enter(std::chrono::steady_clock::now() + 300ms);
    ASSERT_FALSE(waited);
    EXPECT_EQ(waited.error().code(), ErrorCode::kResourceExhausted);
  });
  while (gate.counts().waiting == 0) std::this_thread::sleep_for(1ms);
  const auto before = std::chrono::steady_clock::now();
  auto refused = gate.enter();
  EXPECT_LT(std::chrono::steady_clock::now() - before, 100ms) << "refused at once";
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(refused.error().message().find("try again"), std::string::npos);
  waiter.join();
  EXPECT_EQ(gate.counts().refused, 2u);
}

TEST(HashingGate, ASlotLeftIsTakenByTheNextWaiter) {
  HashingGate gate({1, 4, 10s});
  std::optional<HashingGate::Slot> held;
  {
    auto slot = gate.enter();
    ASSERT_TRUE(slot);
    held.emplace(std::move(*slot));
  }
  std::thread waiter([&] { EXPECT_TRUE(gate.enter(std::chrono::steady_clock::now() + 5s)); });
  while (gate.counts().waiting == 0) std::this_thread::sleep_for(1ms);
  held.reset();
  waiter.join();
  EXPECT_EQ(gate.counts().running, 0);
}

TEST(HashingGate, ThePasswordHasherHashesOnlyUnderIt) {
  PasswordHasher hasher({1u << 10, 8, 1}, {1, 1, 50ms});
  auto hash = hasher.hash("correct horse battery staple");
  ASSERT_TRUE(hash);
  EXPECT_TRUE(*hasher.verify("correct horse battery staple", *hash));
  EXPECT_EQ(hasher.gate().counts().running, 0);
  EXPECT_EQ(hasher.gate().limits().concurrent, 1);
}

}  // namespace
}  // namespace audientia::app
