// The evidence package as a directory (package_sink.h), written inside out + ".partial/" and
// renamed to `out` only once every byte of it is durable: each file under its own name (its
// whole blocks past the page cache, posix::SequentialFileWriter), each directory made durably,
// then one syncfs(2) for all the files before the rename. An fsync per file cost a device flush
// each (0.24 s per file on this project's machines, while nothing else moved); the directory is
// not the package until its rename, so only the end needs every byte on the disk.

#include <fcntl.h>
#include <sys/stat.h>

#include <cerrno>
#include <optional>
#include <system_error>

#include "audientia/base/posix_file.h"
#include "audientia/base/sequential_file_writer.h"
#include "package_sink.h"

namespace audientia::client::detail {
namespace {

namespace fs = std::filesystem;

class DirectorySink final : public PackageSink {
 public:
  explicit DirectorySink(fs::path out)
      : out_(std::move(out)), partial_(out_.string() + ".partial") {}

  ~DirectorySink() override {
    file_.reset();
    if (committed_) return;
    std::error_code ignored;
    fs::remove_all(partial_, ignored);
  }

  Status start() {
    std::error_code error;
    fs::remove_all(partial_, error);
    if (error)
      return Error(ErrorCode::kInternal,
                   "cannot remove the old " + partial_.string() + ": " + error.message());
    return posix::ensureDirectory(partial_, 0755);
  }

  Status beginFile(const std::string& path, std::int64_t /*sizeBytes*/) override {
    const fs::path target = partial_ / path;
    // Each directory on the way (made durable with the files, at commit).
    fs::path directory = partial_;
    for (const auto& part : fs::path(path).parent_path()) {
      directory /= part;
      if (::mkdir(directory.c_str(), 0755) != 0 && errno != EEXIST) {
        return posix::systemError(errno, "cannot create", directory);
      }
    }
    AUDIENTIA_TRY(auto created,
                  posix::SequentialFileWriter::create(target, O_WRONLY | O_CREAT | O_EXCL, 0644));
    file_.emplace(std::move(created));
    return ok();
  }

  Status write(std::string_view data) override { return file_->write(data); }

  Status endFile() override {
    AUDIENTIA_TRY_STATUS(file_->close(/*sync=*/false));
    file_.reset();
    return ok();
  }

  Status commit() override {
    AUDIENTIA_TRY_STATUS(posix::syncFilesystem(partial_));
    AUDIENTIA_TRY_STATUS(posix::renameDurably(partial_, out_));
    committed_ = true;
    return ok();
  }

 private:
  fs::path out_;
  fs::path partial_;
  std::optional<posix::SequentialFileWriter> file_;
  bool committed_ = false;
};

}  // namespace

Expected<std::unique_ptr<PackageSink>> openDirectorySink(const fs::path& out) {
  auto sink = std::make_unique<DirectorySink>(out);
  AUDIENTIA_TRY_STATUS(sink->start());
  return std::unique_ptr<PackageSink>(std::move(sink));
}

}  // namespace audientia::client::detail
