// The client against the real audientia-server (TLS, PostgreSQL, filesystem media store): the
// view models through the real ApiClientService, and the real audientia-client binary.
// Data is created as admin through ApiClient, including a real H.264/AAC MP4 encoded by FFmpeg
// from lavfi sources and a file that is not media.

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "audientia/base/sha256.h"
#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/subprocess.h"
#include "services/api_client_service.h"
#include "ui_test_support.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/login_view_model.h"

namespace audientia::gui {
namespace {

namespace fs = std::filesystem;
using audientia::gui::testing::waitUntil;
using audientia::testing::ServerProcess;

constexpr const char* kCaseNumber = "UI-2024/17";
constexpr const char* kTitle = "Statement of the night guard";

struct Seed {
  std::string hearingId;
  std::string mp4Sha256;
  std::string notesSha256;
};

class RealServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto server = ServerProcess::start();
    if (!server) {
      setupError_ = "starting audientia-server: " + server.error().toString();
      return;
    }
    server_ = std::move(server).value().release();
    if (auto seeded = seed(); !seeded) {
      setupError_ = seeded.error().toString() + "\nserver log:\n" + server_->log();
    } else {
      seed_ = *seeded;
    }
  }

  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    if (!workDir_.empty()) fs::remove_all(workDir_);
  }

  void SetUp() override { ASSERT_TRUE(setupError_.empty()) << setupError_; }

  static LoginParams adminLogin() {
    return {QString::fromStdString(server_->address()),
            QString::fromStdString(server_->caFile().string()), QStringLiteral("admin"),
            QString::fromStdString(server_->adminPassword())};
  }

  // An office, a hearing in it, and two recordings: a real MP4 and a text file.
  static Expected<Seed> seed() {
    AUDIENTIA_TRY(workDir_, audientia::testing::makeTempDir("audientia-ui-test"));
    AUDIENTIA_TRY(std::unique_ptr<client::ApiClient> api,
                  client::ApiClient::create({server_->address(), server_->caFile(), {}}));
    AUDIENTIA_TRY(v1::LoginResponse login, api->login("admin", server_->adminPassword()));
    api->setToken(login.token());
    AUDIENTIA_TRY(v1::Office office, api->createOffice("UI test office", {}));
    v1::CreateHearingRequest request;
    request.set_office_id(office.id());
    request.set_case_number(kCaseNumber);
    request.set_kind(v1::HEARING_KIND_WITNESS);
    request.set_title(kTitle);
    request.set_location("Room 4");
    auto* witness = request.add_participants();
    witness->set_role("witness");
    witness->set_name("Jane Roe");
    auto* interpreter = request.add_participants();
    interpreter->set_role("interpreter");
    interpreter->set_name("John Doe");
    AUDIENTIA_TRY(v1::Hearing hearing, api->createHearing(request));

    const fs::path mp4 = workDir_ / "interview.mp4";
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
                                                  "sine=frequency=440:sample_rate=48000",
                                                  "-t",
                                                  "3",
                                                  "-c:v",
                                                  "libx264",
                                                  "-preset",
                                                  "ultrafast",
                                                  "-pix_fmt",
                                                  "yuv420p",
                                                  "-c:a",
                                                  "aac",
                                                  "-y",
                                                  mp4.string()}));
    if (encoded.exitCode != 0) return internalError("ffmpeg failed: " + encoded.err);
    const fs::path notes = workDir_ / "notes.txt";
    std::ofstream(notes) << "Not a video: notes taken during the hearing.\n";

    Seed seed;
    seed.hearingId = hearing.id();
    AUDIENTIA_TRY(v1::Recording video, api->uploadRecording(hearing.id(), mp4, {}));
    AUDIENTIA_TRY(v1::Recording text, api->uploadRecording(hearing.id(), notes, {}));
    AUDIENTIA_TRY(Sha256Digest mp4Digest, Sha256::ofFile(mp4));
    AUDIENTIA_TRY(Sha256Digest notesDigest, Sha256::ofFile(notes));
    seed.mp4Sha256 = toHex(mp4Digest);
    seed.notesSha256 = toHex(notesDigest);
    if (video.sha256() != seed.mp4Sha256 || text.sha256() != seed.notesSha256) {
      return internalError("the server reports other SHA-256 digests than the files have");
    }
    return seed;
  }

  static inline ServerProcess* server_ = nullptr;
  static inline std::string setupError_;
  static inline fs::path workDir_;
  static inline Seed seed_;
};

