#pragma once

// The MediaStore port in memory, shaped like a remote store: no local paths (localPath() is
// nullopt, as for S3), upload sinks whose bytes are durable only once synced, and
// simulateRestart() that drops every byte not synced, as a crash of the machine would. For
// testing use cases without a filesystem; the filesystem store is tested on real files.

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "ports/media_store.h"

namespace audientia::testing {

class MemoryMediaStore : public ports::MediaStore {
 public:
  MemoryMediaStore();
  ~MemoryMediaStore() override;

  Expected<std::unique_ptr<ports::ObjectWriter>> createWriter() override;
  Expected<std::unique_ptr<ports::ObjectReader>> openReader(const std::string& key) override;
  Expected<bool> exists(const std::string& key) override;
  std::optional<std::filesystem::path> localPath(const std::string& key) override;
  Status remove(const std::string& key) override;
  Expected<std::unique_ptr<ports::UploadSink>> openUploadSink(const std::string& uploadId,
                                                              bool create) override;
  Status removeUploadSink(const std::string& uploadId) override;
  Expected<std::vector<std::string>> listUploadSinks() override;

  // Every upload sink keeps only what was synced (open sinks fail from then on).
  void simulateRestart();
  // The bytes of an object ("" when missing), and how many objects there are.
  std::string object(const std::string& key) const;
  std::size_t objectCount() const;
  // Bytes held by the sink of an upload (synced or not); -1 when it has none.
  std::int64_t sinkSize(const std::string& uploadId) const;

  struct State;

 private:
  std::shared_ptr<State> state_;
};

}  // namespace audientia::testing
