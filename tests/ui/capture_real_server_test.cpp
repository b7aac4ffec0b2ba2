// The hearing room against the real audientia-server (TLS, PostgreSQL, media store): a
// prosecutor logged in through the real ApiClientService creates the hearing from the form,
// records it from the test sources while the upload queue follows the capture folder, pauses
// with a reason and marks moments; after the seal the recording is on the server with its
// markers and the pause, and the local copy is removed only once the server verified it and
// the workstation's keeping time has passed.

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "audientia/client/api_client.h"
#include "audientia/client/upload_journal.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/server_seed.h"
#include "audientia/testing/subprocess.h"
#include "services/api_client_service.h"
#include "services/capture_service.h"
#include "services/upload_queue_service.h"
#include "ui_test_support.h"
#include "viewmodels/capture_view_model.h"
#include "viewmodels/login_view_model.h"
#include "viewmodels/uploads_view_model.h"

namespace audientia::gui {
namespace {

namespace fs = std::filesystem;
using audientia::gui::testing::signalled;
using audientia::gui::testing::waitUntil;
using audientia::testing::ServerProcess;

constexpr const char* kRoomProsecutor = "room.prosecutor";
constexpr const char* kRoomPassword = "Harbour-lantern-quartz-27";

// The child records into an existing hearing: nothing to create.
class NoHearingsHere final : public HearingsApiService {
 public:
  void listHearings(const std::string&, QObject*, Done<std::vector<v1::Hearing>>) override {}
  void getHearing(const std::string&, QObject*, Done<v1::GetHearingResponse>) override {}
  void createHearing(const v1::CreateHearingRequest&, QObject*, Done<v1::Hearing>) override {
    ADD_FAILURE() << "the child creates no hearing";
  }
};

class CaptureRealServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto server = ServerProcess::start();
    if (!server) {
      setupError_ = "starting audientia-server: " + server.error().toString();
      return;
    }
    server_ = std::move(server).value().release();
    auto seeded = audientia::testing::seedOfficeAndUser(
        *server_, "Hearing room office", kRoomProsecutor, v1::ROLE_PROSECUTOR, kRoomPassword);
    if (!seeded) setupError_ = seeded.error().toString() + "\nserver log:\n" + server_->log();
  }

  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  void SetUp() override {
    ASSERT_TRUE(setupError_.empty()) << setupError_;
    ASSERT_TRUE(settings_.isValid() && work_.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("AudientiaRoomServerTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings_.path());
  }

  void TearDown() override {
    if (HasFailure()) std::cerr << "server log:\n" << server_->log() << "\n";
  }

  static LoginParams login() {
    return {QString::fromStdString(server_->address()),
            QString::fromStdString(server_->caFile().string()),
            QString::fromLatin1(kRoomProsecutor),
            QString::fromLatin1(kRoomPassword),
            {},
            {}};
  }

  static inline ServerProcess* server_ = nullptr;
  static inline std::string setupError_;
  QTemporaryDir settings_;
  QTemporaryDir work_;
};

TEST_F(CaptureRealServerTest, AHearingRecordedInTheRoomArrivesWithItsMarkersAndPause) {
  ApiClientService api;
  LoginViewModel loginModel(api);
  QSignalSpy loggedIn(&loginModel, &LoginViewModel::loggedIn);
  loginModel.login(login());
  ASSERT_TRUE(signalled(loggedIn, 30000));

  // The upload queue of this login, over the session's client, as the client builds it.
  std::shared_ptr<client::ApiClient> session;
  api.sessionClient(&loginModel, [&](Expected<std::shared_ptr<client::ApiClient>> client) {
    ASSERT_TRUE(client) << client.error().toString();
    session = *client;
  });
  ASSERT_TRUE(waitUntil([&] { return session != nullptr; }));
  UploadsViewModel uploads;
  const fs::path journalDir = fs::path(work_.path().toStdString()) / "uploads";
  uploads.setService(std::make_unique<UploadQueueService>(
      session, session, client::UploadJournal(journalDir), server_->address()));
  QSignalSpy uploaded(&uploads, &UploadsViewModel::recordingUploaded);
  QSignalSpy uploadErrors(&uploads, &UploadsViewModel::errorOccurred);

  const QString captureRoot = work_.path() + QStringLiteral("/captures");
  CaptureService service;
  CaptureViewModel room(service, api, captureRoot);
  QObject::connect(&room, &CaptureViewModel::captureStarted, &uploads,
                   &UploadsViewModel::addCaptureFolder);
  QSignalSpy errors(&room, &CaptureViewModel::errorOccurred);
  room.setOfficeId(QString::fromStdString(loginModel.session().user.office_id()));
  room.setCaseNumber(QStringLiteral("4321/P/2026"));
  room.setKind(v1::HEARING_KIND_SUSPECT);
  room.setTitle(QStringLiteral("Audierea suspectului"));
  room.setLocation(QStringLiteral("Sala 3"));
  room.setParticipants({{QStringLiteral("suspect"), QStringLiteral("Ștefan Țîrcă")},
                        {QStringLiteral("lawyer"), QStringLiteral("Ioana Mureșan")}});
  room.setSources({QStringLiteral("lavfi:testsrc2=size=320x180:rate=15")},
                  {QStringLiteral("lavfi:sine=frequency=440:sample_rate=48000")});
  room.record();
  ASSERT_TRUE(waitUntil([&] { return room.state() != CaptureState::kStarting; }));
  ASSERT_EQ(room.state(), CaptureState::kRecording)
      << (errors.isEmpty() ? std::string() : errors.first().first().toString().toStdString());
  const QString hearingId = room.hearingId();
  const QString dir = room.captureDir();
  ASSERT_FALSE(hearingId.isEmpty());
  QTest::qWait(1000);
  room.addMarker(0);
  room.addMarker(4, QStringLiteral("avocatul cere o pauză"));
  room.pause(QStringLiteral("Consultation with the lawyer"));
  ASSERT_TRUE(waitUntil([&] { return room.state() == CaptureState::kPaused; }));
  QTest::qWait(500);
  room.resume();
  ASSERT_TRUE(waitUntil([&] { return room.state() == CaptureState::kRecording; }));
  QTest::qWait(1500);
  room.stop();
  ASSERT_TRUE(waitUntil([&] { return room.state() == CaptureState::kSealed; }));

  // The queue completes the package once it sees the seal.
  ASSERT_TRUE(signalled(uploaded, 120000))
      << (uploadErrors.isEmpty() ? std::string("no error")
                                 : uploadErrors.last().first().toString().toStdString());
  EXPECT_EQ(uploaded.first().at(0).toString(), hearingId);
  const std::string recordingId = uploaded.first().at(1).toString().toStdString();

  // On the server: the hearing as the form described it, the recording with its markers and
  // the pause as a gap with its reason.
  auto hearing = session->getHearing(hearingId.toStdString());
  ASSERT_TRUE(hearing) << hearing.error().toString();
  EXPECT_EQ(hearing->hearing().case_number(), "4321/P/2026");
  EXPECT_EQ(hearing->hearing().location(), "Sala 3");
  ASSERT_EQ(hearing->hearing().participants_size(), 2);
  EXPECT_EQ(hearing->hearing().participants(0).name(), "Ștefan Țîrcă");
  ASSERT_EQ(hearing->recordings_size(), 1);
  const v1::Recording& recording = hearing->recordings(0);
  EXPECT_EQ(recording.id(), recordingId);
  EXPECT_EQ(recording.kind(), v1::RECORDING_KIND_CAPTURE);
  ASSERT_EQ(recording.markers_size(), 2);
  EXPECT_EQ(recording.markers(0).kind(), "question");
  EXPECT_EQ(recording.markers(1).text(), "avocatul cere o pauză");
  bool pauseGap = false;
  for (const auto& gap : recording.gaps()) {
    pauseGap = pauseGap || gap.reason() == "Consultation with the lawyer";
  }
  EXPECT_TRUE(pauseGap) << recording.DebugString();

  // The local copy: kept while the keeping time runs, removed once past it and verified.
  UploadQueueService* queue = uploads.service();
  QSignalSpy removed(queue, &UploadQueueService::localCopiesRemoved);
  queue->removeVerifiedCaptures(captureRoot.toStdString(), std::chrono::hours(24 * 7));
  QTest::qWait(1500);
  EXPECT_EQ(removed.count(), 0);
  EXPECT_TRUE(fs::exists(dir.toStdString()));
  // Past verification on the server (processing or available) before anything is removed.
  ASSERT_TRUE(waitUntil(
      [&] {
        auto now = session->getRecording(recordingId);
        return now && (now->state() == v1::RECORDING_STATE_PROCESSING ||
                       now->state() == v1::RECORDING_STATE_AVAILABLE);
      },
      std::chrono::seconds(60)));
  queue->removeVerifiedCaptures(captureRoot.toStdString(), std::chrono::hours(0));
  ASSERT_TRUE(signalled(removed, 30000));
  ASSERT_EQ(removed.first().first().toStringList(), QStringList{dir});
  EXPECT_FALSE(fs::exists(dir.toStdString()));
  EXPECT_TRUE(fs::exists(captureRoot.toStdString())) << "only the capture's own folder goes";
}

TEST_F(CaptureRealServerTest, TheClientBinaryOpensOnTheHearingRoomForAProsecutor) {
  // Kept in docs/screenshots (drawn on a real X server) with AUDIENTIA_SCREENSHOT_DIR.
  const char* keep = std::getenv("AUDIENTIA_SCREENSHOT_DIR");
  const bool keeping = keep != nullptr && *keep != '\0';
  const fs::path shot = (keeping ? fs::path(keep) : fs::path(work_.path().toStdString())) /
                        "client-hearing-room-window-ro.png";
  audientia::testing::CommandOptions options;
  options.input = std::string(kRoomPassword) + "\n";
  options.env = {keeping ? "QT_QPA_PLATFORM=xcb" : "QT_QPA_PLATFORM=offscreen",
                 "AUDIENTIA_CONFIG_DIR=" + work_.path().toStdString(),
                 "AUDIENTIA_CAPTURE_DIR=" + work_.path().toStdString() + "/captures",
                 "HOME=" + work_.path().toStdString()};
  auto run = audientia::testing::runCommand(
      {audientia::testing::binDir() + "/audientia-client", "--server", server_->address(), "--ca",
       server_->caFile().string(), "--user", kRoomProsecutor, "--password-stdin", "--lang", "ro",
       "--tab", "room", "--screenshot", shot.string()},
      options);
  ASSERT_TRUE(run) << run.error().toString();
  ASSERT_EQ(run->exitCode, 0) << run->err;
  const QImage image(QString::fromStdString(shot.string()));
  ASSERT_FALSE(image.isNull());
  EXPECT_GE(image.width(), 800);

  // --tab room is a prosecutor's: the administrator is told so.
  options.input = server_->adminPassword() + "\n";
  auto admin = audientia::testing::runCommand(
      {audientia::testing::binDir() + "/audientia-client", "--server", server_->address(), "--ca",
       server_->caFile().string(), "--user", "admin", "--password-stdin", "--lang", "en", "--tab",
       "room", "--screenshot", (fs::path(work_.path().toStdString()) / "never.png").string()},
      options);
  ASSERT_TRUE(admin) << admin.error().toString();
  EXPECT_EQ(admin->exitCode, 1);
  EXPECT_NE(admin->err.find("is not a prosecutor"), std::string::npos) << admin->err;
}

// A free TCP port on the loopback, for a server that must come back at the same address.
int freePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    if (fd >= 0) ::close(fd);
    return -1;
  }
  const int port = ntohs(address.sin_port);
  ::close(fd);
  return port;
}

