// Every repository of ports/repositories.h against a real, migrated PostgreSQL.

#include <set>

#include "audientia/base/sha256.h"
#include "pg_test.h"

namespace audientia::storage::postgres {
namespace {

using namespace std::chrono_literals;
using testing::PgTest;

constexpr const char* kUnknownUuid = "00000000-0000-4000-8000-000000000000";

class RepositoriesTest : public PgTest {
 protected:
  void SetUp() override {
    PgTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    storage_ = openMigratedStorage();
    ASSERT_TRUE(storage_);
  }
  domain::Office makeOffice(const std::string& name) {
    auto o = storage_->offices().create({name, std::nullopt});
    EXPECT_TRUE(o.has_value()) << o.error().toString();
    return *o;
  }
  domain::User makeUser(const std::string& name, const std::string& officeId) {
    auto u = storage_->users().create({name, officeId, domain::Role::kProsecutor, "hash$" + name});
    EXPECT_TRUE(u.has_value()) << u.error().toString();
    return *u;
  }
  std::unique_ptr<PostgresStorage> storage_;
};

TEST_F(RepositoriesTest, OfficesCreateGetAndTree) {
  auto root = makeOffice("Parchetul General");
  EXPECT_EQ(root.id.size(), 36u);
  EXPECT_TRUE(root.active);
  EXPECT_FALSE(root.parentId.has_value());
  EXPECT_LT(std::chrono::system_clock::now() - root.createdAt, 1min);

  auto child = storage_->offices().create({"Parchetul Cluj", root.id});
  ASSERT_TRUE(child.has_value()) << child.error().toString();
  EXPECT_EQ(child->parentId, root.id);

  auto got = storage_->offices().get(child->id);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->name, "Parchetul Cluj");
  EXPECT_EQ(got->createdAt, child->createdAt);

  auto orphan = storage_->offices().create({"Orphan", std::string(kUnknownUuid)});
  ASSERT_FALSE(orphan.has_value());
  EXPECT_EQ(orphan.error().code(), ErrorCode::kInvalidArgument);
  auto badParent = storage_->offices().create({"Orphan", std::string("nope")});
  ASSERT_FALSE(badParent.has_value());
  EXPECT_EQ(badParent.error().code(), ErrorCode::kInvalidArgument);
  auto empty = storage_->offices().create({"", std::nullopt});
  ASSERT_FALSE(empty.has_value());
  EXPECT_EQ(empty.error().code(), ErrorCode::kInvalidArgument);
}

TEST_F(RepositoriesTest, UnknownAndInvalidIdsAreNotFound) {
  for (const std::string& id : {std::string(kUnknownUuid), std::string("not-a-uuid"),
                                std::string("'; DROP TABLE offices; --"), std::string()}) {
    auto o = storage_->offices().get(id);
    ASSERT_FALSE(o.has_value());
    EXPECT_EQ(o.error().code(), ErrorCode::kNotFound) << id;
    EXPECT_EQ(storage_->users().get(id).error().code(), ErrorCode::kNotFound) << id;
    EXPECT_EQ(storage_->hearings().get(id).error().code(), ErrorCode::kNotFound) << id;
    EXPECT_EQ(storage_->recordings().get(id).error().code(), ErrorCode::kNotFound) << id;
    EXPECT_EQ(storage_->users().recordSuccessfulLogin(id).error().code(), ErrorCode::kNotFound);
  }
  EXPECT_EQ(storage_->users().findByUsername("ghost").error().code(), ErrorCode::kNotFound);
}

TEST_F(RepositoriesTest, OfficesListPagesOldestFirst) {
  std::vector<std::string> ids;
  for (int i = 0; i < 7; ++i) ids.push_back(makeOffice("Office " + std::to_string(i)).id);
  std::vector<std::string> seen;
  domain::PageRequest page{3, ""};
  int pages = 0;
  for (;;) {
    auto p = storage_->offices().list(page);
    ASSERT_TRUE(p.has_value()) << p.error().toString();
    ++pages;
    EXPECT_LE(p->items.size(), 3u);
    for (const auto& o : p->items) seen.push_back(o.id);
    if (p->nextPageToken.empty()) break;
    page.pageToken = p->nextPageToken;
  }
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(seen, ids);

  auto bad = storage_->offices().list({3, "garbage"});
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidArgument);
}

