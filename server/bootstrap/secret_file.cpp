#include "bootstrap/secret_file.h"

#include <cerrno>
#include <fstream>
#include <sstream>
#include <string>

namespace audientia::bootstrap {

Expected<std::string> readWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return posix::systemError(errno, "reading", path);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace audientia::bootstrap
