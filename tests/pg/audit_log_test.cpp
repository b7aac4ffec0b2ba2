// PgAuditLog against a real, migrated PostgreSQL: the chain built by append, concurrent
// appends, list filters and paging, and verify — including tampering done directly in
// PostgreSQL as a superuser who bypasses the append-only trigger.

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>

#include "audit_copy.h"
#include "audit_log_repository.h"
#include "domain/audit_chain.h"
#include "pg_connection.h"
#include "pg_convert.h"
#include "pg_test.h"

namespace audientia::storage::postgres {
namespace {

using domain::AuditEvent;
using domain::AuditOutcome;
using domain::NewAuditEvent;
using testing::PgTest;

constexpr const char* kActorA = "11111111-1111-4111-8111-111111111111";
constexpr const char* kActorB = "22222222-2222-4222-8222-222222222222";
constexpr const char* kOfficeA = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
constexpr const char* kOfficeB = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";

NewAuditEvent makeEvent(std::string action, std::string actor = kActorA,
                        std::string office = kOfficeA, std::string object = "h-1") {
  NewAuditEvent e;
  e.actorId = std::move(actor);
  e.actorUsername = e.actorId.empty() ? "nobody" : "user-" + e.actorId.substr(0, 1);
  e.action = std::move(action);
  e.objectType = "hearing";
  e.objectId = std::move(object);
  e.officeId = std::move(office);
  e.clientAddress = "ipv4:127.0.0.1:40000";
  e.outcome = AuditOutcome::kSuccess;
  e.detailsJson = R"({"via":  "test",   "k": [1, 2]})";  // spacing must survive exactly
  return e;
}

class AuditLogTest : public PgTest {
 protected:
  void SetUp() override {
    PgTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    storage_ = openMigratedStorage();
    ASSERT_TRUE(storage_);
  }
  ports::AuditLog& log() { return storage_->auditLog(); }

  AuditEvent append(const NewAuditEvent& e) {
    auto stored = log().append(e);
    EXPECT_TRUE(stored.has_value()) << stored.error().toString();
    return stored.value_or(AuditEvent{});
  }
  std::vector<AuditEvent> appendMany(int n) {
    std::vector<AuditEvent> out;
    for (int i = 1; i <= n; ++i) {
      out.push_back(append(makeEvent("hearing.view", i % 2 ? kActorA : kActorB,
                                     i % 3 ? kOfficeA : kOfficeB, "h-" + std::to_string(i))));
    }
    return out;
  }
  domain::AuditVerification verify() {
    auto v = log().verify();
    EXPECT_TRUE(v.has_value()) << v.error().toString();
    return v.value_or(domain::AuditVerification{});
  }
  // A superuser session that bypasses the append-only trigger, as a malicious DBA would.
  PgConnection tamperer() {
    auto conn = PgConnection::connect(connectionString());
    EXPECT_TRUE(conn.has_value()) << conn.error().toString();
    auto s = conn->execScript("SET session_replication_role = replica", "bypassing triggers");
    EXPECT_TRUE(s.has_value()) << s.error().toString();
    return std::move(conn).value();
  }
  void tamper(const std::string& sql, const PgParams& params = {}) {
    auto conn = tamperer();
    auto r = conn.exec(sql, params, "tampering");
    ASSERT_TRUE(r.has_value()) << r.error().toString();
  }
  void expectBroken(std::int64_t seq, const std::string& reasonPart) {
    const auto v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenSeq, seq) << v.reason;
    EXPECT_NE(v.reason.find(reasonPart), std::string::npos) << v.reason;
  }

