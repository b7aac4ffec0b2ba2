#pragma once

// Where the client connects unless told otherwise: the command line wins, then the session
// config that audientiactl keeps (server, CA, last user), then AUDIENTIA_CA and localhost:7443.

#include <QString>

namespace audientia::gui {

struct ConnectionDefaults {
  QString server;
  QString caFile;
  QString username;
};

inline constexpr const char* kDefaultServer = "localhost:7443";

ConnectionDefaults loadConnectionDefaults();

}  // namespace audientia::gui
