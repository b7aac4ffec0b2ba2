// The ZIP form of a bag (bag_source.h): read in place with libarchive's seekable ZIP reader,
// which starts from the central directory (a truncated ZIP does not open) and checks each
// entry's CRC-32 as it is read. Opening lists the entries (the bag is the one top directory;
// nothing may lie beside it, no name twice, only files and directories); the first digest()
// hashes every file in one pass, streamed, and keeps only the digests; readText() reads one
// entry again.

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

#include <array>
#include <fstream>
#include <functional>
#include <map>

#include "bag_source.h"
#include "bag_text.h"

namespace audientia::verify {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kZipReadBlockBytes = 1 << 20;

// Entry names are UTF-8; libarchive converts them to the locale's character set, which fails
// for non-ASCII names under the C locale. A UTF-8 LC_CTYPE for this thread while reading.
class Utf8NamesScope {
 public:
  Utf8NamesScope() : utf8_(newlocale(LC_CTYPE_MASK, "C.UTF-8", nullptr)) {
    if (utf8_ != nullptr) previous_ = uselocale(utf8_);
  }
  ~Utf8NamesScope() {
    if (utf8_ == nullptr) return;
    uselocale(previous_);
    freelocale(utf8_);
  }
  Utf8NamesScope(const Utf8NamesScope&) = delete;
  Utf8NamesScope& operator=(const Utf8NamesScope&) = delete;

 private:
  locale_t utf8_;
  locale_t previous_ = nullptr;
};

struct ArchiveReadDeleter {
  void operator()(archive* handle) const { archive_read_free(handle); }
};

// One pass over the ZIP's entries, in the central directory's order.
class ZipPass {
 public:
  struct Entry {
    std::string name;  // as stored: "808-P-2026/data/hearing.json", "808-P-2026/"
    bool directory = false;
    bool regular = false;
  };

  explicit ZipPass(const fs::path& zip) : zip_(zip), handle_(archive_read_new()) {}

  Status open() {
    if (!handle_) return Error(ErrorCode::kResourceExhausted, "libarchive: out of memory");
    archive_read_support_format_zip_seekable(handle_.get());
    if (archive_read_open_filename(handle_.get(), zip_.c_str(), kZipReadBlockBytes) != ARCHIVE_OK) {
      return unreadable();
    }
    return ok();
  }

  // The next entry, or false at the end of the ZIP.
  Expected<bool> next(Entry& entry) {
    archive_entry* header = nullptr;
    const int read = archive_read_next_header(handle_.get(), &header);
    if (read == ARCHIVE_EOF) return false;
    if (read != ARCHIVE_OK) return unreadable();
    const char* name = archive_entry_pathname_utf8(header);
    if (name == nullptr) name = archive_entry_pathname(header);
    if (name == nullptr) {
      return Error(ErrorCode::kDataLoss,
                   "an entry of " + zip_.string() + " has a name that cannot be read");
    }
    entry.name = name;
    entry.directory = archive_entry_filetype(header) == AE_IFDIR;
    entry.regular = archive_entry_filetype(header) == AE_IFREG;
    return true;
  }

  // The current entry's bytes, in blocks, to `take`; the entry's CRC-32 is checked at its end.
  Status read(const std::string& label, const std::function<void(std::span<const char>)>& take) {
    std::vector<char> buffer(kZipReadBlockBytes);
    while (true) {
      const la_ssize_t got = archive_read_data(handle_.get(), buffer.data(), buffer.size());
      if (got == 0) return ok();
      if (got < 0) {
        return Error(ErrorCode::kDataLoss,
                     label + " cannot be read from the ZIP (" + libarchiveText() + ")");
      }
      take(std::span<const char>(buffer.data(), static_cast<std::size_t>(got)));
    }
  }

 private:
  std::string libarchiveText() {
    const char* text = archive_error_string(handle_.get());
    return text != nullptr ? text : "libarchive gives no reason";
  }

  // Not a ZIP at all, or a ZIP whose central directory (at its end) is gone or damaged.
  Error unreadable() {
    std::array<char, 4> magic{};
    std::ifstream in(zip_, std::ios::binary);
    in.read(magic.data(), magic.size());
    const bool looksZip = in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K';
    return Error(ErrorCode::kDataLoss,
                 zip_.string() +
                     (looksZip ? " is a truncated or damaged ZIP file: its central directory "
                                 "cannot be read ("
                               : " is neither a bag directory nor a ZIP file (") +
                     libarchiveText() + ")");
  }

  Utf8NamesScope names_;  // first in, last out: around every libarchive call
  fs::path zip_;
  std::unique_ptr<archive, ArchiveReadDeleter> handle_;
};

class ZipBagSource final : public BagSource {
 public:
  explicit ZipBagSource(fs::path zip) : zip_(std::move(zip)) {}

