// PgFixityRepository, PgAlertRepository and PgRetentionRepository against a real PostgreSQL,
// including the legal-hold trigger refusing raw SQL.

#include "pg_pool.h"
#include "storage_pg_test.h"

namespace audientia::storage::postgres {
namespace {

using namespace std::chrono_literals;
using domain::FileRole;
using domain::HearingKind;

using KeepingRepositoriesTest = testing::IngestStorageTest;

TEST_F(KeepingRepositoriesTest, FixityDueRecordRunsFailuresSummary) {
  auto a = storage_->recordings().create(
      {hearing_.id, "a.mp4", 1, sha("a"), std::nullopt, "", clerkA_.id});
  auto b = storage_->recordings().create(
      {hearing_.id, "b.mp4", 1, sha("b"), std::nullopt, "", clerkA_.id});
  ASSERT_TRUE(a && b);
  // The same bytes referenced twice count as one object.
  ASSERT_TRUE(storage_->recordings().addFile(
      testing::IngestStorageTest::file(b->id, FileRole::kMaster, 0, "a")));
  auto& fixity = storage_->fixity();
  auto summary = fixity.summary();
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->objectsTotal, 2);
  EXPECT_EQ(summary->objectsNeverChecked, 2);

  const auto now = std::chrono::system_clock::now();
  auto due = fixity.due(now, 10);
  ASSERT_TRUE(due);
  ASSERT_EQ(due->size(), 2u);
  EXPECT_FALSE((*due)[0].lastCheckedAt.has_value());

  auto run = fixity.startRun(0);
  ASSERT_TRUE(run) << run.error().toString();
  EXPECT_EQ(run->jobId, 0);
  EXPECT_FALSE(run->finishedAt.has_value());
  ASSERT_TRUE(fixity.record({sha("a"), now - 1h, true, sha("a"), "", run->id}));
  ASSERT_TRUE(
      fixity.record({sha("b"), now - 2h, false, sha("tampered"), "digest differs", run->id}));
  due = fixity.due(now - 90min, 10);
  ASSERT_EQ(due->size(), 1u) << "a was checked after the cut-off";
  EXPECT_EQ((*due)[0].sha256, sha("b"));
  EXPECT_EQ((*due)[0].recordingId, b->id);
  due = fixity.due(now, 10);
  ASSERT_EQ(due->size(), 2u);
  EXPECT_EQ((*due)[0].sha256, sha("b")) << "least recently checked first";
  EXPECT_EQ(fixity.due(now, 1)->size(), 1u);

  auto failures = fixity.failures(10);
  ASSERT_TRUE(failures);
  ASSERT_EQ(failures->size(), 1u);
  EXPECT_EQ((*failures)[0].first.actualSha256, sha("tampered"));
  EXPECT_EQ((*failures)[0].first.runId, run->id);
  EXPECT_EQ((*failures)[0].second.fileName, "b.mp4");
  // A later good check replaces the failure.
  ASSERT_TRUE(fixity.record({sha("b"), now, true, sha("b"), "", run->id}));
  EXPECT_TRUE(fixity.failures(10)->empty());
  EXPECT_EQ(fixity.summary()->objectsNeverChecked, 0);

