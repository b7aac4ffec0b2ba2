// Migration 0008 on a database holding hearings and a capture with markers from before it: the
// hearings become searchable (their documents are built), the markers become annotations of
// their recording with a first revision, every office has its partition, and an office made
// afterwards gets one at once.

#include "migrator.h"
#include "pg_test.h"

namespace audientia::storage::postgres {
namespace {

using testing::PgTest;

class Migration0008Test : public PgTest {};

TEST_F(Migration0008Test, OlderHearingsAreSearchableAndTheirMarkersAreAnnotations) {
  PgPool pool(connectionString(), 1);
  ASSERT_TRUE(migrateUpTo(pool, 7));
  std::string officeId, hearingId, captureId;
  {
    auto conn = pool.acquire();
    ASSERT_TRUE(conn);
    auto rows = (*conn)->exec(
        "WITH o AS (INSERT INTO offices (name) VALUES ('Parchetul vechi') RETURNING id), "
        "u AS (INSERT INTO users (username, office_id, role, password_hash) SELECT 'old', id, "
        "'prosecutor', 'h' FROM o RETURNING id, office_id), "
        "h AS (INSERT INTO hearings (office_id, case_number, kind, title, created_by) SELECT "
        "office_id, '812/P/2025', 'witness', 'Audiere', id FROM u RETURNING id, office_id, "
        "created_by), "
        "p AS (INSERT INTO hearing_participants (hearing_id, position, role, name) SELECT id, 0, "
        "'martor', 'Ştefănescu Ion' FROM h), "
        "r AS (INSERT INTO recordings (hearing_id, file_name, size_bytes, state, uploaded_by, "
        "kind, markers) SELECT id, 'capture', 0, 'available', created_by, 'capture', $1::jsonb "
        "FROM h RETURNING id) "
        "SELECT h.office_id, h.id, r.id FROM h, r",
        {R"([{"kind": "question", "text": "Ați fost acolo?", "media_time_ms": 4200,)"
         R"( "wall_time": "2026-03-01T09:00:04.200Z", "run": 1},)"
         R"( {"kind": "Not A Kind", "text": "", "media_time_ms": -3, "wall_time": "", "run": 2}])"},
        "seeding a 0007 database");
    ASSERT_TRUE(rows) << rows.error().toString();
    ASSERT_EQ(rows->rows(), 1);
    officeId = rows->text(0, 0);
    hearingId = rows->text(0, 1);
    captureId = rows->text(0, 2);
  }

  auto storage = PostgresStorage::open({connectionString(), 2});
  ASSERT_TRUE(storage);
  auto now = (*storage)->migrate();
  ASSERT_TRUE(now) << now.error().toString();
  ASSERT_FALSE(now->empty());
  EXPECT_EQ(now->front(), 8);

  auto annotations = (*storage)->annotations().listByHearing(hearingId, captureId);
  ASSERT_TRUE(annotations) << annotations.error().toString();
  ASSERT_EQ(annotations->size(), 2u);
  const auto& first = (*annotations)[0];  // media-time order: the clamped one (0 ms) first
  const auto& second = (*annotations)[1];
  EXPECT_EQ(first.kind, "note");  // a kind the rules refuse becomes a note
  EXPECT_EQ(first.startMs, 0);
  EXPECT_FALSE(first.wallTime.has_value());
  EXPECT_EQ(second.kind, "question");
  EXPECT_EQ(second.text, "Ați fost acolo?");
  EXPECT_EQ(second.startMs, 4200);
  EXPECT_TRUE(second.fromCapture);
  EXPECT_EQ(second.captureIndex.value_or(-1), 0);
  auto history = (*storage)->annotations().history(second.id);
  ASSERT_TRUE(history);
  ASSERT_EQ(history->size(), 1u);
  EXPECT_EQ((*history)[0].change, domain::AnnotationChange::kCreate);

  domain::SearchQuery query;
  query.text = "stefanescu";
  query.officeIds = {officeId};
  auto found = (*storage)->search().search(query);
  ASSERT_TRUE(found) << found.error().toString();
  ASSERT_EQ(found->hits.size(), 1u);
  EXPECT_EQ(found->hits[0].hearing.id, hearingId);

  auto conn = pool.acquire();
  ASSERT_TRUE(conn);
  auto partitions = (*conn)->exec(
      "SELECT count(*) FROM pg_inherits WHERE inhparent = 'annotations'::regclass", {}, "count");
  ASSERT_TRUE(partitions);
  EXPECT_EQ(partitions->int64(0, 0), 2);  // the old office's and the default
  auto later = (*storage)->offices().create({"Parchetul nou", std::nullopt});
  ASSERT_TRUE(later) << later.error().toString();
  auto after = (*conn)->exec(
      "SELECT count(*) FROM pg_inherits WHERE inhparent = 'annotations'::regclass", {}, "count");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->int64(0, 0), 3);
}

}  // namespace
}  // namespace audientia::storage::postgres
