#include "api/chunk_pipeline.h"

namespace audientia::api {

ChunkPipeline::ChunkPipeline(std::size_t depth, Consumer consume)
    : depth_(depth == 0 ? 1 : depth), consume_(std::move(consume)), worker_([this] { run(); }) {}

ChunkPipeline::~ChunkPipeline() {
  (void)finish();
}

bool ChunkPipeline::push(std::int64_t offset, std::string data) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return failed_ || queue_.size() < depth_; });
  if (failed_) return false;
  queue_.push_back(Chunk{offset, std::move(data)});
  changed_.notify_all();
  return true;
}

Status ChunkPipeline::finish() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
  if (worker_.joinable()) worker_.join();
  return result_;
}

void ChunkPipeline::run() {
  for (;;) {
    Chunk chunk;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return closed_ || !queue_.empty(); });
      if (queue_.empty()) return;  // closed and drained
      chunk = std::move(queue_.front());
      queue_.pop_front();
    }
    changed_.notify_all();
    Status status = consume_(chunk.offset, std::as_bytes(std::span(chunk.data)));
    if (!status) {
      std::lock_guard lock(mutex_);
      failed_ = true;
      result_ = std::move(status);
      queue_.clear();
      changed_.notify_all();
      return;
    }
  }
}

}  // namespace audientia::api