TEST_F(RepositoriesTest, UsersCredentialsAndLockout) {
  auto office = makeOffice("Office");
  auto user = makeUser("ana.pop", office.id);
  EXPECT_EQ(user.role, domain::Role::kProsecutor);
  EXPECT_FALSE(user.disabled);

  auto dup = storage_->users().create({"ana.pop", office.id, domain::Role::kClerk, "h"});
  ASSERT_FALSE(dup.has_value());
  EXPECT_EQ(dup.error().code(), ErrorCode::kAlreadyExists);
  auto noOffice = storage_->users().create({"bob", kUnknownUuid, domain::Role::kClerk, "h"});
  ASSERT_FALSE(noOffice.has_value());
  EXPECT_EQ(noOffice.error().code(), ErrorCode::kInvalidArgument);
  auto noRole = storage_->users().create({"bob", office.id, domain::Role::kUnspecified, "h"});
  ASSERT_FALSE(noRole.has_value());
  EXPECT_EQ(noRole.error().code(), ErrorCode::kInvalidArgument);

  auto creds = storage_->users().findByUsername("ana.pop");
  ASSERT_TRUE(creds.has_value());
  EXPECT_EQ(creds->user.id, user.id);
  EXPECT_EQ(creds->passwordHash, "hash$ana.pop");
  EXPECT_EQ(creds->failedLogins, 0);
  EXPECT_FALSE(creds->lockedUntil.has_value());

  const auto lockUntil = std::chrono::time_point_cast<std::chrono::microseconds>(
      std::chrono::system_clock::now() + 15min);
  ASSERT_TRUE(storage_->users().recordFailedLogin(user.id, std::nullopt).has_value());
  ASSERT_TRUE(storage_->users().recordFailedLogin(user.id, lockUntil).has_value());
  creds = storage_->users().findByUsername("ana.pop");
  ASSERT_TRUE(creds.has_value());
  EXPECT_EQ(creds->failedLogins, 2);
  ASSERT_TRUE(creds->lockedUntil.has_value());
  EXPECT_EQ(*creds->lockedUntil, lockUntil);

  ASSERT_TRUE(storage_->users().recordSuccessfulLogin(user.id).has_value());
  creds = storage_->users().findByUsername("ana.pop");
  EXPECT_EQ(creds->failedLogins, 0);
  EXPECT_FALSE(creds->lockedUntil.has_value());

  auto got = storage_->users().get(user.id);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->username, "ana.pop");
  EXPECT_EQ(got->officeId, office.id);
  auto count = storage_->users().count();
  ASSERT_TRUE(count.has_value());
  EXPECT_EQ(*count, 1);
}