TEST_F(RealServerTest, WrongPasswordShowsTheServersMessage) {
  // What the server itself answers to a wrong password.
  auto direct = client::ApiClient::create({server_->address(), server_->caFile(), {}});
  ASSERT_TRUE(direct);
  auto refused = (*direct)->login("admin", "not the password");
  ASSERT_FALSE(refused);
  ASSERT_EQ(refused.error().code(), ErrorCode::kUnauthenticated);

  ApiClientService api;
  LoginViewModel viewModel(api);
  QSignalSpy failed(&viewModel, &LoginViewModel::loginFailed);
  QSignalSpy loggedIn(&viewModel, &LoginViewModel::loggedIn);
  LoginParams params = adminLogin();
  params.password = QStringLiteral("not the password");
  viewModel.login(params);
  // The call runs on the worker thread: login() has returned before the server answered.
  EXPECT_TRUE(viewModel.isBusy());
  EXPECT_EQ(failed.count(), 0);

  ASSERT_TRUE(failed.wait(30000));
  EXPECT_EQ(failed[0][0].toString(), QString::fromStdString(refused.error().message()));
  EXPECT_FALSE(viewModel.isBusy());
  EXPECT_EQ(loggedIn.count(), 0);
}

TEST_F(RealServerTest, LogsInAndShowsTheHearingListAgainstARealServer) {
  ApiClientService api;
  LoginViewModel login(api);
  QSignalSpy loggedIn(&login, &LoginViewModel::loggedIn);
  login.login(adminLogin());
  ASSERT_TRUE(loggedIn.wait(30000));
  EXPECT_EQ(login.session().user.username(), "admin");
  EXPECT_EQ(login.session().user.role(), v1::ROLE_ADMIN);

  HearingsViewModel hearings(api);
  hearings.setSession(login.session());
  EXPECT_TRUE(hearings.sessionSummary().startsWith(QStringLiteral("admin · Administrator · ")));
  QSignalSpy loaded(&hearings, &HearingsViewModel::hearingsLoaded);
  QSignalSpy errors(&hearings, &HearingsViewModel::errorOccurred);
  hearings.refresh();
  EXPECT_TRUE(hearings.isLoadingList());
  ASSERT_TRUE(loaded.wait(30000)) << errors.value(0).value(0).toString().toStdString();
  EXPECT_FALSE(hearings.isBusy());

  HearingListModel* list = hearings.hearings();
  const QString id = QString::fromStdString(seed_.hearingId);
  const int row = list->rowOf(id);
  ASSERT_GE(row, 0);
  auto cell = [&](int column) { return list->data(list->index(row, column)).toString(); };
  EXPECT_EQ(cell(HearingListModel::kCaseColumn), kCaseNumber);
  EXPECT_EQ(cell(HearingListModel::kKindColumn), "Witness");
  EXPECT_EQ(cell(HearingListModel::kTitleColumn), kTitle);
  EXPECT_FALSE(cell(HearingListModel::kCreatedColumn).isEmpty());
  EXPECT_EQ(cell(HearingListModel::kRecordingsColumn), "2");

  hearings.setFilterText(QStringLiteral("NIGHT GUARD"));
  ASSERT_EQ(hearings.filteredHearings()->rowCount(), 1);
  hearings.setFilterText({});

  QSignalSpy detailsChanged(&hearings, &HearingsViewModel::detailsChanged);
  hearings.selectHearing(id);
  ASSERT_TRUE(waitUntil([&] { return hearings.details().has_value(); }))
      << errors.value(0).value(0).toString().toStdString();
  const HearingDetails& details = *hearings.details();
  EXPECT_EQ(details.id, id);
  EXPECT_EQ(details.caseNumber, kCaseNumber);
  EXPECT_EQ(details.status, "Open");
  EXPECT_EQ(details.location, "Room 4");
  EXPECT_EQ(details.participants, "witness: Jane Roe; interpreter: John Doe");
  EXPECT_EQ(details.recordingCount, 2);

  RecordingListModel* recordings = hearings.recordings();
  ASSERT_EQ(recordings->rowCount(), 2);
  int mp4Row = -1;
  int notesRow = -1;
  for (int r = 0; r < recordings->rowCount(); ++r) {
    const QString name = recordings->data(recordings->index(r, 0)).toString();
    if (name == "interview.mp4") mp4Row = r;
    if (name == "notes.txt") notesRow = r;
  }
  ASSERT_GE(mp4Row, 0);
  ASSERT_GE(notesRow, 0);
  auto rec = [&](int r, int column) {
    return recordings->data(recordings->index(r, column)).toString();
  };
  using R = RecordingListModel;
  EXPECT_EQ(rec(mp4Row, R::kDurationColumn), "0:00:03");
  EXPECT_TRUE(rec(mp4Row, R::kVideoColumn).startsWith("H.264 320×240"))
      << rec(mp4Row, 3).toStdString();
  EXPECT_TRUE(rec(mp4Row, R::kAudioColumn).startsWith("AAC, 48 kHz"))
      << rec(mp4Row, 4).toStdString();
  EXPECT_EQ(rec(mp4Row, R::kSha256Column), QString::fromStdString(seed_.mp4Sha256));
  EXPECT_TRUE(rec(notesRow, R::kVideoColumn).startsWith("Not playable: "));
  EXPECT_FALSE(
      recordings->data(recordings->index(notesRow, 0), R::MediaErrorRole).toString().isEmpty());
  EXPECT_EQ(rec(notesRow, R::kSha256Column), QString::fromStdString(seed_.notesSha256));
  EXPECT_EQ(errors.count(), 0);

  // After logout the session is gone: further calls fail with a message, not silently.
  QSignalSpy loggedOut(&hearings, &HearingsViewModel::loggedOut);
  hearings.logout();
  ASSERT_TRUE(loggedOut.wait(30000));
  EXPECT_EQ(hearings.hearings()->rowCount(), 0);
  EXPECT_FALSE(hearings.details().has_value());
  EXPECT_EQ(errors.count(), 0);
  hearings.refresh();
  ASSERT_TRUE(errors.wait(30000));
  EXPECT_TRUE(errors[0][0].toString().contains("not logged in"))
      << errors[0][0].toString().toStdString();
}

