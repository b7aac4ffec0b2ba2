#pragma once

// The byte budget of a filesystem media store: objects plus staging files, counted at open by
// walking the directories and kept up to date by every write and removal. Shared (by
// shared_ptr) between the store and the writers and staging files it hands out.

#include <cstdint>
#include <filesystem>
#include <mutex>

#include "audientia/base/expected.h"

namespace audientia::storage::filesystem {

class StoreQuota {
 public:
  // maxBytes 0: unlimited (bytes are still counted).
  StoreQuota(std::uint64_t maxBytes, std::uint64_t usedBytes)
      : maxBytes_(maxBytes), usedBytes_(usedBytes) {}

  // Takes `bytes` from the budget before they are written; kResourceExhausted when they do
  // not fit, with a message that says the store is full and that the upload can resume.
  Status reserve(std::uint64_t bytes);
  // Gives back bytes that were reserved but not written, or that were removed.
  void release(std::uint64_t bytes);

  std::uint64_t usedBytes() const;
  std::uint64_t maxBytes() const { return maxBytes_; }

 private:
  const std::uint64_t maxBytes_;
  mutable std::mutex mutex_;
  std::uint64_t usedBytes_;
};

// The message of every "store is full" error (quota or ENOSPC/EDQUOT), after `what` failed.
Error storeFullError(const std::string& what, const std::string& cause);

// Bytes of the regular files under dir, recursively (0 when it does not exist).
Expected<std::uint64_t> bytesUnder(const std::filesystem::path& dir);

}  // namespace audientia::storage::filesystem
