// office rename/move/deactivate/reactivate, user create/list/disable/enable/reset-password/
// set-role, passwd.

#include <cctype>
#include <istream>
#include <ostream>

#include "audientia/v1/offices.pb.h"
#include "audientia/v1/users.pb.h"
#include "commands.h"
#include "proto_json.h"
#include "text_format.h"

namespace audientia::cli {

namespace {

std::string roleText(v1::Role role) {
  return shortEnumName(v1::Role_Name(role), "ROLE_");
}

int printOffice(CliContext& context, const v1::Office& office) {
  if (context.json()) {
    nlohmann::json document;
    document["office"] = protoToJson(office);
    context.printJson(document);
    return kExitOk;
  }
  printFields(context.out(), {{"office", office.id()},
                              {"name", office.name()},
                              {"parent", office.parent_id().empty() ? "-" : office.parent_id()},
                              {"active", office.active() ? "yes" : "no"}});
  return kExitOk;
}

int printUser(CliContext& context, const v1::User& user) {
  if (context.json()) {
    nlohmann::json document;
    document["user"] = protoToJson(user);
    context.printJson(document);
    return kExitOk;
  }
  printFields(context.out(), {{"user", user.username()},
                              {"id", user.id()},
                              {"office", user.office_id()},
                              {"role", roleText(user.role())},
                              {"disabled", user.disabled() ? "yes" : "no"}});
  return kExitOk;
}

template <class Call>
int officeCommand(CliContext& context, Call&& call) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  Expected<v1::Office> office = call(**client);
  if (!office) return context.fail(office.error());
  return printOffice(context, *office);
}

template <class Call>
int userCommand(CliContext& context, Call&& call) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  Expected<v1::User> user = call(**client);
  if (!user) return context.fail(user.error());
  return printUser(context, *user);
}

}  // namespace

Expected<v1::Role> parseRole(const std::string& text) {
  std::string lower;
  for (char c : text)
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower == "admin") return v1::ROLE_ADMIN;
  if (lower == "prosecutor") return v1::ROLE_PROSECUTOR;
  if (lower == "clerk") return v1::ROLE_CLERK;
  if (lower == "auditor") return v1::ROLE_AUDITOR;
  return invalidArgument("unknown role '" + text + "' (expected admin|prosecutor|clerk|auditor)");
}

int runOfficeRename(CliContext& context, const ParsedArgs& args) {
  const std::string id = args.positionals.at(0);
  const std::string name = args.positionals.at(1);
  return officeCommand(context,
                       [&](client::OfficesApi& api) { return api.renameOffice(id, name); });
}

int runOfficeMove(CliContext& context, const ParsedArgs& args) {
  const std::string id = args.positionals.at(0);
  const std::string parent = args.value("parent");
  return officeCommand(context,
                       [&](client::OfficesApi& api) { return api.moveOffice(id, parent); });
}

int runOfficeDeactivate(CliContext& context, const ParsedArgs& args) {
  const std::string id = args.positionals.at(0);
  return officeCommand(context,
                       [&](client::OfficesApi& api) { return api.setOfficeActive(id, false); });
}

int runOfficeReactivate(CliContext& context, const ParsedArgs& args) {
  const std::string id = args.positionals.at(0);
  return officeCommand(context,
                       [&](client::OfficesApi& api) { return api.setOfficeActive(id, true); });
}

int runUserCreate(CliContext& context, const ParsedArgs& args) {
  if (!args.has("password-stdin")) {
    return context.usageError(invalidArgument(
        "'user create' needs --password-stdin (the password is read from standard input, never "
        "taken as an argument)"));
  }
  auto role = parseRole(args.value("role"));
  if (!role) return context.usageError(role.error());
  auto password = readPasswordLine(context.in());
  if (!password) return context.usageError(password.error());
  v1::CreateUserRequest request;
  request.set_username(args.value("username"));
  request.set_office_id(args.value("office"));
  request.set_role(*role);
  request.set_password(*password);
  return userCommand(context, [&](client::IdentityApi& api) { return api.createUser(request); });
}

int runUserList(CliContext& context, const ParsedArgs& args) {
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  auto users = (*client)->listUsers(args.value("office"));
  if (!users) return context.fail(users.error());
  if (context.json()) {
    v1::ListUsersResponse response;
    for (const auto& user : *users) *response.add_users() = user;
    nlohmann::json document = protoToJson(response);
    document.erase("next_page_token");
    context.printJson(document);
    return kExitOk;
  }
  Table table({"USERNAME", "ID", "OFFICE", "ROLE", "DISABLED", "CREATED"});
  for (const auto& user : *users) {
    table.addRow({user.username(), user.id(), user.office_id(), roleText(user.role()),
                  user.disabled() ? "yes" : "no", formatTime(user.created_at_unix_ms())});
  }
  table.print(context.out());
  return kExitOk;
}

int runUserDisable(CliContext& context, const ParsedArgs& args) {
  const std::string username = args.positionals.at(0);
  return userCommand(context,
                     [&](client::IdentityApi& api) { return api.setUserDisabled(username, true); });
}

int runUserEnable(CliContext& context, const ParsedArgs& args) {
  const std::string username = args.positionals.at(0);
  return userCommand(
      context, [&](client::IdentityApi& api) { return api.setUserDisabled(username, false); });
}

int runUserResetPassword(CliContext& context, const ParsedArgs& args) {
  if (!args.has("password-stdin")) {
    return context.usageError(
        invalidArgument("'user reset-password' needs --password-stdin (the new password is read "
                        "from standard input, never taken as an argument)"));
  }
  const std::string username = args.positionals.at(0);
  auto password = readPasswordLine(context.in());
  if (!password) return context.usageError(password.error());
  return userCommand(
      context, [&](client::IdentityApi& api) { return api.resetPassword(username, *password); });
}

int runUserSetRole(CliContext& context, const ParsedArgs& args) {
  const std::string username = args.positionals.at(0);
  auto role = parseRole(args.positionals.at(1));
  if (!role) return context.usageError(role.error());
  return userCommand(context,
                     [&](client::IdentityApi& api) { return api.changeRole(username, *role); });
}

int runPasswd(CliContext& context, const ParsedArgs& /*args*/) {
  auto current = readPasswordLine(context.in());
  if (!current) {
    return context.usageError(current.error().withContext(
        "passwd reads the current password from the first line of standard input"));
  }
  auto next = readPasswordLine(context.in());
  if (!next) {
    return context.usageError(next.error().withContext(
        "passwd reads the new password from the second line of standard input"));
  }
  auto client = context.connect(/*requireSession=*/true);
  if (!client) return context.fail(client.error());
  if (auto changed = (*client)->changeOwnPassword(*current, *next); !changed) {
    return context.fail(changed.error());
  }
  if (context.json()) {
    context.printJson({{"password_changed", true}});
  } else {
    context.out() << "password changed; your other sessions have ended\n";
  }
  return kExitOk;
}

}  // namespace audientia::cli
