// The evidence package as one ZIP file (package_sink.h), written with libarchive as the bytes
// arrive: each entry stored (no compression: media does not compress, and speed matters), its
// CRC-32 and sizes in a data descriptor after it and in the central directory, Zip64 records
// where a size or an offset passes 4 GiB. Names are UTF-8 (the top directory is the user's).
// Nothing is held in memory but libarchive's output block and the central directory.

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <optional>
#include <set>
#include <system_error>

#include "audientia/base/posix_file.h"
#include "audientia/base/sequential_file_writer.h"
#include "audientia/client/export_api.h"
#include "package_sink.h"

namespace audientia::client::detail {
namespace {

namespace fs = std::filesystem;

// libarchive hands its output to the file in blocks of this size (the last one not padded).
constexpr int kZipOutputBlockBytes = 1 << 20;

struct ArchiveWriteDeleter {
  void operator()(archive* handle) const { archive_write_free(handle); }
};
struct ArchiveEntryDeleter {
  void operator()(archive_entry* entry) const { archive_entry_free(entry); }
};

class ZipSink final : public PackageSink {
 public:
  ZipSink(fs::path out, std::string top)
      : out_(std::move(out)), partial_(out_.string() + ".partial"), top_(std::move(top)) {}

  ~ZipSink() override {
    if (committed_) return;
    // A failed archive must not write its central directory into a file about to be removed.
    if (archive_) archive_write_fail(archive_.get());
    archive_.reset();
    file_.reset();
    std::error_code ignored;
    fs::remove_all(partial_, ignored);
  }

  Status start() {
    std::error_code error;
    fs::remove_all(partial_, error);  // what an earlier, killed export left
    AUDIENTIA_TRY(auto file, posix::SequentialFileWriter::create(
                                 partial_, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0644));
    file_.emplace(std::move(file));
    archive_.reset(archive_write_new());
    if (!archive_) return Error(ErrorCode::kResourceExhausted, "libarchive: out of memory");
    archive* a = archive_.get();
    if (archive_write_set_format_zip(a) != ARCHIVE_OK ||
        archive_write_set_options(a, "zip:compression=store,zip:hdrcharset=UTF-8") != ARCHIVE_OK ||
        archive_write_set_bytes_per_block(a, kZipOutputBlockBytes) != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(a, 1) != ARCHIVE_OK ||
        archive_write_open2(a, this, nullptr, &ZipSink::writeOut, nullptr, nullptr) != ARCHIVE_OK) {
      return failure("preparing");
    }
    entry_.reset(archive_entry_new());
    return ok();
  }

  Status beginFile(const std::string& path, std::int64_t sizeBytes) override {
    // Directory entries first, once each, so that every unzip tool shows the bag's tree.
    AUDIENTIA_TRY_STATUS(addDirectory(top_ + "/"));
    for (auto slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', slash + 1)) {
      AUDIENTIA_TRY_STATUS(addDirectory(top_ + "/" + path.substr(0, slash + 1)));
    }
    label_ = path;
    setEntry(top_ + "/" + path, AE_IFREG, 0644, sizeBytes);
    if (archive_write_header(archive_.get(), entry_.get()) != ARCHIVE_OK) {
      return failure("adding " + path + " to");
    }
    return ok();
  }

  Status write(std::string_view data) override {
    while (!data.empty()) {
      const la_ssize_t wrote = archive_write_data(archive_.get(), data.data(), data.size());
      if (wrote <= 0) return failure("writing " + label_ + " into");
      data.remove_prefix(static_cast<std::size_t>(wrote));
    }
    return ok();
  }

  Status endFile() override {
    if (archive_write_finish_entry(archive_.get()) != ARCHIVE_OK) {
      return failure("finishing " + label_ + " in");
    }
    return ok();
  }

  Status commit() override {
    // The central directory, then every byte on the disk before the name is given.
    if (archive_write_close(archive_.get()) != ARCHIVE_OK) return failure("closing");
    AUDIENTIA_TRY_STATUS(file_->close());
    AUDIENTIA_TRY_STATUS(posix::renameDurably(partial_, out_));
    committed_ = true;
    return ok();
  }

 private:
  // libarchive's output callback: every byte to the file, or the failure kept for failure().
  static la_ssize_t writeOut(archive* /*handle*/, void* self, const void* buffer,
                             std::size_t length) {
    auto* sink = static_cast<ZipSink*>(self);
    auto written = sink->file_->write(std::string_view(static_cast<const char*>(buffer), length));
    if (!written) {
      sink->writeError_ = written.error();
      return -1;
    }
    return static_cast<la_ssize_t>(length);
  }

  // The error of a libarchive call: the file's own (disk full...) when writing it failed.
  Error failure(const std::string& what) {
    if (writeError_) return *writeError_;
    const char* text = archive_error_string(archive_.get());
    const int code = archive_errno(archive_.get());
    return Error(
        code > 0 ? posix::codeForErrno(code) : ErrorCode::kInternal,
        what + " the ZIP " + partial_.string() + ": " + (text ? text : "libarchive failed"));
  }

  Status addDirectory(const std::string& name) {
    if (!directories_.insert(name).second) return ok();
    setEntry(name, AE_IFDIR, 0755, 0);
    if (archive_write_header(archive_.get(), entry_.get()) != ARCHIVE_OK ||
        archive_write_finish_entry(archive_.get()) != ARCHIVE_OK) {
      return failure("adding the directory " + name + " to");
    }
    return ok();
  }

  void setEntry(const std::string& name, mode_t type, mode_t mode, std::int64_t sizeBytes) {
    archive_entry* entry = entry_.get();
    archive_entry_clear(entry);
    archive_entry_set_pathname_utf8(entry, name.c_str());
    archive_entry_set_filetype(entry, type);
    archive_entry_set_perm(entry, mode);
    archive_entry_set_size(entry, sizeBytes);
    archive_entry_set_mtime(entry, now_, 0);
  }

  fs::path out_;
  fs::path partial_;
  std::string top_;
  std::optional<posix::SequentialFileWriter> file_;
  std::unique_ptr<archive, ArchiveWriteDeleter> archive_;
  std::unique_ptr<archive_entry, ArchiveEntryDeleter> entry_;
  std::set<std::string> directories_;
  std::string label_;
  std::optional<Error> writeError_;
  std::time_t now_ = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  bool committed_ = false;
};

}  // namespace

Expected<std::unique_ptr<PackageSink>> openZipSink(const fs::path& out) {
  const std::string top = packageZipTopDirectory(out);
  if (top.empty()) {
    return Error(ErrorCode::kInvalidArgument, "--out " + out.string() +
                                                  " names no file: give the ZIP a name, such as "
                                                  "808-P-2026.zip");
  }
  auto sink = std::make_unique<ZipSink>(out, top);
  AUDIENTIA_TRY_STATUS(sink->start());
  return std::unique_ptr<PackageSink>(std::move(sink));
}

}  // namespace audientia::client::detail

namespace audientia::client {

std::string packageZipTopDirectory(const std::filesystem::path& out) {
  std::string name = out.filename().string();
  if (name.size() > 4) {
    std::string ending = name.substr(name.size() - 4);
    for (char& c : ending) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ending == ".zip") name.resize(name.size() - 4);
  }
  if (name == "." || name == "..") return {};
  return name;
}

}  // namespace audientia::client
