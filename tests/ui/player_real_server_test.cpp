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

#include <QComboBox>
#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
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
#include "views/hearing_details_widget.h"
#include "views/main_window.h"
#include "views/player_window.h"
#include "views/recording_files_panel.h"
#include "views/timeline_widget.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

namespace fs = std::filesystem;
using audientia::gui::testing::waitUntil;
using audientia::testing::ServerProcess;

constexpr const char* kPlayerPassword = "Quince-harbour-lantern-73";
constexpr qint64 kLengthMs = 20'000;

struct PlayerSeed {
  std::string hearingId;
  v1::Recording recording;
  std::string bytes;  // the file as uploaded
};

class PlayerServerTest : public ::testing::TestWithParam<const char*> {
 protected:
  static void SetUpTestSuite() {
    auto server = ServerProcess::start();
    if (!server) {
      setupError_ = "starting audientia-server: " + server.error().toString();
      return;
    }
    server_ = std::move(server).value().release();
    if (auto seeded = seed(); !seeded) setupError_ = seeded.error().toString();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(setupError_.empty()) << setupError_; }
  void TearDown() override { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }

  // Two cameras and two microphones, 20 s, faststart as the server's masters are.
  static Status encode(const fs::path& out) {
    AUDIENTIA_TRY(audientia::testing::CommandResult encoded,
                  audientia::testing::runCommand({"/usr/bin/ffmpeg",
                                                  "-hide_banner",
                                                  "-loglevel",
                                                  "error",
                                                  "-f",
                                                  "lavfi",
                                                  "-i",
                                                  "testsrc2=size=320x240:rate=25",
                                                  "-f",
                                                  "lavfi",
                                                  "-i",
                                                  "smptebars=size=320x240:rate=25",
                                                  "-f",
                                                  "lavfi",
                                                  "-i",
                                                  "sine=frequency=440:sample_rate=48000",
                                                  "-f",
                                                  "lavfi",
                                                  "-i",
                                                  "sine=frequency=660:sample_rate=48000",
                                                  "-map",
                                                  "0:v",
                                                  "-map",
                                                  "1:v",
                                                  "-map",
                                                  "2:a",
                                                  "-map",
                                                  "3:a",
                                                  "-t",
                                                  "20",
                                                  "-c:v",
                                                  "libx264",
                                                  "-preset",
                                                  "ultrafast",
                                                  "-g",
                                                  "25",
                                                  "-pix_fmt",
                                                  "yuv420p",
                                                  "-c:a",
                                                  "aac",
                                                  "-movflags",
                                                  "+faststart",
                                                  "-y",
                                                  out.string()}));
    if (encoded.exitCode != 0) return internalError("ffmpeg failed: " + encoded.err);
    return ok();
  }

