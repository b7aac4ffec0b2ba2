// The client against the real audientia-server (TLS, PostgreSQL, filesystem media store): the
// view models through the real ApiClientService, and the real audientia-client binary.
// Data is created as admin through ApiClient, including a real H.264/AAC MP4 encoded by FFmpeg
// from lavfi sources and a file that is not media.

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "audientia/base/sha256.h"
#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/server_seed.h"
#include "audientia/testing/subprocess.h"
#include "services/api_client_service.h"
#include "ui_test_support.h"
#include "viewmodels/account_view_model.h"
#include "viewmodels/admin_view_model.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/login_view_model.h"

namespace audientia::gui {
namespace {

namespace fs = std::filesystem;
using audientia::gui::testing::waitUntil;
using audientia::testing::ServerProcess;

constexpr const char* kCaseNumber = "UI-2024/17";
constexpr const char* kTitle = "Statement of the night guard";
constexpr const char* kProsecutor = "ui.prosecutor";
constexpr const char* kProsecutorPassword = "Copper-kettle-whistle-58";

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

  // With AUDIENTIA_SCREENSHOT_DIR set (and a display, e.g. under xvfb-run), the client's
  // pictures are drawn on that display and kept there (how docs/screenshots/ is made).
  static const char* keepDir() {
    const char* dir = std::getenv("AUDIENTIA_SCREENSHOT_DIR");
    return dir != nullptr && *dir != '\0' ? dir : nullptr;
  }
  static fs::path screenshotPath(const char* name) {
    return (keepDir() != nullptr ? fs::path(keepDir()) : workDir_) / name;
  }
  static std::string screenshotPlatform() {
    return keepDir() != nullptr ? "QT_QPA_PLATFORM=xcb" : "QT_QPA_PLATFORM=offscreen";
  }

  static client::ConnectionOptions connection() {
    return audientia::testing::connectionTo(*server_);
  }

  static LoginParams prosecutorLogin() {
    LoginParams params = adminLogin();
    params.username = QString::fromLatin1(kProsecutor);
    params.password = QString::fromLatin1(kProsecutorPassword);
    return params;
  }

  static LoginParams adminLogin() {
    return {QString::fromStdString(server_->address()),
            QString::fromStdString(server_->caFile().string()),
            QStringLiteral("admin"),
            QString::fromStdString(server_->adminPassword()),
            {},
            {}};
  }

