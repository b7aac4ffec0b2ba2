#pragma once

#include <filesystem>
#include <string_view>

#include "audientia/base/expected.h"

namespace audientia::bootstrap {

// Replaces path with content atomically: a temporary file next to it is created with O_EXCL
// and the final mode (never chmod-ed afterwards, so it is never readable by others even for
// a moment), written, fsynced and renamed over path; the directory is then fsynced.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view content,
                           unsigned mode);

// writeFileAtomically with mode 0600: for keys and passwords.
inline Status writeSecretFile(const std::filesystem::path& path, std::string_view content) {
  return writeFileAtomically(path, content, 0600);
}

Expected<std::string> readWholeFile(const std::filesystem::path& path);

}  // namespace audientia::bootstrap
