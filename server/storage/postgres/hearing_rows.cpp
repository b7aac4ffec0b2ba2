#include "hearing_rows.h"

#include <map>

#include "pg_convert.h"

namespace audientia::storage::postgres {

#define AUDIENTIA_HEARING_COLUMNS                                                           \
  "h.id, h.office_id, h.case_number, h.kind, h.title, h.location, h.status, h.created_by, " \
  "h.created_at, (SELECT count(*) FROM recordings rc WHERE rc.hearing_id = h.id)"

const char* const kHearingColumns = AUDIENTIA_HEARING_COLUMNS;
const char* const kHearingSelect = "SELECT " AUDIENTIA_HEARING_COLUMNS " FROM hearings h ";

#undef AUDIENTIA_HEARING_COLUMNS

domain::Hearing hearingFromRow(const PgResult& r, int row, int first) {
  domain::Hearing h;
  h.id = r.text(row, first + 0);
  h.officeId = r.text(row, first + 1);
  h.caseNumber = r.text(row, first + 2);
  h.kind = hearingKindFromText(r.text(row, first + 3));
  h.title = r.text(row, first + 4);
  h.location = r.text(row, first + 5);
  h.status = hearingStatusFromText(r.text(row, first + 6));
  h.createdBy = r.text(row, first + 7);
  h.createdAt = fromPgTimestamp(r.text(row, first + 8));
  h.recordingCount = static_cast<int>(r.int64(row, first + 9));
  return h;
}

Status loadParticipants(PgConnection& conn, std::vector<domain::Hearing>& hearings) {
  if (hearings.empty()) return ok();
  std::string ids = "{";
  std::map<std::string, domain::Hearing*> byId;
  for (auto& h : hearings) {
    if (ids.size() > 1) ids += ",";
    ids += h.id;
    byId[h.id] = &h;
  }
  ids += "}";
  AUDIENTIA_TRY(auto r, conn.exec("SELECT hearing_id, role, name FROM hearing_participants "
                                  "WHERE hearing_id = ANY($1::uuid[]) "
                                  "ORDER BY hearing_id, position",
                                  {ids}, "reading hearing participants"));
  for (int row = 0; row < r.rows(); ++row) {
    auto it = byId.find(r.text(row, 0));
    if (it != byId.end()) it->second->participants.push_back({r.text(row, 1), r.text(row, 2)});
  }
  return ok();
}

}  // namespace audientia::storage::postgres