  // An office, a hearing in it, and two recordings: a real MP4 and a text file.
  static Expected<Seed> seed() {
    AUDIENTIA_TRY(workDir_, audientia::testing::makeTempDir("audientia-ui-test"));
    // Admins manage offices and users but do not see hearings: a prosecutor records them.
    AUDIENTIA_TRY(audientia::testing::SeededUser seeded,
                  audientia::testing::seedOfficeAndUser(*server_, "UI test office", kProsecutor,
                                                        v1::ROLE_PROSECUTOR, kProsecutorPassword));
    auto& api = seeded.api;
    const v1::Office& office = seeded.office;
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
  auto direct = client::ApiClient::create(connection());
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
  login.login(prosecutorLogin());
  ASSERT_TRUE(loggedIn.wait(30000));
  EXPECT_EQ(login.session().user.username(), kProsecutor);
  EXPECT_EQ(login.session().user.role(), v1::ROLE_PROSECUTOR);
  EXPECT_EQ(login.username(), kProsecutor);
  EXPECT_EQ(login.role(), UserRole::kProsecutor);
  EXPECT_EQ(login.server(), QString::fromStdString(server_->address()));

  HearingsViewModel hearings(api, api);
  hearings.setSession(login.session());
  EXPECT_EQ(hearings.sessionSummary(),
            QStringLiteral("ui.prosecutor · Prosecutor · UI test office"));
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
  EXPECT_EQ(details.participants, "Witness: Jane Roe; Interpreter: John Doe");
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
  const fs::path shot = screenshotPath("client-hearings.png");
  const std::string client = audientia::testing::binDir() + "/audientia-client";
  audientia::testing::CommandOptions options;
  options.input = std::string(kProsecutorPassword) + "\n";
  options.env = {screenshotPlatform(), "AUDIENTIA_CONFIG_DIR=" + workDir_.string()};
  auto run = audientia::testing::runCommand(
      {client, "--server", server_->address(), "--ca", server_->caFile().string(), "--user",
       kProsecutor, "--password-stdin", "--screenshot", shot.string()},
      options);
  ASSERT_TRUE(run) << run.error().toString();
  ASSERT_EQ(run->exitCode, 0) << run->err;
  const QImage image(QString::fromStdString(shot.string()));
  ASSERT_FALSE(image.isNull());
  EXPECT_GE(image.width(), 800);
  EXPECT_GE(image.height(), 500);

  options.input = "not the password\n";
  // In English whatever the machine's locale: the message is checked below.
  auto refused = audientia::testing::runCommand(
      {client, "--server", server_->address(), "--ca", server_->caFile().string(), "--user",
       kProsecutor, "--password-stdin", "--lang", "en", "--screenshot",
       (workDir_ / "never.png").string()},
      options);
  ASSERT_TRUE(refused) << refused.error().toString();
  EXPECT_EQ(refused->exitCode, 1);
  EXPECT_NE(refused->err.find("Login failed"), std::string::npos) << refused->err;
  EXPECT_FALSE(fs::exists(workDir_ / "never.png"));
}

TEST_F(RealServerTest, AdminCreatesAnOfficeAndAClerkThroughTheAdminViewModel) {
  ApiClientService api;
  LoginViewModel login(api);
  QSignalSpy loggedIn(&login, &LoginViewModel::loggedIn);
  login.login(adminLogin());
  ASSERT_TRUE(loggedIn.wait(30000));

  AdminViewModel admin(api);
  admin.setSession(login.session());
  QSignalSpy usersLoaded(&admin, &AdminViewModel::usersLoaded);
  QSignalSpy done(&admin, &AdminViewModel::actionSucceeded);
  QSignalSpy errors(&admin, &AdminViewModel::errorOccurred);
  auto lastError = [&] {
    return errors.isEmpty() ? std::string() : errors.last()[0].toString().toStdString();
  };
  admin.refresh();
  ASSERT_TRUE(usersLoaded.wait(30000)) << lastError();
  ASSERT_GE(admin.offices()->officeCount(), 1);
  // The admin's own office is selected first, and the admin is among its users.
  const QString home = admin.selectedOfficeId();
  ASSERT_FALSE(home.isEmpty());
  EXPECT_EQ(home, QString::fromStdString(login.session().user.office_id()));
  EXPECT_GE(admin.users()->rowOf(QStringLiteral("admin")), 0);

  admin.createOffice(QStringLiteral("Admin GUI regional office"));
  ASSERT_TRUE(done.wait(30000)) << lastError();
  QString officeId;
  for (int row = 0; row < admin.offices()->rowCount(admin.offices()->indexOf(home)); ++row) {
    const QModelIndex child = admin.offices()->index(row, 0, admin.offices()->indexOf(home));
    if (child.data().toString() == "Admin GUI regional office") {
      officeId = child.data(OfficeTreeModel::OfficeIdRole).toString();
    }
  }
  ASSERT_FALSE(officeId.isEmpty()) << "the new office is not a child of the admin's office";
  EXPECT_TRUE(admin.offices()->indexOf(officeId).data(OfficeTreeModel::ActiveRole).toBool());

  admin.selectOffice(officeId);
  ASSERT_TRUE(usersLoaded.wait(30000)) << lastError();
  EXPECT_EQ(admin.users()->rowCount(), 0);

  // The server's password policy refuses a weak password; its message reaches the view model.
  const int errorsBefore = static_cast<int>(errors.count());
  admin.createUser(QStringLiteral("gui.clerk"), UserRole::kClerk, QStringLiteral("gui.clerk"));
  ASSERT_TRUE(errors.wait(30000));
  ASSERT_EQ(errors.count(), errorsBefore + 1);
  EXPECT_TRUE(errors.last()[0].toString().startsWith("Creating user gui.clerk failed: "))
      << lastError();
  EXPECT_EQ(admin.users()->rowCount(), 0);

  const QString clerkPassword = QStringLiteral("Quiet-harbour-lantern-42");
  admin.createUser(QStringLiteral("gui.clerk"), UserRole::kClerk, clerkPassword);
  ASSERT_TRUE(done.wait(30000)) << lastError();
  ASSERT_EQ(admin.users()->rowCount(), 1);
  UserListModel* users = admin.users();
  EXPECT_EQ(users->data(users->index(0, UserListModel::kUsernameColumn)).toString(), "gui.clerk");
  EXPECT_EQ(users->data(users->index(0, UserListModel::kRoleColumn)).toString(), "Clerk");
  EXPECT_EQ(users->data(users->index(0, UserListModel::kOfficeColumn)).toString(),
            "Admin GUI regional office");
  EXPECT_EQ(users->data(users->index(0, UserListModel::kStateColumn)).toString(), "Active");

  // Rename the office: the user's office column follows.
  admin.renameOffice(officeId, QStringLiteral("Admin GUI northern office"));
  ASSERT_TRUE(done.wait(30000)) << lastError();
  EXPECT_EQ(users->data(users->index(0, UserListModel::kOfficeColumn)).toString(),
            "Admin GUI northern office");

  // A fresh load from the server shows the same.
  admin.refresh();
  ASSERT_TRUE(usersLoaded.wait(30000)) << lastError();
  EXPECT_EQ(admin.selectedOfficeId(), officeId);
  EXPECT_EQ(admin.offices()->officeName(officeId), "Admin GUI northern office");
  ASSERT_EQ(users->rowCount(), 1);
  EXPECT_EQ(users->userAt(0)->role(), v1::ROLE_CLERK);

  // The clerk logs in and changes their own password.
  ApiClientService clerkApi;
  LoginViewModel clerkLogin(clerkApi);
  QSignalSpy clerkIn(&clerkLogin, &LoginViewModel::loggedIn);
  LoginParams params = adminLogin();
  params.username = QStringLiteral("gui.clerk");
  params.password = clerkPassword;
  clerkLogin.login(params);
  ASSERT_TRUE(clerkIn.wait(30000));
  EXPECT_EQ(clerkLogin.session().user.role(), v1::ROLE_CLERK);
  AccountViewModel account(clerkApi);
  QSignalSpy changed(&account, &AccountViewModel::passwordChanged);
  QSignalSpy refused(&account, &AccountViewModel::passwordChangeFailed);
  const QString newPassword = QStringLiteral("Amber-meadow-compass-77");
  account.changeOwnPassword(QStringLiteral("not my password"), newPassword, newPassword);
  ASSERT_TRUE(refused.wait(30000));
  account.changeOwnPassword(clerkPassword, newPassword, newPassword);
  ASSERT_TRUE(changed.wait(30000)) << refused.last()[0].toString().toStdString();
  auto direct = client::ApiClient::create(connection());
  ASSERT_TRUE(direct);
  EXPECT_TRUE((*direct)->login("gui.clerk", newPassword.toStdString()));

  // Disabling the clerk shows in the list.
  admin.setUserDisabled(QStringLiteral("gui.clerk"), true);
  ASSERT_TRUE(done.wait(30000)) << lastError();
  EXPECT_EQ(users->data(users->index(0, UserListModel::kStateColumn)).toString(), "Disabled");
}

// A few regions, local offices and users of every role, so that the tab has something to show.
Status seedOfficesAndUsers(client::ApiClient& api, const std::string& rootId) {
  AUDIENTIA_TRY(v1::Office north, api.createOffice("North region", rootId));
  AUDIENTIA_TRY(v1::Office town, api.createOffice("Town office", north.id()));
  static_cast<void>(town);
  AUDIENTIA_TRY(v1::Office harbour, api.createOffice("Harbour office", north.id()));
  static_cast<void>(harbour);
  AUDIENTIA_TRY(v1::Office south, api.createOffice("South region", rootId));
  AUDIENTIA_TRY(v1::Office closed, api.setOfficeActive(south.id(), false));
  static_cast<void>(closed);
  struct Seeded {
    const char* username;
    v1::Role role;
  };
  for (const Seeded& seeded :
       {Seeded{"anna.registrar", v1::ROLE_ADMIN}, Seeded{"ben.auditor", v1::ROLE_AUDITOR},
        Seeded{"carla.prosecutor", v1::ROLE_PROSECUTOR}, Seeded{"dan.clerk", v1::ROLE_CLERK}}) {
    v1::CreateUserRequest request;
    request.set_username(seeded.username);
    request.set_office_id(rootId);
    request.set_role(seeded.role);
    request.set_password("Lantern-orchard-river-31");
    AUDIENTIA_TRY(v1::User user, api.createUser(request));
    static_cast<void>(user);
  }
  AUDIENTIA_TRY(v1::User disabled, api.setUserDisabled("dan.clerk", true));
  static_cast<void>(disabled);
  return ok();
}

TEST_F(RealServerTest, ClientBinaryTakesAScreenshotOfTheAdministrationTab) {
  {
    auto admin = audientia::testing::signInAsAdmin(*server_);
    ASSERT_TRUE(admin) << admin.error().toString();
    const Status seeded = seedOfficesAndUsers(*admin->api, admin->rootOfficeId);
    ASSERT_TRUE(seeded) << seeded.error().toString();
  }
  const fs::path shot = screenshotPath("client-admin.png");
  const std::string client = audientia::testing::binDir() + "/audientia-client";
  audientia::testing::CommandOptions options;
  options.input = server_->adminPassword() + "\n";
  options.env = {screenshotPlatform(), "AUDIENTIA_CONFIG_DIR=" + workDir_.string()};
  auto run = audientia::testing::runCommand(
      {client, "--server", server_->address(), "--ca", server_->caFile().string(), "--user",
       "admin", "--password-stdin", "--tab", "admin", "--screenshot", shot.string()},
      options);
  ASSERT_TRUE(run) << run.error().toString();
  ASSERT_EQ(run->exitCode, 0) << run->err;
  const QImage image(QString::fromStdString(shot.string()));
  ASSERT_FALSE(image.isNull());
  EXPECT_GE(image.width(), 800);
}

// A server that requires workstation certificates: the login form's certificate and key go
// with the connection; without them the server is not reached at all.
TEST(RealServerMutualTls, TheLoginSendsTheWorkstationCertificate) {
  auto dir = audientia::testing::makeTempDir("audientia-ui-mtls");
  ASSERT_TRUE(dir.has_value()) << dir.error().toString();
  const fs::path dataDir = *dir / "data";
  auto server = ServerProcess::start({dataDir, {"--require-client-cert"}});
  ASSERT_TRUE(server) << server.error().toString();
  const fs::path certDir = *dir / "workstation";
  auto issued = audientia::testing::runCommand(
      {audientia::testing::binDir() + "/audientia-server", "--data-dir", dataDir.string(),
       "--issue-client-cert", "desk-12", "--out", certDir.string()});
  ASSERT_TRUE(issued && issued->exitCode == 0) << (issued ? issued->err : issued.error().message());

  ApiClientService api;
  LoginViewModel viewModel(api);
  QSignalSpy failed(&viewModel, &LoginViewModel::loginFailed);
  QSignalSpy loggedIn(&viewModel, &LoginViewModel::loggedIn);
  LoginParams params{QString::fromStdString((*server)->address()),
                     QString::fromStdString((*server)->caFile().string()),
                     QStringLiteral("admin"),
                     QString::fromStdString((*server)->adminPassword()),
                     {},
                     {}};
  viewModel.login(params);
  ASSERT_TRUE(failed.wait(60000));
  EXPECT_TRUE(failed[0][0].toString().startsWith(QStringLiteral("The server cannot be reached")))
      << failed[0][0].toString().toStdString();
  EXPECT_EQ(loggedIn.count(), 0);

  params.certFile = QString::fromStdString((certDir / "desk-12.pem").string());
  params.keyFile = QString::fromStdString((certDir / "desk-12.key").string());
  viewModel.login(params);
  ASSERT_TRUE(loggedIn.wait(60000))
      << (failed.count() > 1 ? failed[1][0].toString().toStdString() : std::string("no answer"));
  EXPECT_EQ(viewModel.username(), QStringLiteral("admin"));
  server->reset();
  fs::remove_all(*dir);
}

}  // namespace
}  // namespace audientia::gui
