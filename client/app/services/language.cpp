#include "services/language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "audientia.client.language")

namespace audientia::gui {
namespace {

constexpr const char* kSettingsKey = "language";
constexpr const char* kFallback = "en";
// Our translations, compiled into the client (client/app/CMakeLists.txt).
constexpr const char* kTranslationsDir = ":/i18n";
// Object names of the translators installLanguage owns, so that the next call replaces them.
constexpr const char* kOurTranslator = "audientia.translator";
constexpr const char* kQtTranslator = "audientia.qt-translator";

void removeOurTranslators(QCoreApplication& app) {
  const QList<QTranslator*> translators =
      app.findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly);
  for (QTranslator* translator : translators) {
    const QString name = translator->objectName();
    if (name != QLatin1String(kOurTranslator) && name != QLatin1String(kQtTranslator)) continue;
    QCoreApplication::removeTranslator(translator);
    delete translator;
  }
}

// Loads and installs DIR/PREFIX_CODE.qm; false (nothing installed) when it is missing.
bool installTranslator(QCoreApplication& app, const char* objectName, const QString& prefix,
                       const QString& code, const QString& dir) {
  auto* translator = new QTranslator(&app);
  translator->setObjectName(QLatin1String(objectName));
  if (!translator->load(prefix + code, dir) || !QCoreApplication::installTranslator(translator)) {
    delete translator;
    return false;
  }
  return true;
}

// Qt's own texts that the client shows (standard buttons, the context menus of text fields and
// selectable labels, the file dialog that saves reports, packages, clips and files) and that
// Debian's qt6-translations-l10n lacks for some of our languages (Romanian): listed here so that
// lupdate carries them into our .ts files, in Qt's contexts. Ours is installed after Qt's and so
// searched first: where Qt has a translation, ours copies it except where it reads badly in our
// dialogs (Arabic "Cancel").
[[maybe_unused]] constexpr const char* kQtTextsWeTranslate[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "File Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 File"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Kind"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
};

// The language of a UI language name: "ro-RO", "ro_RO" and "ro" are all "ro".
QString languagePart(const QString& uiLanguage) {
  return uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

}  // namespace

QList<Language> availableLanguages() {
  return {
      {QStringLiteral("en"), QStringLiteral("English")},
      {QStringLiteral("ro"), QStringLiteral("Română")},
      {QStringLiteral("ru"), QStringLiteral("Русский")},
      {QStringLiteral("ar"), QStringLiteral("العربية")},
  };
}

bool isAvailableLanguage(const QString& code) {
  for (const Language& language : availableLanguages()) {
    if (language.code == code) return true;
  }
  return false;
}

QString nativeLanguageName(const QString& code) {
  for (const Language& language : availableLanguages()) {
    if (language.code == code) return language.nativeName;
  }
  return code;
}

QString chosenLanguage() {
  return chosenLanguage(QSettings());
}

QString chosenLanguage(const QSettings& settings) {
  return settings.value(QLatin1String(kSettingsKey)).toString();
}

void setChosenLanguage(const QString& code) {
  QSettings settings;
  setChosenLanguage(settings, code);
}

void setChosenLanguage(QSettings& settings, const QString& code) {
  if (code.isEmpty()) {
    settings.remove(QLatin1String(kSettingsKey));
  } else {
    settings.setValue(QLatin1String(kSettingsKey), code);
  }
  settings.sync();
}

QString systemLanguage() {
  for (const QString& uiLanguage : QLocale::system().uiLanguages()) {
    const QString code = languagePart(uiLanguage);
    if (isAvailableLanguage(code)) return code;
  }
  return QLatin1String(kFallback);
}

QString resolveLanguage(const QString& code) {
  if (code.isEmpty()) return systemLanguage();
  if (isAvailableLanguage(code)) return code;
  qCWarning(lcLanguage, "no translation for language %s: using English", qPrintable(code));
  return QLatin1String(kFallback);
}

QString installLanguage(QCoreApplication& app, const QString& code) {
  const QString language = resolveLanguage(code);
  removeOurTranslators(app);
  // Qt's own, for the texts of its standard dialogs and buttons (Debian ships no Romanian), then
  // ours, which is searched first.
  installTranslator(app, kQtTranslator, QStringLiteral("qtbase_"), language,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
  if (!installTranslator(app, kOurTranslator, QStringLiteral("audientia_"), language,
                         QLatin1String(kTranslationsDir))) {
    qCWarning(lcLanguage, "the translation for %s is missing from the client",
              qPrintable(language));
  }
  // Dates and numbers: the system's regional formats when they are in this language (en_GB,
  // ro_MD), else the language's own.
  const QLocale system = QLocale::system();
  const QLocale locale(language);
  QLocale::setDefault(system.language() == locale.language() ? system : locale);
  if (qobject_cast<QGuiApplication*>(&app) != nullptr) {
    QGuiApplication::setLayoutDirection(locale.textDirection());
  }
  return language;
}

}  // namespace audientia::gui
