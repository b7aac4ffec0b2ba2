#include "services/connection_defaults.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QtGlobal>
#include <optional>

#include "audientia/client/client_config.h"

Q_LOGGING_CATEGORY(lcDefaults, "audientia.client.defaults")

namespace audientia::gui {

ConnectionDefaults loadConnectionDefaults() {
  ConnectionDefaults defaults;
  defaults.server = QString::fromLatin1(kDefaultServer);
  const QByteArray ca = qgetenv("AUDIENTIA_CA");
  if (!ca.isEmpty()) defaults.caFile = QString::fromLocal8Bit(ca);

  Expected<client::ClientConfig> config = client::ClientConfig::fromEnvironment();
  if (!config) return defaults;
  Expected<std::optional<client::Session>> session = config->loadSession();
  if (!session) {
    // A damaged session file only costs the defaults; say so in the log.
    qCWarning(lcDefaults, "ignoring the session config: %s", session.error().toString().c_str());
    return defaults;
  }
  if (!session->has_value()) return defaults;
  const client::Session& stored = **session;
  if (!stored.server.empty()) defaults.server = QString::fromStdString(stored.server);
  if (!stored.caFile.empty()) defaults.caFile = QString::fromStdString(stored.caFile.string());
  defaults.username = QString::fromStdString(stored.username);
  return defaults;
}

}  // namespace audientia::gui
