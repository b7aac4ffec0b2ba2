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

}  // namespace audientia::storage::postgres
