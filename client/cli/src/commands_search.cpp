// search TEXT [filters]: hearings and annotations, ranked, one page at a time.

#include <unistd.h>

#include <ostream>

#include "commands.h"
#include "proto_json.h"
#include "text_format.h"

namespace audientia::cli {

namespace {

constexpr std::string_view kMatchStart = "\xEE\x80\x80";  // U+E000, as the server marks
constexpr std::string_view kMatchEnd = "\xEE\x80\x81";    // U+E001

// The server's match marks as bold on a terminal, else as [brackets]; one line.
std::string snippetText(std::string text, bool terminal) {
  const std::string open = terminal ? "\x1b[1m" : "[";
  const std::string close = terminal ? "\x1b[0m" : "]";
  for (auto [mark, with] : {std::pair{kMatchStart, open}, std::pair{kMatchEnd, close}}) {
    for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at)) {
      text.replace(at, mark.size(), with);
      at += with.size();
    }
  }
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return text;
}

std::string fieldName(v1::SearchField field) {
  switch (field) {
    case v1::SEARCH_FIELD_HEARING:
      return "hearing";
    case v1::SEARCH_FIELD_CASE_NUMBER:
      return "case number";
    case v1::SEARCH_FIELD_ANNOTATION:
      return "annotation";
    default:
      return "-";
  }
}

Expected<v1::SearchRequest> searchRequestFromArgs(const ParsedArgs& args) {
  v1::SearchRequest request;
  std::string text;
  for (const auto& word : args.positionals) text += (text.empty() ? "" : " ") + word;
  request.set_query(text);
  request.set_office_id(args.value("office"));
  if (args.has("kind")) {
    AUDIENTIA_TRY(auto kind, parseHearingKind(args.value("kind")));
    request.set_kind(kind);
  }
  if (args.has("from")) {
    AUDIENTIA_TRY(auto from, parseDateToUnixMs(args.value("from")));
    request.set_from_unix_ms(from);
  }
  if (args.has("to")) {
    AUDIENTIA_TRY(auto to, parseDateToUnixMs(args.value("to")));
    request.set_to_unix_ms(to);
  }
  if (request.from_unix_ms() != 0 && request.to_unix_ms() != 0 &&
      request.to_unix_ms() < request.from_unix_ms()) {
    return invalidArgument("--to comes before --from: the date range is backwards");
  }
  request.set_prosecutor_id(args.value("prosecutor"));
  request.set_participant_role(args.value("role"));
  request.set_has_recording(args.has("has-recording"));
  if (args.has("status")) {
    const std::string status = args.value("status");
    if (status == "open") {
      request.set_status(v1::HEARING_STATUS_OPEN);
    } else if (status == "closed") {
      request.set_status(v1::HEARING_STATUS_CLOSED);
    } else {
      return invalidArgument("bad --status '" + status + "' (open or closed)");
    }
  }
  if (args.has("limit")) {
    const std::string limit = args.value("limit");
    int n = 0;
    try {
      std::size_t used = 0;
      n = std::stoi(limit, &used);
      if (used != limit.size()) n = 0;
    } catch (const std::exception&) {
      n = 0;
    }
    if (n < 1 || n > 100) return invalidArgument("bad --limit '" + limit + "' (1 to 100)");
    request.set_page_size(n);
  }
  request.set_cursor(args.value("cursor"));
  return request;
}

}  // namespace

int runSearch(CliContext& context, const ParsedArgs& args) {
  auto request = searchRequestFromArgs(args);
  if (!request) return context.usageError(request.error());
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto response = (*client)->search(*request);
  if (!response) return context.fail(response.error());
  if (context.json()) {
    context.printJson(protoToJson(*response));
    return kExitOk;
  }
  if (response->hits().empty()) {
    context.out() << (request->cursor().empty() ? "nothing found\n" : "no more hits\n");
    return kExitOk;
  }
  const bool terminal = ::isatty(STDOUT_FILENO) == 1;
  Table table({"HEARING", "CASE", "FOUND IN", "AT", "MATCH"});
  for (const auto& hit : response->hits()) {
    const bool annotation = hit.field() == v1::SEARCH_FIELD_ANNOTATION;
    table.addRow({hit.hearing().id(), hit.hearing().case_number(), fieldName(hit.field()),
                  annotation ? (hit.at_ms() == 0 ? "0:00.000" : formatDuration(hit.at_ms())) + " " +
                                   hit.recording_id().substr(0, 8)
                             : "-",
                  snippetText(hit.snippet(), terminal)});
  }
  table.print(context.out());
  if (!response->next_cursor().empty()) {
    context.out() << "\nmore hits: add --cursor " << response->next_cursor() << "\n";
  }
  return kExitOk;
}

}  // namespace audientia::cli
