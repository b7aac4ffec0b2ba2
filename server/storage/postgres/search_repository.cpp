// Search over hearings and annotations (db/migrations/0008): one ranked union of hearing hits
// (stored tsvector, or a part of the case number) and annotation hits (read from the offices'
// own partitions), paged by keyset on (rank, time, key); only the page's rows get snippets.
// The statement is written for the query at hand: a condition, a join or a branch that the
// query does not need is left out, so that the planner sees exactly the indexed work to do
// (docs/search.md).

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "annotation_repository.h"
#include "hearing_rows.h"
#include "pg_convert.h"

namespace audientia::storage::postgres {
namespace {

// The columns of the statement's answer after the hit's own (0..9): the hearing's participants
// as a JSON array of [role, name], then the hearing (hearing_rows.h).
constexpr int kParticipantsColumn = 10;
constexpr int kHearingFirstColumn = 11;

struct Cursor {
  std::string rank;  // a real, as printed with 9 significant digits (exact round trip)
  std::int64_t atMicros = 0;
  std::string key;
};

// "s1|rank|micros|key" as an opaque token, checked field by field when it comes back.
std::string encodeCursor(float rank, std::int64_t atMicros, const std::string& key) {
  char number[32];
  std::snprintf(number, sizeof number, "%.9g", static_cast<double>(rank));
  return opaqueToken(std::string("s1|") + number + "|" + std::to_string(atMicros) + "|" + key);
}

Expected<Cursor> decodeCursor(const std::string& text) {
  const Error bad = invalidArgument("cursor is not one this server issued for a search");
  const auto decoded = fromOpaqueToken(text, 200);
  if (!decoded) return bad;
  const std::string& plain = *decoded;
  std::vector<std::string> parts;
  for (std::size_t at = 0;;) {
    const auto bar = plain.find('|', at);
    parts.push_back(plain.substr(at, bar - at));
    if (bar == std::string::npos) break;
    at = bar + 1;
  }
  if (parts.size() != 4 || parts[0] != "s1") return bad;
  Cursor cursor{parts[1], 0, parts[3]};
  char* end = nullptr;
  std::strtof(cursor.rank.c_str(), &end);
  if (cursor.rank.empty() || end == nullptr || *end != '\0') return bad;
  const std::string& micros = parts[2];
  if (micros.empty() || micros.size() > 19 ||
      micros.find_first_not_of("0123456789") != std::string::npos) {
    return bad;
  }
  // 19 digits may not fit: from_chars says so instead of throwing.
  const auto parsed =
      std::from_chars(micros.data(), micros.data() + micros.size(), cursor.atMicros);
  if (parsed.ec != std::errc() || parsed.ptr != micros.data() + micros.size()) return bad;
  if (cursor.key.size() != 37 || (cursor.key[0] != 'h' && cursor.key[0] != 'a') ||
      !isUuid(cursor.key.substr(1))) {
    return bad;
  }
  return cursor;
}

// Marks the first case-insensitive occurrence of `part` (ASCII folding) in a case number.
std::string markPart(const std::string& caseNumber, const std::string& part) {
  auto lower = [](std::string s) {
    for (char& c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
  };
  std::string trimmed = part;
  trimmed.erase(0, trimmed.find_first_not_of(' '));
  trimmed.erase(trimmed.find_last_not_of(' ') + 1);
  const auto at = lower(caseNumber).find(lower(trimmed));
  if (trimmed.empty() || at == std::string::npos) return caseNumber;
  return caseNumber.substr(0, at) + domain::kMatchStart + caseNumber.substr(at, trimmed.size()) +
         domain::kMatchEnd + caseNumber.substr(at + trimmed.size());
}

}  // namespace

Expected<std::vector<std::string>> PgSearchRepository::officeSubtree(const std::string& officeId) {
  std::vector<std::string> out;
  if (!isUuid(officeId)) return out;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec("WITH RECURSIVE tree(id, depth) AS ("
                                   " SELECT id, 0 FROM offices WHERE id = $1::uuid"
                                   " UNION ALL SELECT o.id, t.depth + 1 FROM offices o"
                                   " JOIN tree t ON o.parent_id = t.id WHERE t.depth < 64)"
                                   " SELECT id FROM tree ORDER BY depth, id",
                                   {officeId}, "reading the offices below " + officeId));
  for (int row = 0; row < r.rows(); ++row) out.push_back(r.text(row, 0));
  return out;
}

Expected<SearchStatement> searchStatement(const domain::SearchQuery& query) {
  for (const auto& id : query.officeIds) {
    if (!isUuid(id)) return invalidArgument("office " + id + " does not exist");
  }
  SearchStatement st;
  auto param = [&st](PgParam value) {
    st.params.push_back(std::move(value));
    return "$" + std::to_string(st.params.size());
  };
  const std::string offices = param(toPgTextArray(query.officeIds));
  const std::string text = param(query.text);
  const bool browse = query.text.find_first_not_of(" \t") == std::string::npos;
  bool hasDigit = false;
  for (char c : query.text) hasDigit = hasDigit || (c >= '0' && c <= '9');
  // A part of a case number: three characters or more with a digit in them.
  const bool byCase = !browse && hasDigit && domain::utf8Length(query.text).value_or(0) >= 3;

  // The hearing filters, on hearings h.
  std::string filters;
  if (query.kind != domain::HearingKind::kUnspecified) {
    filters += " AND h.kind = " + param(hearingKindToText(query.kind));
  }
  if (query.status != domain::HearingStatus::kUnspecified) {
    filters += " AND h.status = " + param(hearingStatusToText(query.status));
  }
  if (query.from)
    filters += " AND h.created_at >= " + param(toPgTimestamp(*query.from)) + "::timestamptz";
  if (query.to)
    filters += " AND h.created_at < " + param(toPgTimestamp(*query.to)) + "::timestamptz";
  if (!query.prosecutorId.empty())
    filters += " AND h.created_by = " + param(query.prosecutorId) + "::uuid";
  if (!query.participantRole.empty()) {
    filters +=
        " AND EXISTS (SELECT 1 FROM hearing_participants p WHERE p.hearing_id = h.id AND "
        "lower(p.role) = lower(" +
        param(query.participantRole) + "))";
  }
  const std::string hearingFilters = filters;
  if (query.hasRecording) {
    filters += " AND EXISTS (SELECT 1 FROM recordings r WHERE r.hearing_id = h.id)";
  }

  std::string sql = "WITH q AS (SELECT public.audientia_tsquery(" + text + ") AS tsq";
  if (byCase) {
    sql += ", '%' || replace(replace(replace(public.audientia_fold(btrim(" + text +
           ")), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' AS pattern";
  }
  // Hearings: by their words (an indexed scan of the words with the office), and, as a branch
  // of its own, by a part of the case number (the office's hearings, or the trigram index:
  // the planner picks); a hearing matching both is a case-number hit.
  const std::string caseMatch = "public.audientia_fold(h.case_number) LIKE q.pattern";
  const std::string hearingFrom =
      " AS at, 'h' || h.id::text AS key FROM hearings h, q WHERE h.office_id = ANY(" + offices +
      "::uuid[])";
  sql +=
      "), hits AS (SELECT h.office_id, h.id AS hearing_id, NULL::uuid AS annotation_id, "
      "false AS by_case, ";
  sql += browse ? "0::real" : "ts_rank(h.search_doc, q.tsq)::real";
  sql += " AS rank, h.created_at" + hearingFrom;
  if (!browse) sql += " AND h.search_doc @@ q.tsq";
  if (byCase) sql += " AND NOT (" + caseMatch + ")";
  sql += filters;
  if (byCase) {
    sql +=
        " UNION ALL SELECT h.office_id, h.id, NULL::uuid, true, "
        "(1 + coalesce(ts_rank(h.search_doc, q.tsq), 0))::real, h.created_at" +
        hearingFrom + " AND " + caseMatch + filters;
  }
  if (!browse) {
    // Annotations: from the offices' partitions; hearings joined only to filter by them.
    const bool join = !hearingFilters.empty();
    sql +=
        " UNION ALL SELECT a.office_id, a.hearing_id, a.id, false, "
        "ts_rank(a.search_doc, q.tsq)::real, a.created_at, 'a' || a.id::text "
        "FROM annotations a" +
        std::string(join ? " JOIN hearings h ON h.id = a.hearing_id" : "") +
        ", q WHERE a.office_id = ANY(" + offices +
        "::uuid[]) AND NOT a.deleted "
        "AND a.search_doc @@ q.tsq" +
        (join ? hearingFilters : std::string());
  }
  sql += "), page AS (SELECT * FROM hits";
  if (!query.cursor.empty()) {
    AUDIENTIA_TRY(auto cursor, decodeCursor(query.cursor));
    sql += " WHERE (rank, (extract(epoch FROM at) * 1000000)::bigint, key) < (" +
           param(cursor.rank) + "::real, " + param(std::to_string(cursor.atMicros)) + "::bigint, " +
           param(cursor.key) + ")";
  }
  const int limit = query.limit <= 0 ? 20 : query.limit;
  sql += " ORDER BY rank DESC, at DESC, key DESC LIMIT " + param(std::to_string(limit + 1)) +
         "::int) "
         "SELECT p.hearing_id, p.annotation_id, p.by_case, p.rank, "
         "(extract(epoch FROM p.at) * 1000000)::bigint, p.key, "
         "coalesce(ts_headline('public.audientia', coalesce(a.text, concat_ws(' · ', h.title, "
         "(SELECT string_agg(pp.name, ', ' ORDER BY pp.position) FROM hearing_participants pp "
         "WHERE pp.hearing_id = h.id), nullif(h.location, ''))), q.tsq, "
         "'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || "
         "', MaxWords=30, MinWords=12'), "
         "coalesce(a.text, h.title)), a.recording_id, a.start_ms, a.kind, "
         "(SELECT json_agg(json_build_array(pp.role, pp.name) ORDER BY pp.position) "
         "FROM hearing_participants pp WHERE pp.hearing_id = h.id), " +
         std::string(kHearingColumns) +
         " "
         "FROM page p JOIN hearings h ON h.id = p.hearing_id "
         "LEFT JOIN annotations a ON a.office_id = ANY(" +
         offices +
         "::uuid[]) AND a.office_id = p.office_id AND a.id = p.annotation_id, q "
         "ORDER BY p.rank DESC, p.at DESC, p.key DESC";
  st.sql = std::move(sql);
  st.limit = limit;
  return st;
}

Expected<domain::SearchPage> PgSearchRepository::search(const domain::SearchQuery& query) {
  domain::SearchPage out;
  if (query.officeIds.empty()) return out;
  AUDIENTIA_TRY(auto statement, searchStatement(query));
  const int limit = statement.limit;
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(statement.sql, statement.params, "searching"));

