// The player against the real audientia-server: the loopback stream server (byte ranges of a
// recording, nothing without its secret), the player's view model (first frame, duration, the
// annotations as marks, the waveform, seeks, marks, speeds, J/K/L, two cameras and two
// microphones) through Qt Multimedia's real GStreamer backend (what it says about a recording it
// cannot play: player_view_model_test.cpp), saving a file with its digest checked, and the main
// window: a hearing opened at a moment (a search hit) plays from there in the player window,
// driven by its keys, and the Files tab; in English, Romanian and Arabic, pictured into
// docs/screenshots when AUDIENTIA_SCREENSHOT_DIR is set.

#include <gtest/gtest.h>
#include <httplib.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMediaPlayer>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/server_seed.h"
#include "audientia/testing/subprocess.h"
#include "player_server_fixture.h"
#include "services/api_client_service.h"
#include "services/language.h"
#include "services/media_stream_server.h"
#include "services/pitch_keeping.h"
#include "ui_test_support.h"
#include "viewmodels/account_view_model.h"
#include "viewmodels/annotation_list_model.h"
#include "viewmodels/annotations_view_model.h"
#include "viewmodels/download_view_model.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/login_view_model.h"
#include "viewmodels/player_view_model.h"
#include "viewmodels/recording_file_model.h"
#include "viewmodels/thumbnail_strip_model.h"
#include "views/clip_bar.h"
#include "views/hearing_details_widget.h"
#include "views/hearing_export_bar.h"
#include "views/main_window.h"
#include "views/package_dialog.h"
#include "views/player_window.h"
#include "views/recording_files_panel.h"
#include "views/thumbnail_strip_view.h"
#include "views/timeline_widget.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

using player_test::kLengthMs;
using player_test::PlayerServerTest;
namespace fs = std::filesystem;
using audientia::gui::testing::waitUntil;

// The player window as its user sees it: the video widget draws into a surface of its own, which
// QWidget::grab() leaves out, so the frame it shows (from its video sink) is painted into place.
void keepPlayerPicture(PlayerWindow& window, const char* name) {
  const char* dir = std::getenv("AUDIENTIA_SCREENSHOT_DIR");
  if (dir == nullptr || *dir == '\0') return;
  QPixmap picture = window.grab();
  const QImage frame = window.video()->videoSink()->videoFrame().toImage();
  if (!frame.isNull()) {
    const QRect area(window.video()->mapTo(&window, QPoint(0, 0)), window.video()->size());
    QPainter painter(&picture);
    painter.fillRect(area, Qt::black);
    const QSize fitted = frame.size().scaled(area.size(), Qt::KeepAspectRatio);
    painter.drawImage(
        QRect(area.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted), frame);
  }
  picture.save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
}

// A FILE recording's original, as uploaded.
StreamedFile originalOf(const v1::Recording& recording) {
  for (const auto& file : recording.files()) {
    if (file.role() == v1::FILE_ROLE_ORIGINAL) {
      return {recording.id(), file.role(), file.sequence(), file.size_bytes(), file.content_type()};
    }
  }
  return {recording.id(), v1::FILE_ROLE_UNSPECIFIED, 0, recording.size_bytes(), "video/mp4"};
}

