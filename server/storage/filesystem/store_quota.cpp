#include "storage/filesystem/store_quota.h"

#include <system_error>

namespace audientia::storage::filesystem {

Status StoreQuota::reserve(std::uint64_t bytes) {
  std::lock_guard lock(mutex_);
  if (maxBytes_ != 0 && (bytes > maxBytes_ || usedBytes_ > maxBytes_ - bytes)) {
    return storeFullError("storing " + std::to_string(bytes) + " more bytes",
                          "its quota of " + std::to_string(maxBytes_) + " bytes allows " +
                              std::to_string(maxBytes_ > usedBytes_ ? maxBytes_ - usedBytes_ : 0) +
                              " more");
  }
  usedBytes_ += bytes;
  return ok();
}

void StoreQuota::release(std::uint64_t bytes) {
  std::lock_guard lock(mutex_);
  usedBytes_ = bytes > usedBytes_ ? 0 : usedBytes_ - bytes;
}

std::uint64_t StoreQuota::usedBytes() const {
  std::lock_guard lock(mutex_);
  return usedBytes_;
}

Error storeFullError(const std::string& what, const std::string& cause) {
  return {ErrorCode::kResourceExhausted,
          "the media store is full (" + what + ": " + cause +
              "); nothing of this write was kept, and the upload can resume once space is freed"};
}

Expected<std::uint64_t> bytesUnder(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code error;
  std::uint64_t total = 0;
  if (!fs::exists(dir, error)) return total;
  for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end;
       it.increment(error)) {
    std::error_code sizeError;
    if (!it->is_regular_file(sizeError)) continue;
    const auto size = it->file_size(sizeError);
    if (!sizeError) total += size;
  }
  if (error) return internalError("measuring " + dir.string() + ": " + error.message());
  return total;
}

}  // namespace audientia::storage::filesystem
