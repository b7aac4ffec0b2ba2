// The media store factory: the URL's scheme picks the store; what it cannot use is refused
// with a message that says what would work.

#include "storage/media_store_factory.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace audientia::storage {
namespace {

using audientia::testing::TempDir;

TEST(MediaStoreFactory, NoUrlIsTheFilesystemStoreInTheDataDir) {
  TempDir dir;
  auto url = parseMediaStoreUrl("", dir.path() / "media");
  ASSERT_TRUE(url) << url.error().toString();
  EXPECT_EQ(url->kind, MediaStoreUrl::Kind::kFile);
  EXPECT_EQ(url->file.root, dir.path() / "media");
  auto opened = openMediaStore(*url);
  ASSERT_TRUE(opened) << opened.error().toString();
  ASSERT_NE(opened->store, nullptr);
  EXPECT_TRUE(opened->store->localPath(std::string(64, 'a')).has_value())
      << "a filesystem store has local paths";
}

TEST(MediaStoreFactory, AFileUrlKeepsItsOptions) {
  TempDir dir;
  auto url = parseMediaStoreUrl("file://" + dir.path().string() + "?max_bytes=4096", "/unused");
  ASSERT_TRUE(url) << url.error().toString();
  EXPECT_EQ(url->file.root, dir.path());
  EXPECT_EQ(url->file.options.maxBytes, 4096u);
  EXPECT_TRUE(openMediaStore(*url));
}

TEST(MediaStoreFactory, RefusesSchemesItCannotUseAndSaysWhatWorks) {
  auto s3 = parseMediaStoreUrl("s3://evidence?endpoint=http://127.0.0.1:7480", "/unused");
  ASSERT_FALSE(s3);
  EXPECT_EQ(s3.error().code(), ErrorCode::kUnimplemented);
  EXPECT_NE(s3.error().message().find("file:///"), std::string::npos);
  for (const char* bad : {"ftp://host/media", "/var/lib/media", "media"}) {
    auto refused = parseMediaStoreUrl(bad, "/unused");
    ASSERT_FALSE(refused) << bad;
    EXPECT_EQ(refused.error().code(), ErrorCode::kInvalidArgument) << bad;
    EXPECT_NE(refused.error().message().find("file:///absolute/path"), std::string::npos) << bad;
  }
  auto badFile = parseMediaStoreUrl("file://relative/dir", "/unused");
  ASSERT_FALSE(badFile);
  EXPECT_EQ(badFile.error().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace audientia::storage