  std::unique_ptr<PostgresStorage> storage_;
};

TEST_F(AuditLogTest, AppendBuildsAChainThatRoundTripsExactly) {
  NewAuditEvent first = makeEvent("auth.login");
  first.actorId = "0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9";  // stored (and hashed) lower-case
  const AuditEvent a = append(first);
  const AuditEvent b = append(makeEvent("hearing.view", "", "", ""));  // anonymous, no office
  const AuditEvent c = append(makeEvent("recording.download"));
  EXPECT_EQ(a.seq, 1);
  EXPECT_EQ(b.seq, 2);
  EXPECT_EQ(c.seq, 3);
  EXPECT_EQ(a.prevHash, domain::kAuditGenesisHash);
  EXPECT_EQ(b.prevHash, a.hash);
  EXPECT_EQ(c.prevHash, b.hash);
  EXPECT_EQ(a.actorId, "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
  EXPECT_LE(a.time, b.time);
  EXPECT_LT(std::chrono::system_clock::now() - c.time, std::chrono::minutes(1));
  domain::AuditChainHasher hasher;
  EXPECT_EQ(hasher.hashHex(a.prevHash, a).value_or(""), a.hash);

  auto page = log().list({}, {});
  ASSERT_TRUE(page.has_value()) << page.error().toString();
  ASSERT_EQ(page->items.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    const AuditEvent& got = page->items[i];
    const AuditEvent& want = i == 0 ? a : i == 1 ? b : c;
    EXPECT_EQ(got.seq, want.seq);
    EXPECT_EQ(got.time, want.time);  // microseconds round-trip exactly
    EXPECT_EQ(got.actorId, want.actorId);
    EXPECT_EQ(got.actorUsername, want.actorUsername);
    EXPECT_EQ(got.action, want.action);
    EXPECT_EQ(got.objectType, want.objectType);
    EXPECT_EQ(got.objectId, want.objectId);
    EXPECT_EQ(got.officeId, want.officeId);
    EXPECT_EQ(got.clientAddress, want.clientAddress);
    EXPECT_EQ(got.outcome, want.outcome);
    EXPECT_EQ(got.detailsJson, R"({"via":  "test",   "k": [1, 2]})");
    EXPECT_EQ(got.prevHash, want.prevHash);
    EXPECT_EQ(got.hash, want.hash);
  }
  const auto v = verify();
  EXPECT_TRUE(v.intact) << v.reason;
  EXPECT_EQ(v.eventsChecked, 3);
  EXPECT_EQ(v.lastSeq, 3);
  EXPECT_EQ(v.lastHash, c.hash);
  EXPECT_EQ(v.firstBrokenSeq, 0);
}

TEST_F(AuditLogTest, EmptyTrailIsIntact) {
  const auto v = verify();
  EXPECT_TRUE(v.intact);
  EXPECT_EQ(v.eventsChecked, 0);
  EXPECT_EQ(v.lastSeq, 0);
  EXPECT_EQ(v.lastHash, domain::kAuditGenesisHash);
}

TEST_F(AuditLogTest, BadEventsAreRefusedWithoutConsumingASeq) {
  append(makeEvent("auth.login"));
  NewAuditEvent bad = makeEvent("");
  auto r = log().append(bad);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalidArgument);
  bad = makeEvent("auth.login", "admin");
  r = log().append(bad);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message().find("actor_id"), std::string::npos);
  bad = makeEvent("auth.login");
  bad.detailsJson = "{not json}";  // passes the cheap check; the database refuses it
  r = log().append(bad);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalidArgument) << r.error().toString();

  NewAuditEvent hostile = makeEvent("auth.login", "");
  hostile.actorUsername = std::string("root\0\xff", 6);  // a failed login must still be recorded
  hostile.outcome = AuditOutcome::kDenied;
  const AuditEvent stored = append(hostile);
  EXPECT_EQ(stored.seq, 2);
  EXPECT_EQ(stored.actorUsername, "root\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_TRUE(verify().intact);
}

TEST_F(AuditLogTest, ConcurrentAppendsFromTwoInstancesStayLinear) {
  // A second PostgresStorage stands for a second server instance on the same database.
  auto other = PostgresStorage::open({connectionString(), 4});
  ASSERT_TRUE(other.has_value()) << other.error().toString();
  constexpr int kThreads = 6;
  constexpr int kPerThread = 40;
  std::vector<std::vector<std::int64_t>> seqs(kThreads);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    ports::AuditLog* target = t % 2 ? &(*other)->auditLog() : &log();
    threads.emplace_back([&seqs, &failures, t, target] {
      for (int i = 0; i < kPerThread; ++i) {
        auto r = target->append(makeEvent("hearing.view", kActorA, kOfficeA,
                                          "t" + std::to_string(t) + "-" + std::to_string(i)));
        if (!r) {
          ++failures;
          continue;
        }
        seqs[static_cast<std::size_t>(t)].push_back(r->seq);
      }
    });
  }
  for (auto& th : threads) th.join();
  ASSERT_EQ(failures.load(), 0);
  std::set<std::int64_t> all;
  for (const auto& s : seqs) {
    EXPECT_TRUE(std::is_sorted(s.begin(), s.end()));  // each thread sees its seqs increase
    all.insert(s.begin(), s.end());
  }
  ASSERT_EQ(all.size(), static_cast<std::size_t>(kThreads * kPerThread));
  EXPECT_EQ(*all.begin(), 1);
  EXPECT_EQ(*all.rbegin(), kThreads * kPerThread);
  const auto v = verify();
  EXPECT_TRUE(v.intact) << v.reason;
  EXPECT_EQ(v.eventsChecked, kThreads * kPerThread);
}

