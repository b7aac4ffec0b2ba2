#pragma once

// Writing a processing job's output safely: into output + ".tmp", removed unless completed,
// then renamed over the output and made durable. Shared by assembleMaster() and cutClip().
// Private to the media library.

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>

#include "audientia/base/expected.h"

namespace audientia::media {

// Removes the temporary output unless it was kept (completed).
class TemporaryFile {
 public:
  explicit TemporaryFile(std::filesystem::path path) : path_(std::move(path)) {}
  ~TemporaryFile() {
    if (!kept_) {
      std::error_code ec;
      std::filesystem::remove(path_, ec);
    }
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  void keep() { kept_ = true; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  bool kept_ = false;
};

// fsync of a file (flags O_RDONLY) or a directory (O_RDONLY | O_DIRECTORY).
inline Status syncPath(const std::filesystem::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int saved = errno;
    if (fd >= 0) ::close(fd);
    return internalError("syncing " + path.string() + ": " + std::strerror(saved));
  }
  ::close(fd);
  return ok();
}

// Renames the completed (and synced) temporary file to `output` and syncs the directory, so
// that the new name survives a crash.
inline Status replaceWithTemporary(TemporaryFile& temporary, const std::filesystem::path& output) {
  std::error_code ec;
  std::filesystem::rename(temporary.path(), output, ec);
  if (ec) {
    return internalError("renaming " + temporary.path().string() + " to " + output.string() + ": " +
                         ec.message());
  }
  temporary.keep();
  const auto parent = output.has_parent_path() ? output.parent_path() : ".";
  return syncPath(parent, O_RDONLY | O_DIRECTORY);
}

}  // namespace audientia::media