  // Lists the entries and checks their shape: one top directory, the bag, and in it only
  // plain relative names, each once.
  Status list() {
    ZipPass pass(zip_);
    AUDIENTIA_TRY_STATUS(pass.open());
    ZipPass::Entry entry;
    while (true) {
      AUDIENTIA_TRY(bool more, pass.next(entry));
      if (!more) break;
      std::string name = entry.name;
      if (entry.directory && !name.empty() && name.back() == '/') name.pop_back();
      const auto slash = name.find('/');
      const std::string top = name.substr(0, slash);
      const std::string inside = slash == std::string::npos ? "" : name.substr(slash + 1);
      if (!safeBagPath(top) || (inside.empty() && !entry.directory)) {
        return shapeError(entry.name + " is not inside a top directory");
      }
      if (top_.empty()) top_ = top;
      if (top != top_) {
        return shapeError(entry.name + " lies beside the bag's directory " + top_ + "/");
      }
      if (!entry.directory && !entry.regular) {
        return shapeError(entry.name + " is neither a file nor a directory");
      }
      if (inside.empty()) continue;
      if (!safeBagPath(inside)) return shapeError(entry.name + " is not a plain path in the bag");
      if (entry.directory) {
        directories_.insert(inside);
      } else if (!files_.insert(inside).second) {
        return shapeError(entry.name + " is in it twice");
      }
      for (auto at = inside.find('/'); at != std::string::npos; at = inside.find('/', at + 1)) {
        directories_.insert(inside.substr(0, at));
      }
    }
    if (top_.empty()) return shapeError("it holds nothing");
    return ok();
  }

  std::string form() const override { return "a ZIP file, the bag in " + top_ + "/"; }
  const std::set<std::string>& files() const override { return files_; }
  bool hasDirectory(const std::string& path) const override {
    return directories_.count(path) != 0;
  }

  Expected<std::string> readText(const std::string& path) override {
    if (!files_.count(path)) return Error(ErrorCode::kNotFound, path + " is missing");
    std::string text;
    AUDIENTIA_TRY_STATUS(readEntry(
        path, [&text](std::span<const char> bytes) { text.append(bytes.data(), bytes.size()); }));
    return text;
  }

  Expected<FileDigests> digest(const std::string& path) override {
    if (!files_.count(path)) return Error(ErrorCode::kNotFound, path + " is missing");
    if (!hashed_) hashAll();
    if (const auto found = digests_.find(path); found != digests_.end()) return found->second;
    if (const auto failed = failures_.find(path); failed != failures_.end()) {
      return Error(ErrorCode::kDataLoss, failed->second);
    }
    return Error(ErrorCode::kDataLoss,
                 path + " cannot be read from the ZIP (" + passFailure_ + ")");
  }

 private:
  Error shapeError(const std::string& what) const {
    return Error(
        ErrorCode::kDataLoss,
        zip_.string() + " is not a bag's ZIP (one top directory holding the bag): " + what);
  }

  // One pass hashing every file; the digests (or why a file cannot be read) are kept.
  void hashAll() {
    hashed_ = true;
    ZipPass pass(zip_);
    if (auto opened = pass.open(); !opened) {
      passFailure_ = opened.error().message();
      return;
    }
    ZipPass::Entry entry;
    while (true) {
      auto more = pass.next(entry);
      if (!more) {
        passFailure_ = more.error().message();
        return;
      }
      if (!*more) return;
      if (!entry.regular) continue;
      const std::string path = entry.name.substr(top_.size() + 1);
      StreamDigests digests;
      auto read =
          pass.read(path, [&digests](std::span<const char> bytes) { digests.update(bytes); });
      if (read) {
        digests_.emplace(path, digests.finish());
      } else {
        failures_.emplace(path, read.error().message());
      }
    }
  }

  Status readEntry(const std::string& path,
                   const std::function<void(std::span<const char>)>& take) {
    ZipPass pass(zip_);
    AUDIENTIA_TRY_STATUS(pass.open());
    const std::string wanted = top_ + "/" + path;
    ZipPass::Entry entry;
    while (true) {
      AUDIENTIA_TRY(bool more, pass.next(entry));
      if (!more) return Error(ErrorCode::kNotFound, path + " is missing");
      if (entry.regular && entry.name == wanted) return pass.read(path, take);
    }
  }

  fs::path zip_;
  std::string top_;
  std::set<std::string> files_;
  std::set<std::string> directories_;
  bool hashed_ = false;
  std::map<std::string, FileDigests> digests_;
  std::map<std::string, std::string> failures_;
  std::string passFailure_;
};

}  // namespace

Expected<std::unique_ptr<BagSource>> openZipBagSource(const fs::path& zip) {
  auto source = std::make_unique<ZipBagSource>(zip);
  AUDIENTIA_TRY_STATUS(source->list());
  return std::unique_ptr<BagSource>(std::move(source));
}

}  // namespace audientia::verify
