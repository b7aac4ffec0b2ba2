// The hearing room as a prosecutor uses it: the form keeps Record disabled and says why until
// the hearing is described, then a real recording from the test sources shows the red
// indicator, the meters, the preview and the markers stamped with F2/F6; in English, Romanian
// and Arabic (right to left), pictured into docs/screenshots when AUDIENTIA_SCREENSHOT_DIR is
// set.

#include "views/capture_widget.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <thread>

#include "services/capture_service.h"
#include "services/language.h"
#include "viewmodels/capture_view_model.h"
#include "views/level_meter.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

using namespace std::chrono_literals;

// Creating a hearing answers with an id on the next turn of the event loop.
class RoomHearings final : public HearingsApiService {
 public:
  void listHearings(const std::string&, QObject*, Done<std::vector<v1::Hearing>>) override {}
  void getHearing(const std::string&, QObject*, Done<v1::GetHearingResponse>) override {}
  void createHearing(const v1::CreateHearingRequest& request, QObject* context,
                     Done<v1::Hearing> done) override {
    QMetaObject::invokeMethod(
        context,
        [request, done] {
          v1::Hearing hearing;
          hearing.set_id("9d2f7c1e-0b8a-4c3d-8e5f-6a7b8c9d0e1f");
          hearing.set_case_number(request.case_number());
          done(hearing);
        },
        Qt::QueuedConnection);
  }
};

// Every text the workspace shows is in the user's language: once the data typed in (names,
// case number, room) and the symbols are taken out, no English word is left.
void expectNothingLeftInEnglish(QWidget& widget) {
  const QStringList data = {QStringLiteral("Ștefan Popescu"),
                            QStringLiteral("Ana Ionescu"),
                            QStringLiteral("Mihai Georgescu"),
                            QStringLiteral("1234/P/2026"),
                            QStringLiteral("Sala 2"),
                            QStringLiteral("Audierea martorului Popescu"),
                            QStringLiteral("Unde erați în seara de 12 martie?"),
                            QStringLiteral("smptebars"),
                            QStringLiteral("aevalsrc"),
                            QStringLiteral("dBFS"),
                            QStringLiteral("UTC"),
                            QStringLiteral("Ctrl")};
  const QRegularExpression english(QStringLiteral("\\b[A-Za-z]{3,}\\b"));
  QStringList texts;
  for (auto* label : widget.findChildren<QLabel*>()) {
    if (label->isVisible()) texts << label->text();
  }
  for (auto* button : widget.findChildren<QAbstractButton*>()) {
    if (button->isVisible()) texts << button->text() << button->toolTip();
  }
  for (auto* box : widget.findChildren<QGroupBox*>()) texts << box->title();
  for (auto* view : widget.findChildren<QAbstractItemView*>()) {
    QAbstractItemModel* model = view->model();
    if (model == nullptr || !view->isVisible()) continue;
    for (int column = 0; column < model->columnCount(); ++column) {
      texts << model->headerData(column, Qt::Horizontal).toString();
      for (int row = 0; row < model->rowCount(); ++row) {
        texts << model->data(model->index(row, column)).toString();
      }
    }
  }
  for (QString text : texts) {
    for (const auto& known : data) text.remove(known);
    const auto match = english.match(text);
    EXPECT_FALSE(match.hasMatch()) << "left in English: \"" << text.toStdString() << "\"";
  }
}

template <class Predicate>
bool roomWaitUntil(Predicate predicate, std::chrono::milliseconds timeout = 30s) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!predicate()) {
    if (std::chrono::steady_clock::now() > deadline) return predicate();
    QTest::qWait(20);
  }
  return true;
}

class CaptureWidgetTest : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(settings_.isValid() && captures_.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("AudientiaRoomTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings_.path());
  }
  void TearDown() override { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }

  QTemporaryDir settings_;
  QTemporaryDir captures_;
  RoomHearings hearings_;
  CaptureService service_;
};

TEST_F(CaptureWidgetTest, RecordStaysDisabledAndSaysWhyUntilTheHearingIsDescribed) {
  installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
  CaptureViewModel model(service_, hearings_, captures_.path());
  CaptureWidget widget(model);
  widget.resize(1400, 860);
  widget.show();
  EXPECT_FALSE(widget.recordButton()->isEnabled());
  bool saysCaseNumber = false;
  for (auto* label : widget.findChildren<QLabel*>()) {
    if (label->isVisible() && label->text().contains(QStringLiteral("Enter the case number."))) {
      saysCaseNumber = true;
    }
  }
  EXPECT_TRUE(saysCaseNumber);
  QTest::keyClicks(widget.caseNumberEdit(), QStringLiteral("77/P/2026"));
  EXPECT_EQ(model.caseNumber(), QStringLiteral("77/P/2026"));
  model.setKind(v1::HEARING_KIND_VICTIM);
  model.setParticipants({{QStringLiteral("victim"), QStringLiteral("Maria Dumitrescu")}});
  model.useTestSources();
  EXPECT_TRUE(widget.recordButton()->isEnabled());
  EXPECT_FALSE(widget.pauseButton()->isEnabled());
  EXPECT_FALSE(widget.stopButton()->isEnabled());
}

