#include "hearing_rows.h"
#include "pg_convert.h"
#include "pg_repositories.h"
#include "pg_transaction.h"

namespace audientia::storage::postgres {

Expected<domain::Hearing> PgHearingRepository::create(const domain::NewHearing& hearing) {
  const std::string kind = hearingKindToText(hearing.kind);
  if (kind.empty()) return invalidArgument("creating hearing: kind is not set");
  if (!isUuid(hearing.officeId)) {
    return invalidArgument("creating hearing: office " + hearing.officeId + " does not exist");
  }
  if (!isUuid(hearing.createdBy)) {
    return invalidArgument("creating hearing: user " + hearing.createdBy + " does not exist");
  }
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto tx, PgTransaction::begin(std::move(conn)));
  AUDIENTIA_TRY(auto r, tx.exec("INSERT INTO hearings (office_id, case_number, kind, title, "
                                "location, created_by) VALUES ($1::uuid, $2, $3, $4, $5, $6::uuid) "
                                "RETURNING id",
                                {hearing.officeId, hearing.caseNumber, kind, hearing.title,
                                 hearing.location, hearing.createdBy},
                                "creating hearing"));
  const std::string id = r.text(0, 0);
  for (std::size_t i = 0; i < hearing.participants.size(); ++i) {
    const auto& p = hearing.participants[i];
    AUDIENTIA_TRY_STATUS(
        tx.exec("INSERT INTO hearing_participants (hearing_id, position, role, "
                "name) VALUES ($1::uuid, $2::int, $3, $4)",
                {id, std::to_string(i), p.role, p.name},
                "adding participant " + std::to_string(i + 1) + " to hearing"));
  }
  AUDIENTIA_TRY(auto row, tx.exec(std::string(kHearingSelect) + "WHERE h.id = $1::uuid", {id},
                                  "reading created hearing"));
  AUDIENTIA_TRY_STATUS(tx.commit());
  domain::Hearing created = hearingFromRow(row, 0);
  created.participants = hearing.participants;
  return created;
}

Expected<domain::Hearing> PgHearingRepository::get(const std::string& id) {
  const Error missing = notFound("hearing " + id + " does not exist");
  if (!isUuid(id)) return missing;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(std::string(kHearingSelect) + "WHERE h.id = $1::uuid", {id},
                                   "reading hearing"));
  if (r.rows() == 0) return missing;
  std::vector<domain::Hearing> one{hearingFromRow(r, 0)};
  AUDIENTIA_TRY_STATUS(loadParticipants(*conn, one));
  return std::move(one.front());
}

Expected<domain::Page<domain::Hearing>> PgHearingRepository::list(const std::string& officeId,
                                                                  const domain::PageRequest& page) {
  const int limit = clampPageLimit(page.limit);
  domain::Page<domain::Hearing> out;
  if (!officeId.empty() && !isUuid(officeId)) return out;  // no such office: no hearings
  PgParams params{std::to_string(limit + 1)};
  std::vector<std::string> where;
  if (!officeId.empty()) {
    params.emplace_back(officeId);
    where.push_back("h.office_id = $" + std::to_string(params.size()) + "::uuid");
  }
  if (!page.pageToken.empty()) {
    AUDIENTIA_TRY(auto pos, decodePageToken(page.pageToken));
    params.emplace_back(std::to_string(pos.createdAtMicros));
    const std::string at = "$" + std::to_string(params.size());
    params.emplace_back(pos.id);
    const std::string idParam = "$" + std::to_string(params.size());
    where.push_back("(h.created_at, h.id) < ('epoch'::timestamptz + " + at +
                    "::bigint * interval '1 microsecond', " + idParam + "::uuid)");
  }
  std::string sql = kHearingSelect;
  for (std::size_t i = 0; i < where.size(); ++i) sql += (i == 0 ? "WHERE " : " AND ") + where[i];
  sql += " ORDER BY h.created_at DESC, h.id DESC LIMIT $1::int";

  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(sql, params, "listing hearings"));
  for (int row = 0; row < r.rows() && row < limit; ++row) {
    out.items.push_back(hearingFromRow(r, row));
  }
  AUDIENTIA_TRY_STATUS(loadParticipants(*conn, out.items));
  if (r.rows() > limit) {
    const auto& last = out.items.back();
    out.nextPageToken = encodePageToken({toMicros(last.createdAt), last.id});
  }
  return out;
}

}  // namespace audientia::storage::postgres
