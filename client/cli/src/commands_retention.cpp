// retention set|list|delete|run, hold place|release|list.

#include <ostream>

#include "commands.h"
#include "proto_json.h"
#include "text_format.h"

namespace audientia::cli {

namespace {

std::string orDash(const std::string& text) {
  return text.empty() ? "-" : text;
}

std::string kindText(v1::HearingKind kind) {
  return kind == v1::HEARING_KIND_UNSPECIFIED ? "every kind" : hearingKindName(kind);
}

void printPolicies(std::ostream& out, const std::vector<v1::RetentionPolicy>& policies) {
  Table table({"POLICY", "OFFICE", "KIND", "DAYS", "CREATED BY", "UPDATED"});
  for (const auto& policy : policies) {
    table.addRow({policy.id(), policy.office_id().empty() ? "every office" : policy.office_id(),
                  kindText(policy.hearing_kind()), std::to_string(policy.retain_days()),
                  orDash(policy.created_by()), formatTime(policy.updated_at_unix_ms())});
  }
  table.print(out);
}

void printHolds(std::ostream& out, const std::vector<v1::LegalHold>& holds) {
  Table table({"HOLD", "HEARING", "REASON", "PLACED", "BY", "RELEASED", "RELEASE REASON"});
  for (const auto& hold : holds) {
    table.addRow({hold.id(), hold.hearing_id(), hold.reason(), formatTime(hold.placed_at_unix_ms()),
                  orDash(hold.placed_by()),
                  hold.released_by().empty()
                      ? "-"
                      : formatTime(hold.released_at_unix_ms()) + " by " + hold.released_by(),
                  orDash(hold.release_reason())});
  }
  table.print(out);
}

int printHold(CliContext& context, const v1::LegalHold& hold) {
  if (context.json()) {
    context.printJson(protoToJson(hold));
    return kExitOk;
  }
  printHolds(context.out(), {hold});
  return kExitOk;
}

}  // namespace

int runRetentionSet(CliContext& context, const ParsedArgs& args) {
  v1::SetRetentionPolicyRequest request;
  request.set_office_id(args.value("office"));
  if (args.has("kind")) {
    auto kind = parseHearingKind(args.value("kind"));
    if (!kind) return context.usageError(kind.error());
    request.set_hearing_kind(*kind);
  }
  if (request.office_id().empty() && request.hearing_kind() == v1::HEARING_KIND_UNSPECIFIED) {
    return context.usageError(
        invalidArgument("'retention set' needs --office OFFICE_ID, --kind KIND or both"));
  }
  auto days = parseRetainDays(args.value("days"));
  if (!days) return context.usageError(days.error());
  request.set_retain_days(*days);
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto policy = (*client)->setRetentionPolicy(request);
  if (!policy) return context.fail(policy.error());
  if (context.json()) {
    context.printJson(protoToJson(*policy));
    return kExitOk;
  }
  printPolicies(context.out(), {*policy});
  return kExitOk;
}

int runRetentionList(CliContext& context, const ParsedArgs&) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto policies = (*client)->listRetentionPolicies();
  if (!policies) return context.fail(policies.error());
  if (context.json()) {
    v1::ListRetentionPoliciesResponse response;
    for (const auto& policy : *policies) *response.add_policies() = policy;
    context.printJson(protoToJson(response));
    return kExitOk;
  }
  if (policies->empty()) {
    context.out() << "no retention policies: every hearing is kept\n";
    return kExitOk;
  }
  printPolicies(context.out(), *policies);
  return kExitOk;
}

int runRetentionDelete(CliContext& context, const ParsedArgs& args) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  const std::string id = args.positionals.at(0);
  if (auto status = (*client)->deleteRetentionPolicy(id); !status) {
    return context.fail(status.error());
  }
  if (context.json()) {
    context.printJson({{"deleted", id}});
    return kExitOk;
  }
  context.out() << "retention policy " << id << " deleted\n";
  return kExitOk;
}

int runRetentionRun(CliContext& context, const ParsedArgs&) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto response = (*client)->runRetention();
  if (!response) return context.fail(response.error());
  if (context.json()) {
    context.printJson(protoToJson(*response));
    return kExitOk;
  }
  if (response->deleted().empty()) {
    context.out() << "no expired hearings deleted";
  } else {
    Table table({"DELETED HEARING", "CASE", "POLICY", "EXPIRED", "AUDIT SEQ"});
    for (const auto& hearing : response->deleted()) {
      table.addRow({hearing.hearing_id(), hearing.case_number(), hearing.policy_id(),
                    formatTime(hearing.expired_at_unix_ms()), std::to_string(hearing.audit_seq())});
    }
    table.print(context.out());
    context.out() << response->deleted_size() << " hearings deleted";
  }
  context.out() << "; " << response->kept_under_hold()
                << " expired hearings kept under legal hold\n";
  return kExitOk;
}

int runHoldPlace(CliContext& context, const ParsedArgs& args) {
  const std::string reason = args.value("reason");
  if (reason.empty()) return context.usageError(invalidArgument("--reason must not be empty"));
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto hold = (*client)->placeLegalHold(args.positionals.at(0), reason);
  if (!hold) return context.fail(hold.error());
  return printHold(context, *hold);
}

int runHoldRelease(CliContext& context, const ParsedArgs& args) {
  const std::string reason = args.value("reason");
  if (reason.empty()) return context.usageError(invalidArgument("--reason must not be empty"));
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto hold = (*client)->releaseLegalHold(args.positionals.at(0), reason);
  if (!hold) return context.fail(hold.error());
  return printHold(context, *hold);
}

int runHoldList(CliContext& context, const ParsedArgs& args) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto holds = (*client)->listLegalHolds(args.value("hearing"), args.has("all"));
  if (!holds) return context.fail(holds.error());
  if (context.json()) {
    v1::ListLegalHoldsResponse response;
    for (const auto& hold : *holds) *response.add_holds() = hold;
    context.printJson(protoToJson(response));
    return kExitOk;
  }
  if (holds->empty()) {
    context.out() << (args.has("all") ? "no legal holds\n" : "no active legal holds\n");
    return kExitOk;
  }
  printHolds(context.out(), *holds);
  return kExitOk;
}

}  // namespace audientia::cli
