#include "audientia/client/client_config.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "audientia/base/posix_file.h"

namespace audientia::client {

namespace fs = std::filesystem;

namespace {

std::string envOrEmpty(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

Status ensureDirectory(const fs::path& directory) {
  std::error_code error;
  if (fs::is_directory(directory, error)) return ok();
  if (!directory.parent_path().empty()) {
    fs::create_directories(directory.parent_path(), error);
    if (error) {
      return Error(ErrorCode::kFailedPrecondition, "cannot create configuration directory " +
                                                       directory.parent_path().string() + ": " +
                                                       error.message());
    }
  }
  if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST) {
    return Error(ErrorCode::kFailedPrecondition, "cannot create configuration directory " +
                                                     directory.string() + ": " +
                                                     posix::errnoText(errno));
  }
  return ok();
}

std::string stringField(const nlohmann::json& json, const char* key) {
  const auto it = json.find(key);
  if (it == json.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

}  // namespace

Expected<fs::path> ClientConfig::defaultDirectory() {
  if (auto dir = envOrEmpty("AUDIENTIA_CONFIG_DIR"); !dir.empty()) return fs::path(dir);
  if (auto xdg = envOrEmpty("XDG_CONFIG_HOME"); !xdg.empty()) return fs::path(xdg) / "audientia";
  if (auto home = envOrEmpty("HOME"); !home.empty()) {
    return fs::path(home) / ".config" / "audientia";
  }
  return Error(ErrorCode::kFailedPrecondition,
               "no configuration directory: set AUDIENTIA_CONFIG_DIR, XDG_CONFIG_HOME or HOME");
}

Expected<ClientConfig> ClientConfig::fromEnvironment() {
  AUDIENTIA_TRY(fs::path dir, defaultDirectory());
  return ClientConfig(std::move(dir));
}

Expected<std::optional<Session>> ClientConfig::loadSession() const {
  const fs::path file = sessionFile();
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return std::optional<Session>();
    return Error(ErrorCode::kFailedPrecondition,
                 "cannot read session file " + file.string() + ": " + posix::errnoText(errno));
  }
  std::ostringstream text;
  text << in.rdbuf();
  const nlohmann::json json =
      nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded() || !json.is_object()) {
    return Error(ErrorCode::kFailedPrecondition,
                 "session file " + file.string() +
                     " is not a valid JSON object; remove it and log in again");
  }
  Session session;
  session.server = stringField(json, "server");
  session.caFile = stringField(json, "ca_file");
  session.token = stringField(json, "token");
  session.username = stringField(json, "username");
  session.certFile = stringField(json, "cert_file");
  session.keyFile = stringField(json, "key_file");
  return std::optional<Session>(std::move(session));
}

Status ClientConfig::saveSession(const Session& session) const {
  AUDIENTIA_TRY_STATUS(ensureDirectory(directory_));
  std::error_code error;
  const fs::path ca = session.caFile.empty() ? fs::path() : fs::absolute(session.caFile, error);
  if (error) {
    return Error(ErrorCode::kInvalidArgument,
                 "cannot make " + session.caFile.string() + " absolute: " + error.message());
  }
  nlohmann::json json = {{"server", session.server},
                         {"ca_file", ca.lexically_normal().string()},
                         {"token", session.token},
                         {"username", session.username}};
  for (const auto& [key, path] :
       {std::pair{"cert_file", session.certFile}, std::pair{"key_file", session.keyFile}}) {
    if (path.empty()) continue;
    const fs::path absolute = fs::absolute(path, error);
    if (error) {
      return Error(ErrorCode::kInvalidArgument,
                   "cannot make " + path.string() + " absolute: " + error.message());
    }
    json[key] = absolute.lexically_normal().string();
  }
  auto status = posix::writeFileAtomically(sessionFile(), json.dump(2) + "\n", 0600);
  if (!status) return status.error().withContext("saving the session");
  return ok();
}

Status ClientConfig::removeSession() const {
  std::error_code error;
  fs::remove(sessionFile(), error);
  if (error) {
    return Error(ErrorCode::kFailedPrecondition,
                 "cannot remove session file " + sessionFile().string() + ": " + error.message());
  }
  if (fs::is_directory(directory_, error)) {
    (void)posix::syncDirectory(directory_);  // best effort: the removal itself has happened
  }
  return ok();
}

}  // namespace audientia::client
