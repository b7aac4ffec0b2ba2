// parseFileStoreUrl: the media store URL the server takes on its command line.

#include <gtest/gtest.h>

#include "storage/filesystem/filesystem_media_store.h"

namespace audientia::storage::filesystem {
namespace {

TEST(FileStoreUrl, AbsolutePathWithOptionalQuota) {
  auto plain = parseFileStoreUrl("file:///var/lib/audientia/media");
  ASSERT_TRUE(plain) << plain.error().toString();
  EXPECT_EQ(plain->root, "/var/lib/audientia/media");
  EXPECT_EQ(plain->options.maxBytes, 0u);

  auto bounded = parseFileStoreUrl("file:///srv/media/?max_bytes=1073741824");
  ASSERT_TRUE(bounded) << bounded.error().toString();
  EXPECT_EQ(bounded->root, "/srv/media/");
  EXPECT_EQ(bounded->options.maxBytes, 1073741824u);

  using Mode = FilesystemMediaStore::DirectIo;
  EXPECT_EQ(plain->options.directIo, Mode::kLargeUploads)
      << "large uploads go past the page cache unless told otherwise";
  auto direct = parseFileStoreUrl("file:///srv/media?max_bytes=4096&direct_io=true");
  ASSERT_TRUE(direct) << direct.error().toString();
  EXPECT_EQ(direct->options.directIo, Mode::kAlways);
  EXPECT_EQ(direct->options.maxBytes, 4096u);
  auto cached = parseFileStoreUrl("file:///srv/media?direct_io=false");
  ASSERT_TRUE(cached) << cached.error().toString();
  EXPECT_EQ(cached->options.directIo, Mode::kNever);
  auto automatic = parseFileStoreUrl("file:///srv/media?direct_io=auto");
  ASSERT_TRUE(automatic) << automatic.error().toString();
  EXPECT_EQ(automatic->options.directIo, Mode::kLargeUploads);

  auto escaped = parseFileStoreUrl("file:///srv/my%20media");
  ASSERT_TRUE(escaped);
  EXPECT_EQ(escaped->root, "/srv/my media");
}

TEST(FileStoreUrl, RefusesWhatItCannotUse) {
  const std::pair<const char*, const char*> cases[] = {
      {"s3://bucket/media", "only file:///absolute/path"},
      {"/var/lib/media", "only file:///absolute/path"},
      {"file://", "absolute path"},
      {"file://relative/dir", "absolute path"},
      {"file:///srv/media?max_bytes=", "max_bytes"},
      {"file:///srv/media?max_bytes=0", "max_bytes"},
      {"file:///srv/media?max_bytes=10GB", "max_bytes"},
      {"file:///srv/media?max_bytes=-5", "max_bytes"},
      {"file:///srv/media?max_bytes=99999999999999999999999", "max_bytes"},
      {"file:///srv/media?quota=5", "unknown parameter 'quota'"},
      {"file:///srv/media?direct_io=0", "direct_io must be auto, true or false"},
      {"file:///srv/media?direct_io", "direct_io must be auto, true or false"},
      {"file:///srv/media%2", "%-escape"},
      {"file:///srv/media#frag", "fragment"},
  };
  for (const auto& [url, needle] : cases) {
    auto parsed = parseFileStoreUrl(url);
    ASSERT_FALSE(parsed) << url;
    EXPECT_EQ(parsed.error().code(), ErrorCode::kInvalidArgument) << url;
    EXPECT_NE(parsed.error().message().find(needle), std::string::npos)
        << url << ": " << parsed.error().message();
  }
}

}  // namespace
}  // namespace audientia::storage::filesystem
