// The widgets in another language: the login dialog in Romanian and in Arabic (right to left),
// pictured under $AUDIENTIA_SCREENSHOT_DIR; and Settings ▸ Language saving the choice.

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdlib>
#include <vector>

#include "fake_api_service.h"
#include "services/language.h"
#include "viewmodels/login_view_model.h"
#include "views/login_dialog.h"
#include "views/settings_menu.h"
#include "views/table_rows.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

// Installs a language for one test; English with US formats again at its end.
class InLanguage : public ::testing::Test {
 protected:
  void TearDown() override {
    installLanguage(*QApplication::instance(), QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  }
  static void use(const char* code) {
    ASSERT_EQ(installLanguage(*QApplication::instance(), QLatin1String(code)), QLatin1String(code));
  }
};

ConnectionDefaults loginDefaultsForPictures() {
  ConnectionDefaults defaults;
  defaults.server = QStringLiteral("parchet-iasi.example:7443");
  defaults.caFile = QStringLiteral("/etc/audientia/ca.pem");
  defaults.username = QStringLiteral("ion.popescu");
  return defaults;
}

// The label showing `text`, or null.
QLabel* labelWithText(QWidget& parent, const QString& text) {
  for (auto* label : parent.findChildren<QLabel*>()) {
    if (label->text() == text) return label;
  }
  return nullptr;
}

// Every label's text fits in the width it was given (nothing cut off).
void expectNoLabelClipped(QWidget& dialog) {
  for (auto* label : dialog.findChildren<QLabel*>()) {
    if (!label->isVisible() || label->wordWrap() || label->text().isEmpty()) continue;
    EXPECT_GE(label->width(), label->minimumSizeHint().width())
        << "clipped: " << label->text().toStdString();
  }
}

TEST_F(InLanguage, TheLoginDialogSpeaksRomanian) {
  use("ro");
  testing::UnreachableApi api;
  LoginViewModel viewModel(api);
  LoginDialog dialog(viewModel, loginDefaultsForPictures(), nullptr);
  dialog.show();
  dialog.adjustSize();
  EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Audientia — Autentificare"));
  EXPECT_NE(labelWithText(dialog, QStringLiteral("N&ume utilizator:")), nullptr);
  EXPECT_EQ(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->text(),
            QStringLiteral("&Autentificare"));
  EXPECT_EQ(dialog.layoutDirection(), Qt::LeftToRight);
  expectNoLabelClipped(dialog);
  testing::keepPicture(dialog, "client-login-ro.png", testing::PictureSize::FitToContents);
}

TEST_F(InLanguage, TheLoginDialogIsRightToLeftInArabic) {
  use("ar");
  testing::UnreachableApi api;
  LoginViewModel viewModel(api);
  LoginDialog dialog(viewModel, loginDefaultsForPictures(), nullptr);
  dialog.show();
  dialog.adjustSize();
  EXPECT_EQ(dialog.layoutDirection(), Qt::RightToLeft);
  EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Audientia — تسجيل الدخول"));
  // The labels stand right of their fields.
  QLabel* user = labelWithText(dialog, QStringLiteral("&اسم المستخدم:"));
  ASSERT_NE(user, nullptr);
  ASSERT_NE(user->buddy(), nullptr);
  EXPECT_GT(user->mapToGlobal(QPoint(0, 0)).x(), user->buddy()->mapToGlobal(QPoint(0, 0)).x());
  expectNoLabelClipped(dialog);
  testing::keepPicture(dialog, "client-login-ar.png", testing::PictureSize::FitToContents);
}

// Right to left, QTableView::selectRow() leaves no current row once the columns fill the view
// (Qt 6.4): the first hearing was selected but its details never loaded. selectTableRow does.
TEST_F(InLanguage, ARowIsSelectedAndCurrentRightToLeft) {
  use("ar");
  QStandardItemModel model(3, 2);
  QTableView view;
  view.setModel(&model);
  view.setSelectionBehavior(QAbstractItemView::SelectRows);
  view.setSelectionMode(QAbstractItemView::SingleSelection);
  view.horizontalHeader()->setStretchLastSection(true);
  view.resize(300, 200);
  view.show();
  ASSERT_EQ(view.layoutDirection(), Qt::RightToLeft);
  int currentRows = 0;
  QObject::connect(view.selectionModel(), &QItemSelectionModel::currentRowChanged, &view,
                   [&currentRows] { ++currentRows; });
  selectTableRow(view, 1);
  EXPECT_EQ(view.currentIndex().row(), 1);
  EXPECT_EQ(currentRows, 1);
  EXPECT_TRUE(view.selectionModel()->isRowSelected(1, {}));
  selectTableRow(view, 7);  // no such row: nothing changes
  EXPECT_EQ(view.currentIndex().row(), 1);
}

// The leftmost column with ink in each band of `lineHeight` rows of a picture of the label.
std::vector<int> leftmostInkPerLine(QLabel& label, int lineHeight) {
  const QImage picture = label.grab().toImage();
  const QColor background = picture.pixelColor(picture.width() - 1, picture.height() - 1);
  std::vector<int> leftmost;
  for (int top = 0; top + lineHeight <= picture.height(); top += lineHeight) {
    int found = picture.width();
    for (int y = top; y < top + lineHeight; ++y) {
      for (int x = 0; x < found; ++x) {
        if (std::abs(picture.pixelColor(x, y).lightness() - background.lightness()) > 80) found = x;
      }
    }
    leftmost.push_back(found);
  }
  return leftmost;
}

// A wrapped plain-text label in Arabic: every broken line ends where rich text (laid out by
// QTextDocument, which places right-to-left lines correctly) ends it. Qt's own drawing of plain
// text shifts each broken line left by the space it broke at, past the label's left edge; the
// client's style (WrappedTextStyle) draws it right.
TEST_F(InLanguage, WrappedArabicLinesStayInsideTheirLabel) {
  use("ar");
  const QString text = QStringLiteral(
      "لماذا تغادر الحزمة المبنى (مثلًا: طلب المحكمة ورقمه)؟ يُكتب السبب في الحزمة وفي سجل "
      "التدقيق.");
  QLabel plain(text);
  QLabel rich(text.toHtmlEscaped());
  rich.setTextFormat(Qt::RichText);
  for (QLabel* label : {&plain, &rich}) {
    label->setWordWrap(true);
    label->setFixedSize(260, 6 * label->fontMetrics().lineSpacing());
    label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    label->show();
  }
  ASSERT_EQ(plain.layoutDirection(), Qt::RightToLeft);
  const int lineHeight = plain.fontMetrics().lineSpacing();
  const auto plainInk = leftmostInkPerLine(plain, lineHeight);
  const auto richInk = leftmostInkPerLine(rich, lineHeight);
  ASSERT_EQ(plainInk.size(), richInk.size());
  int lines = 0;
  for (std::size_t line = 0; line < plainInk.size(); ++line) {
    if (richInk[line] == plain.width()) continue;  // no text on this line
    ++lines;
    EXPECT_GT(plainInk[line], 0) << "line " << line << " runs past the label's left edge";
    EXPECT_NEAR(plainInk[line], richInk[line], 1) << "line " << line;
  }
  EXPECT_GE(lines, 2) << "the text must wrap for this test to mean anything";
}

TEST_F(InLanguage, SettingsSavesTheLanguageForTheNextStart) {
  QTemporaryDir config;
  ASSERT_TRUE(config.isValid());
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());
  setChosenLanguage({});
  QWidget window;
  SettingsMenu menu(&window);
  const QList<QAction*> choices = menu.languageActions();
  ASSERT_EQ(choices.size(), 1 + availableLanguages().size());
  EXPECT_TRUE(choices.first()->isChecked()) << "the system's language is the default";
  QAction* romanian = nullptr;
  for (QAction* action : choices) {
    if (action->data().toString() == QLatin1String("ro")) romanian = action;
  }
  ASSERT_NE(romanian, nullptr);
  EXPECT_EQ(romanian->text(), QStringLiteral("Română"));
  romanian->trigger();
  EXPECT_TRUE(romanian->isChecked());
  EXPECT_EQ(chosenLanguage(), QStringLiteral("ro"));
  auto* message = window.findChild<QMessageBox*>(QStringLiteral("languageChangedMessage"));
  ASSERT_NE(message, nullptr);
  EXPECT_TRUE(message->text().contains(QStringLiteral("Română"))) << message->text().toStdString();
  message->close();
  // A second menu (the next window) shows the saved choice.
  SettingsMenu next(&window);
  for (QAction* action : next.languageActions()) {
    EXPECT_EQ(action->isChecked(), action->data().toString() == QLatin1String("ro"));
  }
  setChosenLanguage({});
  const QString home = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home);
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home);
}

}  // namespace
}  // namespace audientia::gui