TEST_F(RepositoriesTest, SessionsFindTouchRevoke) {
  auto office = makeOffice("Office");
  auto user = makeUser("clerk1", office.id);
  const std::string token = toHex(Sha256::of("secret-token"));
  const auto now =
      std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
  domain::Session s{user.id, now, now + 8h, now};
  ASSERT_TRUE(storage_->sessions().create(token, s).has_value());
  EXPECT_EQ(storage_->sessions().create(token, s).error().code(), ErrorCode::kAlreadyExists);

  auto found = storage_->sessions().find(token);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->userId, user.id);
  EXPECT_EQ(found->expiresAt, now + 8h);

  ASSERT_TRUE(storage_->sessions().touch(token, now + 5min).has_value());
  EXPECT_EQ(storage_->sessions().find(token)->lastSeenAt, now + 5min);

  ASSERT_TRUE(storage_->sessions().revoke(token).has_value());
  EXPECT_EQ(storage_->sessions().find(token).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(storage_->sessions().touch(token, now).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(storage_->sessions().revoke(toHex(Sha256::of("other"))).error().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(storage_->sessions().find("unknown").error().code(), ErrorCode::kNotFound);
}

TEST_F(RepositoriesTest, HearingsWithParticipantsAndRecordingCount) {
  auto office = makeOffice("Office");
  auto user = makeUser("pros", office.id);
  domain::NewHearing nh{
      office.id,
      "123/P/2024",
      domain::HearingKind::kWitness,
      "Audiere martor",
      {{"witness", "Ion Popescu"}, {"interpreter", "Maria Ionescu"}, {"lawyer", "Dan Pop"}},
      "Room 2",
      user.id};
  auto h = storage_->hearings().create(nh);
  ASSERT_TRUE(h.has_value()) << h.error().toString();
  EXPECT_EQ(h->status, domain::HearingStatus::kOpen);
  EXPECT_EQ(h->recordingCount, 0);

  domain::NewRecording nr{h->id,        "part1.mp4", 1234,   toHex(Sha256::of("a")),
                          std::nullopt, "not media", user.id};
  ASSERT_TRUE(storage_->recordings().create(nr).has_value());
  nr.sha256 = toHex(Sha256::of("b"));
  ASSERT_TRUE(storage_->recordings().create(nr).has_value());

  auto got = storage_->hearings().get(h->id);
  ASSERT_TRUE(got.has_value()) << got.error().toString();
  EXPECT_EQ(got->caseNumber, "123/P/2024");
  EXPECT_EQ(got->kind, domain::HearingKind::kWitness);
  EXPECT_EQ(got->title, "Audiere martor");
  EXPECT_EQ(got->location, "Room 2");
  EXPECT_EQ(got->createdBy, user.id);
  EXPECT_EQ(got->recordingCount, 2);
  ASSERT_EQ(got->participants.size(), 3u);
  EXPECT_EQ(got->participants[0].name, "Ion Popescu");
  EXPECT_EQ(got->participants[1].role, "interpreter");
  EXPECT_EQ(got->participants[2].name, "Dan Pop");

  auto list = storage_->hearings().list("", {10, ""});
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->items.size(), 1u);
  EXPECT_EQ(list->items[0].recordingCount, 2);
  EXPECT_EQ(list->items[0].participants.size(), 3u);
}

TEST_F(RepositoriesTest, HearingCreateIsAtomicAndValidated) {
  auto office = makeOffice("Office");
  auto user = makeUser("pros", office.id);
  domain::NewHearing nh{office.id, "1/2024", domain::HearingKind::kSuspect, "", {{"suspect", ""}},
                        "",        user.id};  // empty participant name violates a CHECK
  auto h = storage_->hearings().create(nh);
  ASSERT_FALSE(h.has_value());
  EXPECT_EQ(h.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(storage_->hearings().list("", {10, ""})->items.empty());  // nothing half-written

  nh.participants.clear();
  nh.kind = domain::HearingKind::kUnspecified;
  EXPECT_EQ(storage_->hearings().create(nh).error().code(), ErrorCode::kInvalidArgument);
  nh.kind = domain::HearingKind::kSuspect;
  nh.officeId = kUnknownUuid;
  EXPECT_EQ(storage_->hearings().create(nh).error().code(), ErrorCode::kInvalidArgument);
  nh.officeId = office.id;
  nh.caseNumber = "";
  EXPECT_EQ(storage_->hearings().create(nh).error().code(), ErrorCode::kInvalidArgument);
}

TEST_F(RepositoriesTest, HearingsListNewestFirstPerOfficeWithPages) {
  auto a = makeOffice("A");
  auto b = makeOffice("B");
  auto user = makeUser("pros", a.id);
  std::vector<std::string> inA;
  for (int i = 0; i < 5; ++i) {
    for (const auto* office : {&a, &b}) {
      auto h = storage_->hearings().create({office->id,
                                            "case-" + std::to_string(i),
                                            domain::HearingKind::kOther,
                                            "",
                                            {},
                                            "",
                                            user.id});
      ASSERT_TRUE(h.has_value()) << h.error().toString();
      if (office == &a) inA.push_back(h->id);
    }
  }
  std::reverse(inA.begin(), inA.end());  // newest first
  std::vector<std::string> seen;
  domain::PageRequest page{2, ""};
  for (int guard = 0; guard < 10; ++guard) {
    auto p = storage_->hearings().list(a.id, page);
    ASSERT_TRUE(p.has_value()) << p.error().toString();
    for (const auto& h : p->items) {
      EXPECT_EQ(h.officeId, a.id);
      seen.push_back(h.id);
    }
    if (p->nextPageToken.empty()) break;
    page.pageToken = p->nextPageToken;
  }
  EXPECT_EQ(seen, inA);

  auto all = storage_->hearings().list("", {100, ""});
  ASSERT_TRUE(all.has_value());
  EXPECT_EQ(all->items.size(), 10u);
  EXPECT_TRUE(all->nextPageToken.empty());
  for (std::size_t i = 1; i < all->items.size(); ++i) {
    EXPECT_GE(all->items[i - 1].createdAt, all->items[i].createdAt);
  }
  auto none = storage_->hearings().list("not-a-uuid", {10, ""});
  ASSERT_TRUE(none.has_value());
  EXPECT_TRUE(none->items.empty());
}

TEST_F(RepositoriesTest, RecordingsKeepMediaInfoAsJson) {
  auto office = makeOffice("Office");
  auto user = makeUser("pros", office.id);
  auto h = storage_->hearings().create(
      {office.id, "9/2024", domain::HearingKind::kVictim, "", {}, "", user.id});
  ASSERT_TRUE(h.has_value());

  domain::MediaInfo info;
  info.container = "mov,mp4,m4a,3gp,3g2,mj2";
  info.duration = 20'000ms;
  info.bitRate = 1'500'000;
  info.streams.push_back(
      {0, domain::StreamType::kVideo, "h264", 1280, 720, 30.0, 0, 0, 20'000ms, 1'400'000});
  info.streams.push_back(
      {1, domain::StreamType::kAudio, "aac", 0, 0, 0.0, 48000, 2, 19'980ms, 128'000});
  const std::string sha = toHex(Sha256::of("video bytes"));
  auto rec =
      storage_->recordings().create({h->id, "hearing.mp4", 3'000'000, sha, info, "", user.id});
  ASSERT_TRUE(rec.has_value()) << rec.error().toString();
  EXPECT_EQ(rec->state, domain::RecordingState::kAvailable);

  auto got = storage_->recordings().get(rec->id);
  ASSERT_TRUE(got.has_value()) << got.error().toString();
  EXPECT_EQ(got->sha256, sha);
  EXPECT_EQ(got->sizeBytes, 3'000'000);
  EXPECT_EQ(got->fileName, "hearing.mp4");
  EXPECT_EQ(got->uploadedBy, user.id);
  ASSERT_TRUE(got->mediaInfo.has_value());
  EXPECT_EQ(got->mediaInfo->container, info.container);
  EXPECT_EQ(got->mediaInfo->duration, 20'000ms);
  ASSERT_EQ(got->mediaInfo->streams.size(), 2u);
  EXPECT_EQ(got->mediaInfo->streams[0].type, domain::StreamType::kVideo);
  EXPECT_EQ(got->mediaInfo->streams[0].width, 1280);
  EXPECT_DOUBLE_EQ(got->mediaInfo->streams[0].frameRate, 30.0);
  EXPECT_EQ(got->mediaInfo->streams[1].sampleRate, 48000);
  EXPECT_EQ(got->mediaInfo->streams[1].channels, 2);

  auto notMedia = storage_->recordings().create(
      {h->id, "notes.txt", 10, toHex(Sha256::of("txt")), std::nullopt, "Invalid data", user.id});
  ASSERT_TRUE(notMedia.has_value());
  EXPECT_FALSE(notMedia->mediaInfo.has_value());
  EXPECT_EQ(notMedia->mediaError, "Invalid data");

  auto list = storage_->recordings().listByHearing(h->id);
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, rec->id);  // oldest first
  EXPECT_EQ((*list)[1].id, notMedia->id);
  EXPECT_TRUE(storage_->recordings().listByHearing(kUnknownUuid)->empty());

  auto badSha =
      storage_->recordings().create({h->id, "x.mp4", 1, "NOT-A-SHA", std::nullopt, "", user.id});
  EXPECT_EQ(badSha.error().code(), ErrorCode::kInvalidArgument);
  auto noHearing =
      storage_->recordings().create({kUnknownUuid, "x.mp4", 1, sha, std::nullopt, "", user.id});
  EXPECT_EQ(noHearing.error().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace audientia::storage::postgres
