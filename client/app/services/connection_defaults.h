#pragma once

// Where the client connects unless told otherwise: the command line wins, then the session
// config that audientiactl keeps (server, CA, client certificate, last user), then AUDIENTIA_CA,
// AUDIENTIA_CERT / AUDIENTIA_KEY and localhost:7443.

#include <QString>

namespace audientia::gui {

struct ConnectionDefaults {
  QString server;
  QString caFile;
  QString username;
  QString certFile;  // mutual TLS, with keyFile
  QString keyFile;
};

inline constexpr const char* kDefaultServer = "localhost:7443";

ConnectionDefaults loadConnectionDefaults();

}  // namespace audientia::gui
