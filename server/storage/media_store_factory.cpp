#include "storage/media_store_factory.h"

namespace audientia::storage {

Expected<MediaStoreUrl> parseMediaStoreUrl(const std::string& url,
                                           const std::filesystem::path& defaultFileRoot) {
  MediaStoreUrl parsed;
  if (url.empty()) {
    parsed.kind = MediaStoreUrl::Kind::kFile;
    parsed.file.root = defaultFileRoot;
    return parsed;
  }
  const auto colon = url.find("://");
  const std::string scheme = colon == std::string::npos ? std::string() : url.substr(0, colon);
  if (scheme == "file") {
    AUDIENTIA_TRY(parsed.file, filesystem::parseFileStoreUrl(url));
    parsed.kind = MediaStoreUrl::Kind::kFile;
    return parsed;
  }
  if (scheme == "s3") {
    return Error(ErrorCode::kUnimplemented,
                 "media store URL '" + url +
                     "': S3 stores are not in this build yet; use file:///absolute/path");
  }
  return invalidArgument("media store URL '" + url +
                         "' is not supported: only file:///absolute/path is (optionally "
                         "?max_bytes=N and direct_io=auto|true|false)");
}

Expected<OpenedMediaStore> openMediaStore(const MediaStoreUrl& url) {
  switch (url.kind) {
    case MediaStoreUrl::Kind::kFile: {
      AUDIENTIA_TRY(auto store,
                    filesystem::FilesystemMediaStore::open(url.file.root, url.file.options));
      OpenedMediaStore opened;
      if (store->staleFilesRemoved() > 0) {
        opened.notice = "removed " + std::to_string(store->staleFilesRemoved()) +
                        " unfinished upload(s) from " + store->stagingDir().string();
      }
      opened.store = std::move(store);
      return opened;
    }
    case MediaStoreUrl::Kind::kUnspecified:
      break;
  }
  return invalidArgument("no media store kind given");
}

}  // namespace audientia::storage
