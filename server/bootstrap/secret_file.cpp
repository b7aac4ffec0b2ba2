#include "bootstrap/secret_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace audientia::bootstrap {
namespace {

Error ioError(const std::string& what, const std::filesystem::path& path, int error) {
  ErrorCode code = error == ENOSPC ? ErrorCode::kResourceExhausted : ErrorCode::kInternal;
  if (error == ENOENT) code = ErrorCode::kNotFound;
  return {code, what + " " + path.string() + ": " + std::strerror(error)};
}

Status writeAll(int fd, std::string_view content, const std::filesystem::path& path) {
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return ioError("writing", path, errno);
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return ioError("syncing", path, errno);
  return ok();
}

}  // namespace

Status writeFileAtomically(const std::filesystem::path& path, std::string_view content,
                           unsigned mode) {
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  ::unlink(temporary.c_str());  // left by an interrupted earlier attempt
  int fd =
      ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode));
  if (fd < 0) return ioError("creating", temporary, errno);
  Status written = writeAll(fd, content, temporary);
  if (::close(fd) != 0 && written) written = ioError("closing", temporary, errno);
  if (written && ::rename(temporary.c_str(), path.c_str()) != 0) {
    written = ioError("renaming into", path, errno);
  }
  if (!written) {
    ::unlink(temporary.c_str());
    return written;
  }
  std::filesystem::path dir = path.parent_path().empty() ? "." : path.parent_path();
  int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd < 0) return ioError("opening directory", dir, errno);
  int synced = ::fsync(dirFd);
  ::close(dirFd);
  if (synced != 0) return ioError("syncing directory", dir, errno);
  return ok();
}

Expected<std::string> readWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return ioError("reading", path, errno);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace audientia::bootstrap
