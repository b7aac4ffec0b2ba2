// Search over hearings and annotations (db/migrations/0008, 0010): one ranked union of hearing
// hits (their stored documents in the offices' partitions of hearing_search, or a part of the
// case number) and annotation hits (the offices' partitions of annotations), paged by keyset on
// (rank, time, key); each ranked branch reads only a page from its RUM index, in rank order,
// and only the page's rows get snippets.
// The statement is written for the query at hand: a condition, a join or a branch that the
// query does not need is left out, so that the planner sees exactly the indexed work to do
// (docs/search.md).

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
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
  const std::string officeList = param(toPgTextArray(query.officeIds));
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

  const int limit = query.limit <= 0 ? 20 : query.limit;
  const std::string rows = param(std::to_string(limit + 1));
  std::optional<Cursor> cursor;
  if (!query.cursor.empty()) {
    AUDIENTIA_TRY(auto decoded, decodeCursor(query.cursor));
    cursor = std::move(decoded);
  }
  std::string after;  // the keyset condition, on a branch's (rank, at, key)
  auto afterCursor = [&](const std::string& rank, const std::string& at, const std::string& key) {
    if (!cursor) return std::string();
    if (after.empty()) {
      after = param(cursor->rank) + "::real, " + param(std::to_string(cursor->atMicros)) +
              "::bigint, " + param(cursor->key);
    }
    return " AND (" + rank + ", (extract(epoch FROM " + at + ") * 1000000)::bigint, " + key +
           ") < (" + after + ")";
  };
  // A branch ranked by a RUM index: read in the index's order (1 / rank, the rank being
  // rum_ts_score) as many rows as the page can take, and every row tied with the last of them
  // (WITH TIES), so that ordering them by time and key afterwards cannot miss one. Ordering by
  // time and key in the branch itself would make the planner rank every match instead.
  const std::string tsq = "public.audientia_tsquery(" + text + ")";
  auto ranked = [&](const std::string& doc, const std::string& rank, const std::string& at,
                    const std::string& key) {
    return afterCursor(rank, at, key) + " ORDER BY " + doc + " OPERATOR(public.<=>) " + tsq +
           " FETCH FIRST (" + rows + "::int) ROWS WITH TIES";
  };

  std::string sql = "WITH q AS (SELECT " + tsq + " AS tsq";
  if (byCase) {
    sql += ", '%' || replace(replace(replace(public.audientia_fold(btrim(" + text +
           ")), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' AS pattern";
  }
  const std::string offices = " = ANY(" + officeList + "::uuid[])";
  const std::string caseMatch = "public.audientia_fold(h.case_number) LIKE q.pattern";
  sql += "), hits AS (";
  if (browse) {
    // No words: the offices' hearings, newest first.
    sql +=
        "SELECT h.office_id, h.id AS hearing_id, NULL::uuid AS annotation_id, false AS by_case, "
        "0::real AS rank, h.created_at AS at, 'h' || h.id::text AS key FROM hearings h, q "
        "WHERE h.office_id" +
        offices + filters;
  } else {
    // Hearings by their words: the offices' documents (hearing_search), hearings joined only to
    // filter by them; a hearing whose case number holds the text is a case-number hit instead.
    const bool join = byCase || !filters.empty();
    const std::string rank = "public.rum_ts_score(s.search_doc, " + tsq + ")::real";
    sql += "(SELECT s.office_id, s.hearing_id, NULL::uuid AS annotation_id, false AS by_case, " +
           rank +
           " AS rank, s.created_at AS at, 'h' || s.hearing_id::text AS key FROM hearing_search s" +
           (join ? " JOIN hearings h ON h.id = s.hearing_id" : "") + ", q WHERE s.office_id" +
           offices + " AND s.search_doc @@ " + tsq +
           (byCase ? " AND NOT (" + caseMatch + ")" : "") + filters +
           ranked("s.search_doc", rank, "s.created_at", "'h' || s.hearing_id::text") + ")";
    if (byCase) {
      // By a part of the case number: the offices' hearings, or the trigram index (the planner
      // picks), ranked above every hit by words.
      sql +=
          " UNION ALL SELECT h.office_id, h.id, NULL::uuid, true, (1 + coalesce("
          "public.rum_ts_score(s.search_doc, q.tsq), 0))::real, h.created_at, 'h' || h.id::text "
          "FROM hearings h LEFT JOIN hearing_search s ON s.office_id" +
          offices + " AND s.office_id = h.office_id AND s.hearing_id = h.id, q WHERE h.office_id" +
          offices + " AND " + caseMatch + filters;
    }
    // Annotations: from the offices' partitions; hearings joined only to filter by them.
    const bool joinAnnotations = !hearingFilters.empty();
    const std::string annotationRank = "public.rum_ts_score(a.search_doc, " + tsq + ")::real";
    sql += " UNION ALL (SELECT a.office_id, a.hearing_id, a.id, false, " + annotationRank +
           ", a.created_at, 'a' || a.id::text FROM annotations a" +
           (joinAnnotations ? " JOIN hearings h ON h.id = a.hearing_id" : "") +
           " WHERE a.office_id" + offices + " AND NOT a.deleted AND a.search_doc @@ " + tsq +
           hearingFilters +
           ranked("a.search_doc", annotationRank, "a.created_at", "'a' || a.id::text") + ")";
  }
  sql += "), page AS (SELECT * FROM hits WHERE true" + afterCursor("rank", "at", "key");
  sql += " ORDER BY rank DESC, at DESC, key DESC LIMIT " + rows +
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
         "LEFT JOIN annotations a ON a.office_id" +
         offices +
         " AND a.office_id = p.office_id AND a.id = p.annotation_id, q "
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