TEST(CaptureWithoutServer, TheServerGoingAwayNeverInterruptsTheHearingAndTheUploadCatchesUp) {
  QTemporaryDir work;
  ASSERT_TRUE(work.isValid());
  // The sources the room remembers go into this test's own folder (not into the folder of a
  // test before, gone by now, nor into the home directory).
  QSettings::setDefaultFormat(QSettings::IniFormat);
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, work.path());
  // The embedded PostgreSQL runs as the postgres user: a directory it can reach.
  auto serverDir = audientia::testing::makeTempDir("audientia-outage");
  ASSERT_TRUE(serverDir) << serverDir.error().toString();
  const fs::path dataDir = *serverDir / "data";
  const int port = freePort();
  ASSERT_GT(port, 0);
  audientia::testing::ServerOptions options;
  options.dataDir = dataDir;
  options.extraArgs = {"--listen", "127.0.0.1:" + std::to_string(port)};
  auto first = ServerProcess::start(options);
  ASSERT_TRUE(first) << first.error().toString();
  ASSERT_EQ((*first)->address(), "127.0.0.1:" + std::to_string(port));
  auto seeded = audientia::testing::seedOfficeAndUser(**first, "Outage office", "outage.prosecutor",
                                                      v1::ROLE_PROSECUTOR, kRoomPassword);
  ASSERT_TRUE(seeded) << seeded.error().toString();
  v1::CreateHearingRequest request;
  request.set_office_id(seeded->office.id());
  request.set_case_number("4323/P/2026");
  request.set_kind(v1::HEARING_KIND_VICTIM);
  auto hearing = seeded->api->createHearing(request);
  ASSERT_TRUE(hearing) << hearing.error().toString();
  std::shared_ptr<client::ApiClient> session(std::move(seeded->api));

  UploadsViewModel uploads;
  uploads.setService(std::make_unique<UploadQueueService>(
      session, session, client::UploadJournal(fs::path(work.path().toStdString()) / "uploads"),
      (*first)->address()));
  QSignalSpy uploaded(&uploads, &UploadsViewModel::recordingUploaded);
  CaptureService service;
  NoHearingsHere noHearings;
  CaptureViewModel room(service, noHearings, work.path() + QStringLiteral("/captures"));
  QObject::connect(&room, &CaptureViewModel::captureStarted, &uploads,
                   &UploadsViewModel::addCaptureFolder);
  room.useExistingHearing(QString::fromStdString(hearing->id()), QStringLiteral("4323/P/2026"));
  room.setSources({QStringLiteral("lavfi:testsrc2=size=320x180:rate=15")},
                  {QStringLiteral("lavfi:sine=frequency=440:sample_rate=48000")});
  room.record();
  ASSERT_TRUE(waitUntil([&] { return room.state() == CaptureState::kRecording; }));
  QTest::qWait(1000);

  // The server goes away in the middle of the hearing: the hearing records on.
  (*first)->stop();
  const std::int64_t before = room.elapsedMs();
  QTest::qWait(3000);
  EXPECT_EQ(room.state(), CaptureState::kRecording);
  EXPECT_GE(room.elapsedMs() - before, 2500);
  room.addMarker(0);
  ASSERT_TRUE(waitUntil([&] { return room.markers()->rowCount() == 1; }));
  room.stop();
  ASSERT_TRUE(waitUntil([&] { return room.state() == CaptureState::kSealed; }));
  EXPECT_EQ(uploaded.count(), 0);

  // It comes back at the same address: the queue, still retrying, completes the package.
  auto second = ServerProcess::start(options);
  ASSERT_TRUE(second) << second.error().toString();
  ASSERT_TRUE(signalled(uploaded, 120000)) << (*second)->log();
  auto after = session->getHearing(hearing->id());
  ASSERT_TRUE(after) << after.error().toString();
  ASSERT_EQ(after->recordings_size(), 1);
  EXPECT_EQ(after->recordings(0).markers_size(), 1);
  first->reset();
  second->reset();
  fs::remove_all(*serverDir);
}