  for (int row = 0; row < r.rows() && row < limit; ++row) {
    domain::SearchHit hit;
    hit.hearing = hearingFromRow(r, row, kHearingFirstColumn);
    if (!r.isNull(row, kParticipantsColumn)) {
      const auto people = nlohmann::json::parse(r.text(row, kParticipantsColumn), nullptr, false);
      for (const auto& person : people) {
        if (person.is_array() && person.size() == 2) {
          hit.hearing.participants.push_back(
              {person[0].get<std::string>(), person[1].get<std::string>()});
        }
      }
    }
    const bool annotation = !r.isNull(row, 1);
    hit.rank = std::strtof(r.text(row, 3).c_str(), nullptr);
    hit.snippet = r.text(row, 6);
    if (annotation) {
      hit.field = domain::SearchField::kAnnotation;
      hit.annotationId = r.text(row, 1);
      hit.recordingId = r.text(row, 7);
      hit.atMs = r.int64(row, 8);
      hit.annotationKind = r.text(row, 9);
    } else if (r.boolean(row, 2)) {
      hit.field = domain::SearchField::kCaseNumber;
      hit.snippet = markPart(hit.hearing.caseNumber, query.text) + " · " + hit.snippet;
    } else {
      hit.field = domain::SearchField::kHearing;
    }
    out.hits.push_back(std::move(hit));
  }
  if (r.rows() > limit) {
    const int last = limit - 1;
    out.nextCursor = encodeCursor(std::strtof(r.text(last, 3).c_str(), nullptr), r.int64(last, 4),
                                  r.text(last, 5));
  }
  return out;
}

}  // namespace audientia::storage::postgres