TEST_F(RealServerTest, ClientBinaryLogsInFromStdinAndTakesAScreenshot) {
  const fs::path shot = workDir_ / "client.png";
  const std::string client = audientia::testing::binDir() + "/audientia-client";
  audientia::testing::CommandOptions options;
  options.input = server_->adminPassword() + "\n";
  options.env = {"QT_QPA_PLATFORM=offscreen", "AUDIENTIA_CONFIG_DIR=" + workDir_.string()};
  auto run = audientia::testing::runCommand(
      {client, "--server", server_->address(), "--ca", server_->caFile().string(), "--user",
       "admin", "--password-stdin", "--screenshot", shot.string()},
      options);
  ASSERT_TRUE(run) << run.error().toString();
  ASSERT_EQ(run->exitCode, 0) << run->err;
  const QImage image(QString::fromStdString(shot.string()));
  ASSERT_FALSE(image.isNull());
  EXPECT_GE(image.width(), 800);
  EXPECT_GE(image.height(), 500);

  options.input = "not the password\n";
  auto refused = audientia::testing::runCommand(
      {client, "--server", server_->address(), "--ca", server_->caFile().string(), "--user",
       "admin", "--password-stdin", "--screenshot", (workDir_ / "never.png").string()},
      options);
  ASSERT_TRUE(refused) << refused.error().toString();
  EXPECT_EQ(refused->exitCode, 1);
  EXPECT_NE(refused->err.find("Login failed"), std::string::npos) << refused->err;
  EXPECT_FALSE(fs::exists(workDir_ / "never.png"));
}

}  // namespace
}  // namespace audientia::gui
