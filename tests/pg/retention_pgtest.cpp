// Retention and legal holds against PostgreSQL and a real store: a hold blocks deletion until
// released; a deletion leaves a certificate listing every digest; an object another recording
// still references stays in the store; the most specific policy wins; the use cases refuse
// what the policy table and the rules refuse.

#include <nlohmann/json.hpp>

#include "app/hearings/hearing_service.h"
#include "app/keeping/retention_service.h"
#include "storage_pg_test.h"

namespace audientia::app {
namespace {

using namespace std::chrono_literals;
using domain::HearingKind;
using testing::StorageTest;

constexpr auto kDay = std::chrono::hours(24);

class RetentionTest : public StorageTest {
 protected:
  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    hearings_ = std::make_unique<HearingService>(storage_->offices(), storage_->hearings(),
                                                 storage_->recordings());
    service_ = std::make_unique<RetentionService>(storage_->offices(), *hearings_, retention(),
                                                  storage_->recordings(), storage_->auditLog(),
                                                  *store_, storage_->keyLocks(), clock_);
  }
  domain::RetentionPolicy policy(const domain::User& admin, const std::string& officeId,
                                 HearingKind kind, int days) {
    auto set = service_->setPolicy(admin, officeId, kind, days);
    EXPECT_TRUE(set) << set.error().toString();
    return set ? *set : domain::RetentionPolicy{};
  }
  RetentionSweepResult sweep() {
    auto result = service_->sweep(std::nullopt);
    EXPECT_TRUE(result) << result.error().toString();
    return result ? *result : RetentionSweepResult{};
  }
  bool hearingExists(const std::string& id) {
    return static_cast<bool>(storage_->hearings().get(id));
  }

