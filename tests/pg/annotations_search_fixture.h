#pragma once

// Annotations and search against a real, migrated PostgreSQL, through the use cases (the
// access policy included): two offices A (with a sub-office A1) and B, a prosecutor and a
// clerk in A, a clerk in B.

#include "app/annotations/annotation_service.h"
#include "app/hearings/hearing_service.h"
#include "app/search/search_service.h"
#include "audientia/base/sha256.h"
#include "pg_test.h"

namespace audientia::testing {

class AnnotationsSearchTest : public PgTest {
 protected:
  void SetUp() override {
    PgTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    storage_ = openMigratedStorage();
    ASSERT_TRUE(storage_);
    auto& db = *storage_;
    hearings_ = std::make_unique<app::HearingService>(db.offices(), db.hearings(), db.recordings());
    annotations_ = std::make_unique<app::AnnotationService>(db.offices(), db.hearings(),
                                                            db.recordings(), db.annotations());
    search_ = std::make_unique<app::SearchService>(db.offices(), db.search());
    officeA_ = office("Parchetul de pe lângă Judecătoria Cluj-Napoca", std::nullopt);
    officeA1_ = office("Secția A1", officeA_);
    officeB_ = office("Parchetul de pe lângă Tribunalul Iași", std::nullopt);
    prosecutorA_ = user("procuror.a", officeA_, domain::Role::kProsecutor);
    clerkA_ = user("grefier.a", officeA_, domain::Role::kClerk);
    clerkB_ = user("grefier.b", officeB_, domain::Role::kClerk);
    prosecutorB_ = user("procuror.b", officeB_, domain::Role::kProsecutor);
    adminA_ = user("admin.a", officeA_, domain::Role::kAdmin);
  }

  std::string office(const std::string& name, std::optional<std::string> parent) {
    auto o = storage_->offices().create({name, std::move(parent)});
    EXPECT_TRUE(o) << o.error().toString();
    return o ? o->id : std::string();
  }
  domain::User user(const std::string& name, const std::string& officeId, domain::Role role) {
    auto u = storage_->users().create({name, officeId, role, "hash$" + name});
    EXPECT_TRUE(u) << u.error().toString();
    return *u;
  }
  domain::Hearing hearing(const domain::User& by, const std::string& caseNumber,
                          const std::string& title,
                          std::vector<domain::Participant> participants = {},
                          domain::HearingKind kind = domain::HearingKind::kWitness) {
    domain::NewHearing h{by.officeId, caseNumber, kind, title, std::move(participants), "", ""};
    auto created = hearings_->create(by, h);
    EXPECT_TRUE(created) << created.error().toString();
    return *created;
  }
  domain::Recording recording(const domain::User& by, const std::string& hearingId,
                              std::int64_t durationMs = 3'600'000) {
    domain::NewRecording r;
    r.hearingId = hearingId;
    r.fileName = "hearing-" + std::to_string(++counter_) + ".mp4";
    r.sizeBytes = 10;
    r.sha256 = toHex(Sha256::of(r.fileName));
    domain::MediaInfo info;
    info.duration = std::chrono::milliseconds(durationMs);
    r.mediaInfo = info;
    r.uploadedBy = by.id;
    auto created = storage_->recordings().create(r);
    EXPECT_TRUE(created) << created.error().toString();
    return *created;
  }
  domain::Annotation annotate(const domain::User& by, const std::string& recordingId,
                              std::int64_t atMs, const std::string& text,
                              const std::string& kind = "note") {
    domain::NewAnnotation a;
    a.recordingId = recordingId;
    a.startMs = atMs;
    a.kind = kind;
    a.text = text;
    auto created = annotations_->add(by, a);
    EXPECT_TRUE(created) << created.error().toString();
    return created ? *created : domain::Annotation{};
  }
  Expected<domain::SearchPage> find(const domain::User& by, const std::string& text,
                                    const std::string& officeId = {}, int limit = 0,
                                    const std::string& cursor = {}) {
    domain::SearchQuery q;
    q.text = text;
    q.limit = limit;
    q.cursor = cursor;
    return search_->search(by, officeId, q);
  }
  // The case numbers of the hearings found (one per hit), in rank order.
  std::vector<std::string> cases(const domain::User& by, const std::string& text) {
    auto page = find(by, text);
    EXPECT_TRUE(page) << text << ": " << page.error().toString();
    std::vector<std::string> out;
    if (page) {
      for (const auto& hit : page->hits) out.push_back(hit.hearing.caseNumber);
    }
    return out;
  }

  std::unique_ptr<storage::postgres::PostgresStorage> storage_;
  std::unique_ptr<app::HearingService> hearings_;
  std::unique_ptr<app::AnnotationService> annotations_;
  std::unique_ptr<app::SearchService> search_;
  std::string officeA_, officeA1_, officeB_;
  domain::User prosecutorA_, clerkA_, clerkB_, prosecutorB_, adminA_;
  int counter_ = 0;
};

}  // namespace audientia::testing
