// The Keeping tab against the real audientia-server, logged in as the initial admin through the
// real ApiClientService: the job queue (the processing job of a prosecutor's upload), the state
// filter, a refused retry with the server's message, the alerts (none open on a fresh server),
// a fixity check run now and then listed; and the main window of an admin with the Keeping tab,
// in English, Romanian and Arabic (right to left), pictured into docs/screenshots when
// AUDIENTIA_SCREENSHOT_DIR is set.

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <filesystem>
#include <fstream>

#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/server_seed.h"
#include "services/api_client_service.h"
#include "services/language.h"
#include "ui_test_support.h"
#include "viewmodels/account_view_model.h"
#include "viewmodels/admin_view_model.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/keeping_view_model.h"
#include "viewmodels/login_view_model.h"
#include "views/keeping_widget.h"
#include "views/main_window.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

namespace fs = std::filesystem;
using audientia::gui::testing::waitUntil;
using audientia::testing::ServerProcess;

constexpr const char* kKeepingPassword = "Granite-orchard-kettle-31";

class KeepingServerTest : public ::testing::TestWithParam<const char*> {
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
    }
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(setupError_.empty()) << setupError_; }
  void TearDown() override { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }

  // A prosecutor's hearing with one small recording: its processing job is in the queue.
  static Status seed() {
    AUDIENTIA_TRY(auto prosecutor, audientia::testing::seedOfficeAndUser(
                                       *server_, "Parchetul Brașov", "procuror.brasov",
                                       v1::ROLE_PROSECUTOR, kKeepingPassword));
    v1::CreateHearingRequest request;
    request.set_office_id(prosecutor.office.id());
    request.set_case_number("31/P/2026");
    request.set_title("Audierea martorului");
    request.set_kind(v1::HEARING_KIND_WITNESS);
    AUDIENTIA_TRY(auto hearing, prosecutor.api->createHearing(request));
    const fs::path file = fs::temp_directory_path() / "audientia-keeping-notes.txt";
    std::ofstream(file) << "Procesul-verbal al audierii.\n";
    auto recording = prosecutor.api->uploadRecording(hearing.id(), file, {});
    fs::remove(file);
    if (!recording) return recording.error();
    return ok();
  }

  static void loginAdmin(LoginViewModel& login) {
    QSignalSpy loggedIn(&login, &LoginViewModel::loggedIn);
    login.login({QString::fromStdString(server_->address()),
                 QString::fromStdString(server_->caFile().string()),
                 QStringLiteral("admin"),
                 QString::fromStdString(server_->adminPassword()),
                 {},
                 {}});
    ASSERT_TRUE(loggedIn.wait(30000) || !loggedIn.isEmpty());
  }

  static bool loaded(KeepingViewModel& keeping) {
    return waitUntil([&] {
      return keeping.jobsState() != KeepingLoad::kLoading &&
             keeping.alertsState() != KeepingLoad::kLoading &&
             keeping.fixityState() != KeepingLoad::kLoading;
    });
  }

  // The fixity status, reloaded until it lists one run more than runsBefore, finished (the sweep
  // runs in the background; the server's startup sweep is already listed).
  static bool fixityRunListed(KeepingViewModel& keeping, int runsBefore) {
    return waitUntil(
        [&] {
          if (keeping.fixityState() == KeepingLoad::kLoading) return false;
          const auto* runs = keeping.fixityRuns();
          if (runs->rowCount() > runsBefore &&
              runs->index(0, FixityRunModel::kFinishedColumn).data().toString() !=
                  FixityRunModel::tr("Running")) {
            return true;
          }
          keeping.refreshFixity();
          return false;
        },
        std::chrono::seconds(60));
  }

  static inline ServerProcess* server_ = nullptr;
  static inline std::string setupError_;
};

