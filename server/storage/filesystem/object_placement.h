#pragma once

// Where committed objects live, and how a finished staging file becomes one: shared by the
// one-shot writer and resumable staging.

#include <filesystem>
#include <string>

#include "audientia/base/expected.h"

namespace audientia::storage::filesystem {

// objectsDir/ab/cd/<key>; key must be SHA-256 hex (checked by the caller).
std::filesystem::path objectPathFor(const std::filesystem::path& objectsDir,
                                    const std::string& key);

// Moves an fsynced, read-only staged file into place under key and fsyncs the directory.
// When the object already exists (identical bytes, same key) the staged file is removed
// instead. Returns true when it was already stored.
Expected<bool> placeObject(const std::filesystem::path& staged,
                           const std::filesystem::path& objectsDir, const std::string& key);

}  // namespace audientia::storage::filesystem
