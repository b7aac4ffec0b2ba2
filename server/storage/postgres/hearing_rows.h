#pragma once

// Reading hearings, shared by the hearing and retention repositories.

#include <vector>

#include "audientia/base/expected.h"
#include "domain/entities.h"
#include "pg_connection.h"

namespace audientia::storage::postgres {

// "SELECT <the columns hearingFromRow reads> FROM hearings h " (append WHERE / ORDER BY).
extern const char* const kHearingSelect;
// The columns alone, for queries that join hearings h with other tables.
extern const char* const kHearingColumns;

domain::Hearing hearingFromRow(const PgResult& r, int row, int firstColumn = 0);

// Fills the participants of the given hearings, in their recorded order.
Status loadParticipants(PgConnection& conn, std::vector<domain::Hearing>& hearings);

}  // namespace audientia::storage::postgres
