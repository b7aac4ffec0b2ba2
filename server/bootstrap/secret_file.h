#pragma once

#include <filesystem>
#include <string_view>

#include "audientia/base/expected.h"
#include "audientia/base/posix_file.h"

namespace audientia::bootstrap {

// Durable atomic replacement of path (posix::writeFileAtomically) with mode 0600, for keys and
// passwords: the temporary file is created with O_EXCL and mode 0600 (less after the umask,
// never more), so the secret is never readable by others, not even for a moment.
inline Status writeSecretFile(const std::filesystem::path& path, std::string_view content) {
  return posix::writeFileAtomically(path, content, 0600);
}

Expected<std::string> readWholeFile(const std::filesystem::path& path);

}  // namespace audientia::bootstrap