// Run only as the child of the test below (AUDIENTIA_ROOM_CHILD_DIR set): the hearing room
// records into an existing hearing until the process is killed.
TEST(CaptureRoomChild, RecordsUntilKilled) {
  const QString root = qEnvironmentVariable("AUDIENTIA_ROOM_CHILD_DIR");
  if (root.isEmpty()) GTEST_SKIP() << "run by AClientKilledWhileRecording...";
  QCoreApplication::setOrganizationName(QStringLiteral("AudientiaRoomChild"));
  CaptureService service;
  NoHearingsHere hearings;
  CaptureViewModel room(service, hearings, root);
  room.useExistingHearing(qEnvironmentVariable("AUDIENTIA_ROOM_CHILD_HEARING"),
                          QStringLiteral("4322/P/2026"));
  room.setSources({QStringLiteral("lavfi:testsrc2=size=320x180:rate=15")},
                  {QStringLiteral("lavfi:sine=frequency=440:sample_rate=48000")});
  room.record();
  ASSERT_TRUE(waitUntil([&] { return room.state() == CaptureState::kRecording; }));
  QFile started(root + QStringLiteral("/child-recording"));
  ASSERT_TRUE(started.open(QIODevice::WriteOnly));
  started.close();
  while (true) QTest::qWait(1000);
}

