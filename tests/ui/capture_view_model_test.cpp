// The hearing room's view model over the real capture engine (lavfi test sources, real FFmpeg
// encoding, real files): the form's rules, a whole hearing (create, record, markers with an
// edited text, a pause with its reason, stop and seal) checked in the sealed manifest, the
// live meters and previews, failures that record nothing, and an interrupted capture (a killed
// process) recovered and resumed into the same hearing. No widgets.

#include "viewmodels/capture_view_model.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <thread>

#include "audientia/media/capture_manifest.h"
#include "audientia/media/capture_session.h"
#include "audientia/media/capture_verify.h"
#include "services/capture_service.h"
#include "ui_test_support.h"

namespace audientia::gui {
namespace {

using testing::waitUntil;
using namespace std::chrono_literals;

constexpr char kHearingId[] = "3f0c9a52-5b6e-4c1e-9d1a-0a4b5c6d7e8f";

// The server's side of creating a hearing, answered on the next turn of the event loop like
// the real service; it keeps what it was asked.
class HearingsForCapture final : public HearingsApiService {
 public:
  void listHearings(const std::string&, QObject*, Done<std::vector<v1::Hearing>>) override {
    ADD_FAILURE();
  }
  void getHearing(const std::string&, QObject*, Done<v1::GetHearingResponse>) override {
    ADD_FAILURE();
  }
  void createHearing(const v1::CreateHearingRequest& request, QObject* context,
                     Done<v1::Hearing> done) override {
    requests.push_back(request);
    QMetaObject::invokeMethod(
        context,
        [this, request, done] {
          if (!refusal.empty()) {
            done(Error(ErrorCode::kPermissionDenied, refusal));
            return;
          }
          v1::Hearing hearing;
          hearing.set_id(kHearingId);
          hearing.set_case_number(request.case_number());
          done(hearing);
        },
        Qt::QueuedConnection);
  }

