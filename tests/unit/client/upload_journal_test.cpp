// The upload journal on a real directory: atomic saves, reloading, keys, locks.

#include "audientia/client/upload_journal.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <set>

#include "test_env.h"

namespace audientia::client {
namespace {

namespace fs = std::filesystem;

UploadJournalEntry sampleEntry() {
  UploadJournalEntry entry;
  entry.kind = UploadItemKind::kCapture;
  entry.server = "127.0.0.1:7443";
  entry.hearingId = "6f1c2d3e-0000-4000-8000-000000000001";
  entry.path = "/data/captures/hearing-1";
  entry.sessionId = "session-1";
  entry.follow = FollowMode::kFollow;
  entry.key = captureItemKey(entry.server, entry.hearingId, entry.path, entry.sessionId);
  entry.recordingId = newUploadId();
  entry.files.push_back(
      {1, "segment-00001.mp4", 1000, 5, std::string(64, 'a'), newUploadId(), 1000, true, false});
  entry.files.push_back(
      {2, "segment-00002.mp4", 2000, 6, std::string(64, 'b'), newUploadId(), 512, false, true});
  entry.error = "a message with \"quotes\" and ünïcödé";
  return entry;
}

TEST(UploadJournal, ItemsAddedInTheSameMillisecondKeepTheirOrder) {
  testing::TempDir dir;
  const UploadJournal journal(dir.path() / "uploads");
  std::vector<std::string> added;
  for (int i = 0; i < 30; ++i) {
    UploadJournalEntry entry = sampleEntry();
    entry.sessionId = "session-" + std::to_string(i);
    entry.key = captureItemKey(entry.server, entry.hearingId, entry.path, entry.sessionId);
    ASSERT_TRUE(journal.save(entry).has_value());
    added.push_back(entry.key);
  }
  auto listed = journal.list();
  ASSERT_TRUE(listed);
  std::vector<std::string> order;
  for (const auto& entry : *listed) order.push_back(entry.key);
  EXPECT_EQ(order, added) << "the queue runs oldest first, in the order items were added";
}

TEST(UploadJournal, SavesAndReloadsAnEntryExactly) {
  testing::TempDir dir;
  const UploadJournal journal(dir.path() / "uploads");
  UploadJournalEntry entry = sampleEntry();
  ASSERT_TRUE(journal.save(entry).has_value());
  EXPECT_GT(entry.createdAtUnixMs, 0);
  EXPECT_GE(entry.updatedAtUnixMs, entry.createdAtUnixMs);

  const auto loaded = journal.find(entry.key);
  ASSERT_TRUE(loaded.has_value()) << loaded.error().toString();
  ASSERT_TRUE(loaded->has_value());
  EXPECT_EQ(**loaded, entry);
  EXPECT_EQ((*loaded)->totalBytes(), 3000u);
  EXPECT_EQ((*loaded)->durableBytes(), 1512u);
}

// Items journaled before digests could be declared at completion have no such member: they
// keep declaring it at creation, as they did.
TEST(UploadJournal, AnItemWithoutTheDigestAtCompletionMemberDeclaresItAtCreation) {
  UploadJournalEntry entry = sampleEntry();
  entry.files[0].digestAtCompletion = true;
  std::string text = toJson(entry);
  auto reloaded = journalEntryFromJson(text);
  ASSERT_TRUE(reloaded) << reloaded.error().toString();
  EXPECT_TRUE(reloaded->files[0].digestAtCompletion);
  EXPECT_TRUE(reloaded->files[1].digestAtCompletion);

  for (const char* member : {"\"sha256_at_completion\": true", "\"sha256_at_completion\": false"}) {
    for (auto at = text.find(member); at != std::string::npos; at = text.find(member)) {
      text.replace(at, std::string_view(member).size(), "\"unused\": 0");
    }
  }
  ASSERT_EQ(text.find("sha256_at_completion"), std::string::npos) << text;
  auto older = journalEntryFromJson(text);
  ASSERT_TRUE(older) << older.error().toString();
  EXPECT_FALSE(older->files[0].digestAtCompletion);
  EXPECT_FALSE(older->files[1].digestAtCompletion);
  EXPECT_EQ(older->files[0].sha256, entry.files[0].sha256);
}

TEST(UploadJournal, WritesPrivateFilesAndLeavesNoTemporaryFiles) {
  testing::TempDir dir;
  const UploadJournal journal(dir.path() / "uploads");
  UploadJournalEntry entry = sampleEntry();
  for (int i = 0; i < 5; ++i) {
    entry.files[1].durableBytes = 512u * static_cast<unsigned>(i);
    ASSERT_TRUE(journal.save(entry).has_value());
  }
  std::vector<std::string> names;
  for (const auto& item : fs::directory_iterator(journal.directory())) {
    names.push_back(item.path().filename().string());
  }
  EXPECT_EQ(names, std::vector<std::string>{entry.key + ".json"});
  struct stat info {};
  ASSERT_EQ(::stat((journal.directory() / (entry.key + ".json")).c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  ASSERT_EQ(::stat(journal.directory().c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0700u);
}

TEST(UploadJournal, MissingItemIsNulloptAndCorruptItemIsAnErrorNamingTheFile) {
  testing::TempDir dir;
  const UploadJournal journal(dir.path());
  const std::string key(32, 'c');
  const auto missing = journal.find(key);
  ASSERT_TRUE(missing.has_value());
  EXPECT_FALSE(missing->has_value());

  std::ofstream(dir.path() / (key + ".json")) << "{\"key\": \"" << key << "\", \"kind\": \"file\"";
  const auto corrupt = journal.find(key);
  ASSERT_FALSE(corrupt.has_value());
  EXPECT_NE(corrupt.error().message().find(key + ".json"), std::string::npos)
      << corrupt.error().message();

  std::vector<std::string> skipped;
  const auto listed = journal.list(&skipped);
  ASSERT_TRUE(listed.has_value());
  EXPECT_TRUE(listed->empty());
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_FALSE(journal.find("../etc/passwd").has_value());
}

TEST(UploadJournal, RejectsEntriesWithUnknownKindOrState) {
  UploadJournalEntry entry = sampleEntry();
  std::string text = toJson(entry);
  auto bad = text;
  bad.replace(bad.find("\"capture\""), 9, "\"tape\"");
  const auto parsed = journalEntryFromJson(bad);
  ASSERT_FALSE(parsed.has_value());
  EXPECT_NE(parsed.error().message().find("kind"), std::string::npos);
  bad = text;
  bad.replace(bad.find("\"pending\""), 9, "\"maybe\"");
  EXPECT_FALSE(journalEntryFromJson(bad).has_value());
}

TEST(UploadJournal, ListsOldestFirstFindsByUploadIdAndRemoves) {
  testing::TempDir dir;
  const UploadJournal journal(dir.path());
  UploadJournalEntry first = sampleEntry();
  first.createdAtUnixMs = 1000;
  UploadJournalEntry second = sampleEntry();
  second.key = fileItemKey("s:1", "h", "/a", 1, 2);
  second.kind = UploadItemKind::kFile;
  second.createdAtUnixMs = 500;
  ASSERT_TRUE(journal.save(first).has_value());
  ASSERT_TRUE(journal.save(second).has_value());
  const auto listed = journal.list();
  ASSERT_TRUE(listed.has_value());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].key, second.key);
  EXPECT_EQ((*listed)[1].key, first.key);

  const auto bySegment = journal.findByUploadId(first.files[1].uploadId);
  ASSERT_TRUE(bySegment.has_value() && bySegment->has_value());
  EXPECT_EQ((*bySegment)->key, first.key);
  const auto byRecording = journal.findByUploadId(first.recordingId);
  ASSERT_TRUE(byRecording.has_value() && byRecording->has_value());
  const auto none = journal.findByUploadId("nope");
  ASSERT_TRUE(none.has_value());
  EXPECT_FALSE(none->has_value());

  ASSERT_TRUE(journal.remove(first.key).has_value());
  ASSERT_TRUE(journal.remove(first.key).has_value());  // idempotent
  EXPECT_EQ(journal.list()->size(), 1u);
}

TEST(UploadJournal, KeysDependOnEveryPartOfTheIdentity) {
  const fs::path path = "/data/hearing.mp4";
  const std::string base = fileItemKey("s:1", "h1", path, 100, 7);
  EXPECT_EQ(base.size(), 32u);
  EXPECT_EQ(base, fileItemKey("s:1", "h1", path, 100, 7));
  const std::set<std::string> keys = {
      base,
      fileItemKey("s:2", "h1", path, 100, 7),
      fileItemKey("s:1", "h2", path, 100, 7),
      fileItemKey("s:1", "h1", "/data/other.mp4", 100, 7),
      fileItemKey("s:1", "h1", path, 101, 7),
      fileItemKey("s:1", "h1", path, 100, 8),
      captureItemKey("s:1", "h1", path, "session"),
      captureItemKey("s:1", "h1", path, "other session"),
  };
  EXPECT_EQ(keys.size(), 8u);
}

namespace {
// Lower-case canonical form of a random (version 4, RFC 4122 variant) UUID.
bool isUuidV4(const std::string& id) {
  if (id.size() != 36) return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return false;
    } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  const char variant = id[19];
  return id[14] == '4' && (variant == '8' || variant == '9' || variant == 'a' || variant == 'b');
}
}  // namespace

TEST(UploadJournal, UploadIdsAreRandomUuidV4) {
  EXPECT_FALSE(isUuidV4("00000000-0000-1000-8000-000000000000"));
  EXPECT_FALSE(isUuidV4("00000000-0000-4000-c000-000000000000"));
  std::set<std::string> ids;
  for (int i = 0; i < 100; ++i) {
    const std::string id = newUploadId();
    EXPECT_TRUE(isUuidV4(id)) << id;
    ids.insert(id);
  }
  EXPECT_EQ(ids.size(), 100u);
}

TEST(UploadJournal, AnItemLockIsExclusiveUntilReleased) {
  testing::TempDir dir;
  const UploadJournal journal(dir.path() / "uploads");
  const std::string key(32, 'd');
  {
    auto lock = journal.lock(key);
    ASSERT_TRUE(lock.has_value()) << lock.error().toString();
    const auto second = journal.lock(key);
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_TRUE(journal.lock(std::string(32, 'e')).has_value());
  }
  EXPECT_TRUE(journal.lock(key).has_value());
}

}  // namespace
}  // namespace audientia::client
