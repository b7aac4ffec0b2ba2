// parseFileStoreUrl (declared in filesystem_media_store.h).

#include <cctype>
#include <charconv>

#include "storage/filesystem/filesystem_media_store.h"

namespace audientia::storage::filesystem {

namespace {

constexpr std::string_view kScheme = "file://";

Expected<std::string> percentDecoded(std::string_view text, const std::string& url) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out.push_back(text[i]);
      continue;
    }
    unsigned value = 0;
    if (i + 2 >= text.size() ||
        std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16).ptr !=
            text.data() + i + 3) {
      return invalidArgument("media store URL '" + url + "' has a malformed %-escape");
    }
    if (value == 0) return invalidArgument("media store URL '" + url + "' contains %00");
    out.push_back(static_cast<char>(value));
    i += 2;
  }
  return out;
}

}  // namespace

Expected<FileStoreLocation> parseFileStoreUrl(std::string_view url) {
  const std::string quoted(url);
  if (url.substr(0, kScheme.size()) != kScheme) {
    return invalidArgument("media store URL '" + quoted +
                           "' is not supported: only file:///absolute/path is (optionally "
                           "with ?max_bytes=N)");
  }
  std::string_view rest = url.substr(kScheme.size());
  std::string_view query;
  if (const auto q = rest.find('?'); q != std::string_view::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  if (rest.find('#') != std::string_view::npos) {
    return invalidArgument("media store URL '" + quoted + "' has a fragment (#...)");
  }
  if (rest.empty() || rest.front() != '/') {
    return invalidArgument("media store URL '" + quoted +
                           "' must name an absolute path after file:// (three slashes: "
                           "file:///var/lib/audientia/media); hosts and relative paths are not "
                           "supported");
  }
  FileStoreLocation location;
  AUDIENTIA_TRY(std::string path, percentDecoded(rest, quoted));
  location.root = std::filesystem::path(path).lexically_normal();
  while (!query.empty()) {
    const auto amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    const auto eq = pair.find('=');
    const std::string_view key = pair.substr(0, eq);
    const std::string_view value =
        eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
    if (key == "direct_io") {
      using DirectIo = FilesystemMediaStore::DirectIo;
      if (value == "true") {
        location.options.directIo = DirectIo::kAlways;
      } else if (value == "false") {
        location.options.directIo = DirectIo::kNever;
      } else if (value == "auto") {
        location.options.directIo = DirectIo::kLargeUploads;
      } else {
        return invalidArgument("media store URL '" + quoted +
                               "': direct_io must be auto, true or false, not '" +
                               std::string(value) + "'");
      }
      continue;
    }
    if (key != "max_bytes") {
      return invalidArgument("media store URL '" + quoted + "': unknown parameter '" +
                             std::string(key) + "' (known: max_bytes, direct_io)");
    }
    std::uint64_t maxBytes = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), maxBytes);
    if (value.empty() || error != std::errc() || end != value.data() + value.size() ||
        maxBytes == 0) {
      return invalidArgument("media store URL '" + quoted +
                             "': max_bytes must be a positive "
                             "whole number of bytes, not '" +
                             std::string(value) + "'");
    }
    location.options.maxBytes = maxBytes;
  }
  return location;
}

}  // namespace audientia::storage::filesystem
