#pragma once

// The client's language: English, Romanian, Russian or Arabic, chosen in Settings ▸ Language
// (saved under the QSettings key "language") or with --lang; unset, it follows the system
// locale's UI languages, and English when we have none of them. Installing a language loads
// our translation (compiled into the client from client/app/translations/*.ts) and Qt's own
// (qtbase_XX.qm, for the standard dialogs' buttons), makes QLocale's default follow it (dates
// and numbers) and sets the layout direction (right to left for Arabic).

#include <QList>
#include <QString>

class QCoreApplication;
class QSettings;

namespace audientia::gui {

struct Language {
  QString code;        // "ro": the .ts file's suffix, a QLocale name
  QString nativeName;  // "Română": how the language calls itself
};

// en, ro, ru, ar, in that order.
QList<Language> availableLanguages();
bool isAvailableLanguage(const QString& code);
// The native name of an available language; the code itself for another.
QString nativeLanguageName(const QString& code);

// The language saved in the settings; empty: follow the system.
QString chosenLanguage();
QString chosenLanguage(const QSettings& settings);
// Saves the choice (empty: follow the system again); it applies at the next start.
void setChosenLanguage(const QString& code);
void setChosenLanguage(QSettings& settings, const QString& code);

// The first of the system's UI languages that we have; "en" when none is.
QString systemLanguage();
// What installLanguage(code) installs: code when available, the system's for an empty code,
// else English.
QString resolveLanguage(const QString& code);

// Installs the language in place of the one installed before (if any) and returns the code
// installed (resolveLanguage(code)). Call it before any widget is created: widgets take their
// layout direction and texts when they are built.
QString installLanguage(QCoreApplication& app, const QString& code);

}  // namespace audientia::gui
