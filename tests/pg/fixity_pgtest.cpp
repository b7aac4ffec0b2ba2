// Fixity against a real store and PostgreSQL: a sweep re-hashes every object; a byte flipped
// on disk is found, alerted and written to the audit trail, whose chain still verifies; a
// deleted object is reported missing; a scheduled sweep leaves recently checked objects alone.

#include <fstream>
#include <nlohmann/json.hpp>

#include "app/keeping/fixity_service.h"
#include "app/keeping/maintenance_service.h"
#include "storage_pg_test.h"

namespace audientia::app {
namespace {

using namespace std::chrono_literals;
using testing::StorageTest;

class FixityTest : public StorageTest {
 protected:
  std::unique_ptr<FixityService> service() {
    FixityOptions options;
    options.interval = 24h;
    options.batchSize = 2;  // several batches with three objects
    return std::make_unique<FixityService>(fixity(), alerts(), storage_->recordings(),
                                           storage_->hearings(), storage_->auditLog(), *store_,
                                           clock_, options);
  }
  std::vector<domain::AuditEvent> auditEvents(const std::string& action) {
    std::vector<domain::AuditEvent> out;
    auto page = storage_->auditLog().list({}, domain::PageRequest{1000, {}});
    EXPECT_TRUE(page) << page.error().toString();
    for (const auto& event : page->items) {
      if (event.action == action) out.push_back(event);
    }
    return out;
  }
};

TEST_F(FixityTest, AFlippedByteIsFoundAlertedAndAudited) {
  auto hearing = addHearing(officeA1_.id, domain::HearingKind::kVictim);
  auto first = addRecording(hearing.id, "first.bin", std::string(300000, 'a'));
  auto second = addRecording(hearing.id, "second.bin", "the second recording");
  auto third = addRecording(hearing.id, "third.bin", "the third recording");
  auto fixityService = service();

  auto clean = fixityService->sweep(0, FixityService::Trigger::kManual);
  ASSERT_TRUE(clean) << clean.error().toString();
  EXPECT_EQ(clean->objectsChecked, 3);
  EXPECT_EQ(clean->bytesChecked, 300000 + 20 + 19);
  EXPECT_EQ(clean->mismatches, 0);
  EXPECT_EQ(clean->missing, 0);
  EXPECT_TRUE(clean->finishedAt.has_value());

  // Rot: one byte in the middle of the stored object, behind the store's back.
  {
    std::fstream file(writableObjectFile(first.sha256),
                      std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(150000);
    file.put('b');
  }
  clock_.advance(1s);
  auto rotten = fixityService->sweep(0, FixityService::Trigger::kManual);
  ASSERT_TRUE(rotten) << rotten.error().toString();
  EXPECT_EQ(rotten->objectsChecked, 3);
  EXPECT_EQ(rotten->mismatches, 1);
  EXPECT_EQ(rotten->missing, 0);

  auto open = alerts().list(false, 100);
  ASSERT_TRUE(open);
  ASSERT_EQ(open->size(), 1u);
  EXPECT_EQ((*open)[0].kind, domain::kAlertFixityMismatch);
  EXPECT_EQ((*open)[0].subject, first.sha256);
  EXPECT_EQ((*open)[0].recordingId, first.id);

  auto events = auditEvents("fixity.mismatch");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].actorUsername, "system");
  EXPECT_EQ(events[0].objectType, "recording");
  EXPECT_EQ(events[0].objectId, first.id);
  EXPECT_EQ(events[0].officeId, officeA1_.id);
  EXPECT_EQ(events[0].outcome, domain::AuditOutcome::kFailure);
  auto details = nlohmann::json::parse(events[0].detailsJson);
  EXPECT_EQ(details["expected_sha256"], first.sha256);
  EXPECT_EQ(details["file_name"], "first.bin");
  const std::string actual = details["actual_sha256"];
  EXPECT_EQ(actual.size(), 64u);
  EXPECT_NE(actual, first.sha256);

