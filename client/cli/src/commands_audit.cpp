// audit list, audit verify.

#include <cstdio>
#include <ctime>
#include <ostream>

#include "audientia/v1/audit.pb.h"
#include "commands.h"
#include "proto_json.h"
#include "text_format.h"

namespace audientia::cli {

Expected<std::int64_t> parseDateToUnixMs(const std::string& text) {
  std::tm tm{};
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  char tail = 0;
  bool parsed = false;
  if (text.size() == 10) {
    parsed = std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &tail) == 3;
  } else if (text.size() == 20) {
    parsed = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2dZ%c", &year, &month, &day, &hour,
                         &minute, &second, &tail) == 6 &&
             text.back() == 'Z';
  }
  if (!parsed || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
      second > 60 || year < 1970) {
    return invalidArgument("'" + text +
                           "' is not a date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)");
  }
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  return static_cast<std::int64_t>(::timegm(&tm)) * 1000;
}

int runAuditList(CliContext& context, const ParsedArgs& args) {
  v1::ListAuditEventsRequest request;
  request.set_object_id(args.value("object"));
  request.set_actor_id(args.value("actor"));
  request.set_office_id(args.value("office"));
  if (args.has("from")) {
    auto from = parseDateToUnixMs(args.value("from"));
    if (!from) return context.usageError(from.error().withContext("--from"));
    request.set_from_unix_ms(*from);
  }
  if (args.has("to")) {
    auto to = parseDateToUnixMs(args.value("to"));
    if (!to) return context.usageError(to.error().withContext("--to"));
    request.set_to_unix_ms(*to);
  }
  request.set_page_size(1000);
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  v1::ListAuditEventsResponse all;
  do {
    auto page = (*client)->listAuditEvents(request);
    if (!page) return context.fail(page.error());
    for (auto& event : *page->mutable_events()) *all.add_events() = std::move(event);
    request.set_page_token(page->next_page_token());
  } while (!request.page_token().empty());
  if (context.json()) {
    nlohmann::json document = protoToJson(all);
    document.erase("next_page_token");
    context.printJson(document);
    return kExitOk;
  }
  Table table({"SEQ", "TIME", "ACTOR", "ACTION", "OBJECT", "OFFICE", "OUTCOME", "CLIENT"});
  for (const auto& event : all.events()) {
    table.addRow({std::to_string(event.seq()), formatTime(event.time_unix_ms()),
                  event.actor_username().empty() ? "-" : event.actor_username(), event.action(),
                  event.object_type().empty() ? "-" : event.object_type() + " " + event.object_id(),
                  event.office_id().empty() ? "-" : event.office_id(),
                  shortEnumName(v1::AuditOutcome_Name(event.outcome()), "AUDIT_OUTCOME_"),
                  event.client_address()});
  }
  table.print(context.out());
  return kExitOk;
}

int runAuditVerify(CliContext& context, const ParsedArgs& /*args*/) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto result = (*client)->verifyAuditChain();
  if (!result) return context.fail(result.error());
  if (context.json()) {
    context.printJson(protoToJson(*result));
  } else if (result->intact()) {
    context.out() << "audit chain intact: " << result->events_checked() << " events, last seq "
                  << result->last_seq() << ", last hash " << result->last_hash() << "\n";
  } else {
    context.out() << "audit chain BROKEN at seq " << result->first_broken_seq() << ": "
                  << result->reason() << " (" << result->events_checked() << " events checked)\n";
  }
  return result->intact() ? kExitOk : kExitFailure;
}

}  // namespace audientia::cli
