#include "app/common/work_dir.h"

#include <fstream>
#include <random>
#include <system_error>
#include <vector>

#include "app/common/object_chunks.h"

namespace audientia::app {

namespace fs = std::filesystem;

Expected<WorkDir> WorkDir::create(const fs::path& parent, const std::string& name) {
  std::random_device random;
  fs::path path = parent / (name + "-" + std::to_string(random()));
  std::error_code error;
  fs::create_directories(path, error);
  if (error) {
    return Error(error == std::errc::no_space_on_device ? ErrorCode::kResourceExhausted
                                                        : ErrorCode::kInternal,
                 "creating work dir " + path.string() + ": " + error.message());
  }
  return WorkDir(path);
}

WorkDir::~WorkDir() {
  std::error_code ignored;
  if (!path_.empty()) fs::remove_all(path_, ignored);
}

Expected<fs::path> localObject(ports::MediaStore& store, const std::string& sha256,
                               const fs::path& copyPath, const std::string& what) {
  if (auto path = store.localPath(sha256)) {
    std::error_code error;
    if (fs::exists(*path, error)) return *path;
    return notFound("object " + sha256 + " (" + what + ") is missing from the media store");
  }
  AUDIENTIA_TRY(auto reader, store.openReader(sha256));
  std::ofstream out(copyPath, std::ios::binary | std::ios::trunc);
  std::vector<std::byte> buffer(1 << 20);
  AUDIENTIA_TRY_STATUS(forEachChunk(*reader, buffer, [&](std::span<const std::byte> chunk) {
    out.write(reinterpret_cast<const char*>(chunk.data()),
              static_cast<std::streamsize>(chunk.size()));
    return ok();
  }));
  out.close();
  if (!out) return internalError("writing " + copyPath.string());
  return copyPath;
}

}  // namespace audientia::app