  // The status an admin reads.
  MaintenanceService maintenance(jobs(), fixity(), alerts());
  auto status = maintenance.fixityStatus(0);
  ASSERT_TRUE(status) << status.error().toString();
  ASSERT_EQ(status->runs.size(), 2u);
  EXPECT_EQ(status->runs[0].mismatches, 1);  // newest first
  ASSERT_EQ(status->failures.size(), 1u);
  EXPECT_EQ(status->failures[0].first.sha256, first.sha256);
  EXPECT_EQ(status->failures[0].first.actualSha256, actual);
  EXPECT_EQ(status->summary.objectsTotal, 3);
  EXPECT_EQ(status->summary.objectsNeverChecked, 0);
  EXPECT_EQ(status->summary.openAlerts, 1);

  // Found again by the next sweep: still one open alert and one audit event.
  clock_.advance(1s);
  auto again = fixityService->sweep(0, FixityService::Trigger::kManual);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->mismatches, 1);
  EXPECT_EQ(alerts().list(false, 100)->size(), 1u);
  EXPECT_EQ(auditEvents("fixity.mismatch").size(), 1u);

  auto verified = storage_->auditLog().verify();
  ASSERT_TRUE(verified) << verified.error().toString();
  EXPECT_TRUE(verified->intact) << verified->reason;
  (void)second;
  (void)third;
}

TEST_F(FixityTest, ADeletedObjectIsMissing) {
  auto hearing = addHearing(officeA_.id, domain::HearingKind::kWitness);
  auto kept = addRecording(hearing.id, "kept.bin", "kept bytes");
  auto lost = addRecording(hearing.id, "lost.bin", "lost bytes");
  std::filesystem::remove(writableObjectFile(lost.sha256));
  auto run = service()->sweep(0, FixityService::Trigger::kManual);
  ASSERT_TRUE(run) << run.error().toString();
  EXPECT_EQ(run->objectsChecked, 2);
  EXPECT_EQ(run->missing, 1);
  EXPECT_EQ(run->mismatches, 0);
  auto open = alerts().list(false, 100);
  ASSERT_TRUE(open);
  ASSERT_EQ(open->size(), 1u);
  EXPECT_EQ((*open)[0].kind, domain::kAlertFixityMissing);
  EXPECT_EQ((*open)[0].subject, lost.sha256);
  auto events = auditEvents("fixity.missing");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].objectId, lost.id);
  EXPECT_EQ(nlohmann::json::parse(events[0].detailsJson)["actual_sha256"], "");
  (void)kept;
}

TEST_F(FixityTest, AScheduledSweepChecksOnlyWhatIsDueAndAManualRunIsQueued) {
  auto hearing = addHearing(officeA_.id, domain::HearingKind::kWitness);
  addRecording(hearing.id, "one.bin", "one");
  addRecording(hearing.id, "two.bin", "two");
  auto fixityService = service();
  auto first = fixityService->sweep(0, FixityService::Trigger::kScheduled);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->objectsChecked, 2);  // never checked: due
  clock_.advance(1h);
  auto soon = fixityService->sweep(0, FixityService::Trigger::kScheduled);
  ASSERT_TRUE(soon);
  EXPECT_EQ(soon->objectsChecked, 0);
  clock_.advance(25h);
  auto later = fixityService->sweep(0, FixityService::Trigger::kScheduled);
  ASSERT_TRUE(later);
  EXPECT_EQ(later->objectsChecked, 2);

  MaintenanceService maintenance(jobs(), fixity(), alerts());
  int woken = 0;
  maintenance.onEnqueued([&] { ++woken; });
  auto queued = maintenance.runFixity();
  ASSERT_TRUE(queued) << queued.error().toString();
  EXPECT_EQ(queued->kind, domain::kJobFixitySweep);
  auto again = maintenance.runFixity();
  ASSERT_TRUE(again);
  EXPECT_EQ(again->id, queued->id) << "one sweep at a time";
  EXPECT_EQ(woken, 2);
  // The handler reads the manual flag: every object, however recently checked.
  auto claimed = jobs().claim("w", 60s, {domain::kJobFixitySweep});
  ASSERT_TRUE(claimed && claimed->has_value());
  ASSERT_TRUE(fixityService->runJob(**claimed));
  auto runs = fixity().recentRuns(1);
  ASSERT_TRUE(runs && runs->size() == 1u);
  EXPECT_EQ((*runs)[0].objectsChecked, 2);
  EXPECT_EQ((*runs)[0].jobId, queued->id);

  EXPECT_EQ(maintenance.fixityStatus(101).error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(maintenance.acknowledgeAlert(adminA_, 999).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(maintenance.retryJob(queued->id).error().code(), ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace audientia::app
