// audientia-client: the Qt desktop application. Everything but the command line lives in
// views/ (widgets), viewmodels/ and services/.

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTimer>
#include <cstdio>
#include <iostream>
#include <string>

#include "audientia/base/memory_policy.h"
#include "services/api_client_service.h"
#include "services/connection_defaults.h"
#include "services/language.h"
#include "views/client_app.h"
#include "views/wrapped_text_style.h"

namespace {

using audientia::gui::ClientOptions;

// The command line's texts, translated like the rest of the client (context "CommandLine").
class CommandLine {
  Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Prints "audientia-client: MESSAGE" on stderr.
void complain(const QString& message) {
  std::fprintf(stderr, "audientia-client: %s\n", qPrintable(message));
}

// "en, ro, ru, ar".
QString languageCodes() {
  QStringList codes;
  for (const auto& language : audientia::gui::availableLanguages()) codes << language.code;
  return codes.join(QStringLiteral(", "));
}

QCommandLineOption languageOption() {
  return {QStringLiteral("lang"),
          CommandLine::tr("The language of the client: %1 (default: the one chosen in Settings "
                          "▸ Language, else the system's).")
              .arg(languageCodes()),
          QStringLiteral("CODE")};
}

// The language to show the client in, --lang before the settings; installed before the full
// command line is parsed so that --help is translated too. An unknown code is refused later.
void installChosenLanguage(QApplication& app) {
  QCommandLineParser parser;
  const QCommandLineOption lang = languageOption();
  parser.addOption(lang);
  // Only --lang matters here: the other options are unknown to this parser, so it "fails".
  (void)parser.parse(QApplication::arguments());
  QString code = parser.value(lang);
  if (!audientia::gui::isAvailableLanguage(code)) code = audientia::gui::chosenLanguage();
  // Unset, or saved by a client that had more languages: the system's.
  if (!audientia::gui::isAvailableLanguage(code)) code.clear();
  audientia::gui::installLanguage(app, code);
}

// Parses the command line into options; returns false (after printing why) when unusable.
bool parseOptions(const QApplication& app, ClientOptions& options) {
  QCommandLineParser parser;
  parser.setApplicationDescription(CommandLine::tr(
      "Audientia desktop client: the hearings of your office and their recordings, and (for "
      "administrators) the offices and users."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption server(QStringLiteral("server"),
                                  CommandLine::tr("Server address (default: the session config, "
                                                  "else localhost:7443)."),
                                  QStringLiteral("HOST:PORT"));
  const QCommandLineOption ca(QStringLiteral("ca"),
                              CommandLine::tr("PEM file of the server's CA (default: the session "
                                              "config, else $AUDIENTIA_CA)."),
                              QStringLiteral("FILE"));
  const QCommandLineOption cert(
      QStringLiteral("cert"),
      CommandLine::tr("This workstation's certificate, PEM, for a server that requires one (with "
                      "--key; default: the session config, else $AUDIENTIA_CERT)."),
      QStringLiteral("FILE"));
  const QCommandLineOption key(
      QStringLiteral("key"),
      CommandLine::tr("The private key of --cert, PEM (default: the session config, else "
                      "$AUDIENTIA_KEY)."),
      QStringLiteral("FILE"));
  const QCommandLineOption user(QStringLiteral("user"), CommandLine::tr("User name."),
                                QStringLiteral("NAME"));
  const QCommandLineOption passwordStdin(
      QStringLiteral("password-stdin"),
      CommandLine::tr("Read the password from the first line of stdin and log in without the "
                      "dialog (needs --user)."));
  const QCommandLineOption screenshot(
      QStringLiteral("screenshot"),
      CommandLine::tr("Once the hearings (and the first hearing's details) have loaded, save a "
                      "picture of the main window to FILE and quit."),
      QStringLiteral("FILE"));
  const QCommandLineOption tab(
      QStringLiteral("tab"),
      CommandLine::tr("The tab shown first: hearings (default), admin (administrators only; "
                      "with --screenshot, the picture is taken once the offices and users have "
                      "loaded), uploads (prosecutors only; with --screenshot, once the hearings "
                      "and the upload queue have loaded), room (prosecutors only: the hearing "
                      "room, where hearings are recorded), search (prosecutors and clerks) or "
                      "audit (auditors only: the audit trail; with --screenshot, once the first "
                      "events have loaded)."),
      QStringLiteral("TAB"));
  const QCommandLineOption uploadLimit(
      QStringLiteral("upload-limit"),
      CommandLine::tr("Send uploads at most this fast, in MiB per second (default: as fast as the "
                      "line allows), to leave the office's line to others."),
      QStringLiteral("MIB_PER_S"));
  const QCommandLineOption lang = languageOption();
  parser.addOptions(
      {server, ca, cert, key, user, passwordStdin, screenshot, tab, uploadLimit, lang});
  parser.process(app);

  if (parser.isSet(lang) && !audientia::gui::isAvailableLanguage(parser.value(lang))) {
    complain(CommandLine::tr("--lang must be one of %1, not %2")
                 .arg(languageCodes(), parser.value(lang)));
    return false;
  }

  options.connection = audientia::gui::loadConnectionDefaults();
  if (parser.isSet(server)) options.connection.server = parser.value(server);
  if (parser.isSet(ca)) options.connection.caFile = parser.value(ca);
  if (parser.isSet(cert) != parser.isSet(key)) {
    complain(CommandLine::tr("--cert FILE and --key FILE go together"));
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
        name != QStringLiteral("uploads") && name != QStringLiteral("room") &&
        name != QStringLiteral("search") && name != QStringLiteral("audit")) {
      complain(
          CommandLine::tr("--tab must be hearings, search, room, admin, uploads or audit, not %1")
              .arg(name));
      return false;
    }
    options.adminTab = name == QStringLiteral("admin");
    options.uploadsTab = name == QStringLiteral("uploads");
    options.roomTab = name == QStringLiteral("room");
    options.searchTab = name == QStringLiteral("search");
    options.auditTab = name == QStringLiteral("audit");
  }
  if (parser.isSet(uploadLimit)) {
    bool valid = false;
    const double mibPerSecond = parser.value(uploadLimit).toDouble(&valid);
    if (!valid || mibPerSecond <= 0) {
      complain(CommandLine::tr("--upload-limit must be a positive number of MiB/s, not %1")
                   .arg(parser.value(uploadLimit)));
      return false;
    }
    options.uploadLimitBytesPerSecond = static_cast<std::uint64_t>(mibPerSecond * 1024 * 1024);
  }
  if (parser.isSet(passwordStdin)) {
    if (options.connection.username.isEmpty()) {
      complain(CommandLine::tr("--password-stdin needs --user"));
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
  audientia::memory::reuseLargeBlocks();  // downloads and exports: 1 MiB messages
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("audientia-client"));
  QApplication::setApplicationDisplayName(QStringLiteral("Audientia"));
  QApplication::setApplicationVersion(QStringLiteral(AUDIENTIA_VERSION));
  QApplication::setOrganizationName(QStringLiteral("Audientia"));
  audientia::gui::installWrappedTextStyle(app);

  // Before any widget (and the --help text) exists: both take their language when built.
  installChosenLanguage(app);
  ClientOptions options;
  if (!parseOptions(app, options)) return 2;

  audientia::gui::ApiClientService api;
  audientia::gui::ClientApp client(api, options);
  QObject::connect(&client, &audientia::gui::ClientApp::finished, &app, &QApplication::exit);
  QTimer::singleShot(0, &client, &audientia::gui::ClientApp::start);
  return QApplication::exec();
}