TEST_F(PlayerServerTest, TheStreamServerAnswersByteRangesOnlyWithItsSecret) {
  MediaStreamServer streams;
  ASSERT_TRUE(streams.isListening());
  const QUrl url = streams.urlFor(originalOf(seed_.recording));
  EXPECT_EQ(QStringLiteral("127.0.0.1"), url.host());
  httplib::Client http("127.0.0.1", url.port());
  // A connection that cannot be made fails the test in seconds, not after httplib's 300 s.
  http.set_connection_timeout(std::chrono::seconds(15));
  http.set_read_timeout(std::chrono::seconds(30));
  const std::string path = url.path().toStdString();

  // No session yet: 503, nothing read.
  auto refused = http.Get(path);
  ASSERT_TRUE(refused);
  EXPECT_EQ(503, refused->status);

  ApiClientService api;
  LoginViewModel login(api);
  loginClerk(api, login, streams);
  auto whole = http.Get(path);
  ASSERT_TRUE(whole);
  EXPECT_EQ(200, whole->status);
  EXPECT_TRUE(whole->body == seed_.bytes) << whole->body.size() << " of " << seed_.bytes.size();

  auto part = http.Get(path, {{"Range", "bytes=1000-1999"}});
  ASSERT_TRUE(part);
  EXPECT_EQ(206, part->status);
  EXPECT_EQ(seed_.bytes.substr(1000, 1000), part->body);
  const std::size_t size = seed_.bytes.size();
  auto tail = http.Get(path, {{"Range", "bytes=" + std::to_string(size - 100) + "-"}});
  ASSERT_TRUE(tail);
  EXPECT_EQ(206, tail->status);
  EXPECT_EQ(seed_.bytes.substr(size - 100), tail->body);
  EXPECT_EQ("bytes " + std::to_string(size - 100) + "-" + std::to_string(size - 1) + "/" +
                std::to_string(size),
            tail->get_header_value("Content-Range"));

  // Another secret, or a file never handed out: nothing.
  std::string forged = path;
  forged[1] = forged[1] == 'a' ? 'b' : 'a';
  auto wrongSecret = http.Get(forged);
  ASSERT_TRUE(wrongSecret);
  EXPECT_EQ(404, wrongSecret->status);
  auto unknown = http.Get(path.substr(0, path.rfind('/')) + "/999");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(404, unknown->status);
}