  static Status seed() {
    AUDIENTIA_TRY(auto prosecutor, audientia::testing::seedOfficeAndUser(
                                       *server_, "Parchetul Brașov", "procuror.brasov",
                                       v1::ROLE_PROSECUTOR, kPlayerPassword));
    AUDIENTIA_TRY(auto admin, audientia::testing::signInAsAdmin(*server_));
    v1::CreateUserRequest clerk;
    clerk.set_username("grefier.brasov");
    clerk.set_office_id(prosecutor.office.id());
    clerk.set_role(v1::ROLE_CLERK);
    clerk.set_password(kPlayerPassword);
    AUDIENTIA_TRY_STATUS(admin.api->createUser(clerk));
    v1::CreateHearingRequest request;
    request.set_office_id(prosecutor.office.id());
    request.set_case_number("808/P/2026");
    request.set_title("Audierea martorului Ștefănescu");
    request.set_kind(v1::HEARING_KIND_WITNESS);
    auto* witness = request.add_participants();
    witness->set_role("witness");
    witness->set_name("Ștefănescu Ion");
    AUDIENTIA_TRY(auto hearing, prosecutor.api->createHearing(request));
    seed_.hearingId = hearing.id();

    const fs::path file = fs::temp_directory_path() / "audientia-player-hearing.mp4";
    AUDIENTIA_TRY_STATUS(encode(file));
    {
      std::ifstream in(file, std::ios::binary);
      seed_.bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    AUDIENTIA_TRY(auto uploaded, prosecutor.api->uploadRecording(hearing.id(), file, {}));
    fs::remove(file);
    for (int i = 0; i < 600; ++i) {
      AUDIENTIA_TRY(seed_.recording, prosecutor.api->getRecording(uploaded.id()));
      if (seed_.recording.state() == v1::RECORDING_STATE_AVAILABLE ||
          seed_.recording.state() == v1::RECORDING_STATE_FAILED) {
        break;
      }
      QTest::qWait(100);
    }
    if (seed_.recording.state() != v1::RECORDING_STATE_AVAILABLE) {
      return internalError("the recording did not become available: " +
                           seed_.recording.failure_reason());
    }
    for (auto [at, kind, text] :
         {std::tuple{3'000, "question", "Unde vă aflați în seara de 12 martie?"},
          std::tuple{12'000, "exhibit", "Martorul a recunoscut cuțitul din fotografie"}}) {
      v1::AddAnnotationRequest add;
      add.set_recording_id(uploaded.id());
      add.set_start_ms(at);
      add.set_kind(kind);
      add.set_text(text);
      AUDIENTIA_TRY_STATUS(prosecutor.api->addAnnotation(add));
    }
    return ok();
  }

  static LoginParams clerk() {
    return {QString::fromStdString(server_->address()),
            QString::fromStdString(server_->caFile().string()),
            QStringLiteral("grefier.brasov"),
            QString::fromLatin1(kPlayerPassword),
            {},
            {}};
  }

  // Logs in as the clerk and gives the stream server the session's client.
  static void loginClerk(ApiClientService& api, LoginViewModel& login, MediaStreamServer& streams) {
    QSignalSpy loggedIn(&login, &LoginViewModel::loggedIn);
    login.login(clerk());
    ASSERT_TRUE(loggedIn.wait(30000) || !loggedIn.isEmpty());
    bool given = false;
    api.sessionClient(&login, [&](Expected<std::shared_ptr<client::ApiClient>> session) {
      if (session) streams.setClient(std::move(session).value());
      given = true;
    });
    ASSERT_TRUE(waitUntil([&] { return given; }));
  }

  static inline ServerProcess* server_ = nullptr;
  static inline std::string setupError_;
  static inline PlayerSeed seed_;
};

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
  loginClerk(api, login, streams);
  HearingsViewModel hearings(api, api);
  hearings.setSession(login.session());
  AccountViewModel account(api);
  AnnotationsViewModel annotations(api);
  PlayerViewModel player(streams);
  MainWindow window(hearings, true, nullptr, nullptr, account,
                    MainWindow::ErrorDisplay::kStatusBarOnly, nullptr);
  window.addAnnotations(annotations);
  window.addPlayer(player, &annotations);
  DownloadViewModel downloads;
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

  // A click on the timeline's tick of the second annotation plays from it exactly.
  TimelineWidget* timeline = playerWindow->timeline();
  QTest::mouseClick(timeline, Qt::LeftButton, {},
                    QPoint(timeline->xOf(12'000) + 2, timeline->height() / 2));
  ASSERT_TRUE(waitUntil([&] {
    return player.positionMs() >= 12'000 && player.positionMs() < 14'000;
  })) << player.positionMs();
  QTest::qWait(300);
  player.pause();
  ASSERT_TRUE(waitUntil([&] { return !player.isPlaying(); }));
  QTest::qWait(200);
  keepPlayerPicture(*playerWindow,
                    QStringLiteral("client-player-%1.png").arg(language).toUtf8().constData());
  playerWindow->close();
  EXPECT_FALSE(player.hasMedia());

  // The hearing view's Files tab: state, files with their digests, "Save file…".
  HearingDetailsWidget* details = window.detailsWidget();
  EXPECT_TRUE(details->playButton()->isVisible());
  details->detailTabs()->setCurrentWidget(details->filesPanel());
  ASSERT_TRUE(waitUntil([&] { return details->filesPanel()->view()->model()->rowCount() >= 2; }));
  QTest::qWait(100);
  testing::keepPicture(window,
                       QStringLiteral("client-files-%1.png").arg(language).toUtf8().constData());
}

TEST_F(PlayerServerTest, SavesAFileOnlyWhenItsDigestMatches) {
  MediaStreamServer streams;
  ApiClientService api;
  LoginViewModel login(api);
  loginClerk(api, login, streams);
  std::shared_ptr<client::ApiClient> session;
  api.sessionClient(&login, [&](Expected<std::shared_ptr<client::ApiClient>> given) {
    if (given) session = std::move(given).value();
  });
  ASSERT_TRUE(waitUntil([&] { return session != nullptr; }));

  // The playable master first, then the original as uploaded.
  RecordingFileModel files;
  files.setRecording(seed_.recording);
  ASSERT_GE(files.rowCount(), 2);
  EXPECT_EQ(QStringLiteral("Master (playable MP4)"),
            files.index(0, RecordingFileModel::kWhatColumn).data().toString());
  EXPECT_EQ(QStringLiteral("Original (as uploaded)"),
            files.index(1, RecordingFileModel::kWhatColumn).data().toString());
  EXPECT_EQ(QString::fromStdString(seed_.recording.sha256()),
            files.index(1, RecordingFileModel::kSha256Column).data().toString());
  EXPECT_FALSE(files.thumbnails().empty());
  const v1::RecordingFile original = *files.fileAt(1);

  DownloadViewModel downloads;
  downloads.setClient(session);
  const fs::path dir = fs::temp_directory_path() / "audientia-player-save";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path target = dir / "hearing.mp4";
  QSignalSpy progress(&downloads, &DownloadViewModel::progressChanged);
  downloads.start(seed_.recording.id(), original, QString::fromStdString(target.string()));
  EXPECT_EQ(DownloadState::kRunning, downloads.state());
  ASSERT_TRUE(waitUntil([&] { return downloads.state() != DownloadState::kRunning; }));
  ASSERT_EQ(DownloadState::kDone, downloads.state()) << downloads.statusText().toStdString();
  EXPECT_GE(progress.count(), 2);
  EXPECT_EQ(100, downloads.percent());
  EXPECT_TRUE(downloads.statusText().contains(QString::fromStdString(seed_.recording.sha256())));
  {
    std::ifstream in(target, std::ios::binary);
    const std::string saved{std::istreambuf_iterator<char>(in), {}};
    EXPECT_TRUE(saved == seed_.bytes);
  }
  // Nothing but the file: no partial left beside it.
  EXPECT_EQ(1, std::distance(fs::directory_iterator(dir), fs::directory_iterator()));

  // A folder that does not exist: a message, nothing written.
  downloads.start(seed_.recording.id(), original,
                  QString::fromStdString((dir / "gone" / "hearing.mp4").string()));
  EXPECT_EQ(DownloadState::kFailed, downloads.state());
  EXPECT_TRUE(downloads.statusText().contains(QStringLiteral("folder does not exist")));

  // Cancelled at once: it ends cancelled (or done, had it finished first); never half a file.
  const fs::path second = dir / "second.mp4";
  downloads.start(seed_.recording.id(), original, QString::fromStdString(second.string()));
  downloads.cancel();
  ASSERT_TRUE(waitUntil([&] { return downloads.state() != DownloadState::kRunning; }));
  if (downloads.state() == DownloadState::kCancelled) {
    EXPECT_FALSE(fs::exists(second));
  } else {
    EXPECT_EQ(fs::file_size(second), seed_.bytes.size());
  }
  EXPECT_FALSE(fs::exists(second.string() + ".partial"));
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Languages, PlayerServerTest, ::testing::Values("en", "ro", "ar"));

}  // namespace
}  // namespace audientia::gui
