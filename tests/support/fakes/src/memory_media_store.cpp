#include "audientia/testing/fakes/memory_media_store.h"

#include <algorithm>
#include <cstring>

#include "audientia/base/sha256.h"

namespace audientia::testing {

namespace {

std::string textOf(std::span<const std::byte> data) {
  return std::string(reinterpret_cast<const char*>(data.data()), data.size());
}

bool isKey(const std::string& key) {
  return key.size() == 64 && std::all_of(key.begin(), key.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace

struct MemoryMediaStore::State {
  struct Sink {
    std::string bytes;        // received (flushed or not: a memory sink has no buffer)
    std::size_t durable = 0;  // synced
    std::uint64_t generation = 0;
  };
  mutable std::mutex mutex;
  std::map<std::string, std::string> objects;
  std::map<std::string, Sink> sinks;
  std::uint64_t generation = 0;  // bumped by simulateRestart()
};

namespace {

using State = MemoryMediaStore::State;

class MemoryWriter : public ports::ObjectWriter {
 public:
  explicit MemoryWriter(std::shared_ptr<State> state) : state_(std::move(state)) {}
  Status write(std::span<const std::byte> data) override {
    if (committed_) return Error(ErrorCode::kFailedPrecondition, "write after commit");
    bytes_ += textOf(data);
    hash_.update(data);
    return ok();
  }
  std::uint64_t bytesWritten() const override { return bytes_.size(); }
  std::string sha256Hex() const override { return toHex(Sha256::of(bytes_)); }
  Expected<std::string> commit() override {
    if (committed_) return key_;
    key_ = toHex(hash_.finish());
    std::lock_guard lock(state_->mutex);
    state_->objects.emplace(key_, bytes_);
    committed_ = true;
    return key_;
  }

 private:
  std::shared_ptr<State> state_;
  std::string bytes_;
  Sha256 hash_;
  bool committed_ = false;
  std::string key_;
};

class MemoryReader : public ports::ObjectReader {
 public:
  explicit MemoryReader(std::string bytes) : bytes_(std::move(bytes)) {}
  std::uint64_t size() const override { return bytes_.size(); }
  Expected<std::size_t> read(std::uint64_t offset, std::span<std::byte> buffer) override {
    if (offset >= bytes_.size()) return std::size_t{0};
    const std::size_t n = std::min<std::size_t>(buffer.size(), bytes_.size() - offset);
    std::memcpy(buffer.data(), bytes_.data() + offset, n);
    return n;
  }

 private:
  std::string bytes_;
};

class MemorySink : public ports::UploadSink {
 public:
  MemorySink(std::shared_ptr<State> state, std::string id, std::uint64_t generation)
      : state_(std::move(state)), id_(std::move(id)), generation_(generation) {}

  std::uint64_t size() const override {
    std::lock_guard lock(state_->mutex);
    auto* sink = find();
    return sink ? sink->bytes.size() : 0;
  }
  Status append(std::uint64_t offset, std::span<const std::byte> data) override {
    std::lock_guard lock(state_->mutex);
    AUDIENTIA_TRY(State::Sink * sink, live());
    if (offset != sink->bytes.size()) {
      return Error(ErrorCode::kFailedPrecondition,
                   "a part at offset " + std::to_string(offset) + " does not continue upload " +
                       id_ + ", which ends at " + std::to_string(sink->bytes.size()));
    }
    sink->bytes += textOf(data);
    return ok();
  }
  Status flush() override {
    std::lock_guard lock(state_->mutex);
    AUDIENTIA_TRY_STATUS(live());
    return ok();
  }
  Status syncFlushed() override {
    std::lock_guard lock(state_->mutex);
    AUDIENTIA_TRY(State::Sink * sink, live());
    sink->durable = sink->bytes.size();
    return ok();
  }
  Status resumeAt(std::uint64_t offset) override {
    std::lock_guard lock(state_->mutex);
    AUDIENTIA_TRY(State::Sink * sink, live());
    if (offset > sink->bytes.size()) {
      return Error(ErrorCode::kDataLoss,
                   "upload " + id_ + " holds fewer than " + std::to_string(offset) + " bytes");
    }
    sink->bytes.resize(offset);
    sink->durable = std::min<std::size_t>(sink->durable, offset);
    return ok();
  }
  Expected<std::size_t> read(std::uint64_t offset, std::span<std::byte> buffer) override {
    std::lock_guard lock(state_->mutex);
    AUDIENTIA_TRY(State::Sink * sink, live());
    if (offset >= sink->bytes.size()) return std::size_t{0};
    const std::size_t n = std::min<std::size_t>(buffer.size(), sink->bytes.size() - offset);
    std::memcpy(buffer.data(), sink->bytes.data() + offset, n);
    return n;
  }
  Expected<std::string> commit(const std::string& sha256) override {
    std::lock_guard lock(state_->mutex);
    if (!isKey(sha256)) return invalidArgument("'" + sha256 + "' is not a SHA-256");
    AUDIENTIA_TRY(State::Sink * sink, live());
    state_->objects.emplace(sha256, sink->bytes);
    state_->sinks.erase(id_);
    return sha256;
  }
  Status abort() override {
    std::lock_guard lock(state_->mutex);
    if (find() != nullptr) state_->sinks.erase(id_);
    return ok();
  }

 private:
  State::Sink* find() const {
    auto found = state_->sinks.find(id_);
    if (found == state_->sinks.end() || found->second.generation != generation_) return nullptr;
    return &found->second;
  }
  Expected<State::Sink*> live() const {
    if (state_->generation != generation_) {
      return Error(ErrorCode::kUnavailable, "the store restarted under upload " + id_);
    }
    State::Sink* sink = find();
    if (sink == nullptr) {
      return Error(ErrorCode::kFailedPrecondition, "upload " + id_ + " was committed or aborted");
    }
    return sink;
  }

  std::shared_ptr<State> state_;
  std::string id_;
  std::uint64_t generation_;
};

}  // namespace

MemoryMediaStore::MemoryMediaStore() : state_(std::make_shared<State>()) {}
MemoryMediaStore::~MemoryMediaStore() = default;

Expected<std::unique_ptr<ports::ObjectWriter>> MemoryMediaStore::createWriter() {
  return std::unique_ptr<ports::ObjectWriter>(std::make_unique<MemoryWriter>(state_));
}

Expected<std::unique_ptr<ports::ObjectReader>> MemoryMediaStore::openReader(
    const std::string& key) {
  std::lock_guard lock(state_->mutex);
  auto found = state_->objects.find(key);
  if (found == state_->objects.end()) return notFound("no object " + key);
  return std::unique_ptr<ports::ObjectReader>(std::make_unique<MemoryReader>(found->second));
}

Expected<bool> MemoryMediaStore::exists(const std::string& key) {
  std::lock_guard lock(state_->mutex);
  return state_->objects.count(key) != 0;
}

std::optional<std::filesystem::path> MemoryMediaStore::localPath(const std::string&) {
  return std::nullopt;
}

Status MemoryMediaStore::remove(const std::string& key) {
  if (!isKey(key)) return invalidArgument("'" + key + "' is not a SHA-256");
  std::lock_guard lock(state_->mutex);
  state_->objects.erase(key);
  return ok();
}

Expected<std::unique_ptr<ports::UploadSink>> MemoryMediaStore::openUploadSink(
    const std::string& uploadId, bool create) {
  std::lock_guard lock(state_->mutex);
  auto found = state_->sinks.find(uploadId);
  if (found == state_->sinks.end()) {
    if (!create) return notFound("no upload sink for " + uploadId);
    found = state_->sinks.emplace(uploadId, State::Sink{}).first;
  }
  found->second.generation = state_->generation;
  return std::unique_ptr<ports::UploadSink>(
      std::make_unique<MemorySink>(state_, uploadId, state_->generation));
}

Status MemoryMediaStore::removeUploadSink(const std::string& uploadId) {
  std::lock_guard lock(state_->mutex);
  state_->sinks.erase(uploadId);
  return ok();
}

Expected<std::vector<std::string>> MemoryMediaStore::listUploadSinks() {
  std::lock_guard lock(state_->mutex);
  std::vector<std::string> ids;
  for (const auto& [id, sink] : state_->sinks) ids.push_back(id);
  return ids;
}

void MemoryMediaStore::simulateRestart() {
  std::lock_guard lock(state_->mutex);
  ++state_->generation;
  for (auto& [id, sink] : state_->sinks) sink.bytes.resize(sink.durable);
}

std::string MemoryMediaStore::object(const std::string& key) const {
  std::lock_guard lock(state_->mutex);
  auto found = state_->objects.find(key);
  return found == state_->objects.end() ? std::string() : found->second;
}

std::size_t MemoryMediaStore::objectCount() const {
  std::lock_guard lock(state_->mutex);
  return state_->objects.size();
}

std::int64_t MemoryMediaStore::sinkSize(const std::string& uploadId) const {
  std::lock_guard lock(state_->mutex);
  auto found = state_->sinks.find(uploadId);
  return found == state_->sinks.end() ? -1 : static_cast<std::int64_t>(found->second.bytes.size());
}

}  // namespace audientia::testing
