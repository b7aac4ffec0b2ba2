#pragma once

// Takes a stream's chunks off the reading thread: the gRPC handler reads the next message while
// a worker thread hashes and stores the one before.
//
// Why: gRPC opens the HTTP/2 window for the next message only once the handler asks for it. A
// handler that stored each chunk before reading the next left the connection idle for as long as
// the disk and the hash took, and halved upload throughput (bench/upload_bench.cpp).
//
// Memory: at most `depth` chunks wait, plus the one the worker holds.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <span>
#include <string>
#include <thread>

#include "audientia/base/expected.h"

namespace audientia::api {

class ChunkPipeline {
 public:
  using Consumer = std::function<Status(std::int64_t offset, std::span<const std::byte> data)>;

  ChunkPipeline(std::size_t depth, Consumer consume);
  ~ChunkPipeline();  // finish()es
  ChunkPipeline(const ChunkPipeline&) = delete;
  ChunkPipeline& operator=(const ChunkPipeline&) = delete;

  // Queues a chunk, waiting while `depth` are queued. False once a chunk was refused: the caller
  // stops reading, and finish() tells why. Chunks queued after a refused one are dropped.
  bool push(std::int64_t offset, std::string data);
  // Waits until every chunk pushed before a failure was consumed; the first refusal, or ok.
  Status finish();

 private:
  struct Chunk {
    std::int64_t offset = 0;
    std::string data;
  };
  void run();

  const std::size_t depth_;
  Consumer consume_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Chunk> queue_;
  bool closed_ = false;
  bool failed_ = false;
  Status result_ = ok();
  std::thread worker_;
};

}  // namespace audientia::api
