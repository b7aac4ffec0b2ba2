// The upload sink, removal and the quota of the filesystem media store, on real files.

#include "storage/filesystem/file_upload_sink.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "audientia/base/sha256.h"
#include "storage/filesystem/filesystem_media_store.h"
#include "test_support.h"

namespace audientia::storage::filesystem {
namespace {

namespace fs = std::filesystem;
using audientia::testing::bytesOf;
using audientia::testing::TempDir;

constexpr const char* kUpload = "0b0e7c52-3a38-4f0e-9d0a-6f9d3c2b1a01";
constexpr const char* kOtherUpload = "0b0e7c52-3a38-4f0e-9d0a-6f9d3c2b1a02";

std::string readStaging(ports::UploadSink& staging) {
  std::string out(staging.size(), '\0');
  auto got = staging.read(0, std::as_writable_bytes(std::span(out.data(), out.size())));
  EXPECT_TRUE(got);
  out.resize(got ? *got : 0);
  return out;
}

std::string sha(const std::string& text) {
  return toHex(Sha256::of(text));
}

TEST(FileUploadSink, SurvivesReopeningTheStoreAndCommits) {
  TempDir dir;
  const fs::path root = dir.path() / "media";
  {
    auto store = FilesystemMediaStore::open(root);
    ASSERT_TRUE(store) << store.error().toString();
    auto staging = (*store)->openFileSink(kUpload, true);
    ASSERT_TRUE(staging) << staging.error().toString();
    ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf("hello ")));
    ASSERT_TRUE((*staging)->sync());
    EXPECT_EQ((*staging)->path(), root / "uploads" / (std::string(kUpload) + ".part"));
    struct stat info {};
    ASSERT_EQ(::stat((*staging)->path().c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
  }
  auto store = FilesystemMediaStore::open(root);
  ASSERT_TRUE(store);
  EXPECT_EQ((*store)->staleFilesRemoved(), 0);
  EXPECT_EQ(*(*store)->listUploadSinks(), std::vector<std::string>{kUpload});
  auto staging = (*store)->openFileSink(kUpload, false);
  ASSERT_TRUE(staging) << staging.error().toString();
  EXPECT_EQ((*staging)->size(), 6u);
  EXPECT_EQ(readStaging(**staging), "hello ");
  ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf("world")));
  EXPECT_EQ(readStaging(**staging), "hello world");

  const std::string key = sha("hello world");
  EXPECT_FALSE(*(*store)->exists(key));
  auto committed = (*staging)->commit(key);
  ASSERT_TRUE(committed) << committed.error().toString();
  EXPECT_EQ(*committed, key);
  EXPECT_TRUE(*(*store)->exists(key));
  struct stat info {};
  ASSERT_EQ(::stat((*store)->objectPath(key).c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0444u);
  EXPECT_TRUE((*store)->listUploadSinks()->empty());
  EXPECT_EQ((*staging)->commit(key).value_or(""), key) << "committing twice returns the key";
  EXPECT_EQ((*staging)->append((*staging)->size(), bytesOf("x")).error().code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ((*store)->openFileSink(kUpload, false).error().code(), ErrorCode::kNotFound);
}

TEST(FileUploadSink, ResumeAtCutsBackAndNeverGrows) {
  TempDir dir;
  auto store = FilesystemMediaStore::open(dir.path());
  ASSERT_TRUE(store);
  auto staging = (*store)->openFileSink(kUpload, true);
  ASSERT_TRUE(staging);
  ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf("0123456789")));
  ASSERT_TRUE((*staging)->resumeAt(4));
  EXPECT_EQ((*staging)->size(), 4u);
  ASSERT_TRUE((*staging)->sync());
  EXPECT_EQ(fs::file_size((*staging)->path()), 4u);
  EXPECT_EQ(readStaging(**staging), "0123");
  auto grow = (*staging)->resumeAt(8);
  ASSERT_FALSE(grow);
  EXPECT_EQ(grow.error().code(), ErrorCode::kDataLoss);
  ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf("ab")));
  EXPECT_EQ(readStaging(**staging), "0123ab");
  // Opening again with create=true keeps what is there.
  auto again = (*store)->openFileSink(kUpload, true);
  ASSERT_TRUE(again);
  EXPECT_EQ((*again)->size(), 6u);
}

