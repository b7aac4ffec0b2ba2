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
  const QByteArray cert = qgetenv("AUDIENTIA_CERT");
  const QByteArray key = qgetenv("AUDIENTIA_KEY");
  if (!cert.isEmpty() && !key.isEmpty()) {
    defaults.certFile = QString::fromLocal8Bit(cert);
    defaults.keyFile = QString::fromLocal8Bit(key);
  }

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
  if (!stored.certFile.empty() && !stored.keyFile.empty()) {
    defaults.certFile = QString::fromStdString(stored.certFile.string());
    defaults.keyFile = QString::fromStdString(stored.keyFile.string());
  }
  return defaults;
}

}  // namespace audientia::gui