TEST_F(CaptureRealServerTest, AClientKilledWhileRecordingOffersRecoveryAndTheGapReachesTheServer) {
  ApiClientService api;
  LoginViewModel loginModel(api);
  QSignalSpy loggedIn(&loginModel, &LoginViewModel::loggedIn);
  loginModel.login(login());
  ASSERT_TRUE(signalled(loggedIn, 30000));
  std::shared_ptr<client::ApiClient> session;
  api.sessionClient(&loginModel, [&](Expected<std::shared_ptr<client::ApiClient>> client) {
    ASSERT_TRUE(client) << client.error().toString();
    session = *client;
  });
  ASSERT_TRUE(waitUntil([&] { return session != nullptr; }));
  v1::CreateHearingRequest request;
  request.set_office_id(loginModel.session().user.office_id());
  request.set_case_number("4322/P/2026");
  request.set_kind(v1::HEARING_KIND_WITNESS);
  auto hearing = session->createHearing(request);
  ASSERT_TRUE(hearing) << hearing.error().toString();

  // A client process records, and is killed without a word.
  const QString captureRoot = work_.path() + QStringLiteral("/captures");
  ASSERT_TRUE(QDir().mkpath(captureRoot));
  const std::string self = fs::read_symlink("/proc/self/exe").string();
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    setenv("AUDIENTIA_ROOM_CHILD_DIR", captureRoot.toUtf8().constData(), 1);
    setenv("AUDIENTIA_ROOM_CHILD_HEARING", hearing->id().c_str(), 1);
    execl(self.c_str(), self.c_str(), "--gtest_filter=CaptureRoomChild.RecordsUntilKilled",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  const bool recording =
      waitUntil([&] { return QFile::exists(captureRoot + QStringLiteral("/child-recording")); });
  if (recording) QTest::qWait(3000);
  const QDateTime killedAt = QDateTime::currentDateTimeUtc();
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(recording) << "the child never recorded";
  ASSERT_TRUE(WIFSIGNALED(status));

  // The next start finds it, recovers it and offers to resume it into the same hearing.
  UploadsViewModel uploads;
  uploads.setService(std::make_unique<UploadQueueService>(
      session, session, client::UploadJournal(fs::path(work_.path().toStdString()) / "uploads"),
      server_->address()));
  QSignalSpy uploaded(&uploads, &UploadsViewModel::recordingUploaded);
  CaptureService service;
  CaptureViewModel room(service, api, captureRoot);
  QObject::connect(&room, &CaptureViewModel::captureStarted, &uploads,
                   &UploadsViewModel::addCaptureFolder);
  QSignalSpy found(&room, &CaptureViewModel::interruptedFound);
  room.findInterrupted();
  ASSERT_TRUE(signalled(found, 30000));
  ASSERT_EQ(room.interrupted().size(), 1u);
  EXPECT_EQ(room.interrupted()[0].hearingId, hearing->id());
  const QDateTime mediaEnd = QDateTime::fromString(
      QString::fromStdString(room.interrupted()[0].gapStart), Qt::ISODateWithMs);
  ASSERT_TRUE(mediaEnd.isValid()) << room.interrupted()[0].gapStart;
  const qint64 lostMs = mediaEnd.msecsTo(killedAt);
  std::cout << "media lost to kill -9: " << lostMs << " ms\n";
  EXPECT_GE(lostMs, 0);
  EXPECT_LE(lostMs, 3000) << "recovery kept too little of what was recorded";
  room.resumeInterrupted(0);
  ASSERT_TRUE(waitUntil([&] { return room.state() == CaptureState::kRecording; }));
  QTest::qWait(1500);
  room.stop();
  ASSERT_TRUE(waitUntil([&] { return room.state() == CaptureState::kSealed; }));
  ASSERT_TRUE(signalled(uploaded, 120000));
  auto after = session->getHearing(hearing->id());
  ASSERT_TRUE(after) << after.error().toString();
  ASSERT_EQ(after->recordings_size(), 1);
  bool interruption = false;
  for (const auto& gap : after->recordings(0).gaps()) {
    interruption = interruption || gap.kind() == v1::GAP_KIND_INTERRUPTION;
  }
  EXPECT_TRUE(interruption) << after->recordings(0).DebugString();
}

}  // namespace
}  // namespace audientia::gui