TEST_F(PlayerServerTest, PlaysWithMarksSeeksSpeedsAndTracks) {
  MediaStreamServer streams;
  ApiClientService api;
  LoginViewModel login(api);
  loginClerk(api, login, streams);
  AnnotationsViewModel annotations(api);
  QSignalSpy listed(&annotations, &AnnotationsViewModel::annotationsLoaded);
  annotations.setHearing(QString::fromStdString(seed_.hearingId));
  ASSERT_TRUE(testing::signalled(listed, 30000));
  annotations.setRecording(QString::fromStdString(seed_.recording.id()));

  PlayerViewModel player(streams);
  QVideoSink sink;
  player.setVideoSink(&sink);
  player.setAnnotations(annotations.annotations());
  player.open(seed_.recording);
  ASSERT_TRUE(player.hasMedia()) << player.statusText().toStdString();
  ASSERT_TRUE(waitUntil([&] { return player.firstFrameMs() >= 0; }))
      << player.statusText().toStdString();
  EXPECT_GT(player.firstFrameMs(), 0);
  EXPECT_LT(player.firstFrameMs(), 5000);
  EXPECT_GT(streams.bytesServed(), 0);
  ASSERT_TRUE(waitUntil([&] { return player.isPlaying(); }));
  EXPECT_NEAR(kLengthMs, player.durationMs(), 300);
  EXPECT_FALSE(player.statusIsProblem()) << player.statusText().toStdString();

  // The two annotations are the marks, in time order.
  ASSERT_EQ(2u, player.marks().size());
  EXPECT_EQ(3'000, player.marks()[0].atMs);
  EXPECT_EQ(PlayerViewModel::MarkKind::kAnnotation, player.marks()[0].kind);
  EXPECT_TRUE(player.marks()[0].label.startsWith(QStringLiteral("Question: Unde")));
  EXPECT_EQ(12'000, player.marks()[1].atMs);

  // The server's waveform arrives in the background: a steady tone all along.
  ASSERT_TRUE(waitUntil([&] { return !player.waveform().empty(); }));
  ASSERT_GT(player.waveformPeaksPerSecond(), 0);
  EXPECT_NEAR(20.0 * player.waveformPeaksPerSecond(), double(player.waveform().size()),
              player.waveformPeaksPerSecond());
  EXPECT_FLOAT_EQ(1.0F, *std::max_element(player.waveform().begin(), player.waveform().end()));
  EXPECT_GT(*std::min_element(player.waveform().begin() + 2, player.waveform().end() - 2), 0.5F);

  // Two cameras and two microphones to choose from.
  ASSERT_TRUE(waitUntil([&] { return player.cameras().size() == 2; }));
  EXPECT_EQ(2, player.audioTracks().size());
  EXPECT_EQ(QStringLiteral("Camera 1"), player.cameras()[0].left(8));
  player.setCamera(1);
  EXPECT_TRUE(waitUntil([&] { return player.activeCamera() == 1; }));
  player.setAudioTrack(1);
  EXPECT_TRUE(waitUntil([&] { return player.activeAudioTrack() == 1; }));

  // Seeks: to a time, to the next and previous marks, by steps.
  player.seek(12'000);
  ASSERT_TRUE(waitUntil([&] {
    return player.positionMs() >= 12'000 && player.positionMs() < 14'000;
  })) << player.positionMs();
  player.previousMark();
  ASSERT_TRUE(waitUntil([&] {
    return player.positionMs() >= 3'000 && player.positionMs() < 5'000;
  })) << player.positionMs();
  player.nextMark();
  ASSERT_TRUE(waitUntil([&] {
    return player.positionMs() >= 12'000 && player.positionMs() < 14'000;
  })) << player.positionMs();
  player.skip(-PlayerViewModel::kStepMs);
  ASSERT_TRUE(waitUntil([&] {
    return player.positionMs() >= 7'000 && player.positionMs() < 9'500;
  })) << player.positionMs();
  EXPECT_EQ(1, player.markBefore(player.positionMs() + 5'000));

  // The audio goes through scaletempo: at 2x the media runs twice as fast and the voices keep
  // their pitch (the stretch is scaletempo's; the sink no longer resamples for the rate).
  EXPECT_GT(pitchKeepingElementsMade(), 0);
  player.seek(2'000);
  ASSERT_TRUE(
      waitUntil([&] { return player.positionMs() >= 2'000 && player.positionMs() < 4'000; }));
  player.setRate(2.0);
  QTest::qWait(300);
  const qint64 before = player.positionMs();
  QElapsedTimer wall;
  wall.start();
  QTest::qWait(1500);
  const double ratio = double(player.positionMs() - before) / double(wall.elapsed());
  EXPECT_GT(ratio, 1.6) << "media ms per wall ms at 2x";
  EXPECT_LT(ratio, 2.4) << "media ms per wall ms at 2x";
  player.setRate(1.0);

  // Speeds: L faster while playing, J slower, never past 0.5x-2x.
  ASSERT_TRUE(player.isPlaying());
  player.keyL();
  EXPECT_DOUBLE_EQ(1.25, player.rate());
  EXPECT_DOUBLE_EQ(1.25, player.mediaPlayer()->playbackRate());
  for (int i = 0; i < 5; ++i) player.keyL();
  EXPECT_DOUBLE_EQ(2.0, player.rate());
  player.keyJ();
  EXPECT_DOUBLE_EQ(1.5, player.rate());
  for (int i = 0; i < 5; ++i) player.slower();
  EXPECT_DOUBLE_EQ(0.5, player.rate());
  player.setRate(1.0);
  // K pauses; L plays again.
  player.keyK();
  ASSERT_TRUE(waitUntil([&] { return !player.isPlaying(); }));
  player.keyL();
  ASSERT_TRUE(waitUntil([&] { return player.isPlaying(); }));
  // J at normal speed goes 5 s back.
  player.seek(15'000);
  ASSERT_TRUE(waitUntil([&] { return player.positionMs() >= 15'000; }));
  player.keyJ();
  EXPECT_TRUE(waitUntil([&] {
    return player.positionMs() >= 10'000 && player.positionMs() < 12'500;
  })) << player.positionMs();

  // A new annotation becomes a mark as soon as the list reloads.
  QSignalSpy changed(&annotations, &AnnotationsViewModel::annotationsLoaded);
  annotations.add(QString::fromStdString(seed_.recording.id()), 16'500, QStringLiteral("note"),
                  QStringLiteral("Pauză cerută de avocat"));
  ASSERT_TRUE(testing::signalled(changed, 30000));
  ASSERT_TRUE(waitUntil([&] { return player.marks().size() == 3; }));
  EXPECT_EQ(16'500, player.marks()[2].atMs);

  player.close();
  EXPECT_FALSE(player.hasMedia());
  EXPECT_TRUE(player.marks().empty());
}

TEST_P(PlayerServerTest, AHearingOpenedAtAMomentPlaysFromThereInThePlayerWindow) {
  const QString language = QString::fromLatin1(GetParam());
  installLanguage(*QCoreApplication::instance(), language);
  MediaStreamServer streams;
  ApiClientService api;
  LoginViewModel login(api);
  std::shared_ptr<client::ApiClient> session;
  loginClerk(api, login, streams, &session);
  HearingsViewModel hearings(api, api);
  hearings.setSession(login.session());
  AccountViewModel account(api);
  AnnotationsViewModel annotations(api);
  PlayerViewModel player(streams);
  hearings.thumbnails()->setClient(streams.client());
  MainWindow window(hearings, true, nullptr, nullptr, account,
                    MainWindow::ErrorDisplay::kStatusBarOnly, nullptr);
  window.addAnnotations(annotations);
  DownloadViewModel downloads;
  downloads.setClient(session);
  window.addPlayer(player, &annotations, &downloads);
  window.detailsWidget()->setDownloads(downloads);
  window.resize(1280, 860);
  window.show();
  QSignalSpy loaded(&hearings, &HearingsViewModel::hearingsLoaded);
  hearings.refresh();
  ASSERT_TRUE(loaded.wait(30000) || !loaded.isEmpty());

  // As a search hit on the annotation at 0:00:12 opens it.
  window.openHearing(QString::fromStdString(seed_.hearingId),
                     QString::fromStdString(seed_.recording.id()), 12'000);
  ASSERT_TRUE(waitUntil([&] { return window.playerWindow() != nullptr; }));
  PlayerWindow* playerWindow = window.playerWindow();
  ASSERT_TRUE(waitUntil([&] { return player.firstFrameMs() >= 0; }))
      << player.statusText().toStdString();
  ASSERT_TRUE(waitUntil([&] {
    return player.positionMs() >= 12'000 && player.positionMs() < 15'000;
  })) << player.positionMs();
  ASSERT_TRUE(waitUntil([&] { return player.marks().size() >= 2; }));
  EXPECT_TRUE(playerWindow->isVisible());
  EXPECT_EQ(language == QStringLiteral("ar") ? Qt::RightToLeft : Qt::LeftToRight,
            playerWindow->layoutDirection());
  EXPECT_EQ(Qt::LeftToRight, playerWindow->timeline()->layoutDirection());

  // The keys: K pauses, Space plays, Page Up goes to the previous mark, ] is faster.
  playerWindow->activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(playerWindow));
  QTest::keyClick(playerWindow, Qt::Key_K);
  ASSERT_TRUE(waitUntil([&] { return !player.isPlaying(); }));
  QTest::keyClick(playerWindow, Qt::Key_PageUp);
  ASSERT_TRUE(waitUntil([&] {
    return player.positionMs() >= 3'000 && player.positionMs() < 4'000;
  })) << player.positionMs();
  QTest::keyClick(playerWindow, Qt::Key_BracketRight);
  EXPECT_DOUBLE_EQ(1.25, player.rate());
  EXPECT_DOUBLE_EQ(1.25, playerWindow->speedBox()->currentData().toDouble());
  QTest::keyClick(playerWindow, Qt::Key_BracketLeft);
  QTest::keyClick(playerWindow, Qt::Key_Space);
  ASSERT_TRUE(waitUntil([&] { return player.isPlaying(); }));

  // Hovering the timeline shows the server's picture of that moment above it.
  TimelineWidget* timeline = playerWindow->timeline();
  ASSERT_TRUE(waitUntil([&] { return player.thumbnails().rowCount() == 4; }));
  timeline->showPreview(timeline->xOf(11'000));
  EXPECT_TRUE(timeline->preview()->isVisible());
  EXPECT_LT(timeline->preview()->geometry().bottom(), timeline->mapToGlobal(QPoint(0, 0)).y());
  QTest::mouseMove(timeline, QPoint(timeline->width() / 2, timeline->height() / 2));
  QEvent leave(QEvent::Leave);
  QCoreApplication::sendEvent(timeline, &leave);
  EXPECT_FALSE(timeline->preview()->isVisible());

  // A click on the timeline's tick of the second annotation plays from it exactly.
  QTest::mouseClick(timeline, Qt::LeftButton, {},
                    QPoint(timeline->xOf(12'000) + 2, timeline->height() / 2));
  ASSERT_TRUE(waitUntil([&] {
    return player.positionMs() >= 12'000 && player.positionMs() < 14'000;
  })) << player.positionMs();
  QTest::qWait(300);
  player.pause();
  ASSERT_TRUE(waitUntil([&] { return !player.isPlaying(); }));

  // A clip: I at 0:06.5, O at 0:09, exported through the server, which cuts it on the keyframe
  // at 0:06 (one a second) and says so.
  ClipBar* clipBar = playerWindow->clipBar();
  ASSERT_NE(clipBar, nullptr);
  EXPECT_FALSE(clipBar->exportButton()->isEnabled());
  player.seek(6'500);
  ASSERT_TRUE(waitUntil([&] { return std::abs(player.positionMs() - 6'500) < 100; }));
  QTest::keyClick(playerWindow, Qt::Key_I);
  player.seek(9'000);
  ASSERT_TRUE(waitUntil([&] { return std::abs(player.positionMs() - 9'000) < 100; }));
  QTest::keyClick(playerWindow, Qt::Key_O);
  ASSERT_TRUE(player.hasClip());
  EXPECT_NEAR(6'500, player.clipFromMs(), 100);
  EXPECT_NEAR(9'000, player.clipToMs(), 100);
  EXPECT_TRUE(clipBar->exportButton()->isEnabled());
  EXPECT_TRUE(clipBar->suggestedFileName().startsWith(QStringLiteral("808-P-2026_0-00-06_0-00-0")))
      << clipBar->suggestedFileName().toStdString();
  const fs::path clipDir = fs::temp_directory_path() / ("audientia-clip-" + language.toStdString());
  fs::remove_all(clipDir);
  fs::create_directories(clipDir);
  const fs::path clipFile = clipDir / clipBar->suggestedFileName().toStdString();
  clipBar->exportClipTo(QString::fromStdString(clipFile.string()));
  ASSERT_TRUE(waitUntil([&] { return downloads.state() != DownloadState::kRunning; }));
  ASSERT_EQ(DownloadState::kDone, downloads.state()) << downloads.statusText().toStdString();
  EXPECT_TRUE(fs::exists(clipFile));
  EXPECT_FALSE(fs::exists(clipFile.string() + ".partial"));
  EXPECT_TRUE(clipBar->statusLabel()->text().contains(QStringLiteral("0:00:06")))
      << clipBar->statusLabel()->text().toStdString();

  // While the part is marked, the hearing's evidence package dialog offers it as a clip (ticked);
  // the package made with it holds the clip, named in data/clips.json.
  {
    HearingExportBar* exportBar = window.detailsWidget()->exportBar();
    ASSERT_NE(nullptr, exportBar);
    const auto dialog = exportBar->packageDialog();
    ASSERT_NE(nullptr, dialog->clipBox());
    EXPECT_TRUE(dialog->clipBox()->isChecked());
    const QString range = dialog->clipText()->text();
    EXPECT_TRUE(range.contains(QStringLiteral("0:00:06"))) << range.toStdString();
    EXPECT_TRUE(range.contains(QStringLiteral("0:00:09"))) << range.toStdString();
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Court request 13/2026"));
    dialog->show();
    QTest::qWait(100);
    testing::keepPicture(
        *dialog, QStringLiteral("client-package-clip-%1.png").arg(language).toUtf8().constData());
    dialog->clipBox()->setChecked(false);
    EXPECT_TRUE(dialog->choice().clips.isEmpty());
    dialog->clipBox()->setChecked(true);
    const PackageChoice choice = dialog->choice();
    dialog->reject();
    ASSERT_EQ(1, choice.clips.size());
    EXPECT_EQ(player.recordingId(), choice.clips[0].recordingId);
    EXPECT_NEAR(6'500, choice.clips[0].fromMs, 100);
    EXPECT_NEAR(9'000, choice.clips[0].toMs, 100);
    const fs::path packageDir =
        fs::temp_directory_path() / ("audientia-clip-package-" + language.toStdString());
    fs::remove_all(packageDir);
    fs::create_directories(packageDir);
    const fs::path package = packageDir / exportBar->suggestedPackageName().toStdString();
    exportBar->exportPackageTo(choice, QString::fromStdString(package.string()));
    ASSERT_TRUE(waitUntil([&] { return downloads.state() != DownloadState::kRunning; },
                          std::chrono::seconds(60)));
    ASSERT_EQ(DownloadState::kDone, downloads.state()) << downloads.statusText().toStdString();
    std::ifstream clips(package / "data" / "clips.json");
    const std::string listed((std::istreambuf_iterator<char>(clips)), {});
    EXPECT_NE(listed.find(player.recordingId().toStdString()), std::string::npos) << listed;
    ASSERT_TRUE(fs::is_directory(package / "data" / "clips"));
    EXPECT_EQ(1, std::distance(fs::directory_iterator(package / "data" / "clips"),
                               fs::directory_iterator{}));
    fs::remove_all(packageDir);
  }
  QTest::qWait(200);
  keepPlayerPicture(*playerWindow,
                    QStringLiteral("client-player-%1.png").arg(language).toUtf8().constData());
  playerWindow->close();
  EXPECT_FALSE(player.hasMedia());
  EXPECT_FALSE(player.hasClip());
  fs::remove_all(clipDir);

  // The hearing view's Files tab: state, files with their digests, "Save file…".
  HearingDetailsWidget* details = window.detailsWidget();
  EXPECT_TRUE(details->playButton()->isVisible());
  details->detailTabs()->setCurrentWidget(details->filesPanel());
  ASSERT_TRUE(waitUntil([&] { return details->filesPanel()->view()->model()->rowCount() >= 2; }));
  QTest::qWait(100);
  testing::keepPicture(window,
                       QStringLiteral("client-files-%1.png").arg(language).toUtf8().constData());

  // The hearing report through the hearing view's export bar, in the client's language
  // (English for Arabic, which it is not written in), with a picture of each of the 2 cameras.
  HearingExportBar* bar = details->exportBar();
  ASSERT_NE(nullptr, bar);
  EXPECT_TRUE(bar->reportButton()->isEnabled());
  const fs::path reportDir =
      fs::temp_directory_path() / ("audientia-window-report-" + language.toStdString());
  fs::remove_all(reportDir);
  fs::create_directories(reportDir);
  const fs::path reportPath = reportDir / bar->suggestedReportName().toStdString();
  bar->exportReportTo(QString::fromStdString(reportPath.string()));
  ASSERT_TRUE(waitUntil([&] { return downloads.state() != DownloadState::kRunning; }));
  ASSERT_EQ(DownloadState::kDone, downloads.state()) << downloads.statusText().toStdString();
  EXPECT_TRUE(bar->reportButton()->isEnabled());
  const auto reportText =
      audientia::testing::runCommand({"/usr/bin/pdftotext", reportPath.string(), "-"});
  ASSERT_TRUE(reportText && reportText->exitCode == 0);
  EXPECT_NE(reportText->out.find(language == QStringLiteral("ro") ? "Proces-verbal de audiere"
                                                                  : "Hearing report"),
            std::string::npos)
      << reportText->out;
  EXPECT_NE(reportText->out.find("camera 2"), std::string::npos) << reportText->out;
  QTest::qWait(100);
  testing::keepPicture(window,
                       QStringLiteral("client-report-%1.png").arg(language).toUtf8().constData());
  fs::remove_all(reportDir);

  // The evidence package's dialog: the reason first, then the recordings (all, at first) and
  // the form; the OK button says what comes next and is enabled only with a reason and a
  // recording.
  const auto packageDialog = bar->packageDialog();
  packageDialog->show();
  QPushButton* next = packageDialog->buttons()->button(QDialogButtonBox::Ok);
  EXPECT_FALSE(next->isEnabled());
  ASSERT_EQ(1, packageDialog->recordingList()->count());
  EXPECT_EQ(nullptr, packageDialog->clipBox()) << "no part marked: only a hint";
  QTest::keyClicks(packageDialog->reasonEdit(), QStringLiteral("Court request 12/2026"));
  EXPECT_TRUE(next->isEnabled());
  packageDialog->recordingList()->item(0)->setCheckState(Qt::Unchecked);
  EXPECT_FALSE(next->isEnabled());
  packageDialog->recordingList()->item(0)->setCheckState(Qt::Checked);
  packageDialog->zipButton()->setChecked(true);
  EXPECT_TRUE(next->isEnabled());
  const PackageChoice choice = packageDialog->choice();
  EXPECT_EQ(QStringLiteral("Court request 12/2026"), choice.reason);
  EXPECT_TRUE(choice.recordingIds.isEmpty()) << "all recordings chosen: the whole hearing";
  EXPECT_TRUE(choice.zip);
  EXPECT_TRUE(bar->suggestedPackageName(true).endsWith(QStringLiteral("_evidence.zip")));
  QTest::qWait(100);
  testing::keepPicture(
      *packageDialog,
      QStringLiteral("client-package-dialog-%1.png").arg(language).toUtf8().constData());
  packageDialog->reject();
  // Ctrl+Shift+X from the list of hearings (the focus outside the hearing view) opens it too.
  window.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  window.hearingsView()->setFocus();
  bool opened = false;
  QTimer::singleShot(300, [&opened] {
    if (auto* shown = qobject_cast<PackageDialog*>(QApplication::activeModalWidget())) {
      opened = true;
      shown->reject();
    }
  });
  QTest::keyClick(window.hearingsView(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
  EXPECT_TRUE(opened) << "Ctrl+Shift+X did not open the package dialog from the hearing list";

  // The Pictures tab: the server's four pictures in time order; Enter on one plays from it.
  ThumbnailStripView* pictures = details->picturesView();
  details->detailTabs()->setCurrentWidget(pictures);
  ASSERT_TRUE(waitUntil([&] { return pictures->view()->model()->rowCount() == 4; }));
  EXPECT_TRUE(details->detailTabs()
                  ->tabText(details->detailTabs()->indexOf(pictures))
                  .contains(QStringLiteral("(4)")));
  EXPECT_EQ(Qt::LeftToRight, pictures->view()->layoutDirection());
  QTest::qWait(100);
  testing::keepPicture(window,
                       QStringLiteral("client-pictures-%1.png").arg(language).toUtf8().constData());
  pictures->view()->setFocus();
  pictures->view()->setCurrentIndex(pictures->view()->model()->index(2, 0));
  QTest::keyClick(pictures->view(), Qt::Key_Return);
  ASSERT_TRUE(waitUntil([&] { return window.playerWindow()->isVisible() && player.isPlaying(); }));
  EXPECT_TRUE(waitUntil([&] {
    return player.positionMs() >= 10'000 && player.positionMs() < 13'000;
  })) << player.positionMs();
  window.playerWindow()->close();
}

INSTANTIATE_TEST_SUITE_P(Languages, PlayerServerTest, ::testing::Values("en", "ro", "ar"));

}  // namespace
}  // namespace audientia::gui