  domain::FixityRun finished = *run;
  finished.objectsChecked = 2;
  finished.bytesChecked = 2;
  finished.mismatches = 1;
  ASSERT_TRUE(fixity.finishRun(finished));
  auto job = storage_->jobs().enqueue({domain::kJobFixitySweep, "", "{}", 5, std::nullopt});
  auto second = fixity.startRun(job->id);
  ASSERT_TRUE(second);
  auto runs = fixity.recentRuns(10);
  ASSERT_EQ(runs->size(), 2u);
  EXPECT_EQ((*runs)[0].id, second->id);
  EXPECT_EQ((*runs)[0].jobId, job->id);
  EXPECT_EQ((*runs)[1].mismatches, 1);
  EXPECT_TRUE((*runs)[1].finishedAt.has_value());
  domain::FixityRun ghost;
  ghost.id = 987654;
  EXPECT_EQ(fixity.finishRun(ghost).error().code(), ErrorCode::kNotFound);
}

TEST_F(KeepingRepositoriesTest, AlertsOnePerOpenKindAndSubject) {
  auto& alerts = storage_->alerts();
  bool created = false;
  auto first =
      alerts.raise({domain::kAlertFixityMismatch, sha("x"), "", "digest differs"}, &created);
  ASSERT_TRUE(first) << first.error().toString();
  EXPECT_TRUE(created);
  auto again = alerts.raise({domain::kAlertFixityMismatch, sha("x"), "", "other detail"}, &created);
  ASSERT_TRUE(again);
  EXPECT_FALSE(created);
  EXPECT_EQ(again->id, first->id);
  EXPECT_EQ(again->detail, "digest differs");
  EXPECT_EQ(storage_->fixity().summary()->openAlerts, 1);

  auto acked = alerts.acknowledge(first->id, clerkA_.id);
  ASSERT_TRUE(acked);
  EXPECT_EQ(acked->acknowledgedBy, clerkA_.id);
  ASSERT_TRUE(acked->acknowledgedAt.has_value());
  EXPECT_EQ(alerts.acknowledge(first->id, clerkA_.id)->acknowledgedAt, acked->acknowledgedAt);
  EXPECT_EQ(alerts.acknowledge(31337, clerkA_.id).error().code(), ErrorCode::kNotFound);

  auto reopened = alerts.raise({domain::kAlertFixityMismatch, sha("x"), "", "again"}, &created);
  ASSERT_TRUE(reopened);
  EXPECT_TRUE(created);
  EXPECT_NE(reopened->id, first->id);
  EXPECT_EQ(alerts.list(false, 10)->size(), 1u);
  auto all = alerts.list(true, 10);
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].id, reopened->id);
  EXPECT_EQ(alerts.raise({"made_up", "s", "", ""}).error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(alerts.raise({domain::kAlertJobFailed, "7", "bad", ""}).error().code(),
            ErrorCode::kInvalidArgument);
}

