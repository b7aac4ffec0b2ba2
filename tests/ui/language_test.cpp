// The client's language (services/language.h): the translations compiled into the client, the
// choice saved in the settings, Romanian texts and plurals, right to left for Arabic, and dates
// and numbers in the language's formats.

#include "services/language.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include "ui_test_support.h"
#include "viewmodels/formatting.h"

namespace audientia::gui {
namespace {

// Each test ends in English with US formats, as the test main starts.
class Language : public ::testing::Test {
 protected:
  void TearDown() override {
    installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  }
  static QString install(const char* code) {
    return installLanguage(*QCoreApplication::instance(), QLatin1String(code));
  }
};

TEST_F(Language, EveryLanguageIsCompiledIntoTheClient) {
  for (const auto& language : availableLanguages()) {
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/audientia_%1.qm").arg(language.code)))
        << language.code.toStdString();
  }
  EXPECT_EQ(nativeLanguageName(QStringLiteral("ro")), QStringLiteral("Română"));
  EXPECT_EQ(nativeLanguageName(QStringLiteral("ar")), QStringLiteral("العربية"));
}

TEST_F(Language, RomanianTranslatesTextsAndPlurals) {
  EXPECT_EQ(install("ro"), QStringLiteral("ro"));
  EXPECT_EQ(QCoreApplication::translate("audientia::gui::LoginDialog", "&Log in"),
            QStringLiteral("&Autentificare"));
  EXPECT_EQ(QCoreApplication::translate("audientia::gui::HearingListModel", "Case number"),
            QStringLiteral("Număr de dosar"));
  EXPECT_EQ(roleName(v1::ROLE_PROSECUTOR), QStringLiteral("Procuror"));
  // Romanian has three plural forms: one, a few (and none), twenty and more ("de").
  const auto hearings = [](int n) {
    return QCoreApplication::translate("audientia::gui::MainWindow", "%Ln hearings", nullptr, n);
  };
  EXPECT_EQ(hearings(1), QStringLiteral("1 audiere"));
  EXPECT_EQ(hearings(3), QStringLiteral("3 audieri"));
  EXPECT_EQ(hearings(21), QStringLiteral("21 de audieri"));
  EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

TEST_F(Language, RussianHasItsThreePluralForms) {
  install("ru");
  const auto hearings = [](int n) {
    return QCoreApplication::translate("audientia::gui::MainWindow", "%Ln hearings", nullptr, n);
  };
  EXPECT_EQ(hearings(21), QStringLiteral("21 допрос"));
  EXPECT_EQ(hearings(22), QStringLiteral("22 допроса"));
  EXPECT_EQ(hearings(25), QStringLiteral("25 допросов"));
}

TEST_F(Language, ArabicIsRightToLeftWithArabicFormats) {
  EXPECT_EQ(install("ar"), QStringLiteral("ar"));
  EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::RightToLeft);
  EXPECT_EQ(QLocale().language(), QLocale::Arabic);
  EXPECT_EQ(QLocale().textDirection(), Qt::RightToLeft);
  EXPECT_EQ(QCoreApplication::translate("audientia::gui::LoginDialog", "&Log in"),
            QStringLiteral("تسجيل &الدخول"));
  // Back to a left-to-right language, the layout follows.
  install("en");
  EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

TEST_F(Language, EnglishIsTheFallback) {
  EXPECT_EQ(install("xx"), QStringLiteral("en"));
  EXPECT_EQ(QCoreApplication::translate("audientia::gui::MainWindow", "%Ln hearings", nullptr, 1),
            QStringLiteral("1 hearing"));
  EXPECT_EQ(resolveLanguage(QStringLiteral("ro")), QStringLiteral("ro"));
  EXPECT_EQ(resolveLanguage(QStringLiteral("de")), QStringLiteral("en"));
  EXPECT_EQ(resolveLanguage({}), systemLanguage());
  EXPECT_TRUE(isAvailableLanguage(systemLanguage()));
}

TEST_F(Language, DatesAndNumbersFollowTheLanguage) {
  constexpr std::int64_t kMay1st2024Noon = 1714564800000;  // 12:00 UTC
  const QDateTime local = QDateTime::fromMSecsSinceEpoch(kMay1st2024Noon);
  install("ro");
  EXPECT_TRUE(
      timestampText(kMay1st2024Noon).startsWith(local.toString(QStringLiteral("dd.MM.yyyy"))))
      << timestampText(kMay1st2024Noon).toStdString();
  EXPECT_EQ(sizeText(1536), QStringLiteral("1,5 KiB"));
  EXPECT_EQ(exactSizeText(1234567), QStringLiteral("1.234.567 octeți"));
  install("en");
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  EXPECT_TRUE(timestampText(kMay1st2024Noon).startsWith(local.toString(QStringLiteral("M/d/yyyy"))))
      << timestampText(kMay1st2024Noon).toStdString();
  install("ar");
  // Arabic-Indic digits.
  EXPECT_TRUE(durationText(61000).contains(QChar(0x0661))) << durationText(61000).toStdString();
}

TEST_F(Language, TheChoiceIsSavedInTheSettings) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  QSettings settings(dir.filePath(QStringLiteral("client.ini")), QSettings::IniFormat);
  EXPECT_EQ(chosenLanguage(settings), QString());
  setChosenLanguage(settings, QStringLiteral("ar"));
  EXPECT_EQ(chosenLanguage(settings), QStringLiteral("ar"));
  EXPECT_EQ(settings.value(QStringLiteral("language")).toString(), QStringLiteral("ar"));
  setChosenLanguage(settings, {});
  EXPECT_FALSE(settings.contains(QStringLiteral("language")));
}

}  // namespace
}  // namespace audientia::gui
