// StreamDigests, the directory form of a bag, and openBagSource (bag_source.h).

#include "bag_source.h"

#include <openssl/evp.h>

#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

#include "audientia/base/sha256.h"

namespace audientia::verify {

namespace fs = std::filesystem;

struct StreamDigests::Contexts {
  Contexts() : sha256(EVP_MD_CTX_new()), sha512(EVP_MD_CTX_new()) {
    EVP_DigestInit_ex(sha256, EVP_sha256(), nullptr);
    EVP_DigestInit_ex(sha512, EVP_sha512(), nullptr);
  }
  ~Contexts() {
    EVP_MD_CTX_free(sha256);
    EVP_MD_CTX_free(sha512);
  }
  Contexts(const Contexts&) = delete;
  Contexts& operator=(const Contexts&) = delete;
  EVP_MD_CTX* sha256;
  EVP_MD_CTX* sha512;
};

StreamDigests::StreamDigests() : contexts_(std::make_unique<Contexts>()) {}
StreamDigests::~StreamDigests() = default;

void StreamDigests::update(std::span<const char> bytes) {
  EVP_DigestUpdate(contexts_->sha256, bytes.data(), bytes.size());
  EVP_DigestUpdate(contexts_->sha512, bytes.data(), bytes.size());
  size_ += bytes.size();
}

FileDigests StreamDigests::finish() {
  FileDigests out;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned length = 0;
  EVP_DigestFinal_ex(contexts_->sha256, digest, &length);
  out.sha256 = toHex(std::span<const std::uint8_t>(digest, length));
  EVP_DigestFinal_ex(contexts_->sha512, digest, &length);
  out.sha512 = toHex(std::span<const std::uint8_t>(digest, length));
  out.size = size_;
  return out;
}

namespace {

class DirectoryBagSource final : public BagSource {
 public:
  explicit DirectoryBagSource(fs::path root) : root_(std::move(root)) {}

  Status list() {
    std::error_code error;
    for (fs::recursive_directory_iterator it(root_, error), end; !error && it != end;
         it.increment(error)) {
      if (it->is_directory()) continue;
      files_.insert(fs::relative(it->path(), root_).generic_string());
    }
    if (error)
      return Error(ErrorCode::kDataLoss, "reading " + root_.string() + ": " + error.message());
    return ok();
  }

  std::string form() const override { return {}; }
  const std::set<std::string>& files() const override { return files_; }

  bool hasDirectory(const std::string& path) const override {
    std::error_code error;
    return fs::is_directory(root_ / path, error);
  }

  Expected<std::string> readText(const std::string& path) override {
    if (!files_.count(path)) return Error(ErrorCode::kNotFound, path + " is missing");
    std::ifstream in(root_ / path, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in || in.bad()) return Error(ErrorCode::kDataLoss, path + " cannot be read");
    return text.str();
  }

  Expected<FileDigests> digest(const std::string& path) override {
    if (!files_.count(path)) return Error(ErrorCode::kNotFound, path + " is missing");
    std::ifstream in(root_ / path, std::ios::binary);
    if (!in) return Error(ErrorCode::kDataLoss, path + " cannot be read");
    StreamDigests digests;
    std::vector<char> buffer(1 << 20);
    while (in) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      const auto got = static_cast<std::size_t>(in.gcount());
      if (got == 0) break;
      digests.update(std::span<const char>(buffer.data(), got));
    }
    if (in.bad()) return Error(ErrorCode::kDataLoss, path + " cannot be read to its end");
    return digests.finish();
  }

 private:
  fs::path root_;
  std::set<std::string> files_;
};

}  // namespace

Expected<std::unique_ptr<BagSource>> openBagSource(const fs::path& path) {
  std::error_code error;
  const auto status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) {
    return Error(ErrorCode::kNotFound, path.string() + " does not exist");
  }
  if (fs::is_directory(status)) {
    auto source = std::make_unique<DirectoryBagSource>(path);
    AUDIENTIA_TRY_STATUS(source->list());
    return std::unique_ptr<BagSource>(std::move(source));
  }
  if (fs::is_regular_file(status)) return openZipBagSource(path);
  return Error(ErrorCode::kInvalidArgument,
               path.string() + " is neither a directory nor a ZIP file" +
                   (error ? " (" + error.message() + ")" : std::string()));
}

}  // namespace audientia::verify
