// Migration 0006 on a database holding a capture completed before the server kept markers: they
// are read from its stored manifest.

#include "migrator.h"
#include "pg_test.h"

namespace audientia::storage::postgres {
namespace {

using testing::PgTest;

class Migration0006Test : public PgTest {};

TEST_F(Migration0006Test, ACaptureCompletedBeforeGetsTheMarkersOfItsManifest) {
  PgPool pool(connectionString(), 1);
  ASSERT_TRUE(migrateUpTo(pool, 5));
  std::string captureId;
  std::string fileId;
  {
    auto conn = pool.acquire();
    ASSERT_TRUE(conn);
    auto rows = (*conn)->exec(
        "WITH o AS (INSERT INTO offices (name) VALUES ('Old office') RETURNING id), "
        "u AS (INSERT INTO users (username, office_id, role, password_hash) SELECT 'old', id, "
        "'prosecutor', 'h' FROM o RETURNING id, office_id), "
        "h AS (INSERT INTO hearings (office_id, case_number, kind, created_by) SELECT "
        "office_id, '6/2026', 'witness', id FROM u RETURNING id, created_by) "
        "INSERT INTO recordings (hearing_id, file_name, size_bytes, state, uploaded_by, kind, "
        "capture_manifest) SELECT id, 'capture', 0, 'available', created_by, k, m::jsonb FROM h, "
        "(VALUES ('capture', $1), ('file', NULL)) AS v(k, m) ORDER BY k RETURNING id",
        {R"({"markers": [{"run": 1, "kind": "question", "text": "Ați fost acolo?",)"
         R"( "mediaTimeMs": 4200, "wallTime": "2026-03-01T09:00:04.200Z"},)"
         R"({"run": 2, "kind": "exhibit", "text": "", "mediaTimeMs": 10,)"
         R"( "wallTime": "2026-03-01T09:10:00.010Z"}]})"},
        "seeding a 0005 database");
    ASSERT_TRUE(rows) << rows.error().toString();
    ASSERT_EQ(rows->rows(), 2);
    captureId = rows->text(0, 0);
    fileId = rows->text(1, 0);
  }

  auto storage = PostgresStorage::open({connectionString(), 2});
  ASSERT_TRUE(storage);
  auto now = (*storage)->migrate();
  ASSERT_TRUE(now) << now.error().toString();
  ASSERT_FALSE(now->empty());
  EXPECT_EQ(now->front(), 6);

  auto capture = (*storage)->recordings().get(captureId);
  ASSERT_TRUE(capture) << capture.error().toString();
  ASSERT_EQ(capture->markers.size(), 2u);
  EXPECT_EQ(capture->markers[0].kind, "question");
  EXPECT_EQ(capture->markers[0].text, "Ați fost acolo?");
  EXPECT_EQ(capture->markers[0].mediaTimeMs, 4200);
  EXPECT_EQ(capture->markers[0].wallTime, "2026-03-01T09:00:04.200Z");
  EXPECT_EQ(capture->markers[1].kind, "exhibit");
  EXPECT_EQ(capture->markers[1].run, 2);
  auto file = (*storage)->recordings().get(fileId);
  ASSERT_TRUE(file) << file.error().toString();
  EXPECT_TRUE(file->markers.empty());
}

}  // namespace
}  // namespace audientia::storage::postgres
