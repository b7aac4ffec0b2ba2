// ChunkPipeline: chunks are stored in order on another thread, at most `depth` wait, and the
// first refusal stops the stream with everything before it stored.

#include "api/chunk_pipeline.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace audientia::api {
namespace {

using namespace std::chrono_literals;

TEST(ChunkPipeline, StoresEveryChunkInOrderOnAnotherThread) {
  std::vector<std::int64_t> offsets;
  std::string stored;
  std::thread::id consumer;
  ChunkPipeline pipeline(2, [&](std::int64_t offset, std::span<const std::byte> data) -> Status {
    consumer = std::this_thread::get_id();
    offsets.push_back(offset);
    stored.append(reinterpret_cast<const char*>(data.data()), data.size());
    return ok();
  });
  std::int64_t offset = 0;
  for (int i = 0; i < 100; ++i) {
    std::string chunk(static_cast<std::size_t>(i + 1), static_cast<char>('a' + i % 26));
    const auto size = static_cast<std::int64_t>(chunk.size());
    ASSERT_TRUE(pipeline.push(offset, std::move(chunk)));
    offset += size;
  }
  ASSERT_TRUE(pipeline.finish());
  ASSERT_EQ(offsets.size(), 100u);
  EXPECT_EQ(static_cast<std::int64_t>(stored.size()), offset);
  for (std::size_t i = 1; i < offsets.size(); ++i) EXPECT_GT(offsets[i], offsets[i - 1]);
  EXPECT_EQ(stored.substr(0, 3), "abb");
  EXPECT_NE(consumer, std::this_thread::get_id());
  EXPECT_TRUE(pipeline.finish()) << "finishing twice gives the same answer";
}

TEST(ChunkPipeline, AtMostDepthChunksWaitWhileOneIsStored) {
  std::atomic<bool> release{false};
  std::atomic<int> consumed{0};
  ChunkPipeline pipeline(2, [&](std::int64_t, std::span<const std::byte>) -> Status {
    while (!release) std::this_thread::sleep_for(1ms);
    ++consumed;
    return ok();
  });
  std::atomic<int> pushed{0};
  std::thread reader([&] {
    for (int i = 0; i < 6; ++i) {
      ASSERT_TRUE(pipeline.push(i, "x"));
      ++pushed;
    }
  });
  // One chunk is held by the blocked consumer and two wait: the fourth push blocks.
  for (int waited = 0; pushed < 3 && waited < 10000; ++waited) std::this_thread::sleep_for(1ms);
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(pushed.load(), 3);
  EXPECT_EQ(consumed.load(), 0);
  release = true;
  reader.join();
  ASSERT_TRUE(pipeline.finish());
  EXPECT_EQ(consumed.load(), 6);
}

TEST(ChunkPipeline, FirstRefusalStopsTheStreamAndIsReturned) {
  std::vector<std::int64_t> offsets;
  ChunkPipeline pipeline(1, [&](std::int64_t offset, std::span<const std::byte>) -> Status {
    offsets.push_back(offset);
    if (offset == 3) return Error(ErrorCode::kFailedPrecondition, "chunk 3 is refused");
    return ok();
  });
  int accepted = 0;
  for (int i = 0; i < 50 && pipeline.push(i, "x"); ++i) ++accepted;
  EXPECT_LT(accepted, 50) << "push says false once a chunk was refused";
  auto result = pipeline.finish();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(result.error().message(), "chunk 3 is refused");
  EXPECT_EQ(offsets, (std::vector<std::int64_t>{0, 1, 2, 3})) << "nothing after the refusal";
}

TEST(ChunkPipeline, DestroyedWithoutFinishStillStoresWhatWasPushed) {
  std::atomic<int> consumed{0};
  {
    ChunkPipeline pipeline(4, [&](std::int64_t, std::span<const std::byte>) -> Status {
      std::this_thread::sleep_for(5ms);
      ++consumed;
      return ok();
    });
    for (int i = 0; i < 4; ++i) ASSERT_TRUE(pipeline.push(i, "x"));
  }
  EXPECT_EQ(consumed.load(), 4);
}

}  // namespace
}  // namespace audientia::api