TEST_F(KeepingRepositoriesTest, PoliciesCreateReplaceDelete) {
  auto& retention = storage_->retention();
  domain::RetentionPolicy p;
  p.officeId = officeA_.id;
  p.retainDays = 30;
  p.createdBy = clerkA_.id;
  auto created = retention.setPolicy(p);
  ASSERT_TRUE(created) << created.error().toString();
  p.retainDays = 60;
  auto replaced = retention.setPolicy(p);
  ASSERT_TRUE(replaced);
  EXPECT_EQ(replaced->id, created->id);
  EXPECT_EQ(replaced->retainDays, 60);
  p.hearingKind = HearingKind::kWitness;
  auto specific = retention.setPolicy(p);
  ASSERT_TRUE(specific);
  EXPECT_NE(specific->id, created->id);
  EXPECT_EQ(retention.listPolicies()->size(), 2u);
  EXPECT_EQ(retention.getPolicy(specific->id)->hearingKind, HearingKind::kWitness);

  domain::RetentionPolicy global;
  global.retainDays = 10;
  global.createdBy = clerkA_.id;
  EXPECT_EQ(retention.setPolicy(global).error().code(), ErrorCode::kInvalidArgument);
  p.retainDays = 0;
  EXPECT_EQ(retention.setPolicy(p).error().code(), ErrorCode::kInvalidArgument);
  ASSERT_TRUE(retention.deletePolicy(specific->id));
  EXPECT_EQ(retention.deletePolicy(specific->id).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(retention.getPolicy(specific->id).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(retention.getPolicy("x").error().code(), ErrorCode::kNotFound);
}

TEST_F(KeepingRepositoriesTest, ExpiredUsesTheMostSpecificPolicy) {
  auto other = storage_->offices().create({"Parchetul Iasi", std::nullopt});
  ASSERT_TRUE(other);
  const auto witnessHere = hearing_;  // office A, witness
  const auto victimHere = addHearing(officeA_.id, HearingKind::kVictim);
  const auto witnessThere = addHearing(other->id, HearingKind::kWitness);
  const auto expertThere = addHearing(other->id, HearingKind::kExpert);
  auto& retention = storage_->retention();
  auto policy = [&](const std::string& officeId, HearingKind kind, int days) {
    domain::RetentionPolicy p;
    p.officeId = officeId;
    p.hearingKind = kind;
    p.retainDays = days;
    p.createdBy = clerkA_.id;
    auto set = retention.setPolicy(p);
    EXPECT_TRUE(set) << set.error().toString();
    return *set;
  };
  const auto officeAndKind = policy(officeA_.id, HearingKind::kWitness, 100);
  const auto officeOnly = policy(officeA_.id, HearingKind::kUnspecified, 10);
  const auto kindOnly = policy("", HearingKind::kWitness, 50);

  const auto created = witnessHere.createdAt;
  auto expired = retention.expired(created + std::chrono::hours(24 * 11), 100);
  ASSERT_TRUE(expired) << expired.error().toString();
  // Day 11: only the victim hearing (office policy, 10 days) ran out; the witness hearing here
  // keeps its 100 days, the one there its kind's 50; the expert there has no policy.
  ASSERT_EQ(expired->size(), 1u);
  EXPECT_EQ((*expired)[0].hearing.id, victimHere.id);
  EXPECT_EQ((*expired)[0].policy.id, officeOnly.id);
  EXPECT_FALSE((*expired)[0].underHold);

  expired = retention.expired(created + std::chrono::hours(24 * 51), 100);
  ASSERT_EQ(expired->size(), 2u);
  EXPECT_EQ((*expired)[1].hearing.id, witnessThere.id);
  EXPECT_EQ((*expired)[1].policy.id, kindOnly.id);

  ASSERT_TRUE(retention.placeHold(witnessHere.id, "appeal pending", clerkA_.id));
  expired = retention.expired(created + std::chrono::hours(24 * 101), 100);
  ASSERT_EQ(expired->size(), 3u);
  auto it = std::find_if(expired->begin(), expired->end(),
                         [&](const auto& e) { return e.hearing.id == witnessHere.id; });
  ASSERT_NE(it, expired->end());
  EXPECT_EQ(it->policy.id, officeAndKind.id);
  EXPECT_TRUE(it->underHold);
  EXPECT_EQ(it->hearing.caseNumber, "123/P/2026");
  EXPECT_EQ(retention.expired(created + std::chrono::hours(24 * 101), 1)->size(), 1u);
  (void)expertThere;
}

TEST_F(KeepingRepositoriesTest, HoldsPlaceReleaseList) {
  auto& retention = storage_->retention();
  auto hold = retention.placeHold(hearing_.id, "investigation", clerkA_.id);
  ASSERT_TRUE(hold) << hold.error().toString();
  EXPECT_EQ(hold->reason, "investigation");
  auto twice = retention.placeHold(hearing_.id, "again", clerkA_.id);
  EXPECT_EQ(twice.error().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(retention.placeHold(kUnknownUuid, "x", clerkA_.id).error().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(retention.placeHold(hearing_.id, " ", clerkA_.id).error().code(),
            ErrorCode::kAlreadyExists);
  auto released = retention.releaseHold(hearing_.id, "closed", clerkA_.id);
  ASSERT_TRUE(released);
  EXPECT_EQ(released->releaseReason, "closed");
  EXPECT_TRUE(released->releasedAt.has_value());
  EXPECT_EQ(retention.releaseHold(hearing_.id, "again", clerkA_.id).error().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(retention.placeHold(hearing_.id, " ", clerkA_.id).error().code(),
            ErrorCode::kInvalidArgument)
      << "a blank reason";
  ASSERT_TRUE(retention.placeHold(hearing_.id, "second", clerkA_.id));
  EXPECT_EQ(retention.listHolds(hearing_.id, false)->size(), 1u);
  EXPECT_EQ(retention.listHolds(hearing_.id, true)->size(), 2u);
  EXPECT_EQ(retention.listHolds("", true)->size(), 2u);
  EXPECT_TRUE(retention.listHolds(kUnknownUuid, true)->empty());
}

TEST_F(KeepingRepositoriesTest, DeleteHearingRemovesEverythingAndReportsUnreferencedKeys) {
  auto& retention = storage_->retention();
  auto kept = addHearing(officeA_.id, HearingKind::kVictim);
  auto a = storage_->recordings().create(
      {hearing_.id, "a.mp4", 1, sha("a"), std::nullopt, "", clerkA_.id});
  auto shared = storage_->recordings().create(
      {hearing_.id, "s.mp4", 1, sha("shared"), std::nullopt, "", clerkA_.id});
  auto elsewhere = storage_->recordings().create(
      {kept.id, "s.mp4", 1, sha("shared"), std::nullopt, "", clerkA_.id});
  ASSERT_TRUE(a && shared && elsewhere);
  ASSERT_TRUE(storage_->recordings().addFile(
      testing::IngestStorageTest::file(a->id, FileRole::kThumbnail, 1, "thumb")));
  ASSERT_TRUE(storage_->uploads().create(segmentUpload(uuid(1), uuid(2), 1)));
  ASSERT_TRUE(storage_->fixity().record(
      {sha("a"), std::chrono::system_clock::now(), true, sha("a"), "", 0}));
  ASSERT_TRUE(retention.placeHold(hearing_.id, "pending", clerkA_.id));

  auto refused = retention.deleteHearing(hearing_.id);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(refused.error().message().find("legal hold"), std::string::npos);
  EXPECT_NE(refused.error().message().find("pending"), std::string::npos);
  ASSERT_TRUE(retention.releaseHold(hearing_.id, "done", clerkA_.id));

  auto record = retention.deleteHearing(hearing_.id);
  ASSERT_TRUE(record) << record.error().toString();
  EXPECT_EQ(record->hearing.id, hearing_.id);
  ASSERT_EQ(record->hearing.participants.size(), 1u);
  ASSERT_EQ(record->recordings.size(), 3u);  // a, shared and the capture
  std::size_t files = 0;
  for (const auto& r : record->recordings) files += r.recording.files.size();
  EXPECT_EQ(files, 3u);
  EXPECT_EQ(record->unreferencedKeys, (std::vector<std::string>{std::min(sha("a"), sha("thumb")),
                                                                std::max(sha("a"), sha("thumb"))}));

  EXPECT_EQ(storage_->hearings().get(hearing_.id).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(storage_->recordings().get(a->id).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(storage_->uploads().get(uuid(1)).error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(retention.listHolds(hearing_.id, true)->empty());
  EXPECT_TRUE(*storage_->recordings().keyReferenced(sha("shared")));
  EXPECT_FALSE(*storage_->recordings().keyReferenced(sha("a")));
  EXPECT_EQ(storage_->fixity().summary()->objectsTotal, 1);
  EXPECT_TRUE(storage_->recordings().get(elsewhere->id));
  EXPECT_EQ(retention.deleteHearing(hearing_.id).error().code(), ErrorCode::kNotFound);
}

TEST_F(KeepingRepositoriesTest, TriggerRefusesDeletingAHeldHearingEvenByRawSql) {
  ASSERT_TRUE(storage_->retention().placeHold(hearing_.id, "court order", clerkA_.id));
  PgPool pool(connectionString(), 1);
  auto conn = pool.acquire();
  ASSERT_TRUE(conn);
  auto raw = (*conn)->exec("DELETE FROM hearings WHERE id = $1::uuid", {hearing_.id},
                           "deleting a held hearing");
  ASSERT_FALSE(raw);
  EXPECT_EQ(raw.error().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(raw.error().message().find("legal hold"), std::string::npos);
  EXPECT_NE(raw.error().message().find("23001"), std::string::npos);
  EXPECT_TRUE(storage_->hearings().get(hearing_.id));
}

}  // namespace
}  // namespace audientia::storage::postgres