TEST_F(KeepingServerTest, AnAdminListsJobsAndAlertsAndRunsAFixityCheck) {
  ApiClientService api;
  LoginViewModel login(api);
  loginAdmin(login);
  KeepingViewModel keeping(api);
  QSignalSpy errors(&keeping, &KeepingViewModel::errorOccurred);
  QSignalSpy messages(&keeping, &KeepingViewModel::statusMessage);

  keeping.refresh();
  ASSERT_TRUE(loaded(keeping));
  ASSERT_EQ(KeepingLoad::kDone, keeping.jobsState()) << keeping.jobsText().toStdString();
  ASSERT_EQ(KeepingLoad::kDone, keeping.alertsState()) << keeping.alertsText().toStdString();
  ASSERT_EQ(KeepingLoad::kDone, keeping.fixityState()) << keeping.fixityText().toStdString();
  ASSERT_TRUE(errors.isEmpty());

  // The upload's processing job, its kind and state in words.
  JobListModel* jobs = keeping.jobs();
  int processing = -1;
  for (int row = 0; row < jobs->rowCount() && processing < 0; ++row) {
    if (jobs->index(row, JobListModel::kKindColumn).data().toString() ==
        QStringLiteral("Processing a recording")) {
      processing = row;
    }
  }
  ASSERT_GE(processing, 0) << keeping.jobsText().toStdString();
  const QString state = jobs->index(processing, JobListModel::kStateColumn).data().toString();
  EXPECT_TRUE(QStringList({"Queued", "Running", "Done", "Failed"}).contains(state))
      << state.toStdString();
  EXPECT_EQ(QStringLiteral("%1 jobs, newest first.").arg(jobs->rowCount()), keeping.jobsText());

  // A job that did not fail cannot be retried: the server says why.
  const qint64 jobId = jobs->index(processing, 0).data(JobListModel::JobIdRole).toLongLong();
  if (jobs->index(processing, 0).data(JobListModel::StateRole).toInt() != v1::JOB_STATE_FAILED) {
    keeping.retryJob(jobId);
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_TRUE(errors.takeFirst().at(0).toString().startsWith(
        QStringLiteral("Job %1 could not be retried: ").arg(jobId)));
  }

  // Only the failed jobs: none of them in another state.
  keeping.setJobFilter(v1::JOB_STATE_FAILED);
  ASSERT_TRUE(loaded(keeping));
  EXPECT_EQ(KeepingLoad::kDone, keeping.jobsState());
  for (int row = 0; row < jobs->rowCount(); ++row) {
    EXPECT_EQ(v1::JOB_STATE_FAILED, jobs->index(row, 0).data(JobListModel::StateRole).toInt());
  }
  if (jobs->rowCount() == 0) {
    EXPECT_EQ(QStringLiteral("No job in this state."), keeping.jobsText());
  }
  keeping.setJobFilter(v1::JOB_STATE_UNSPECIFIED);

  // No alert on a fresh server; all of them (acknowledged too) loads as well.
  EXPECT_EQ(0, keeping.alerts()->rowCount());
  EXPECT_EQ(QStringLiteral("No open alerts."), keeping.alertsText());
  keeping.setShowAcknowledged(true);
  ASSERT_TRUE(loaded(keeping));
  EXPECT_EQ(KeepingLoad::kDone, keeping.alertsState());

  // Fixity now: queued, then a finished run that checked the recording without mismatches.
  const int runsBefore = keeping.fixityRuns()->rowCount();
  keeping.runFixity();
  ASSERT_TRUE(waitUntil([&] { return !messages.isEmpty() || !errors.isEmpty(); }));
  ASSERT_TRUE(errors.isEmpty()) << errors.first().at(0).toString().toStdString();
  EXPECT_TRUE(messages.first().at(0).toString().startsWith(QStringLiteral("Fixity check queued")));
  ASSERT_TRUE(fixityRunListed(keeping, runsBefore)) << keeping.fixityText().toStdString();
  FixityRunModel* runs = keeping.fixityRuns();
  EXPECT_EQ(QStringLiteral("0"), runs->index(0, FixityRunModel::kMismatchesColumn).data());
  EXPECT_EQ(QStringLiteral("0"), runs->index(0, FixityRunModel::kMissingColumn).data());
  EXPECT_FALSE(runs->index(0, FixityRunModel::kCheckedColumn).data().toString().startsWith('0'));
  EXPECT_TRUE(keeping.fixityText().contains(QStringLiteral("stored file")))
      << keeping.fixityText().toStdString();
  EXPECT_TRUE(errors.isEmpty());
}

TEST_P(KeepingServerTest, TheMainWindowOfAnAdminShowsTheKeepingTab) {
  const QString language = QString::fromLatin1(GetParam());
  installLanguage(*QCoreApplication::instance(), language);
  ApiClientService api;
  LoginViewModel login(api);
  loginAdmin(login);
  HearingsViewModel hearings(api, api);
  hearings.setSession(login.session());
  AccountViewModel account(api);
  AdminViewModel admin(api);
  admin.setSession(login.session());
  KeepingViewModel keeping(api);
  MainWindow window(hearings, false, &admin, nullptr, account,
                    MainWindow::ErrorDisplay::kStatusBarOnly, nullptr);
  window.addKeepingTab(keeping);
  window.resize(1400, 720);
  window.show();
  window.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  EXPECT_EQ(language == QStringLiteral("ar") ? Qt::RightToLeft : Qt::LeftToRight,
            window.layoutDirection());

  auto* tabs = window.findChild<QTabWidget*>();
  ASSERT_NE(nullptr, tabs);
  KeepingWidget* widget = window.keepingWidget();
  ASSERT_NE(nullptr, widget);
  EXPECT_EQ(2, tabs->count());
  ASSERT_TRUE(window.showTab(MainWindow::Tab::kKeeping));
  EXPECT_EQ(widget, tabs->currentWidget());

  // F5 reloads the three sections.
  QTest::keyClick(&window, Qt::Key_F5);
  ASSERT_TRUE(waitUntil([&] {
    return keeping.jobsState() == KeepingLoad::kDone &&
           keeping.alertsState() == KeepingLoad::kDone &&
           keeping.fixityState() == KeepingLoad::kDone;
  }));
  EXPECT_GT(keeping.jobs()->rowCount(), 0);
  EXPECT_FALSE(widget->retryButton()->isEnabled());
  EXPECT_FALSE(widget->acknowledgeButton()->isEnabled());
  EXPECT_EQ(keeping.fixityText(), widget->fixityLabel()->text());
  widget->jobsView()->selectRow(0);
  QTest::qWait(100);
  testing::keepPicture(window,
                       QStringLiteral("client-keeping-%1.png").arg(language).toUtf8().constData());
}

INSTANTIATE_TEST_SUITE_P(Languages, KeepingServerTest, ::testing::Values("en", "ro", "ar"));

}  // namespace
}  // namespace audientia::gui
