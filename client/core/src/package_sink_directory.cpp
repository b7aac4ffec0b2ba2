// The evidence package as a directory (package_sink.h): each file through a PartialFile (synced
// and renamed durably inside out + ".partial/"), each directory made durably, the whole renamed
// to `out` at the end.

#include <optional>
#include <system_error>

#include "audientia/base/posix_file.h"
#include "package_sink.h"
#include "partial_file.h"

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
    // Each directory on the way, made durably (its parent synced), as the files in it are.
    fs::path directory = partial_;
    for (const auto& part : fs::path(path).parent_path()) {
      directory /= part;
      AUDIENTIA_TRY_STATUS(posix::ensureDirectory(directory, 0755));
    }
    AUDIENTIA_TRY(PartialFile created, PartialFile::create(target, PartialFile::Digest::kNone));
    file_.emplace(std::move(created));
    label_ = path;
    return ok();
  }

  Status write(std::string_view data) override { return file_->write(data); }

  Status endFile() override {
    AUDIENTIA_TRY_STATUS(file_->commit({}, label_));
    file_.reset();
    return ok();
  }

  Status commit() override {
    AUDIENTIA_TRY_STATUS(posix::renameDurably(partial_, out_));
    committed_ = true;
    return ok();
  }

 private:
  fs::path out_;
  fs::path partial_;
  std::optional<PartialFile> file_;
  std::string label_;
  bool committed_ = false;
};

}  // namespace

Expected<std::unique_ptr<PackageSink>> openDirectorySink(const fs::path& out) {
  auto sink = std::make_unique<DirectorySink>(out);
  AUDIENTIA_TRY_STATUS(sink->start());
  return std::unique_ptr<PackageSink>(std::move(sink));
}

}  // namespace audientia::client::detail
