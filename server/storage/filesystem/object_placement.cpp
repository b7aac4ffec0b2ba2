#include "storage/filesystem/object_placement.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "audientia/base/posix_file.h"

namespace audientia::storage::filesystem {

using posix::ensureDirectory;
using posix::syncDirectory;
using posix::systemError;

namespace {
constexpr unsigned kDirMode = 0700;
}

std::filesystem::path objectPathFor(const std::filesystem::path& objectsDir,
                                    const std::string& key) {
  return objectsDir / key.substr(0, 2) / key.substr(2, 2) / key;
}

Expected<bool> placeObject(const std::filesystem::path& staged,
                           const std::filesystem::path& objectsDir, const std::string& key) {
  const auto target = objectPathFor(objectsDir, key);
  AUDIENTIA_TRY_STATUS(ensureDirectory(target.parent_path().parent_path(), kDirMode));
  AUDIENTIA_TRY_STATUS(ensureDirectory(target.parent_path(), kDirMode));
  struct stat info {};
  if (::stat(target.c_str(), &info) == 0) {
    if (::unlink(staged.c_str()) != 0 && errno != ENOENT) {
      return systemError(errno, "removing duplicate staged file", staged);
    }
    return true;
  }
  if (::rename(staged.c_str(), target.c_str()) != 0) {
    return systemError(errno, "moving staged object into place at", target);
  }
  AUDIENTIA_TRY_STATUS(syncDirectory(target.parent_path()));
  return false;
}

}  // namespace audientia::storage::filesystem