TEST_P(CaptureWidgetTest, RecordingShowsTheIndicatorMetersPreviewAndMarkers) {
  const QString language = QString::fromLatin1(GetParam());
  installLanguage(*QCoreApplication::instance(), language);
  CaptureViewModel model(service_, hearings_, captures_.path());
  CaptureWidget widget(model);
  widget.resize(1440, 880);
  widget.show();
  // Shortcuts (F2–F6) reach the active window only.
  widget.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&widget));
  EXPECT_EQ(widget.layoutDirection(),
            language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
  model.setCaseNumber(QStringLiteral("1234/P/2026"));
  model.setKind(v1::HEARING_KIND_WITNESS);
  model.setTitle(language == QLatin1String("ar") ? QStringLiteral("سماع الشاهد")
                                                 : QStringLiteral("Audierea martorului Popescu"));
  model.setLocation(QStringLiteral("Sala 2"));
  model.setParticipants({{QStringLiteral("witness"), QStringLiteral("Ștefan Popescu")},
                         {QStringLiteral("interpreter"), QStringLiteral("Ana Ionescu")},
                         {QStringLiteral("lawyer"), QStringLiteral("Mihai Georgescu")}});
  model.setSources({QStringLiteral("lavfi:testsrc2=size=640x360:rate=25"),
                    QStringLiteral("lavfi:smptebars=size=640x360:rate=25")},
                   {QStringLiteral("lavfi:sine=frequency=440:sample_rate=48000"),
                    // A microphone turned up too far: clipping, so the banner shows.
                    QStringLiteral("lavfi:aevalsrc=exprs=0.9999*sin(2*PI*440*t):s=48000")});
  const QString idle = widget.indicator()->text();
  QTest::mouseClick(widget.recordButton(), Qt::LeftButton);
  ASSERT_TRUE(roomWaitUntil([&] { return model.state() == CaptureState::kRecording; }));
  EXPECT_NE(widget.indicator()->text(), idle);
  EXPECT_FALSE(widget.recordButton()->isEnabled());
  EXPECT_TRUE(widget.stopButton()->isEnabled());
  ASSERT_TRUE(roomWaitUntil([&] {
    return !widget.meters().empty() && widget.meters()[0]->isVisible() &&
           widget.meters()[0]->peakDb() > -20;
  }));
  QTest::qWait(1500);
  QTest::keyClick(&widget, Qt::Key_F2);
  QTest::qWait(700);
  QTest::keyClick(&widget, Qt::Key_F5);
  ASSERT_TRUE(roomWaitUntil([&] { return model.markers()->rowCount() == 2; }));
  model.markers()->setData(model.markers()->index(0, CaptureMarkerModel::kTextColumn),
                           QStringLiteral("Unde erați în seara de 12 martie?"));
  ASSERT_TRUE(roomWaitUntil([&] { return !model.markers()->rows()[0].text.isEmpty(); }));
  ASSERT_TRUE(roomWaitUntil([&] { return widget.banner()->isVisible(); }))
      << "the clipping microphone raises the banner";
  ASSERT_TRUE(roomWaitUntil([&] {
    return widget.meters().size() >= 2 &&
           std::any_of(widget.meters().begin(), widget.meters().end(),
                       [](LevelMeter* meter) { return meter->clipping(); });
  }));
  QTest::qWait(800);
  // Arabic is written in another script: any Latin word left is an untranslated string.
  if (language == QLatin1String("ar")) expectNothingLeftInEnglish(widget);
  testing::keepPicture(
      widget, QStringLiteral("client-hearing-room-%1.png").arg(language).toUtf8().constData());
  model.stop();
  ASSERT_TRUE(roomWaitUntil([&] { return model.state() == CaptureState::kSealed; }));
  EXPECT_TRUE(model.markers()->rows()[0].kind == QStringLiteral("question"));
  EXPECT_TRUE(model.markers()->rows()[1].kind == QStringLiteral("exhibit"));
}

INSTANTIATE_TEST_SUITE_P(Languages, CaptureWidgetTest, ::testing::Values("en", "ro", "ar"));

}  // namespace
}  // namespace audientia::gui
