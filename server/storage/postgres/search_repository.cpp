// Search over hearings and annotations (db/migrations/0008): one ranked union of hearing hits
// (stored tsvector or a part of the case number) and annotation hits, filtered by office and
// hearing facts inside the indexed scans, paged by keyset on (rank, hearing time, key); only
// the page's rows get snippets.

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "annotation_repository.h"
#include "hearing_rows.h"
#include "pg_convert.h"

namespace audientia::storage::postgres {
namespace {

constexpr const char* kSearchSql = R"SQL(
WITH q AS (
  SELECT public.audientia_tsquery($2) AS tsq,
         CASE WHEN length(btrim($2)) >= 3 AND $2 ~ '[0-9]'
              THEN '%' || replace(replace(replace(public.audientia_fold(btrim($2)),
                     '\', '\\'), '%', '\%'), '_', '\_') || '%' END AS pattern,
         btrim($2) = '' AS browse
), hits AS (
  SELECT h.id AS hearing_id, NULL::uuid AS annotation_id,
         (q.pattern IS NOT NULL AND public.audientia_fold(h.case_number) LIKE q.pattern) AS by_case,
         ((CASE WHEN q.pattern IS NOT NULL AND public.audientia_fold(h.case_number) LIKE q.pattern
                THEN 1 ELSE 0 END)
          + coalesce(ts_rank(h.search_doc, q.tsq), 0))::real AS rank,
         h.created_at, 'h' || h.id::text AS key
    FROM hearings h, q
   WHERE h.office_id = ANY($1::uuid[])
     AND (q.browse OR h.search_doc @@ q.tsq
          OR (q.pattern IS NOT NULL AND public.audientia_fold(h.case_number) LIKE q.pattern))
     AND ($3::text IS NULL OR h.kind = $3) AND ($9::text IS NULL OR h.status = $9)
     AND ($4::timestamptz IS NULL OR h.created_at >= $4)
     AND ($5::timestamptz IS NULL OR h.created_at < $5)
     AND ($6::uuid IS NULL OR h.created_by = $6)
     AND ($7::text IS NULL OR EXISTS (SELECT 1 FROM hearing_participants p
                                       WHERE p.hearing_id = h.id AND lower(p.role) = lower($7)))
     AND (NOT $8::boolean OR EXISTS (SELECT 1 FROM recordings r WHERE r.hearing_id = h.id))
  UNION ALL
  SELECT a.hearing_id, a.id, false, ts_rank(a.search_doc, q.tsq)::real, h.created_at,
         'a' || a.id::text
    FROM annotations a JOIN hearings h ON h.id = a.hearing_id, q
   WHERE q.tsq IS NOT NULL AND NOT a.deleted AND a.office_id = ANY($1::uuid[])
     AND a.search_doc @@ q.tsq
     AND ($3::text IS NULL OR h.kind = $3) AND ($9::text IS NULL OR h.status = $9)
     AND ($4::timestamptz IS NULL OR h.created_at >= $4)
     AND ($5::timestamptz IS NULL OR h.created_at < $5)
     AND ($6::uuid IS NULL OR h.created_by = $6)
     AND ($7::text IS NULL OR EXISTS (SELECT 1 FROM hearing_participants p
                                       WHERE p.hearing_id = h.id AND lower(p.role) = lower($7)))
), page AS (
  SELECT * FROM hits
   WHERE $11::real IS NULL
      OR (rank, (extract(epoch FROM created_at) * 1000000)::bigint, key) < ($11, $12::bigint, $13)
   ORDER BY rank DESC, created_at DESC, key DESC
   LIMIT $10::int
)
SELECT p.hearing_id, p.annotation_id, p.by_case, p.rank,
       (extract(epoch FROM p.created_at) * 1000000)::bigint, p.key,
       coalesce(ts_headline('public.audientia', coalesce(a.text, concat_ws(' · ', h.title,
                  (SELECT string_agg(pp.name, ', ' ORDER BY pp.position)
                     FROM hearing_participants pp WHERE pp.hearing_id = h.id),
                  nullif(h.location, ''))), q.tsq,
                  'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) ||
                  ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'),
                coalesce(a.text, h.title)),
       a.recording_id, a.start_ms, a.kind
  FROM page p JOIN hearings h ON h.id = p.hearing_id
  LEFT JOIN annotations a ON a.id = p.annotation_id, q
 ORDER BY p.rank DESC, p.created_at DESC, p.key DESC
)SQL";

struct Cursor {
  std::string rank;  // a real, as printed with 9 significant digits (exact round trip)
  std::int64_t atMicros = 0;
  std::string key;
};

constexpr std::string_view kHex = "0123456789abcdef";

// "s1|rank|micros|key" in hex: opaque to clients, checked field by field when it comes back.
std::string encodeCursor(float rank, std::int64_t atMicros, const std::string& key) {
  char number[32];
  std::snprintf(number, sizeof number, "%.9g", static_cast<double>(rank));
  const std::string plain =
      std::string("s1|") + number + "|" + std::to_string(atMicros) + "|" + key;
  std::string out;
  for (unsigned char c : plain) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 0xf]);
  }
  return out;
}

Expected<Cursor> decodeCursor(const std::string& text) {
  const Error bad = invalidArgument("cursor is not one this server issued for a search");
  if (text.size() % 2 != 0 || text.size() > 200) return bad;
  std::string plain;
  for (std::size_t i = 0; i < text.size(); i += 2) {
    const auto hi = kHex.find(text[i]);
    const auto lo = kHex.find(text[i + 1]);
    if (hi == std::string_view::npos || lo == std::string_view::npos) return bad;
    plain.push_back(static_cast<char>(hi * 16 + lo));
  }
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
  cursor.atMicros = std::stoll(micros);
  if (cursor.key.size() != 37 || (cursor.key[0] != 'h' && cursor.key[0] != 'a') ||
      !isUuid(cursor.key.substr(1))) {
    return bad;
  }
  return cursor;
}

PgParam orNull(const std::string& value) {
  if (value.empty()) return std::nullopt;
  return value;
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

Expected<domain::SearchPage> PgSearchRepository::search(const domain::SearchQuery& query) {
  domain::SearchPage out;
  if (query.officeIds.empty()) return out;
  for (const auto& id : query.officeIds) {
    if (!isUuid(id)) return invalidArgument("office " + id + " does not exist");
  }
  PgParam rank, atMicros, key;
  if (!query.cursor.empty()) {
    AUDIENTIA_TRY(auto cursor, decodeCursor(query.cursor));
    rank = cursor.rank;
    atMicros = std::to_string(cursor.atMicros);
    key = cursor.key;
  }
  const int limit = query.limit <= 0 ? 20 : query.limit;
  PgParam from, to;
  if (query.from) from = toPgTimestamp(*query.from);
  if (query.to) to = toPgTimestamp(*query.to);
  const PgParams params{toPgTextArray(query.officeIds),
                        query.text,
                        orNull(hearingKindToText(query.kind)),
                        from,
                        to,
                        orNull(query.prosecutorId),
                        orNull(query.participantRole),
                        query.hasRecording ? "true" : "false",
                        query.status == domain::HearingStatus::kUnspecified
                            ? PgParam()
                            : PgParam(hearingStatusToText(query.status)),
                        std::to_string(limit + 1),
                        rank,
                        atMicros,
                        key};
  AUDIENTIA_TRY(auto conn, pool_.acquire());
  AUDIENTIA_TRY(auto r, conn->exec(kSearchSql, params, "searching"));

  std::vector<std::string> hearingIds;
  for (int row = 0; row < r.rows() && row < limit; ++row) hearingIds.push_back(r.text(row, 0));
  std::vector<domain::Hearing> hearings;
  if (!hearingIds.empty()) {
    AUDIENTIA_TRY(auto hr, conn->exec(std::string(kHearingSelect) + "WHERE h.id = ANY($1::uuid[])",
                                      {toPgTextArray(hearingIds)}, "reading the hearings found"));
    for (int row = 0; row < hr.rows(); ++row) hearings.push_back(hearingFromRow(hr, row));
    AUDIENTIA_TRY_STATUS(loadParticipants(*conn, hearings));
  }
  for (int row = 0; row < r.rows() && row < limit; ++row) {
    domain::SearchHit hit;
    for (const auto& h : hearings) {
      if (h.id == r.text(row, 0)) hit.hearing = h;
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
