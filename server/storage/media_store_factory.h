#pragma once

// The media store named by a URL, picked by its scheme, so that main() wires a store without
// knowing its kind. Parsing and opening are apart: the server checks its URL before it starts
// anything, and opens the store once the database is up.
//   file:///abs/path[?max_bytes=N][&direct_io=auto|true|false]   the filesystem store
//                                                                (storage/filesystem)
//   s3://BUCKET?endpoint=...                           the S3 store (not in this build yet)

#include <filesystem>
#include <memory>
#include <string>

#include "audientia/base/expected.h"
#include "ports/media_store.h"
#include "storage/filesystem/filesystem_media_store.h"

namespace audientia::storage {

struct MediaStoreUrl {
  enum class Kind { kUnspecified = 0, kFile };
  Kind kind = Kind::kUnspecified;
  filesystem::FileStoreLocation file;  // kFile
};

// An empty url is the filesystem store at defaultFileRoot. kInvalidArgument naming what is wrong
// for an unknown scheme or a malformed URL; kUnimplemented for a scheme this build lacks.
Expected<MediaStoreUrl> parseMediaStoreUrl(const std::string& url,
                                           const std::filesystem::path& defaultFileRoot);

struct OpenedMediaStore {
  std::unique_ptr<ports::MediaStore> store;
  std::string notice;  // something the operator should read in the log, or empty
};

Expected<OpenedMediaStore> openMediaStore(const MediaStoreUrl& url);

}  // namespace audientia::storage