TEST_F(AuditLogTest, ABadEventInAGroupCommitFailsAlone) {
  // Concurrent appends are written together; one event the database refuses (details that
  // are not JSON) must fail on its own while the others in its batch are stored.
  constexpr int kThreads = 8;
  constexpr int kPerThread = 30;
  std::atomic<int> good{0};
  std::atomic<int> refused{0};
  std::atomic<int> unexpected{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        NewAuditEvent e = makeEvent("hearing.view");
        const bool bad = t == 0 && i % 3 == 0;
        if (bad) e.detailsJson = "{broken}";
        auto r = log().append(e);
        if (r && !bad) {
          ++good;
        } else if (!r && bad && r.error().code() == ErrorCode::kInvalidArgument) {
          ++refused;
        } else {
          ++unexpected;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(unexpected.load(), 0);
  EXPECT_EQ(refused.load(), kPerThread / 3);
  EXPECT_EQ(good.load(), kThreads * kPerThread - kPerThread / 3);
  const auto v = verify();
  EXPECT_TRUE(v.intact) << v.reason;
  EXPECT_EQ(v.lastSeq, good.load());
}

TEST_F(AuditLogTest, ListFiltersAndPages) {
  const auto events = appendMany(9);  // actors A,B alternate; office B every third; h-1..h-9
  auto ids = [](const domain::Page<AuditEvent>& p) {
    std::vector<std::int64_t> out;
    for (const auto& e : p.items) out.push_back(e.seq);
    return out;
  };
  auto list = [&](const domain::AuditFilter& f, int limit = 100, std::string token = "") {
    auto p = log().list(f, {limit, std::move(token)});
    EXPECT_TRUE(p.has_value()) << p.error().toString();
    return p.value_or(domain::Page<AuditEvent>{});
  };
  domain::AuditFilter f;
  f.objectId = "h-4";
  EXPECT_EQ(ids(list(f)), (std::vector<std::int64_t>{4}));
  f = {};
  f.actorId = kActorB;
  EXPECT_EQ(ids(list(f)), (std::vector<std::int64_t>{2, 4, 6, 8}));
  f.officeId = kOfficeB;
  EXPECT_EQ(ids(list(f)), (std::vector<std::int64_t>{6}));
  f = {};
  f.officeId = kOfficeB;
  EXPECT_EQ(ids(list(f)), (std::vector<std::int64_t>{3, 6, 9}));
  f = {};
  f.from = events[2].time;  // inclusive
  f.to = events[5].time;    // exclusive
  const auto window = ids(list(f));
  ASSERT_FALSE(window.empty());
  EXPECT_EQ(window.front(), std::find_if(events.begin(), events.end(), [&](const AuditEvent& e) {
                              return e.time == events[2].time;
                            })->seq);
  for (auto seq : window) {
    const auto& e = events[static_cast<std::size_t>(seq - 1)];
    EXPECT_TRUE(e.time >= events[2].time && e.time < events[5].time);
  }
  f = {};
  f.actorId = "not-a-uuid";
  EXPECT_TRUE(list(f).items.empty());
  f.actorId = "33333333-3333-4333-8333-333333333333";
  EXPECT_TRUE(list(f).items.empty());

  // Paging: 9 events by 4, then the office filter by 2.
  std::vector<std::int64_t> seen;
  std::string token;
  int pages = 0;
  do {
    auto p = list({}, 4, token);
    for (auto s : ids(p)) seen.push_back(s);
    token = p.nextPageToken;
    ++pages;
  } while (!token.empty() && pages < 10);
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(seen, (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
  f = {};
  f.officeId = kOfficeB;
  auto p1 = list(f, 2);
  EXPECT_EQ(ids(p1), (std::vector<std::int64_t>{3, 6}));
  ASSERT_FALSE(p1.nextPageToken.empty());
  auto p2 = list(f, 2, p1.nextPageToken);
  EXPECT_EQ(ids(p2), (std::vector<std::int64_t>{9}));
  EXPECT_TRUE(p2.nextPageToken.empty());

  auto bad = log().list({}, {10, "zz"});
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(list({}, 100000).items.size(), 9u);  // clamped, not refused
}

TEST_F(AuditLogTest, TheDatabaseRefusesUpdateDeleteAndTruncate) {
  appendMany(3);
  auto conn = PgConnection::connect(connectionString());
  ASSERT_TRUE(conn.has_value());
  for (const char* sql : {"UPDATE audit_events SET details = '{}' WHERE seq = 2",
                          "UPDATE audit_events SET details = '{}' WHERE false",
                          "DELETE FROM audit_events WHERE seq = 3", "TRUNCATE audit_events"}) {
    auto r = conn->exec(sql, {}, "changing the audit trail");
    ASSERT_FALSE(r.has_value()) << sql;
    EXPECT_NE(r.error().message().find("append-only"), std::string::npos) << r.error().toString();
  }
  const auto v = verify();
  EXPECT_TRUE(v.intact);
  EXPECT_EQ(v.lastSeq, 3);
}

// ---- tampering as a superuser with the trigger bypassed; verify must name the seq ----

TEST_F(AuditLogTest, TamperModifiedDetailsIsCaught) {
  appendMany(10);
  tamper("UPDATE audit_events SET details = '{\"via\": \"nobody\"}' WHERE seq = 5");
  expectBroken(5, "seq 5: hash does not match its content");
}

TEST_F(AuditLogTest, TamperModifiedActorIsCaught) {
  appendMany(10);
  tamper("UPDATE audit_events SET actor_id = $1::uuid, actor_username = 'someone' WHERE seq = 7",
         {std::string(kActorB)});
  expectBroken(7, "seq 7: hash does not match its content");
}

TEST_F(AuditLogTest, TamperModifiedTimeByOneMicrosecondIsCaught) {
  appendMany(10);
  tamper("UPDATE audit_events SET at = at + interval '1 microsecond' WHERE seq = 1");
  expectBroken(1, "seq 1: hash does not match its content");
}

TEST_F(AuditLogTest, TamperRewrittenHashIsCaughtAtTheNextLink) {
  // The forger changes seq 4 and recomputes its hash, but not those after it.
  appendMany(10);
  auto page = log().list({}, {});
  ASSERT_TRUE(page.has_value());
  AuditEvent e = page->items[3];
  e.outcome = AuditOutcome::kSuccess;
  e.detailsJson = R"({"forged": true})";
  domain::AuditChainHasher hasher;
  const std::string forged = hasher.hashHex(e.prevHash, e).value();
  tamper("UPDATE audit_events SET details = $1, hash = $2 WHERE seq = 4", {e.detailsJson, forged});
  expectBroken(5, "seq 5: prev_hash does not match the hash of seq 4");
}

TEST_F(AuditLogTest, TamperDeletedRowIsCaught) {
  appendMany(10);
  tamper("DELETE FROM audit_events WHERE seq = 6");
  expectBroken(6, "seq 6 missing: after 5 comes 7");
}

TEST_F(AuditLogTest, TamperDeletedFirstRowIsCaught) {
  appendMany(3);
  tamper("DELETE FROM audit_events WHERE seq = 1");
  expectBroken(1, "seq 1 missing: the trail starts at seq 2");
}

TEST_F(AuditLogTest, TamperForgedRowAtTheEndIsCaught) {
  const auto events = appendMany(5);
  // Linked to the real last hash, but its own hash is made up.
  tamper(
      "INSERT INTO audit_events (seq, at, action, outcome, details, prev_hash, hash) "
      "VALUES (6, now(), 'hearing.view', 'success', '{}', $1, $2)",
      {events.back().hash, toHex(Sha256::of("forged"))});
  expectBroken(6, "seq 6: hash does not match its content");
}

TEST_F(AuditLogTest, TamperRowInsertedInTheMiddleIsCaught) {
  // A careful forger renumbers seq 4.. up by one and inserts a row at 4 whose prev_hash and
  // hash are computed correctly (the algorithm is public): the old seq 4 no longer fits.
  const auto events = appendMany(8);
  tamper("UPDATE audit_events SET seq = seq + 1000 WHERE seq >= 4");
  tamper("UPDATE audit_events SET seq = seq - 999 WHERE seq >= 1000");
  AuditEvent forged = domain::AuditEvent{};
  static_cast<NewAuditEvent&>(forged) = makeEvent("hearing.view", kActorB);
  forged.seq = 4;
  forged.time = events[2].time;
  forged.prevHash = events[2].hash;
  domain::AuditChainHasher hasher;
  forged.hash = hasher.hashHex(forged.prevHash, forged).value();
  tamper(
      "INSERT INTO audit_events (seq, at, actor_id, actor_username, action, object_type, "
      "object_id, office_id, client_address, outcome, details, prev_hash, hash) VALUES "
      "(4, $1::timestamptz, $2::uuid, $3, $4, $5, $6, $7::uuid, $8, 'success', $9, $10, $11)",
      {toPgTimestamp(forged.time), forged.actorId, forged.actorUsername, forged.action,
       forged.objectType, forged.objectId, forged.officeId, forged.clientAddress,
       forged.detailsJson, forged.prevHash, forged.hash});
  expectBroken(5, "seq 5: prev_hash does not match the hash of seq 4");
}

TEST_F(AuditLogTest, TamperReorderedRowsAreCaught) {
  // Swap the content (everything but seq) of seq 3 and seq 7.
  appendMany(10);
  const std::string cols =
      "at, actor_id, actor_username, action, object_type, object_id, office_id, client_address, "
      "outcome, details, prev_hash, hash";
  tamper("UPDATE audit_events AS t SET (" + cols + ") = (SELECT " + cols +
         " FROM audit_events s WHERE s.seq = CASE t.seq WHEN 3 THEN 7 ELSE 3 END) "
         "WHERE t.seq IN (3, 7)");
  expectBroken(3, "seq 3: prev_hash does not match the hash of seq 2");
}

TEST_F(AuditLogTest, TamperPrevHashOfTheFirstEventIsCaught) {
  appendMany(2);
  tamper("UPDATE audit_events SET prev_hash = $1 WHERE seq = 1",
         {toHex(Sha256::of("something else"))});
  expectBroken(1, "seq 1: prev_hash is not the genesis value");
}

TEST_F(AuditLogTest, TruncatedTailIsOnlyCaughtByAnAnchor) {
  // Removing the newest events leaves a valid (shorter) chain. verify cannot know what is
  // missing after the end; comparing lastSeq/lastHash with an anchored copy does.
  appendMany(10);
  const auto anchored = verify();
  ASSERT_TRUE(anchored.intact);
  tamper("DELETE FROM audit_events WHERE seq > 8");
  const auto after = verify();
  EXPECT_TRUE(after.intact);
  EXPECT_EQ(after.lastSeq, 8);
  EXPECT_NE(after.lastSeq, anchored.lastSeq);
  EXPECT_NE(after.lastHash, anchored.lastHash);
  // The anchored hash is no longer in the trail: list cannot produce it either.
  auto all = log().list({}, {});
  ASSERT_TRUE(all.has_value());
  for (const auto& e : all->items) EXPECT_NE(e.hash, anchored.lastHash);
}

TEST_F(AuditLogTest, VerifyWalksBatchesAndNamesABreakDeepInside) {
  // More events than one cursor batch, written by COPY with correct hashes, then one append.
  constexpr std::int64_t kEvents = 2 * PgAuditLog::kVerifyBatchRows + 3456;
  auto conn = PgConnection::connect(connectionString());
  ASSERT_TRUE(conn.has_value());
  auto last = testing::copySyntheticAuditTrail(conn->raw(), 1, kEvents);
  ASSERT_TRUE(last.has_value()) << last.error().toString();
  const AuditEvent appended = append(makeEvent("auth.logout"));
  EXPECT_EQ(appended.seq, kEvents + 1);
  EXPECT_EQ(appended.prevHash, *last);
  auto v = verify();
  EXPECT_TRUE(v.intact) << v.reason;
  EXPECT_EQ(v.eventsChecked, kEvents + 1);
  EXPECT_EQ(v.lastHash, appended.hash);

  tamper("UPDATE audit_events SET client_address = 'ipv4:6.6.6.6:1' WHERE seq = 23456");
  v = verify();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.firstBrokenSeq, 23456);
  EXPECT_EQ(v.eventsChecked, 23456);
  EXPECT_EQ(v.lastSeq, kEvents + 1);  // where the stored trail ends
}

}  // namespace
}  // namespace audientia::storage::postgres
