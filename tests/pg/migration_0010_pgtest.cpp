// Migration 0010 on a database holding hearings from before it: their documents move to the
// offices' partitions of hearing_search (RUM-indexed, as annotations are now), they are still
// found by their words, the triggers keep the documents when a title or a participant changes,
// and an office made afterwards gets both of its partitions at once.

#include "migrator.h"
#include "pg_test.h"

namespace audientia::storage::postgres {
namespace {

using testing::PgTest;

class Migration0010Test : public PgTest {};

TEST_F(Migration0010Test, OlderHearingsAreFoundThroughTheirOfficesRankedIndex) {
  PgPool pool(connectionString(), 1);
  ASSERT_TRUE(migrateUpTo(pool, 9));
  std::string officeId, hearingId;
  {
    auto conn = pool.acquire();
    ASSERT_TRUE(conn);
    auto rows = (*conn)->exec(
        "WITH o AS (INSERT INTO offices (name) VALUES ('Parchetul vechi') RETURNING id), "
        "u AS (INSERT INTO users (username, office_id, role, password_hash) SELECT 'old', id, "
        "'prosecutor', 'h' FROM o RETURNING id, office_id), "
        "h AS (INSERT INTO hearings (office_id, case_number, kind, title, created_by) SELECT "
        "office_id, '812/P/2025', 'witness', 'Audierea martorului', id FROM u RETURNING id, "
        "office_id) "
        "SELECT office_id, id FROM h",
        {}, "seeding a 0009 database");
    ASSERT_TRUE(rows) << rows.error().toString();
    ASSERT_EQ(rows->rows(), 1);
    officeId = rows->text(0, 0);
    hearingId = rows->text(0, 1);
    ASSERT_TRUE(
        (*conn)->exec("INSERT INTO hearing_participants (hearing_id, position, role, "
                      "name) VALUES ($1::uuid, 0, 'martor', 'Ştefănescu Ion')",
                      {hearingId}, "a participant"));
  }

  auto storage = PostgresStorage::open({connectionString(), 2});
  ASSERT_TRUE(storage);
  auto now = (*storage)->migrate();
  ASSERT_TRUE(now) << now.error().toString();
  ASSERT_EQ(now->size(), 1u);
  EXPECT_EQ(now->front(), 10);

  auto count = [&](const std::string& text) -> std::size_t {
    domain::SearchQuery query;
    query.text = text;
    query.officeIds = {officeId};
    auto found = (*storage)->search().search(query);
    EXPECT_TRUE(found) << text << ": " << found.error().toString();
    if (!found) return 0;
    for (const auto& hit : found->hits) EXPECT_EQ(hit.hearing.id, hearingId);
    return found->hits.size();
  };
  EXPECT_EQ(count("stefanescu"), 1u);
  EXPECT_EQ(count("martor"), 1u);
  EXPECT_EQ(count("furt"), 0u);

  auto conn = pool.acquire();
  ASSERT_TRUE(conn);
  auto exec = [&](const std::string& sql) {
    auto r = (*conn)->exec(sql, {hearingId}, "changing the hearing");
    EXPECT_TRUE(r) << sql << ": " << (r ? "" : r.error().toString());
  };
  exec("UPDATE hearings SET title = 'Furt calificat' WHERE id = $1::uuid");
  EXPECT_EQ(count("furt"), 1u);
  EXPECT_EQ(count("martor"), 0u);
  exec("DELETE FROM hearing_participants WHERE hearing_id = $1::uuid");
  EXPECT_EQ(count("stefanescu"), 0u);

  auto single = [&](const std::string& sql) {
    auto r = (*conn)->exec(sql, {}, "reading the catalog");
    EXPECT_TRUE(r) << sql;
    return r && r->rows() == 1 ? r->int64(0, 0) : -1;
  };
  const std::string partitions =
      "SELECT count(*) FROM pg_inherits WHERE inhparent = 'hearing_search'::regclass";
  EXPECT_EQ(single(partitions), 2);  // the old office's and the default
  EXPECT_EQ(single("SELECT count(*) FROM hearing_search"), 1);
  // Every partition of both is searched through a RUM index (the two parents' and the four
  // partitions'), none through the old GIN ones.
  EXPECT_EQ(single("SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%USING rum%'"), 6);
  EXPECT_EQ(single("SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%USING gin (office_id, "
                   "search_doc)%'"),
            0);
  auto later = (*storage)->offices().create({"Parchetul nou", std::nullopt});
  ASSERT_TRUE(later) << later.error().toString();
  EXPECT_EQ(single(partitions), 3);
  EXPECT_EQ(single("SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%USING rum%'"), 8);
  // Deleting the hearing takes its document with it.
  exec("DELETE FROM hearings WHERE id = $1::uuid");
  EXPECT_EQ(single("SELECT count(*) FROM hearing_search"), 0);
}

}  // namespace
}  // namespace audientia::storage::postgres
