// Search over hearings and annotations against a real PostgreSQL (migration 0008): accents and
// diacritics both ways (comma-below and cedilla), case, Cyrillic, Arabic, parts of a case
// number, office scoping, paging while rows are inserted, and hostile input.

#include <set>

#include "annotations_search_fixture.h"

namespace audientia::testing {
namespace {

using domain::Participant;

TEST_F(AnnotationsSearchTest, DiacriticsAndCaseAreIgnoredBothWays) {
  hearing(prosecutorA_, "100/P/2026", "Audierea martorului", {{"martor", "Ștefănescu Ion"}});
  hearing(prosecutorA_, "200/P/2026", "Audierea persoanei vătămate",
          {{"persoană vătămată", "Ştefănescu Maria"}});  // cedilla ş
  hearing(prosecutorA_, "300/P/2026", "Confruntare", {{"suspect", "Popescu Vasile"}});

  // Plain ASCII finds both spellings; each spelling finds the other.
  auto plain = cases(clerkA_, "stefanescu");
  EXPECT_EQ(std::set<std::string>({"100/P/2026", "200/P/2026"}),
            std::set<std::string>(plain.begin(), plain.end()));
  auto comma = cases(clerkA_, "Ștefănescu");
  auto cedilla = cases(clerkA_, "ştefăneşcu");
  EXPECT_EQ(std::set<std::string>(comma.begin(), comma.end()),
            std::set<std::string>(cedilla.begin(), cedilla.end()));
  EXPECT_EQ(2u, comma.size());
  EXPECT_EQ(std::vector<std::string>{"100/P/2026"}, cases(clerkA_, "ion"));
  EXPECT_EQ(std::vector<std::string>{"100/P/2026"}, cases(clerkA_, "ION ștefănescu"));
  EXPECT_EQ(std::vector<std::string>{"200/P/2026"}, cases(clerkA_, "VĂTĂMATE"));
  // A beginning of a word is enough; Romanian endings are folded ("martorului" -> "martor").
  EXPECT_EQ(std::vector<std::string>{"300/P/2026"}, cases(clerkA_, "pope"));
  EXPECT_EQ(std::vector<std::string>{"100/P/2026"}, cases(clerkA_, "martor"));
  EXPECT_TRUE(cases(clerkA_, "ionescu").empty());
}

TEST_F(AnnotationsSearchTest, CyrillicAndArabicAreFound) {
  hearing(prosecutorA_, "400/P/2026", "Допрос свидетеля", {{"witness", "Иван Петров"}});
  hearing(prosecutorA_, "500/P/2026", "", {{"interpreter", "مُحَمَّد أحمد"}});
  EXPECT_EQ(std::vector<std::string>{"400/P/2026"}, cases(clerkA_, "иван"));
  EXPECT_EQ(std::vector<std::string>{"400/P/2026"}, cases(clerkA_, "ПЕТРОВ"));
  EXPECT_EQ(std::vector<std::string>{"400/P/2026"}, cases(clerkA_, "свидетел"));
  // With or without the short vowels.
  EXPECT_EQ(std::vector<std::string>{"500/P/2026"}, cases(clerkA_, "محمد"));
  EXPECT_EQ(std::vector<std::string>{"500/P/2026"}, cases(clerkA_, "أحمد"));
}

TEST_F(AnnotationsSearchTest, CaseNumberIsFoundByAnyPart) {
  hearing(prosecutorA_, "1234/P/2026", "Furt calificat");
  hearing(prosecutorA_, "98765/P/2025", "Înșelăciune");
  EXPECT_EQ(std::vector<std::string>{"1234/P/2026"}, cases(clerkA_, "1234/P"));
  EXPECT_EQ(std::vector<std::string>{"1234/P/2026"}, cases(clerkA_, "34/p/20"));
  EXPECT_EQ(std::vector<std::string>{"98765/P/2025"}, cases(clerkA_, "8765"));
  auto page = find(clerkA_, "1234/p");
  ASSERT_TRUE(page) << page.error().toString();
  ASSERT_EQ(1u, page->hits.size());
  EXPECT_EQ(domain::SearchField::kCaseNumber, page->hits[0].field);
  EXPECT_NE(std::string::npos, page->hits[0].snippet.find(std::string(domain::kMatchStart) +
                                                          "1234/P" + domain::kMatchEnd));
  // "%" and "_" are not wildcards.
  EXPECT_TRUE(cases(clerkA_, "12%6").empty());
  EXPECT_TRUE(cases(clerkA_, "1_34").empty());
}

TEST_F(AnnotationsSearchTest, AnnotationTextIsFoundWithItsMoment) {
  auto h = hearing(prosecutorA_, "700/P/2026", "Audiere");
  auto r = recording(prosecutorA_, h.id);
  auto a = annotate(prosecutorA_, r.id, 754'500, "Martorul a recunoscut cuțitul din fotografie");
  annotate(prosecutorA_, r.id, 800'000, "Pauză cerută de avocat");
  auto page = find(clerkA_, "cutit");
  ASSERT_TRUE(page) << page.error().toString();
  ASSERT_EQ(1u, page->hits.size());
  const auto& hit = page->hits[0];
  EXPECT_EQ(domain::SearchField::kAnnotation, hit.field);
  EXPECT_EQ(h.id, hit.hearing.id);
  EXPECT_EQ("700/P/2026", hit.hearing.caseNumber);
  EXPECT_EQ(a.id, hit.annotationId);
  EXPECT_EQ(r.id, hit.recordingId);
  EXPECT_EQ(754'500, hit.atMs);
  EXPECT_EQ("note", hit.annotationKind);
  EXPECT_NE(std::string::npos,
            hit.snippet.find(std::string(domain::kMatchStart) + "cuțitul" + domain::kMatchEnd))
      << hit.snippet;

  // Deleted annotations are not found; an edited one is found by its new text only.
  ASSERT_TRUE(annotations_->edit(prosecutorA_, a.id, std::string("Martorul a recunoscut arma"),
                                 std::nullopt, 0));
  EXPECT_TRUE(find(clerkA_, "cutit")->hits.empty());
  EXPECT_EQ(1u, find(clerkA_, "arma")->hits.size());
  ASSERT_TRUE(annotations_->remove(prosecutorA_, a.id, 0));
  EXPECT_TRUE(find(clerkA_, "arma")->hits.empty());
}

TEST_F(AnnotationsSearchTest, NobodySeesAnotherOfficesHearingsEvenWhenTheTextMatches) {
  auto mine = hearing(prosecutorA_, "1/P/2026", "Ștefănescu la Cluj");
  auto theirs = hearing(prosecutorB_, "2/P/2026", "Ștefănescu la Iași");
  annotate(prosecutorB_, recording(prosecutorB_, theirs.id).id, 1000, "Ștefănescu tace");

  EXPECT_EQ(std::vector<std::string>{"1/P/2026"}, cases(clerkA_, "stefanescu"));
  EXPECT_EQ(std::vector<std::string>{"1/P/2026"}, cases(prosecutorA_, "stefanescu"));
  auto b = cases(clerkB_, "stefanescu");
  EXPECT_EQ(2u, b.size());  // the hearing and its annotation
  for (const auto& caseNumber : b) EXPECT_EQ("2/P/2026", caseNumber);

  // Asking for the other office, or for a sub-office out of a clerk's scope: as if missing.
  auto other = find(clerkA_, "stefanescu", officeB_);
  ASSERT_FALSE(other);
  EXPECT_EQ(ErrorCode::kNotFound, other.error().code());
  auto sub = find(clerkA_, "stefanescu", officeA1_);
  ASSERT_FALSE(sub);
  EXPECT_EQ(ErrorCode::kNotFound, sub.error().code());
  EXPECT_EQ(other.error().message().substr(0, 7), "office ");
  // Admins and auditors do not read hearings, so they do not search them.
  auto admin = find(adminA_, "stefanescu");
  ASSERT_FALSE(admin);
  EXPECT_EQ(ErrorCode::kPermissionDenied, admin.error().code());
  (void)mine;
}

TEST_F(AnnotationsSearchTest, PagingIsStableWhileRowsAreInserted) {
  std::set<std::string> before;
  for (int i = 0; i < 25; ++i) {
    before.insert(hearing(prosecutorA_, std::to_string(1000 + i) + "/P/2026", "Furt").id);
  }
  std::set<std::string> seen;
  std::string cursor;
  int pages = 0;
  do {
    auto page = find(clerkA_, "furt", {}, 10, cursor);
    ASSERT_TRUE(page) << page.error().toString();
    for (const auto& hit : page->hits) {
      EXPECT_TRUE(seen.insert(hit.hearing.id).second) << "seen twice: " << hit.hearing.caseNumber;
    }
    cursor = page->nextCursor;
    // Between pages other clerks keep adding hearings that match as well.
    for (int i = 0; i < 3; ++i) {
      hearing(prosecutorA_, std::to_string(5000 + pages * 10 + i) + "/P/2026", "Furt");
    }
    ++pages;
  } while (!cursor.empty() && pages < 20);
  for (const auto& id : before) EXPECT_TRUE(seen.count(id)) << "skipped " << id;
}

// Each ranked branch (hearings' words, annotations) reads only a page from its index, office by
// office: the pages must still follow one order over both kinds and every office of the
// subtree, ties (the same rank) included, with nothing repeated or skipped.
TEST_F(AnnotationsSearchTest, PagesFollowOneRankOrderOverHearingsAnnotationsAndSubOffices) {
  const auto prosecutorA1 = user("procuror.a1", officeA1_, domain::Role::kProsecutor);
  std::size_t expected = 0;
  for (int i = 0; i < 4; ++i) {
    const auto h = hearing(prosecutorA_, std::to_string(700 + i) + "/P/2026",
                           i % 2 == 0 ? "Furt calificat" : "Furt și furt de date");
    const auto r = recording(prosecutorA_, h.id);
    annotate(prosecutorA_, r.id, 1000, "Despre furt");
    annotate(prosecutorA_, r.id, 2000, "Furt, apoi alt furt, apoi tăcere");
    annotate(prosecutorA_, r.id, 3000, "Nimic de spus");
    expected += 3;
  }
  for (int i = 0; i < 3; ++i) {
    const auto h = hearing(prosecutorA1, std::to_string(800 + i) + "/P/2026", "Tâlhărie");
    const auto r = recording(prosecutorA1, h.id);
    annotate(prosecutorA1, r.id, 1000, "Despre furt");
    annotate(prosecutorA1, r.id, 2000, i == 0 ? "Furt furt furt" : "Un furt");
    expected += 2;
  }
  auto keyOf = [](const domain::SearchHit& hit) {
    return hit.annotationId.empty() ? "h" + hit.hearing.id : "a" + hit.annotationId;
  };
  // Through the repository, as the service calls it for a scope of two offices.
  auto find2 = [&](int limit, const std::string& cursor) {
    domain::SearchQuery q;
    q.text = "furt";
    q.officeIds = {officeA_, officeA1_};
    q.limit = limit;
    q.cursor = cursor;
    return storage_->search().search(q);
  };
  auto all = find2(100, {});
  ASSERT_TRUE(all) << all.error().toString();
  ASSERT_EQ(expected, all->hits.size());
  std::vector<std::string> order;
  for (std::size_t i = 0; i < all->hits.size(); ++i) {
    if (i > 0) {
      EXPECT_GE(all->hits[i - 1].rank, all->hits[i].rank) << "hit " << i;
    }
    order.push_back(keyOf(all->hits[i]));
  }
  std::set<std::string> offices;
  for (const auto& hit : all->hits) offices.insert(hit.hearing.officeId);
  EXPECT_EQ(std::set<std::string>({officeA_, officeA1_}), offices);

  for (const int size : {1, 3, 4}) {
    std::vector<std::string> paged;
    std::string cursor;
    int pages = 0;
    do {
      auto page = find2(size, cursor);
      ASSERT_TRUE(page) << page.error().toString();
      for (const auto& hit : page->hits) paged.push_back(keyOf(hit));
      cursor = page->nextCursor;
    } while (!cursor.empty() && ++pages < 100);
    EXPECT_EQ(order, paged) << "pages of " << size;
  }
}

TEST_F(AnnotationsSearchTest, HostileInputGetsAClearAnswerNeverAnInternalError) {
  hearing(prosecutorA_, "9/P/2026", "O'Brien & fiii (martori)");
  for (const std::string text :
       {"&|!():*'\\", "'", "\\", "!!", "a & b | c", "O'Brien", "fiii:*", "(martori", "*", ":",
        "' OR 1=1 --", "\xF0\x9F\x98\x80", "%", "_", "ab", "a"}) {
    auto page = find(clerkA_, text);
    EXPECT_TRUE(page) << "'" << text << "': " << page.error().toString();
  }
  EXPECT_EQ(std::vector<std::string>{"9/P/2026"}, cases(clerkA_, "O'Brien"));
  EXPECT_EQ(std::vector<std::string>{"9/P/2026"}, cases(clerkA_, "(martori)"));

  auto expectInvalid = [&](const Expected<domain::SearchPage>& page, const std::string& what) {
    ASSERT_FALSE(page) << what;
    EXPECT_EQ(ErrorCode::kInvalidArgument, page.error().code()) << what;
  };
  expectInvalid(find(clerkA_, ""), "empty");
  expectInvalid(find(clerkA_, "   "), "blank");
  expectInvalid(find(clerkA_, std::string(10000, 'x')), "10,000 characters");
  expectInvalid(find(clerkA_, "\xC3\x28"), "invalid UTF-8");
  expectInvalid(find(clerkA_, "furt", {}, 0, "not-a-cursor"), "bad cursor");
  // Cursors made by hand: a time past 64 bits, a rank that is not a number, a foreign key.
  const auto hex = [](const std::string& plain) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (unsigned char c : plain) {
      out.push_back(digits[c >> 4]);
      out.push_back(digits[c & 0xf]);
    }
    return out;
  };
  const std::string key = "h00000000-0000-4000-8000-000000000000";
  expectInvalid(find(clerkA_, "furt", {}, 0, hex("s1|1|9999999999999999999|" + key)), "overflow");
  expectInvalid(find(clerkA_, "furt", {}, 0, hex("s1|one|5|" + key)), "rank");
  expectInvalid(find(clerkA_, "furt", {}, 0, hex("s1|1|5|x" + key.substr(1))), "key");
  expectInvalid(find(clerkA_, "furt", {}, 0, hex("s1|1|5")), "parts");
  EXPECT_TRUE(find(clerkA_, "furt", {}, 0, hex("s1|1|5|" + key))) << "a well-formed cursor";
  expectInvalid(find(clerkA_, "furt", {}, 500), "page too large");
  domain::SearchQuery backwards;
  backwards.text = "furt";
  backwards.from = std::chrono::system_clock::now();
  backwards.to = *backwards.from - std::chrono::hours(24);
  expectInvalid(search_->search(clerkA_, {}, backwards), "backwards range");
}

TEST_F(AnnotationsSearchTest, FiltersNarrowTheHits) {
  auto witness = hearing(prosecutorA_, "11/P/2026", "Furt", {{"witness", "Ana"}});
  auto suspect = hearing(prosecutorA_, "12/P/2026", "Furt", {{"lawyer", "Dan"}},
                         domain::HearingKind::kSuspect);
  recording(prosecutorA_, suspect.id);
  domain::SearchQuery q;
  q.text = "furt";
  q.kind = domain::HearingKind::kSuspect;
  auto byKind = search_->search(clerkA_, {}, q);
  ASSERT_TRUE(byKind);
  ASSERT_EQ(1u, byKind->hits.size());
  EXPECT_EQ(suspect.id, byKind->hits[0].hearing.id);

  q = {};
  q.text = "furt";
  q.participantRole = "Witness";
  auto byRole = search_->search(clerkA_, {}, q);
  ASSERT_TRUE(byRole);
  ASSERT_EQ(1u, byRole->hits.size());
  EXPECT_EQ(witness.id, byRole->hits[0].hearing.id);

  q = {};
  q.hasRecording = true;  // filters alone browse, newest first
  auto withRecording = search_->search(clerkA_, {}, q);
  ASSERT_TRUE(withRecording);
  ASSERT_EQ(1u, withRecording->hits.size());
  EXPECT_EQ(suspect.id, withRecording->hits[0].hearing.id);

  q = {};
  q.text = "furt";
  q.from = std::chrono::system_clock::now() + std::chrono::hours(1);
  auto future = search_->search(clerkA_, {}, q);
  ASSERT_TRUE(future);
  EXPECT_TRUE(future->hits.empty());
}

}  // namespace
}  // namespace audientia::testing