  std::vector<v1::CreateHearingRequest> requests;
  std::string refusal;
};

class CaptureViewModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(settingsDir_.isValid() && captureRoot_.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("AudientiaCaptureTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
  }

  void fillForm(CaptureViewModel& model) {
    model.setCaseNumber(QStringLiteral("1234/P/2026"));
    model.setKind(v1::HEARING_KIND_WITNESS);
    model.setTitle(QStringLiteral("Audierea martorului"));
    model.setLocation(QStringLiteral("Sala 2"));
    model.setParticipants({{QStringLiteral("witness"), QStringLiteral("Ștefan Popescu")},
                           {QStringLiteral("interpreter"), QStringLiteral("Ana Ionescu")}});
    model.setSources({QStringLiteral("lavfi:testsrc2=size=320x180:rate=15")},
                     {QStringLiteral("lavfi:sine=frequency=440:sample_rate=48000")});
  }

  QTemporaryDir settingsDir_;
  QTemporaryDir captureRoot_;
  HearingsForCapture hearings_;
  CaptureService service_;
};

TEST_F(CaptureViewModelTest, TheFormSaysWhatIsMissingBeforeRecordingCanStart) {
  CaptureViewModel model(service_, hearings_, captureRoot_.path());
  model.setSources({}, {});
  const QStringList missing = model.problems();
  EXPECT_EQ(missing.size(), 4) << missing.join(QLatin1Char('|')).toStdString();
  EXPECT_FALSE(model.canRecord());
  model.setCaseNumber(QStringLiteral("1234/P/2026"));
  model.setKind(v1::HEARING_KIND_SUSPECT);
  model.setParticipants({{QStringLiteral("suspect"), QStringLiteral("  ")}});
  EXPECT_TRUE(model.problems().contains(QStringLiteral("Participant 1 has no name.")));
  model.setParticipants({{QStringLiteral("suspect"), QStringLiteral("Ion Vasile")}});
  model.useTestSources();
  EXPECT_TRUE(model.usesTestSources());
  EXPECT_TRUE(model.problems().isEmpty()) << model.problems().join(QLatin1Char('|')).toStdString();
  EXPECT_TRUE(model.canRecord());
  // An existing hearing needs no form, only sources.
  CaptureViewModel again(service_, hearings_, captureRoot_.path());
  again.useExistingHearing(QString::fromLatin1(kHearingId), QStringLiteral("1234/P/2026"));
  again.setSources({}, {QStringLiteral("lavfi:sine")});
  EXPECT_TRUE(again.canRecord());
  // The room layout is the workstation's: saved at each start, loaded by the next model.
  model.saveProfile();
  CaptureViewModel next(service_, hearings_, captureRoot_.path());
  EXPECT_EQ(next.videoSources(), model.videoSources());
  EXPECT_EQ(next.audioSources(), model.audioSources());
}

TEST_F(CaptureViewModelTest, RecordsAWholeHearingIntoASealedCaptureOfThatHearing) {
  CaptureViewModel model(service_, hearings_, captureRoot_.path());
  fillForm(model);
  QSignalSpy started(&model, &CaptureViewModel::captureStarted);
  QSignalSpy errors(&model, &CaptureViewModel::errorOccurred);
  model.record();
  ASSERT_TRUE(waitUntil([&] { return model.state() == CaptureState::kRecording; }))
      << (errors.isEmpty() ? std::string("no error")
                           : errors.first().first().toString().toStdString());
  ASSERT_EQ(hearings_.requests.size(), 1u);
  const auto& request = hearings_.requests.front();
  EXPECT_EQ(request.case_number(), "1234/P/2026");
  EXPECT_EQ(request.kind(), v1::HEARING_KIND_WITNESS);
  EXPECT_EQ(request.location(), "Sala 2");
  ASSERT_EQ(request.participants_size(), 2);
  EXPECT_EQ(request.participants(0).name(), "Ștefan Popescu");
  EXPECT_EQ(request.participants(1).role(), "interpreter");
  ASSERT_EQ(started.count(), 1);
  EXPECT_EQ(started.first().at(0).toString(), QString::fromLatin1(kHearingId));
  const QString dir = started.first().at(1).toString();
  EXPECT_TRUE(dir.startsWith(captureRoot_.path()));

  // Live signals: a meter for the tone (about -3 dBFS peak), a preview picture, the clock.
  ASSERT_TRUE(waitUntil([&] { return !model.meters().empty() && model.meters()[0].peakDb > -20; }));
  EXPECT_LT(model.meters()[0].rmsDb, model.meters()[0].peakDb + 0.01);
  ASSERT_TRUE(waitUntil([&] { return !model.preview(0).isNull(); }));
  EXPECT_EQ(model.preview(0).width(), 160);

  model.addMarker(0);                                               // question, F2
  model.addMarker(4, QStringLiteral("martorul arată documentul"));  // note, F6
  ASSERT_TRUE(waitUntil([&] { return model.markers()->rowCount() == 2; }));
  EXPECT_EQ(model.markers()->rows()[0].kind, QStringLiteral("question"));
  // The text of the first is typed afterwards, in the list, before the seal.
  const QModelIndex text = model.markers()->index(0, CaptureMarkerModel::kTextColumn);
  EXPECT_TRUE(model.markers()->flags(text) & Qt::ItemIsEditable);
  ASSERT_TRUE(model.markers()->setData(text, QStringLiteral("Unde erați la ora 21?")));
  ASSERT_TRUE(waitUntil(
      [&] { return model.markers()->rows()[0].text == QStringLiteral("Unde erați la ora 21?"); }));

  model.pause(QString());
  ASSERT_EQ(errors.count(), 1) << "a pause without a reason is refused";
  model.pause(QStringLiteral("Consultation with the lawyer"));
  ASSERT_TRUE(waitUntil([&] { return model.state() == CaptureState::kPaused; }));
  std::this_thread::sleep_for(300ms);
  model.resume();
  ASSERT_TRUE(waitUntil([&] { return model.state() == CaptureState::kRecording; }));
  QTest::qWait(1200);
  EXPECT_GE(model.elapsedMs(), 1500);
  model.stop();
  ASSERT_TRUE(waitUntil([&] { return model.state() == CaptureState::kSealed; }));
  EXPECT_FALSE(model.sealSummary().isEmpty());
  EXPECT_FALSE(model.markers()->flags(text) & Qt::ItemIsEditable) << "sealed: markers are final";

  auto manifest = media::readManifest(dir.toStdString());
  ASSERT_TRUE(manifest) << manifest.error().toString();
  EXPECT_EQ(manifest->state, "sealed");
  EXPECT_EQ(manifest->hearingId, kHearingId);
  ASSERT_EQ(manifest->markers.size(), 2u);
  EXPECT_EQ(manifest->markers[0].kind, "question");
  EXPECT_EQ(manifest->markers[0].text, "Unde erați la ora 21?");
  EXPECT_EQ(manifest->markers[1].text, "martorul arată documentul");
  ASSERT_EQ(manifest->pauses.size(), 1u);
  EXPECT_EQ(manifest->pauses[0].reason, "Consultation with the lawyer");
  auto verification = media::verifyCapture(dir.toStdString());
  ASSERT_TRUE(verification) << verification.error().toString();
  EXPECT_TRUE(verification->ok());

  // The event list tells the story in order.
  QStringList what;
  for (const auto& row : model.events()->rows()) what << row.what;
  EXPECT_EQ(what.first(), QStringLiteral("Recording started"));
  EXPECT_TRUE(what.contains(QStringLiteral("Paused")));
  EXPECT_TRUE(what.contains(QStringLiteral("Resumed")));
  EXPECT_EQ(what.last(), QStringLiteral("Recording stopped and sealed"));

  model.startOver();
  EXPECT_EQ(model.state(), CaptureState::kPreparing);
  EXPECT_TRUE(model.caseNumber().isEmpty());
  EXPECT_FALSE(model.videoSources().isEmpty()) << "the sources stay for the next hearing";
}

TEST_F(CaptureViewModelTest, AFullDiskStopsAndSealsTheRecordingWithTheBannerUp) {
  // A floor above any disk's free space (in MiB): reached at the engine's first check.
  QSettings().setValue(QStringLiteral("capture/diskFloorMiB"), qulonglong{1} << 40);
  CaptureViewModel model(service_, hearings_, captureRoot_.path());
  fillForm(model);
  model.record();
  ASSERT_TRUE(waitUntil([&] { return model.state() == CaptureState::kRecording; }));
  ASSERT_TRUE(waitUntil([&] { return model.state() == CaptureState::kSealed; }));
  EXPECT_EQ(model.banner().severity, EventSeverity::kError);
  EXPECT_TRUE(model.banner().text.contains(QStringLiteral("disk is full")));
  auto manifest = media::readManifest(model.captureDir().toStdString());
  ASSERT_TRUE(manifest) << manifest.error().toString();
  EXPECT_EQ(manifest->state, "sealed");
  ASSERT_EQ(manifest->pauses.size(), 1u);
  EXPECT_EQ(manifest->pauses[0].reason, "disk full");
  QSettings().remove(QStringLiteral("capture/diskFloorMiB"));
}

TEST_F(CaptureViewModelTest, AHearingTheServerRefusesRecordsNothing) {
  hearings_.refusal = "prosecutors create hearings in their own office only";
  CaptureViewModel model(service_, hearings_, captureRoot_.path());
  fillForm(model);
  QSignalSpy errors(&model, &CaptureViewModel::errorOccurred);
  model.record();
  ASSERT_TRUE(testing::signalled(errors, 10000));
  EXPECT_TRUE(errors.first().first().toString().contains(
      QStringLiteral("prosecutors create hearings in their own office only")));
  EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("nothing was recorded")));
  EXPECT_EQ(model.state(), CaptureState::kPreparing);
  EXPECT_TRUE(QDir(captureRoot_.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

TEST_F(CaptureViewModelTest, AnInputThatCannotOpenLeavesTheFormReadyToTryAgain) {
  CaptureViewModel model(service_, hearings_, captureRoot_.path());
  fillForm(model);
  model.setSources({QStringLiteral("v4l2:/dev/video-missing")}, {});
  QSignalSpy errors(&model, &CaptureViewModel::errorOccurred);
  model.record();
  ASSERT_TRUE(testing::signalled(errors, 20000));
  EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("/dev/video-missing")))
      << errors.first().first().toString().toStdString();
  EXPECT_EQ(model.state(), CaptureState::kPreparing);
  // The hearing was created once; trying again records into it, not into a second one.
  EXPECT_TRUE(model.isExistingHearing());
  model.setSources({}, {QStringLiteral("lavfi:sine=frequency=440:sample_rate=48000")});
  model.record();
  ASSERT_TRUE(waitUntil([&] { return model.state() == CaptureState::kRecording; }));
  EXPECT_EQ(hearings_.requests.size(), 1u);
  model.stop();
  ASSERT_TRUE(waitUntil([&] { return model.state() == CaptureState::kSealed; }));
}

TEST_F(CaptureViewModelTest, AnInterruptedCaptureIsOfferedAndResumedIntoTheSameHearing) {
  const std::filesystem::path dir =
      std::filesystem::path(captureRoot_.path().toStdString()) / "20261206-101500-3f0c9a52";
  media::CaptureOptions options;
  options.outputDir = dir;
  options.audioInputs = {"lavfi:sine=frequency=440:sample_rate=48000"};
  options.segmentLength = 1s;
  options.hearingId = kHearingId;
  options.title = "1234/P/2026";
  // The process recording it dies without a word (the client or the machine).
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto session = media::CaptureSession::start(options);
    if (!session) _exit(3);
    while (true) std::this_thread::sleep_for(1s);
  }
  std::this_thread::sleep_for(2500ms);
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status));

  CaptureViewModel model(service_, hearings_, captureRoot_.path());
  QSignalSpy found(&model, &CaptureViewModel::interruptedFound);
  QSignalSpy started(&model, &CaptureViewModel::captureStarted);
  model.findInterrupted();
  ASSERT_TRUE(testing::signalled(found, 20000));
  ASSERT_EQ(model.interrupted().size(), 1u);
  EXPECT_EQ(model.interrupted()[0].hearingId, kHearingId);
  EXPECT_EQ(model.interrupted()[0].audioInputs, options.audioInputs);
  model.resumeInterrupted(0);
  ASSERT_TRUE(waitUntil([&] { return model.state() == CaptureState::kRecording; }));
  EXPECT_EQ(model.hearingId(), QString::fromLatin1(kHearingId));
  EXPECT_TRUE(hearings_.requests.empty()) << "no second hearing is created";
  ASSERT_EQ(started.count(), 1);
  EXPECT_EQ(started.first().at(1).toString().toStdString(), dir.string());
  QTest::qWait(1200);
  model.stop();
  ASSERT_TRUE(waitUntil([&] { return model.state() == CaptureState::kSealed; }));
  auto manifest = media::readManifest(dir);
  ASSERT_TRUE(manifest) << manifest.error().toString();
  EXPECT_EQ(manifest->state, "sealed");
  EXPECT_EQ(manifest->runs.size(), 2u);
  EXPECT_EQ(manifest->gaps.size(), 1u) << "the interruption is a gap in the record";
  auto verification = media::verifyCapture(dir);
  ASSERT_TRUE(verification) << verification.error().toString();
  EXPECT_TRUE(verification->ok());
}

}  // namespace
}  // namespace audientia::gui
