#include "cli_context.h"

#include <cstdlib>
#include <iostream>

#include "value_parsers.h"

namespace audientia::cli {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return std::nullopt;
  return std::string(value);
}

fs::path absoluteOrSame(const fs::path& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  return error ? path : absolute.lexically_normal();
}

}  // namespace

Expected<Connection> CliContext::resolveConnection() const {
  AUDIENTIA_TRY(const client::ClientConfig config, this->config());
  AUDIENTIA_TRY(const std::optional<client::Session> session, config.loadSession());

  Connection connection;
  if (global_.server) {
    connection.server = *global_.server;
  } else if (auto fromEnv = env("AUDIENTIA_SERVER")) {
    connection.server = *fromEnv;
  } else if (session && !session->server.empty()) {
    connection.server = session->server;
  } else {
    connection.server = kDefaultServer;
  }
  AUDIENTIA_TRY_STATUS(checkServerAddress(connection.server));

  if (global_.ca) {
    connection.caFile = absoluteOrSame(*global_.ca);
  } else if (auto fromEnv = env("AUDIENTIA_CA")) {
    connection.caFile = absoluteOrSame(*fromEnv);
  } else if (session && !session->caFile.empty()) {
    connection.caFile = session->caFile;
  } else {
    return Error(ErrorCode::kFailedPrecondition,
                 "no CA file: pass --ca FILE or set AUDIENTIA_CA to the PEM file of the CA that "
                 "signed the server certificate (the server writes it to DATA_DIR/tls/ca.pem)");
  }

  if (global_.cert || global_.key) {
    if (!global_.cert || !global_.key) {
      return invalidArgument("--cert FILE and --key FILE go together (mutual TLS)");
    }
    connection.certFile = absoluteOrSame(*global_.cert);
    connection.keyFile = absoluteOrSame(*global_.key);
  } else if (auto cert = env("AUDIENTIA_CERT")) {
    auto key = env("AUDIENTIA_KEY");
    if (!key) return invalidArgument("AUDIENTIA_CERT is set but AUDIENTIA_KEY is not");
    connection.certFile = absoluteOrSame(*cert);
    connection.keyFile = absoluteOrSame(*key);
  } else if (session) {
    connection.certFile = session->certFile;
    connection.keyFile = session->keyFile;
  }

  if (session && !session->token.empty() && absoluteOrSame(session->caFile) == connection.caFile) {
    connection.token = session->token;
    connection.username = session->username;
  }
  return connection;
}

Expected<std::unique_ptr<client::ApiClient>> CliContext::connect(bool requireSession,
                                                                 Connection* resolved) const {
  AUDIENTIA_TRY(Connection connection, resolveConnection());
  client::ConnectionOptions options;
  options.server = connection.server;
  options.caFile = connection.caFile;
  options.token = connection.token;
  options.clientCertFile = connection.certFile;
  options.clientKeyFile = connection.keyFile;
  // The CA file is checked first: a wrong file is the more basic mistake.
  AUDIENTIA_TRY(std::unique_ptr<client::ApiClient> client, client::ApiClient::create(options));
  if (requireSession && connection.token.empty()) {
    return Error(ErrorCode::kUnauthenticated,
                 "not logged in to " + connection.server +
                     "; run 'audientiactl login --user NAME --password-stdin'");
  }
  if (resolved != nullptr) *resolved = std::move(connection);
  return client;
}

int CliContext::fail(const Error& error) const {
  err_ << "error: " << error.toString() << std::endl;
  return kExitFailure;
}

int CliContext::usageError(const Error& error) const {
  err_ << "error: " << error.toString() << std::endl;
  return kExitUsage;
}

void CliContext::printJson(const nlohmann::json& document) const {
  out_ << document.dump(2) << std::endl;
}

}  // namespace audientia::cli
