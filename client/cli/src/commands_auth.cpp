// login, logout, whoami.

#include <istream>
#include <ostream>

#include "commands.h"
#include "proto_json.h"
#include "text_format.h"

namespace audientia::cli {

Expected<std::string> readPasswordLine(std::istream& in) {
  std::string line;
  if (!std::getline(in, line) && line.empty()) {
    return invalidArgument("no password on standard input (--password-stdin reads one line)");
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.empty()) return invalidArgument("the password read from standard input is empty");
  return line;
}

int runLogin(CliContext& context, const ParsedArgs& args) {
  if (!args.has("password-stdin")) {
    return context.usageError(invalidArgument(
        "'login' needs --password-stdin (the password is read from standard input, never "
        "taken as an argument)"));
  }
  const std::string username = args.value("user");
  if (username.empty()) return context.usageError(invalidArgument("--user must not be empty"));
  auto password = readPasswordLine(context.in());
  if (!password) return context.usageError(password.error());

  Connection connection;
  auto client = context.connect(/*requireSession=*/false, &connection);
  if (!client) return context.fail(client.error());
  auto response = (*client)->login(username, *password);
  if (!response) return context.fail(response.error());

  auto config = context.config();
  if (!config) return context.fail(config.error());
  client::Session session{connection.server, connection.caFile,   response->token(),
                          username,          connection.certFile, connection.keyFile};
  if (auto saved = config->saveSession(session); !saved) return context.fail(saved.error());

  if (context.json()) {
    nlohmann::json document = protoToJson(*response);
    document.erase("token");  // kept in the session file, not printed
    document["server"] = connection.server;
    document["session_file"] = config->sessionFile().string();
    context.printJson(document);
  } else {
    context.out() << "logged in as " << response->user().username() << " ("
                  << shortEnumName(v1::Role_Name(response->user().role()), "ROLE_") << ") to "
                  << connection.server << "; the session expires "
                  << formatTime(response->expires_at_unix_ms()) << "\n";
  }
  return kExitOk;
}

int runLogout(CliContext& context, const ParsedArgs& /*args*/) {
  auto config = context.config();
  if (!config) return context.fail(config.error());
  auto session = config->loadSession();
  if (!session) return context.fail(session.error());
  if (!session->has_value()) {
    if (context.json()) {
      context.printJson({{"logged_out", false}, {"reason", "not logged in"}});
    } else {
      context.out() << "not logged in\n";
    }
    return kExitOk;
  }

  Connection connection;
  auto client = context.connect(/*requireSession=*/false, &connection);
  Status revoked = ok();
  if (!client) {
    revoked = client.error();
  } else if (!connection.token.empty()) {
    revoked = (*client)->logout();
  }
  if (auto removed = config->removeSession(); !removed) return context.fail(removed.error());
  // An already expired or revoked session is logged out all the same.
  if (!revoked && revoked.error().code() != ErrorCode::kUnauthenticated) {
    return context.fail(revoked.error().withContext(
        "the local session was removed, but the server did not confirm the logout"));
  }
  if (context.json()) {
    context.printJson({{"logged_out", true}, {"server", connection.server}});
  } else {
    context.out() << "logged out\n";
  }
  return kExitOk;
}

int runWhoAmI(CliContext& context, const ParsedArgs& /*args*/) {
  Connection connection;
  auto client = context.connect(/*requireSession=*/true, &connection);
  if (!client) return context.fail(client.error());
  auto response = (*client)->whoAmI();
  if (!response) return context.fail(response.error());
  if (context.json()) {
    nlohmann::json document = protoToJson(*response);
    document["server"] = connection.server;
    context.printJson(document);
    return kExitOk;
  }
  const auto& user = response->user();
  printFields(context.out(),
              {{"user", user.username()},
               {"id", user.id()},
               {"role", shortEnumName(v1::Role_Name(user.role()), "ROLE_")},
               {"office", response->office_name() + " (" + user.office_id() + ")"},
               {"server", connection.server},
               {"session expires", formatTime(response->session_expires_at_unix_ms())}});
  return kExitOk;
}

}  // namespace audientia::cli
