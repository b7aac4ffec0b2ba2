// Annotations on a real PostgreSQL through the use case: revisions and history, concurrent
// edits, scope, bad input, and the markers of a completed capture becoming annotations while
// the sealed markers stay as they were.

#include "annotations_search_fixture.h"

namespace audientia::testing {
namespace {

TEST_F(AnnotationsSearchTest, EditAndDeleteKeepEveryRevision) {
  auto h = hearing(prosecutorA_, "10/P/2026", "Audiere");
  auto r = recording(prosecutorA_, h.id, 600'000);
  auto a = annotate(prosecutorA_, r.id, 61'250, "Întrebare despre seara de 3 martie", "question");
  EXPECT_EQ(1, a.revision);
  EXPECT_EQ(prosecutorA_.id, a.authorId);
  EXPECT_EQ("procuror.a", a.authorUsername);
  EXPECT_EQ(officeA_, a.officeId);
  EXPECT_FALSE(a.fromCapture);

  // A clerk of the office corrects the text; the prosecutor then changes the kind.
  auto edited = annotations_->edit(clerkA_, a.id, std::string("Întrebare despre seara de 4 martie"),
                                   std::nullopt, 1);
  ASSERT_TRUE(edited) << edited.error().toString();
  EXPECT_EQ(2, edited->revision);
  EXPECT_EQ("grefier.a", edited->updatedByUsername);
  EXPECT_EQ(prosecutorA_.id, edited->authorId);
  // An edit made against a revision that is no longer current is refused, not lost.
  auto stale = annotations_->edit(prosecutorA_, a.id, std::string("x"), std::nullopt, 1);
  ASSERT_FALSE(stale);
  EXPECT_EQ(ErrorCode::kFailedPrecondition, stale.error().code());
  EXPECT_NE(std::string::npos, stale.error().message().find("grefier.a"))
      << stale.error().message();
  // The same text again makes no revision.
  auto same = annotations_->edit(
      prosecutorA_, a.id, std::string("Întrebare despre seara de 4 martie"), std::nullopt, 0);
  ASSERT_TRUE(same);
  EXPECT_EQ(2, same->revision);

  auto listed = annotations_->list(clerkA_, h.id, {});
  ASSERT_TRUE(listed);
  ASSERT_EQ(1u, listed->size());
  EXPECT_EQ("Întrebare despre seara de 4 martie", (*listed)[0].text);

  auto removed = annotations_->remove(prosecutorA_, a.id, 2);
  ASSERT_TRUE(removed) << removed.error().toString();
  EXPECT_TRUE(removed->deleted);
  EXPECT_EQ(3, removed->revision);
  EXPECT_TRUE(annotations_->list(clerkA_, h.id, {})->empty());
  auto again = annotations_->edit(prosecutorA_, a.id, std::string("y"), std::nullopt, 0);
  ASSERT_FALSE(again);
  EXPECT_EQ(ErrorCode::kFailedPrecondition, again.error().code());

  auto history = annotations_->history(clerkA_, a.id);
  ASSERT_TRUE(history) << history.error().toString();
  ASSERT_EQ(3u, history->revisions.size());
  const auto& v = history->revisions;
  EXPECT_EQ(domain::AnnotationChange::kCreate, v[0].change);
  EXPECT_EQ("Întrebare despre seara de 3 martie", v[0].text);
  EXPECT_EQ("procuror.a", v[0].changedByUsername);
  EXPECT_EQ(domain::AnnotationChange::kEdit, v[1].change);
  EXPECT_EQ("Întrebare despre seara de 4 martie", v[1].text);
  EXPECT_EQ("grefier.a", v[1].changedByUsername);
  EXPECT_EQ(domain::AnnotationChange::kDelete, v[2].change);
  EXPECT_EQ(61'250, v[2].startMs);
  EXPECT_LE(v[0].changedAt, v[1].changedAt);
  EXPECT_LE(v[1].changedAt, v[2].changedAt);
}

TEST_F(AnnotationsSearchTest, AnnotationsOutsideTheScopeAreMissingAndBadInputIsRefused) {
  auto h = hearing(prosecutorA_, "20/P/2026", "Audiere");
  auto r = recording(prosecutorA_, h.id, 60'000);
  auto a = annotate(prosecutorA_, r.id, 1000, "Notă");

  auto expectCode = [](const auto& result, ErrorCode code, const std::string& what) {
    ASSERT_FALSE(result) << what;
    EXPECT_EQ(code, result.error().code()) << what << ": " << result.error().toString();
  };
  // Office B sees nothing of office A's: the same answer as for a missing object.
  expectCode(annotations_->history(clerkB_, a.id), ErrorCode::kNotFound, "history from B");
  expectCode(annotations_->edit(clerkB_, a.id, std::string("x"), std::nullopt, 0),
             ErrorCode::kNotFound, "edit from B");
  expectCode(annotations_->remove(prosecutorB_, a.id, 0), ErrorCode::kNotFound, "delete from B");
  expectCode(annotations_->list(clerkB_, h.id, {}), ErrorCode::kNotFound, "list from B");
  domain::NewAnnotation intoA{r.id, 0, std::nullopt, "note", "x", ""};
  expectCode(annotations_->add(prosecutorB_, intoA), ErrorCode::kNotFound, "add from B");
  auto missing = annotations_->add(
      prosecutorB_, {"00000000-0000-4000-8000-000000000000", 0, std::nullopt, "note", "x", ""});
  ASSERT_FALSE(missing);
  auto outOfScope = annotations_->add(prosecutorB_, intoA);
  EXPECT_EQ(missing.error().message().find("does not exist") != std::string::npos,
            outOfScope.error().message().find("does not exist") != std::string::npos);
  expectCode(annotations_->add(adminA_, intoA), ErrorCode::kPermissionDenied, "admin");

  // Bad input.
  auto add = [&](std::int64_t start, std::optional<std::int64_t> end, std::string kind,
                 std::string text) {
    return annotations_->add(prosecutorA_,
                             {r.id, start, end, std::move(kind), std::move(text), ""});
  };
  expectCode(add(-1, std::nullopt, "note", "x"), ErrorCode::kInvalidArgument, "negative time");
  expectCode(add(5000, 4000, "note", "x"), ErrorCode::kInvalidArgument, "backwards range");
  expectCode(add(61'000, std::nullopt, "note", "x"), ErrorCode::kInvalidArgument, "past the end");
  expectCode(add(0, std::nullopt, "", "x"), ErrorCode::kInvalidArgument, "no kind");
  expectCode(add(0, std::nullopt, "Not A Kind", "x"), ErrorCode::kInvalidArgument, "bad kind");
  expectCode(add(0, std::nullopt, "note", std::string(10001, 'a')), ErrorCode::kInvalidArgument,
             "10,001 characters");
  expectCode(add(0, std::nullopt, "note", "\xC3\x28"), ErrorCode::kInvalidArgument, "bad UTF-8");
  auto past = add(61'000, std::nullopt, "note", "x");
  EXPECT_NE(std::string::npos, past.error().message().find("0:01:01")) << past.error().message();
  EXPECT_TRUE(add(60'000, std::nullopt, "exhibit", std::string(10000, 'a')));
  EXPECT_TRUE(add(1000, 2000, "objection", ""));
}

TEST_F(AnnotationsSearchTest, CaptureMarkersBecomeAnnotationsAndStaySealed) {
  auto h = hearing(prosecutorA_, "30/P/2026", "Audiere cu markere");
  auto r = recording(prosecutorA_, h.id);
  auto& recordings = storage_->recordings();
  ASSERT_TRUE(*recordings.transition(r.id, domain::RecordingState::kAvailable,
                                     domain::RecordingState::kUploading));
  domain::CaptureFacts facts;
  facts.seal = std::string(64, 'a');
  facts.markers = {{"question", "Unde erați pe 3 martie?", 12'000, "2026-03-01T10:00:12.000Z", 1},
                   {"exhibit", "Fotografia nr. 4", 45'500, "2026-03-01T10:00:45.500Z", 1}};
  auto completed = recordings.completeCapture(r.id, std::string(64, 'b'), 10, "{}", facts);
  ASSERT_TRUE(completed) << completed.error().toString();

  auto listed = annotations_->list(clerkA_, h.id, r.id);
  ASSERT_TRUE(listed) << listed.error().toString();
  ASSERT_EQ(2u, listed->size());
  const auto& q = (*listed)[0];
  EXPECT_TRUE(q.fromCapture);
  EXPECT_EQ(0, q.captureIndex.value_or(-1));
  EXPECT_EQ("question", q.kind);
  EXPECT_EQ("Unde erați pe 3 martie?", q.text);
  EXPECT_EQ(12'000, q.startMs);
  EXPECT_EQ(prosecutorA_.id, q.authorId);
  ASSERT_TRUE(q.wallTime);
  EXPECT_EQ(1, (*listed)[1].captureIndex.value_or(-1));

  // Editing the annotation leaves the sealed marker as it was.
  ASSERT_TRUE(
      annotations_->edit(clerkA_, q.id, std::string("Unde erați pe 4 martie?"), std::nullopt, 1));
  auto stored = recordings.get(r.id);
  ASSERT_TRUE(stored);
  ASSERT_EQ(2u, stored->markers.size());
  EXPECT_EQ("Unde erați pe 3 martie?", stored->markers[0].text);
  auto history = annotations_->history(clerkA_, q.id);
  ASSERT_TRUE(history);
  EXPECT_EQ(2u, history->revisions.size());
  // The capture's markers are found by search, at their moment.
  auto page = find(clerkA_, "fotografia");
  ASSERT_TRUE(page);
  ASSERT_EQ(1u, page->hits.size());
  EXPECT_EQ(45'500, page->hits[0].atMs);
}

}  // namespace
}  // namespace audientia::testing