  std::unique_ptr<HearingService> hearings_;
  std::unique_ptr<RetentionService> service_;
};

TEST_F(RetentionTest, AHoldBlocksDeletionAndTheCertificateListsEveryDigest) {
  auto p = policy(adminA_, officeA_.id, HearingKind::kUnspecified, 30);
  auto hearing = addHearing(officeA_.id, HearingKind::kSuspect, "DOS/1/2026");
  auto video = addRecording(hearing.id, "interview.mp4", "video bytes");
  auto notes = addRecording(hearing.id, "notes.txt", "notes bytes");
  auto hold = service_->placeHold(prosecutorA_, hearing.id, "appeal pending");
  ASSERT_TRUE(hold) << hold.error().toString();
  EXPECT_EQ(hold->placedBy, prosecutorA_.id);

  EXPECT_TRUE(sweep().deleted.empty());  // not expired yet
  clock_.advance(std::chrono::duration_cast<std::chrono::seconds>(1000 * kDay));
  auto held = sweep();
  EXPECT_TRUE(held.deleted.empty());
  EXPECT_EQ(held.keptUnderHold, 1);
  EXPECT_TRUE(hearingExists(hearing.id));
  EXPECT_TRUE(*store_->exists(video.sha256));
  // The database refuses too, whatever the application does.
  auto forced = retention().deleteHearing(hearing.id);
  ASSERT_FALSE(forced);
  EXPECT_EQ(forced.error().code(), ErrorCode::kFailedPrecondition);

  auto released = service_->releaseHold(adminA_, hearing.id, "appeal rejected");
  ASSERT_TRUE(released) << released.error().toString();
  EXPECT_EQ(released->releasedBy, adminA_.id);
  auto deleted = sweep();
  ASSERT_EQ(deleted.deleted.size(), 1u);
  EXPECT_EQ(deleted.keptUnderHold, 0);
  const auto& report = deleted.deleted[0];
  EXPECT_EQ(report.hearingId, hearing.id);
  EXPECT_EQ(report.caseNumber, "DOS/1/2026");
  EXPECT_EQ(report.policyId, p.id);
  EXPECT_FALSE(hearingExists(hearing.id));
  EXPECT_FALSE(*store_->exists(video.sha256));
  EXPECT_FALSE(*store_->exists(notes.sha256));

  auto page = storage_->auditLog().list({}, domain::PageRequest{1000, {}});
  ASSERT_TRUE(page);
  const domain::AuditEvent* certificate = nullptr;
  for (const auto& event : page->items) {
    if (event.seq == report.auditSeq) certificate = &event;
  }
  ASSERT_NE(certificate, nullptr);
  EXPECT_EQ(certificate->action, "retention.delete");
  EXPECT_EQ(certificate->actorUsername, "system");
  EXPECT_EQ(certificate->objectType, "hearing");
  EXPECT_EQ(certificate->objectId, hearing.id);
  EXPECT_EQ(certificate->officeId, officeA_.id);
  auto details = nlohmann::json::parse(certificate->detailsJson);
  EXPECT_EQ(details["policy_id"], p.id);
  EXPECT_EQ(details["retain_days"], 30);
  EXPECT_EQ(details["case_number"], "DOS/1/2026");
  EXPECT_EQ(details["kind"], "suspect");
  for (const char* field : {"created_at", "expired_at", "deleted_at"}) {
    EXPECT_TRUE(details[field].is_string()) << field;
  }
  std::set<std::string> digests;
  for (const auto& recording : details["recordings"]) {
    for (const auto& file : recording["files"]) {
      EXPECT_EQ(file["role"], "original");
      digests.insert(file["sha256"].get<std::string>());
    }
  }
  EXPECT_EQ(digests, (std::set<std::string>{video.sha256, notes.sha256}));
  auto verified = storage_->auditLog().verify();
  ASSERT_TRUE(verified);
  EXPECT_TRUE(verified->intact) << verified->reason;
}

TEST_F(RetentionTest, AnObjectAnotherRecordingReferencesStaysInTheStore) {
  policy(rootAdmin_, "", HearingKind::kWitness, 10);
  auto expiring = addHearing(officeA_.id, HearingKind::kWitness);
  auto kept = addHearing(officeB_.id, HearingKind::kVictim);  // no policy: kept for ever
  auto shared1 = addRecording(expiring.id, "copy.mp4", "the same bytes");
  auto own = addRecording(expiring.id, "own.mp4", "bytes of its own");
  auto shared2 = addRecording(kept.id, "copy.mp4", "the same bytes");
  ASSERT_EQ(shared1.sha256, shared2.sha256);
  clock_.advance(std::chrono::duration_cast<std::chrono::seconds>(11 * kDay));
  auto result = sweep();
  ASSERT_EQ(result.deleted.size(), 1u);
  EXPECT_EQ(result.deleted[0].hearingId, expiring.id);
  EXPECT_TRUE(*store_->exists(shared2.sha256));
  EXPECT_FALSE(*store_->exists(own.sha256));
  auto still = storage_->recordings().get(shared2.id);
  ASSERT_TRUE(still);
  EXPECT_EQ(still->sha256, shared2.sha256);
}

TEST_F(RetentionTest, TheMostSpecificPolicyApplies) {
  auto byKind = policy(rootAdmin_, "", HearingKind::kWitness, 10);
  auto byOffice = policy(adminA_, officeA_.id, HearingKind::kUnspecified, 100);
  auto byBoth = policy(adminA_, officeA_.id, HearingKind::kWitness, 1000);
  auto witnessA = addHearing(officeA_.id, HearingKind::kWitness);
  auto victimA = addHearing(officeA_.id, HearingKind::kVictim);
  auto witnessB = addHearing(officeB_.id, HearingKind::kWitness);
  auto victimB = addHearing(officeB_.id, HearingKind::kVictim);

  auto deletedAfter = [&](int days) {
    clock_.advance(std::chrono::duration_cast<std::chrono::seconds>(days * kDay));
    std::map<std::string, std::string> policyOf;
    for (const auto& d : sweep().deleted) policyOf[d.hearingId] = d.policyId;
    return policyOf;
  };
  EXPECT_EQ(deletedAfter(50), (std::map<std::string, std::string>{{witnessB.id, byKind.id}}));
  EXPECT_EQ(deletedAfter(450), (std::map<std::string, std::string>{{victimA.id, byOffice.id}}));
  EXPECT_EQ(deletedAfter(501), (std::map<std::string, std::string>{{witnessA.id, byBoth.id}}));
  EXPECT_TRUE(hearingExists(victimB.id));

  // Replacing a policy keeps one per scope.
  auto replaced = policy(adminA_, officeA_.id, HearingKind::kUnspecified, 200);
  auto policies = service_->listPolicies(adminA_);
  ASSERT_TRUE(policies);
  EXPECT_EQ(policies->size(), 3u);
  for (const auto& p : *policies) {
    if (p.officeId == officeA_.id && p.hearingKind == HearingKind::kUnspecified) {
      EXPECT_EQ(p.retainDays, 200);
    }
  }
  ASSERT_TRUE(service_->deletePolicy(adminA_, replaced.id));
  EXPECT_EQ(service_->listPolicies(adminA_)->size(), 2u);
}

TEST_F(RetentionTest, TheUseCasesRefuseWhatTheRulesRefuse) {
  auto code = [](const auto& result) {
    return result ? ErrorCode::kUnspecified : result.error().code();
  };
  auto adminB = addUser("admin.b", officeB_.id, domain::Role::kAdmin);
  // A policy for every office: only an admin of a root office.
  auto global = service_->setPolicy(adminA_, "", HearingKind::kWitness, 10);
  ASSERT_FALSE(global);
  EXPECT_EQ(global.error().code(), ErrorCode::kPermissionDenied);
  EXPECT_NE(global.error().message().find("root office"), std::string::npos);
  EXPECT_EQ(code(service_->setPolicy(adminA_, officeB_.id, HearingKind::kWitness, 10)),
            ErrorCode::kNotFound);
  EXPECT_EQ(code(service_->setPolicy(adminA_, officeA1_.id, HearingKind::kWitness, 0)),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(service_->setPolicy(adminA_, officeA1_.id, HearingKind::kWitness, 36501)),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(service_->setPolicy(rootAdmin_, "", HearingKind::kUnspecified, 10)),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(service_->setPolicy(prosecutorA_, officeA_.id, HearingKind::kWitness, 10)),
            ErrorCode::kPermissionDenied);
  auto own = policy(adminA_, officeA1_.id, HearingKind::kWitness, 36500);
  EXPECT_EQ(code(service_->deletePolicy(adminB, own.id)), ErrorCode::kNotFound);
  auto global2 = policy(rootAdmin_, "", HearingKind::kExpert, 10);
  EXPECT_EQ(code(service_->deletePolicy(adminA_, global2.id)), ErrorCode::kPermissionDenied);

  auto hearing = addHearing(officeA_.id, HearingKind::kWitness);
  auto other = addHearing(officeB_.id, HearingKind::kWitness);
  EXPECT_EQ(code(service_->placeHold(prosecutorA_, hearing.id, "  ")), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code(service_->placeHold(prosecutorA_, other.id, "reason")), ErrorCode::kNotFound);
  EXPECT_EQ(code(service_->placeHold(prosecutorA_, "not-a-hearing", "reason")),
            ErrorCode::kNotFound);
  ASSERT_TRUE(service_->placeHold(prosecutorA_, hearing.id, "investigation"));
  auto twice = service_->placeHold(adminA_, hearing.id, "again");
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code(), ErrorCode::kAlreadyExists);
  EXPECT_NE(twice.error().message().find("already under a legal hold"), std::string::npos);
  ASSERT_TRUE(service_->placeHold(adminB, other.id, "their own"));
  EXPECT_EQ(code(service_->releaseHold(prosecutorA_, other.id, "reason")), ErrorCode::kNotFound);

  // Listing: only holds in the caller's subtree.
  auto mine = service_->listHolds(prosecutorA_, "", false);
  ASSERT_TRUE(mine) << mine.error().toString();
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].hearingId, hearing.id);
  EXPECT_EQ(service_->listHolds(rootAdmin_, "", false)->size(), 2u);
  EXPECT_EQ(code(service_->listHolds(prosecutorA_, other.id, false)), ErrorCode::kNotFound);

  ASSERT_TRUE(service_->releaseHold(prosecutorA_, hearing.id, "closed"));
  auto none = service_->releaseHold(prosecutorA_, hearing.id, "closed again");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(service_->listHolds(prosecutorA_, hearing.id, false)->empty());
  EXPECT_EQ(service_->listHolds(prosecutorA_, hearing.id, true)->size(), 1u);
}

}  // namespace
}  // namespace audientia::app
