// The translation sources (client/app/translations/*.ts): Romanian and English complete, the
// hearing room (contexts audientia::gui::Capture*) complete in every language, every file
// holding the same entries as the code (lupdate run afresh into a temporary file), and no
// translation losing or inventing a %1 placeholder.

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "ui_test_support.h"

namespace audientia::gui {
namespace {

struct TsMessage {
  QString context;
  QString source;
  QStringList translations;  // one, or one per plural form
  bool unfinished = false;
  bool numerus = false;
};

struct TsFile {
  QString language;
  std::vector<TsMessage> messages;
};

// Reads a Qt Linguist .ts file; error set when it is not one.
TsFile readTsFile(const QString& path, QString& error) {
  TsFile ts;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    error = QStringLiteral("cannot open ") + path;
    return ts;
  }
  QXmlStreamReader xml(&file);
  QString context;
  TsMessage message;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      const auto name = xml.name();
      if (name == QLatin1String("TS")) {
        ts.language = xml.attributes().value(QLatin1String("language")).toString();
      } else if (name == QLatin1String("name")) {
        context = xml.readElementText();
      } else if (name == QLatin1String("message")) {
        message =
            TsMessage{context,
                      {},
                      {},
                      false,
                      xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
      } else if (name == QLatin1String("source")) {
        message.source = xml.readElementText();
      } else if (name == QLatin1String("translation")) {
        const QString type = xml.attributes().value(QLatin1String("type")).toString();
        message.unfinished = type == QLatin1String("unfinished");
        if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
          message.unfinished = true;
        }
        if (!message.numerus) {
          message.translations << xml.readElementText();
        }
      } else if (name == QLatin1String("numerusform")) {
        message.translations << xml.readElementText();
      }
    } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
      ts.messages.push_back(message);
    }
  }
  if (xml.hasError()) error = path + QStringLiteral(": ") + xml.errorString();
  return ts;
}

std::string str(const QString& text) {
  return text.toStdString();
}

QString tsDirectory() {
  return QStringLiteral(AUDIENTIA_TRANSLATIONS_DIR);
}

// Every .ts file of the client, by language code ("ro" of audientia_ro.ts).
std::map<QString, QString> tsFiles() {
  std::map<QString, QString> files;
  const QDir dir(tsDirectory());
  for (const QString& name : dir.entryList({QStringLiteral("audientia_*.ts")}, QDir::Files)) {
    files[name.mid(10, name.size() - 13)] = dir.filePath(name);
  }
  return files;
}

// The hearing room's classes (CaptureViewModel, CaptureWidget, ...): complete in every language.
bool isCaptureContext(const QString& context) {
  return context.startsWith(QLatin1String("audientia::gui::Capture"));
}

// "%1", "%L2": what .arg() fills in; a translation must keep every one of the source's.
QSet<QString> argumentsOf(const QString& text) {
  static const QRegularExpression kArgument(QStringLiteral("%L?[1-9][0-9]?"));
  QSet<QString> found;
  for (auto it = kArgument.globalMatch(text); it.hasNext();) found.insert(it.next().captured());
  return found;
}

TEST(Translations, EveryLanguageWeShipHasItsFile) {
  const auto files = tsFiles();
  for (const char* code : {"en", "ro", "ru", "ar"}) {
    EXPECT_EQ(files.count(QLatin1String(code)), 1u) << "no audientia_" << code << ".ts";
  }
}

TEST(Translations, AreCompleteWhereTheyMustBe) {
  for (const auto& [code, path] : tsFiles()) {
    QString error;
    const TsFile ts = readTsFile(path, error);
    ASSERT_TRUE(error.isEmpty()) << str(error);
    ASSERT_FALSE(ts.messages.empty()) << str(path);
    EXPECT_TRUE(ts.language.startsWith(code)) << str(path) << " says language " << str(ts.language);
    // Romanian and English everywhere; the others at least in the hearing room.
    const bool everywhere = code == QLatin1String("ro") || code == QLatin1String("en");
    for (const TsMessage& message : ts.messages) {
      if (!everywhere && !isCaptureContext(message.context)) continue;
      const bool empty = message.translations.isEmpty() ||
                         std::any_of(message.translations.begin(), message.translations.end(),
                                     [](const QString& text) { return text.isEmpty(); });
      EXPECT_FALSE(message.unfinished || empty)
          << str(code) << ": " << (message.unfinished ? "unfinished" : "empty")
          << " translation in " << str(message.context) << " of " << str(message.source);
    }
  }
}