TEST(FileUploadSink, BadIdsAndMissingFiles) {
  TempDir dir;
  auto store = FilesystemMediaStore::open(dir.path());
  ASSERT_TRUE(store);
  for (const std::string id : {"../../etc/passwd", "", "0b0e7c52-3a38-4f0e-9d0a-6f9d3c2b1a0",
                               "0b0e7c52/3a38-4f0e-9d0a-6f9d3c2b1a01"}) {
    EXPECT_EQ((*store)->openFileSink(id, true).error().code(), ErrorCode::kInvalidArgument) << id;
    EXPECT_EQ((*store)->removeUploadSink(id).error().code(), ErrorCode::kInvalidArgument) << id;
  }
  EXPECT_EQ((*store)->openFileSink(kUpload, false).error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE((*store)->removeUploadSink(kUpload)) << "removing a missing staging file is fine";
  // Files in uploads/ that are not staging files are not listed.
  std::ofstream(dir.path() / "uploads" / "notes.txt") << "x";
  std::ofstream(dir.path() / "uploads" / "garbage.part") << "x";
  EXPECT_TRUE((*store)->listUploadSinks()->empty());
}

TEST(FileUploadSink, CommitOfStoredBytesAndRemovals) {
  TempDir dir;
  auto store = FilesystemMediaStore::open(dir.path());
  ASSERT_TRUE(store);
  const std::string key = sha("same");
  for (const char* id : {kUpload, kOtherUpload}) {
    auto staging = (*store)->openFileSink(id, true);
    ASSERT_TRUE(staging);
    ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf("same")));
    auto committed = (*staging)->commit(key);
    ASSERT_TRUE(committed) << committed.error().toString();
  }
  EXPECT_TRUE((*store)->listUploadSinks()->empty());
  EXPECT_EQ((*store)->usedBytes(), 4u) << "the duplicate is not counted twice";
  auto staging = (*store)->openFileSink(kUpload, true);
  ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf("abc")));
  EXPECT_EQ((*staging)->commit("NOT-HEX").error().code(), ErrorCode::kInvalidArgument);
  ASSERT_TRUE((*store)->removeUploadSink(kUpload));
  EXPECT_FALSE(fs::exists((*staging)->path()));
  staging->reset();  // what it still held unflushed goes back with it
  EXPECT_EQ((*store)->usedBytes(), 4u);

  EXPECT_EQ((*store)->localPath(key), (*store)->objectPath(key));
  EXPECT_FALSE((*store)->localPath("nope").has_value());
  ASSERT_TRUE((*store)->remove(key));
  EXPECT_FALSE(*(*store)->exists(key));
  EXPECT_EQ((*store)->usedBytes(), 0u);
  EXPECT_TRUE((*store)->remove(key)) << "removing a missing object is fine";
  EXPECT_EQ((*store)->remove("nope").error().code(), ErrorCode::kInvalidArgument);
}

TEST(FileUploadSink, PartsGoInOrder) {
  TempDir dir;
  auto store = FilesystemMediaStore::open(dir.path());
  ASSERT_TRUE(store);
  auto sink = (*store)->openUploadSink(kUpload, true);
  ASSERT_TRUE(sink);
  ASSERT_TRUE((*sink)->append(0, bytesOf("0123")));
  for (std::uint64_t offset : {0u, 3u, 5u}) {
    auto refused = (*sink)->append(offset, bytesOf("xy"));
    ASSERT_FALSE(refused) << offset;
    EXPECT_EQ(refused.error().code(), ErrorCode::kFailedPrecondition);
  }
  EXPECT_EQ(readStaging(**sink), "0123") << "nothing of a refused part is kept";
  ASSERT_TRUE((*sink)->append(4, bytesOf("45")));
  EXPECT_EQ(readStaging(**sink), "012345");
}

