// GoogleTest main for the widget tests: a QApplication (offscreen) for the whole run, in
// English with US formats whatever the machine's locale (tests that switch language restore it),
// in the client's style.

#include <gtest/gtest.h>

#include <QApplication>
#include <QLocale>

#include "services/language.h"
#include "views/wrapped_text_style.h"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  QApplication app(argc, argv);
  audientia::gui::installWrappedTextStyle(app);  // as the client's main() does
  audientia::gui::installLanguage(app, QStringLiteral("en"));
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  return RUN_ALL_TESTS();
}
