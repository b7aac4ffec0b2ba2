// GoogleTest main for the client tests: a QGuiApplication (offscreen) for the whole run, in
// English with US formats whatever the machine's locale (tests that switch language restore it).

#include <gtest/gtest.h>

#include <QGuiApplication>
#include <QLocale>

#include "services/language.h"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  QGuiApplication app(argc, argv);
  audientia::gui::installLanguage(app, QStringLiteral("en"));
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  return RUN_ALL_TESTS();
}
