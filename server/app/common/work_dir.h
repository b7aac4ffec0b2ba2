#pragma once

// Local files for media work (processing, clips): a fresh directory per run, removed with
// everything in it afterwards, and a stored object as a local file (in place when the store is
// on this machine, else copied into the work directory).

#include <filesystem>
#include <string>

#include "audientia/base/expected.h"
#include "ports/media_store.h"

namespace audientia::app {

class WorkDir {
 public:
  // parent/name-<random>; kResourceExhausted when the disk is full.
  static Expected<WorkDir> create(const std::filesystem::path& parent, const std::string& name);
  WorkDir(WorkDir&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  WorkDir& operator=(WorkDir&&) = delete;
  ~WorkDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  explicit WorkDir(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

// Object `sha256` of the store as a local file: its own path when the store has one (kNotFound
// when it is missing; `what` names it in the message), else a copy at `copyPath`.
Expected<std::filesystem::path> localObject(ports::MediaStore& store, const std::string& sha256,
                                            const std::filesystem::path& copyPath,
                                            const std::string& what);

}  // namespace audientia::app
