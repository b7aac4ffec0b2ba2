// audientia-client: the Qt desktop application. Everything but the command line lives in
// views/ (widgets), viewmodels/ and services/.

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>
#include <iostream>
#include <string>

#include "services/api_client_service.h"
#include "services/connection_defaults.h"
#include "views/client_app.h"

namespace {

using audientia::gui::ClientOptions;

// Parses the command line into options; returns false (after printing why) when unusable.
bool parseOptions(const QApplication& app, ClientOptions& options) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral(
      "Audientia desktop client: the hearings of your office and their recordings, and (for "
      "administrators) the offices and users."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption server(QStringLiteral("server"),
                                  QStringLiteral("Server address (default: the session config, "
                                                 "else localhost:7443)."),
                                  QStringLiteral("HOST:PORT"));
  const QCommandLineOption ca(QStringLiteral("ca"),
                              QStringLiteral("PEM file of the server's CA (default: the session "
                                             "config, else $AUDIENTIA_CA)."),
                              QStringLiteral("FILE"));
  const QCommandLineOption cert(
      QStringLiteral("cert"),
      QStringLiteral("This workstation's certificate, PEM, for a server that requires one (with "
                     "--key; default: the session config, else $AUDIENTIA_CERT)."),
      QStringLiteral("FILE"));
  const QCommandLineOption key(
      QStringLiteral("key"),
      QStringLiteral("The private key of --cert, PEM (default: the session config, else "
                     "$AUDIENTIA_KEY)."),
      QStringLiteral("FILE"));
  const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name."),
                                QStringLiteral("NAME"));
  const QCommandLineOption passwordStdin(
      QStringLiteral("password-stdin"),
      QStringLiteral("Read the password from the first line of stdin and log in without the "
                     "dialog (needs --user)."));
  const QCommandLineOption screenshot(
      QStringLiteral("screenshot"),
      QStringLiteral("Once the hearings (and the first hearing's details) have loaded, save a "
                     "picture of the main window to FILE and quit."),
      QStringLiteral("FILE"));
  const QCommandLineOption tab(
      QStringLiteral("tab"),
      QStringLiteral("The tab shown first: hearings (default), admin (administrators only; "
                     "with --screenshot, the picture is taken once the offices and users have "
                     "loaded) or uploads (prosecutors only; with --screenshot, once the hearings "
                     "and the upload queue have loaded)."),
      QStringLiteral("TAB"));
  const QCommandLineOption uploadLimit(
      QStringLiteral("upload-limit"),
      QStringLiteral("Send uploads at most this fast, in MiB per second (default: as fast as the "
                     "line allows), to leave the office's line to others."),
      QStringLiteral("MIB_PER_S"));
  parser.addOptions({server, ca, cert, key, user, passwordStdin, screenshot, tab, uploadLimit});
  parser.process(app);

  options.connection = audientia::gui::loadConnectionDefaults();
  if (parser.isSet(server)) options.connection.server = parser.value(server);
  if (parser.isSet(ca)) options.connection.caFile = parser.value(ca);
  if (parser.isSet(cert) != parser.isSet(key)) {
    std::fprintf(stderr, "audientia-client: --cert FILE and --key FILE go together\n");
    return false;
  }
  if (parser.isSet(cert)) {
    options.connection.certFile = parser.value(cert);
    options.connection.keyFile = parser.value(key);
  }
  if (parser.isSet(user)) options.connection.username = parser.value(user);
  options.screenshotFile = parser.value(screenshot);
  if (parser.isSet(tab)) {
    const QString name = parser.value(tab);
    if (name != QStringLiteral("hearings") && name != QStringLiteral("admin") &&
        name != QStringLiteral("uploads")) {
      std::fprintf(stderr, "audientia-client: --tab must be hearings, admin or uploads, not %s\n",
                   qPrintable(name));
      return false;
    }
    options.adminTab = name == QStringLiteral("admin");
    options.uploadsTab = name == QStringLiteral("uploads");
  }
  if (parser.isSet(uploadLimit)) {
    bool valid = false;
    const double mibPerSecond = parser.value(uploadLimit).toDouble(&valid);
    if (!valid || mibPerSecond <= 0) {
      std::fprintf(stderr,
                   "audientia-client: --upload-limit must be a positive number of MiB/s, "
                   "not %s\n",
                   qPrintable(parser.value(uploadLimit)));
      return false;
    }
    options.uploadLimitBytesPerSecond = static_cast<std::uint64_t>(mibPerSecond * 1024 * 1024);
  }
  if (parser.isSet(passwordStdin)) {
    if (options.connection.username.isEmpty()) {
      std::fputs("audientia-client: --password-stdin needs --user\n", stderr);
      return false;
    }
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    options.password = QString::fromStdString(line);
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("audientia-client"));
  QApplication::setApplicationDisplayName(QStringLiteral("Audientia"));
  QApplication::setApplicationVersion(QStringLiteral(AUDIENTIA_VERSION));
  QApplication::setOrganizationName(QStringLiteral("Audientia"));

  ClientOptions options;
  if (!parseOptions(app, options)) return 2;

  audientia::gui::ApiClientService api;
  audientia::gui::ClientApp client(api, options);
  QObject::connect(&client, &audientia::gui::ClientApp::finished, &app, &QApplication::exit);
  QTimer::singleShot(0, &client, &audientia::gui::ClientApp::start);
  return QApplication::exec();
}