TEST(FileUploadSink, AbortRemovesEverythingAndGivesTheQuotaBack) {
  TempDir dir;
  auto store = FilesystemMediaStore::open(dir.path(), {1000});
  ASSERT_TRUE(store);
  auto sink = (*store)->openFileSink(kUpload, true);
  ASSERT_TRUE(sink);
  ASSERT_TRUE((*sink)->append(0, bytesOf(std::string(300, 'a'))));
  ASSERT_TRUE((*sink)->sync());
  ASSERT_TRUE((*sink)->append(300, bytesOf(std::string(200, 'b'))));  // not flushed
  EXPECT_EQ((*store)->usedBytes(), 500u);
  ASSERT_TRUE((*sink)->abort());
  EXPECT_FALSE(fs::exists((*sink)->path()));
  EXPECT_EQ((*store)->usedBytes(), 0u);
  EXPECT_TRUE((*store)->listUploadSinks()->empty());
  EXPECT_TRUE((*sink)->abort()) << "aborting twice is fine";
  EXPECT_EQ((*sink)->append(0, bytesOf("x")).error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ((*sink)->commit(sha("")).error().code(), ErrorCode::kFailedPrecondition);
  sink->reset();
  EXPECT_EQ((*store)->usedBytes(), 0u);
  auto fresh = (*store)->openUploadSink(kUpload, true);
  ASSERT_TRUE(fresh);
  EXPECT_EQ((*fresh)->size(), 0u) << "a new sink starts empty";
}

TEST(MediaStoreQuota, ExhaustionKeepsThePreviousSizeAndResumesAfterRaising) {
  TempDir dir;
  const std::string sixty(60, 'a');
  const std::string fifty(50, 'b');
  {
    auto store = FilesystemMediaStore::open(dir.path(), {100});
    ASSERT_TRUE(store);
    auto staging = (*store)->openFileSink(kUpload, true);
    ASSERT_TRUE(staging);
    ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf(sixty)));
    auto full = (*staging)->append((*staging)->size(), bytesOf(fifty));
    ASSERT_FALSE(full);
    EXPECT_EQ(full.error().code(), ErrorCode::kResourceExhausted);
    EXPECT_NE(full.error().message().find("media store is full"), std::string::npos)
        << full.error().message();
    EXPECT_NE(full.error().message().find("resume"), std::string::npos);
    EXPECT_EQ((*staging)->size(), 60u);
    ASSERT_TRUE((*staging)->sync());
    EXPECT_EQ(fs::file_size((*staging)->path()), 60u);

    // One-shot writers share the budget; what an abandoned writer reserved comes back.
    {
      auto writer = (*store)->createWriter();
      ASSERT_TRUE(writer);
      ASSERT_TRUE((*writer)->write(bytesOf(std::string(30, 'c'))));
      EXPECT_EQ((*writer)->write(bytesOf(std::string(20, 'c'))).error().code(),
                ErrorCode::kResourceExhausted);
      EXPECT_EQ((*store)->usedBytes(), 90u);
    }
    EXPECT_EQ((*store)->usedBytes(), 60u);
  }
  // Bytes are counted again at open; with a larger quota the upload resumes.
  auto store = FilesystemMediaStore::open(dir.path(), {200});
  ASSERT_TRUE(store);
  EXPECT_EQ((*store)->usedBytes(), 60u);
  auto staging = (*store)->openFileSink(kUpload, false);
  ASSERT_TRUE(staging);
  ASSERT_TRUE((*staging)->append((*staging)->size(), bytesOf(fifty)));
  ASSERT_TRUE((*staging)->commit(sha(sixty + fifty)));
  EXPECT_EQ((*store)->usedBytes(), 110u);
  // Freeing space (removing an object) lets further writes in.
  auto writer = (*store)->createWriter();
  EXPECT_EQ((*writer)->write(bytesOf(std::string(100, 'd'))).error().code(),
            ErrorCode::kResourceExhausted);
  ASSERT_TRUE((*store)->remove(sha(sixty + fifty)));
  EXPECT_TRUE((*writer)->write(bytesOf(std::string(100, 'd'))));
}

// A real full disk: a 4 MiB tmpfs (needs root; skipped otherwise).
class FullDiskTest : public ::testing::Test {
 protected:
  void SetUp() override {
    mountPoint_ = dir_.path() / "small";
    fs::create_directory(mountPoint_);
    const std::string command =
        "mount -t tmpfs -o size=4m tmpfs '" + mountPoint_.string() + "' 2>/dev/null";
    if (::geteuid() != 0 || std::system(command.c_str()) != 0) {
      GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
    }
    mounted_ = true;
  }
  void TearDown() override {
    if (mounted_) {
      const std::string command = "umount '" + mountPoint_.string() + "'";
      EXPECT_EQ(std::system(command.c_str()), 0);
    }
  }
  TempDir dir_;
  fs::path mountPoint_;
  bool mounted_ = false;
};

TEST_F(FullDiskTest, EnospcIsResourceExhaustedAndKeepsWhatWasThere) {
  auto store = FilesystemMediaStore::open(mountPoint_ / "media");
  ASSERT_TRUE(store) << store.error().toString();
  auto staging = (*store)->openFileSink(kUpload, true);
  ASSERT_TRUE(staging);
  const std::string chunk(512 * 1024, 'z');
  Status last = ok();
  std::uint64_t before = 0;
  // With direct I/O a failed write is reported by a later append (the write is behind).
  for (int i = 0; i < 40 && last; ++i) {
    before = (*staging)->size();
    last = (*staging)->append((*staging)->size(), bytesOf(chunk));
  }
  ASSERT_FALSE(last) << "4 MiB cannot hold 20 MiB";
  EXPECT_EQ(last.error().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(last.error().message().find("media store is full"), std::string::npos)
      << last.error().message();
  // Nothing of the refused append is kept. With direct I/O, earlier appends in the write buffers
  // (the one written behind and the one being filled) are dropped too (never synced, so no
  // durable byte is lost); what is kept is in the file, whole.
  const std::uint64_t kept = (*staging)->size();
  EXPECT_LE(kept, before);
  EXPECT_GE(kept + 2 * FilesystemUploadSink::kBufferBytes, before);
  EXPECT_EQ(fs::file_size((*staging)->path()), kept);
  EXPECT_EQ(readStaging(**staging), std::string(kept, 'z'));
  ASSERT_TRUE((*staging)->sync());

  // Space freed (here: by cutting the upload back): appending resumes.
  ASSERT_TRUE((*staging)->resumeAt(chunk.size()));
  EXPECT_TRUE((*staging)->append((*staging)->size(), bytesOf(chunk)));
  EXPECT_EQ((*staging)->size(), 2 * chunk.size());

  auto writer = (*store)->createWriter();
  ASSERT_TRUE(writer);
  Status written = ok();
  for (int i = 0; i < 20 && written; ++i) written = (*writer)->write(bytesOf(chunk));
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().code(), ErrorCode::kResourceExhausted);
}

}  // namespace
}  // namespace audientia::storage::filesystem