TEST(Translations, KeepThePlaceholders) {
  for (const auto& [code, path] : tsFiles()) {
    QString error;
    const TsFile ts = readTsFile(path, error);
    ASSERT_TRUE(error.isEmpty()) << str(error);
    for (const TsMessage& message : ts.messages) {
      const QSet<QString> wanted = argumentsOf(message.source);
      for (const QString& translation : message.translations) {
        if (translation.isEmpty()) continue;  // reported above where it matters
        EXPECT_EQ(argumentsOf(translation), wanted)
            << str(code) << ": " << str(message.context) << " of " << str(message.source)
            << " is translated as " << str(translation);
      }
    }
  }
}

// An Alt shortcut in Arabic underlines its letter, and Qt then shapes that letter apart from its
// neighbours: inside a word, or on a letter that joins the next one, the word's letters change
// form and the text outgrows its label, whose last glyph is cut off (seen under X11). So the '&'
// goes before a word-initial letter that joins neither way (ا أ إ آ د ذ ر ز و), or nowhere.
TEST(Translations, ArabicShortcutsKeepTheLettersJoined) {
  const auto files = tsFiles();
  ASSERT_EQ(files.count(QStringLiteral("ar")), 1u);
  QString error;
  const TsFile ts = readTsFile(files.at(QStringLiteral("ar")), error);
  ASSERT_TRUE(error.isEmpty()) << str(error);
  const auto isArabic = [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; };
  const QString nonJoining = QStringLiteral("اأإآدذرزو");
  for (const TsMessage& message : ts.messages) {
    for (QString text : message.translations) {
      text.replace(QLatin1String("&&"), QLatin1String("__"));
      const qsizetype at = text.indexOf(QLatin1Char('&'));
      if (at < 0 || at + 1 >= text.size() || !isArabic(text[at + 1])) continue;
      const bool wordStart = at == 0 || !isArabic(text[at - 1]);
      EXPECT_TRUE(wordStart && nonJoining.contains(text[at + 1]))
          << str(message.context) << " of " << str(message.source) << ": " << str(text);
    }
  }
}

using Entries = std::set<std::pair<QString, QString>>;

Entries entriesOf(const TsFile& ts) {
  Entries entries;
  for (const TsMessage& message : ts.messages) entries.emplace(message.context, message.source);
  return entries;
}

// What lupdate finds in the code now, as scripts/update-translations runs it.
Entries entriesInTheCode(QString& problem) {
  const QString lupdate =
      QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
  if (!QFile::exists(lupdate)) {
    problem = QStringLiteral("no lupdate at ") + lupdate;
    return {};
  }
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("audientia_en.ts"));
  QProcess process;
  process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral(AUDIENTIA_CLIENT_SOURCE_DIR), QStringLiteral("-ts"), out});
  if (!process.waitForFinished(60000) || process.exitCode() != 0) {
    problem = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(process.readAll());
    return {};
  }
  QString error;
  const TsFile ts = readTsFile(out, error);
  if (!error.isEmpty()) problem = error;
  return entriesOf(ts);
}

TEST(Translations, HoldEveryStringOfTheCodeAndNoOther) {
  QString problem;
  const Entries code = entriesInTheCode(problem);
  if (!problem.isEmpty()) GTEST_SKIP() << str(problem);
  ASSERT_FALSE(code.empty());
  for (const auto& [language, path] : tsFiles()) {
    QString error;
    const Entries file = entriesOf(readTsFile(path, error));
    ASSERT_TRUE(error.isEmpty()) << str(error);
    for (const auto& [context, source] : code) {
      EXPECT_TRUE(file.count({context, source}) == 1)
          << str(language) << " lacks " << str(context) << " of " << str(source)
          << " (run scripts/update-translations, then translate)";
    }
    for (const auto& [context, source] : file) {
      EXPECT_TRUE(code.count({context, source}) == 1)
          << str(language) << " holds " << str(context) << " of " << str(source)
          << ", which the code no longer has (run scripts/update-translations)";
    }
  }
}

}  // namespace
}  // namespace audientia::gui
