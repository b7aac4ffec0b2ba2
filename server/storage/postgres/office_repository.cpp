#include "pg_convert.h"
#include "pg_repositories.h"

namespace audientia::storage::postgres {

namespace {

constexpr const char* kColumns = "id, name, parent_id, active, created_at";

domain::Office officeFromRow(const PgResult& r, int row) {
  domain::Office o;
  o.id = r.text(row, 0);
  o.name = r.text(row, 1);
  o.parentId = r.optionalText(row, 2);
  o.active = r.boolean(row, 3);
  o.createdAt = fromPgTimestamp(r.text(row, 4));
  return o;
}

}  // namespace

Expected<domain::Office> PgOfficeRepository::create(const domain::NewOffice& office) {
  if (office.parentId && !isUuid(*office.parentId)) {
    return invalidArgument("creating office: parent office " + *office.parentId +
                           " does not exist");
  }
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string("INSERT INTO offices (name, parent_id) VALUES "
                                               "($1, $2::uuid) RETURNING ") +
                                       kColumns,
                                   {office.name, office.parentId}, "creating office"));
  return officeFromRow(r, 0);
}

Expected<domain::Office> PgOfficeRepository::get(const std::string& id) {
  const Error missing = notFound("office " + id + " does not exist");
  if (!isUuid(id)) return missing;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r,
                conn->exec(std::string("SELECT ") + kColumns + " FROM offices WHERE id = $1::uuid",
                           {id}, "reading office"));
  if (r.rows() == 0) return missing;
  return officeFromRow(r, 0);
}

Expected<domain::Page<domain::Office>> PgOfficeRepository::list(const domain::PageRequest& page) {
  const int limit = clampPageLimit(page.limit);
  PgParams params{std::to_string(limit + 1)};
  std::string sql = std::string("SELECT ") + kColumns + " FROM offices ";
  if (!page.pageToken.empty()) {
    AUDIENTIA_TRY(auto pos, decodePageToken(page.pageToken));
    sql +=
        "WHERE (created_at, id) > ('epoch'::timestamptz + $2::bigint * interval '1 microsecond',"
        " $3::uuid) ";
    params.emplace_back(std::to_string(pos.createdAtMicros));
    params.emplace_back(pos.id);
  }
  sql += "ORDER BY created_at, id LIMIT $1::int";
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(sql, params, "listing offices"));
  domain::Page<domain::Office> out;
  for (int row = 0; row < r.rows() && row < limit; ++row)
    out.items.push_back(officeFromRow(r, row));
  if (r.rows() > limit) {
    const auto& last = out.items.back();
    out.nextPageToken = encodePageToken({toMicros(last.createdAt), last.id});
  }
  return out;
}

namespace {

Expected<domain::Office> updateOffice(PgPool& pool, const std::string& id, const std::string& set,
                                      PgParams params, const std::string& what) {
  if (!isUuid(id)) return notFound("office " + id + " does not exist");
  params.insert(params.begin(), id);
  AUDIENTIA_TRY(auto conn, pool.acquire());
  AUDIENTIA_TRY(
      auto r, conn->exec("UPDATE offices SET " + set + " WHERE id = $1::uuid RETURNING " + kColumns,
                         params, what + " office " + id));
  if (r.rows() == 0) return notFound("office " + id + " does not exist");
  return officeFromRow(r, 0);
}

}  // namespace

Expected<domain::Office> PgOfficeRepository::rename(const std::string& id,
                                                    const std::string& name) {
  return updateOffice(pool_, id, "name = $2", {name}, "renaming");
}

Expected<domain::Office> PgOfficeRepository::setParent(const std::string& id,
                                                       const std::string& parentId) {
  if (!isUuid(parentId)) return notFound("office " + parentId + " does not exist");
  return updateOffice(pool_, id, "parent_id = $2::uuid", {parentId}, "moving");
}

Expected<domain::Office> PgOfficeRepository::setActive(const std::string& id, bool active) {
  return updateOffice(pool_, id, "active = $2::boolean", {active ? "true" : "false"},
                      active ? "reactivating" : "deactivating");
}

}  // namespace audientia::storage::postgres
