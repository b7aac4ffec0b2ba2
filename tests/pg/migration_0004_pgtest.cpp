// Migration 0004 on a database that already holds a recording stored by the 0001 schema.

#include "audientia/base/sha256.h"
#include "migrator.h"
#include "pg_test.h"

namespace audientia::storage::postgres {
namespace {

using testing::PgTest;

class Migration0004Test : public PgTest {};

TEST_F(Migration0004Test, ExistingRecordingGetsItsOriginalFile) {
  PgPool pool(connectionString(), 1);
  ASSERT_TRUE(migrateUpTo(pool, 3));
  const std::string digest = toHex(Sha256::of("old evidence"));
  std::string recordingId;
  {
    auto conn = pool.acquire();
    ASSERT_TRUE(conn);
    auto rows = (*conn)->exec(
        "WITH o AS (INSERT INTO offices (name) VALUES ('Old office') RETURNING id), "
        "u AS (INSERT INTO users (username, office_id, role, password_hash) SELECT 'old', id, "
        "'clerk', 'h' FROM o RETURNING id, office_id), "
        "h AS (INSERT INTO hearings (office_id, case_number, kind, created_by) SELECT "
        "office_id, '1/2020', 'witness', id FROM u RETURNING id, created_by) "
        "INSERT INTO recordings (hearing_id, file_name, size_bytes, sha256, state, uploaded_by) "
        "SELECT id, 'old.mp4', 12, $1, 'available', created_by FROM h RETURNING id",
        {digest}, "seeding a 0003 database");
    ASSERT_TRUE(rows) << rows.error().toString();
    recordingId = rows->text(0, 0);
    auto refused = (*conn)->exec("SELECT 1 FROM recording_files", {}, "before 0004");
    EXPECT_FALSE(refused) << "recording_files does not exist before 0004";
  }

  auto storage = PostgresStorage::open({connectionString(), 2});
  ASSERT_TRUE(storage);
  auto now = (*storage)->migrate();
  ASSERT_TRUE(now) << now.error().toString();
  ASSERT_FALSE(now->empty());
  EXPECT_EQ(now->front(), 4);  // and whatever came after

  auto rec = (*storage)->recordings().get(recordingId);
  ASSERT_TRUE(rec) << rec.error().toString();
  EXPECT_EQ(rec->kind, domain::RecordingKind::kFile);
  EXPECT_EQ(rec->state, domain::RecordingState::kAvailable);
  EXPECT_TRUE(rec->gaps.empty());
  ASSERT_EQ(rec->files.size(), 1u);
  EXPECT_EQ(rec->files[0].role, domain::FileRole::kOriginal);
  EXPECT_EQ(rec->files[0].sha256, digest);
  EXPECT_EQ(rec->files[0].fileName, "old.mp4");
  EXPECT_EQ(rec->files[0].sizeBytes, 12);
  EXPECT_EQ(rec->files[0].createdAt, rec->createdAt);

  auto conn = pool.acquire();
  ASSERT_TRUE(conn);
  auto completed = (*conn)->exec("SELECT completed_at = created_at FROM recordings", {});
  ASSERT_TRUE(completed);
  EXPECT_TRUE(completed->boolean(0, 0));
  // The new states are accepted, unknown ones still refused; captures may lack a digest.
  EXPECT_TRUE((*conn)->exec("UPDATE recordings SET state = 'processing'", {}));
  EXPECT_EQ((*conn)->exec("UPDATE recordings SET state = 'lost'", {}).error().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_TRUE((*conn)->exec("UPDATE recordings SET sha256 = NULL, kind = 'capture'", {}));
  EXPECT_EQ((*conn)->exec("UPDATE recordings SET kind = 'tape'", {}).error().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_TRUE((*storage)->recordings().keyReferenced(digest).value_or(false));
}

}  // namespace
}  // namespace audientia::storage::postgres
