// office create, office list.

#include <ostream>

#include "audientia/v1/offices.pb.h"
#include "commands.h"
#include "proto_json.h"
#include "text_format.h"

namespace audientia::cli {

int runOfficeCreate(CliContext& context, const ParsedArgs& args) {
  const std::string name = args.positionals.at(0);
  if (name.empty()) return context.usageError(invalidArgument("the office NAME must not be empty"));
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto office = (*client)->createOffice(name, args.value("parent"));
  if (!office) return context.fail(office.error());
  if (context.json()) {
    v1::CreateOfficeResponse response;
    *response.mutable_office() = *office;
    context.printJson(protoToJson(response));
    return kExitOk;
  }
  printFields(context.out(), {{"office", office->id()},
                              {"name", office->name()},
                              {"parent", office->parent_id().empty() ? "-" : office->parent_id()},
                              {"created", formatTime(office->created_at_unix_ms())}});
  return kExitOk;
}

int runOfficeList(CliContext& context, const ParsedArgs& /*args*/) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto offices = (*client)->listOffices();
  if (!offices) return context.fail(offices.error());
  if (context.json()) {
    v1::ListOfficesResponse response;
    for (const auto& office : *offices) *response.add_offices() = office;
    nlohmann::json document = protoToJson(response);
    document.erase("next_page_token");
    context.printJson(document);
    return kExitOk;
  }
  Table table({"ID", "NAME", "PARENT", "ACTIVE", "CREATED"});
  for (const auto& office : *offices) {
    table.addRow({office.id(), office.name(), office.parent_id().empty() ? "-" : office.parent_id(),
                  office.active() ? "yes" : "no", formatTime(office.created_at_unix_ms())});
  }
  table.print(context.out());
  return kExitOk;
}

}  // namespace audientia::cli
