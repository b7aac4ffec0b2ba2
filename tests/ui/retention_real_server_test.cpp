// The Retention tab of an admin against the real audientia-server: RetentionViewModel sets a
// policy for an office and a kind (named by the office's name), replaces it, refuses what the
// form can tell is wrong without asking, deletes it; places a legal hold on a prosecutor's
// hearing, refuses a hold without a reason or on a made-up id, releases it with a reason and
// shows it again among the released. Then the main window in English, Romanian and Arabic with
// the tab (pictured into docs/screenshots when AUDIENTIA_SCREENSHOT_DIR is set).

#include <gtest/gtest.h>

#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "audientia/client/api_client.h"
#include "audientia/testing/server_process.h"
#include "audientia/testing/server_seed.h"
#include "services/api_client_service.h"
#include "services/language.h"
#include "ui_test_support.h"
#include "viewmodels/account_view_model.h"
#include "viewmodels/admin_view_model.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/login_view_model.h"
#include "viewmodels/retention_view_model.h"
#include "views/main_window.h"
#include "views/retention_widget.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

using audientia::gui::testing::waitUntil;
using audientia::testing::ServerProcess;

constexpr const char* kRetentionPassword = "Harbour-quince-lantern-58";

class RetentionServerTest : public ::testing::TestWithParam<const char*> {
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

  static Status seed() {
    AUDIENTIA_TRY(auto prosecutor, audientia::testing::seedOfficeAndUser(
                                       *server_, "Parchetul Constanța", "procuror.constanta",
                                       v1::ROLE_PROSECUTOR, kRetentionPassword));
    officeId_ = prosecutor.office.id();
    v1::CreateHearingRequest request;
    request.set_office_id(prosecutor.office.id());
    request.set_case_number("412/P/2026");
    request.set_kind(v1::HEARING_KIND_VICTIM);
    AUDIENTIA_TRY(auto hearing, prosecutor.api->createHearing(request));
    hearingId_ = hearing.id();
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

  static bool idle(RetentionViewModel& retention) {
    return waitUntil([&] { return !retention.isBusy(); });
  }

  static inline ServerProcess* server_ = nullptr;
  static inline std::string setupError_;
  static inline std::string officeId_;
  static inline std::string hearingId_;
};

TEST_F(RetentionServerTest, AnAdminSetsPoliciesAndHoldsAHearing) {
  ApiClientService api;
  LoginViewModel login(api);
  loginAdmin(login);
  RetentionViewModel retention(api, api);
  QSignalSpy errors(&retention, &RetentionViewModel::errorOccurred);
  QSignalSpy changes(&retention, &RetentionViewModel::changed);
  retention.refresh();
  ASSERT_TRUE(idle(retention));
  ASSERT_TRUE(errors.isEmpty()) << errors.first().first().toString().toStdString();
  EXPECT_EQ(0, retention.policies()->rowCount());
  const QString office = QString::fromStdString(officeId_);
  ASSERT_TRUE(std::any_of(retention.offices().begin(), retention.offices().end(),
                          [&](const auto& entry) { return entry.first == office; }));

  // Refused before asking: no office nor kind, days out of range.
  retention.setPolicy(QString(), v1::HEARING_KIND_UNSPECIFIED, 365);
  retention.setPolicy(office, v1::HEARING_KIND_VICTIM, 0);
  retention.setPolicy(office, v1::HEARING_KIND_VICTIM, 36501);
  EXPECT_EQ(3, errors.count());
  EXPECT_FALSE(retention.isBusy());

  retention.setPolicy(office, v1::HEARING_KIND_VICTIM, 3650);
  ASSERT_TRUE(idle(retention));
  ASSERT_EQ(1, retention.policies()->rowCount());
  auto* policies = retention.policies();
  EXPECT_EQ(QStringLiteral("Parchetul Constanța"),
            policies->index(0, RetentionPolicyModel::kOfficeColumn).data().toString());
  EXPECT_EQ(QStringLiteral("Victim"),
            policies->index(0, RetentionPolicyModel::kKindColumn).data().toString());
  EXPECT_EQ(QStringLiteral("3650 days (10 years)"),
            policies->index(0, RetentionPolicyModel::kDaysColumn).data().toString());
  // The same pair again replaces it.
  retention.setPolicy(office, v1::HEARING_KIND_VICTIM, 30);
  ASSERT_TRUE(idle(retention));
  ASSERT_EQ(1, policies->rowCount());
  EXPECT_EQ(QStringLiteral("30 days"),
            policies->index(0, RetentionPolicyModel::kDaysColumn).data().toString());
  retention.setPolicy(QString(), v1::HEARING_KIND_WITNESS, 730);
  ASSERT_TRUE(idle(retention));
  ASSERT_EQ(2, policies->rowCount());
  retention.deletePolicy(policies->index(0, 0).data(RetentionPolicyModel::PolicyIdRole).toString());
  ASSERT_TRUE(idle(retention));
  EXPECT_EQ(1, policies->rowCount());
  EXPECT_EQ(3, errors.count());

  // Holds: refused without a reason or on something that is not an id.
  const QString hearing = QString::fromStdString(hearingId_);
  retention.placeHold(hearing, QStringLiteral("   "));
  retention.placeHold(QStringLiteral("412/P/2026"), QStringLiteral("apel"));
  EXPECT_EQ(5, errors.count());
  EXPECT_TRUE(errors.last().first().toString().contains(QStringLiteral("not a hearing id")));
  retention.placeHold(hearing, QStringLiteral("Apel declarat de inculpat"));
  ASSERT_TRUE(idle(retention));
  ASSERT_EQ(5, errors.count()) << errors.last().first().toString().toStdString();
  auto* holds = retention.holds();
  ASSERT_EQ(1, holds->rowCount());
  EXPECT_EQ(QStringLiteral("Apel declarat de inculpat"),
            holds->index(0, LegalHoldModel::kReasonColumn).data().toString());
  EXPECT_TRUE(holds->index(0, LegalHoldModel::kPlacedColumn)
                  .data()
                  .toString()
                  .startsWith(QStringLiteral("admin, ")));
  EXPECT_EQ(QStringLiteral("Active"), holds->index(0, LegalHoldModel::kStateColumn).data());
  // A second hold on the same hearing: the server's own refusal, shown as it says it.
  retention.placeHold(hearing, QStringLiteral("Again"));
  ASSERT_TRUE(idle(retention));
  EXPECT_EQ(6, errors.count());

  retention.releaseHold(hearing, QString());
  EXPECT_EQ(7, errors.count());
  retention.releaseHold(hearing, QStringLiteral("Hotărâre definitivă"));
  ASSERT_TRUE(idle(retention));
  EXPECT_EQ(0, holds->rowCount());  // active ones only
  retention.setShowReleased(true);
  ASSERT_TRUE(idle(retention));
  ASSERT_EQ(1, holds->rowCount());
  EXPECT_TRUE(holds->index(0, LegalHoldModel::kStateColumn)
                  .data()
                  .toString()
                  .contains(QStringLiteral("Hotărâre definitivă")));
  EXPECT_FALSE(holds->index(0, 0).data(LegalHoldModel::ActiveRole).toBool());
  EXPECT_GE(changes.count(), 6);
}

TEST_P(RetentionServerTest, TheMainWindowOfAnAdminShowsTheRetentionTab) {
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
  RetentionViewModel retention(api, api);
  MainWindow window(hearings, false, &admin, nullptr, account,
                    MainWindow::ErrorDisplay::kStatusBarOnly, nullptr);
  window.addRetentionTab(retention);
  window.resize(1400, 720);
  window.show();
  window.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  ASSERT_TRUE(window.showTab(MainWindow::Tab::kRetention));
  // F5 reloads the tab shown.
  QSignalSpy reloaded(&retention, &RetentionViewModel::loaded);
  QTest::keyClick(&window, Qt::Key_F5);
  ASSERT_TRUE(testing::signalled(reloaded, 30000, 2));
  ASSERT_TRUE(idle(retention));
  if (retention.policies()->rowCount() == 0) {
    retention.setPolicy(QString::fromStdString(officeId_), v1::HEARING_KIND_SUSPECT, 7300);
    ASSERT_TRUE(idle(retention));
  }
  if (retention.holds()->rowCount() == 0) {
    retention.placeHold(QString::fromStdString(hearingId_),
                        QStringLiteral("Cerere a instanței de judecată"));
    ASSERT_TRUE(idle(retention));
  }
  EXPECT_GT(retention.policies()->rowCount(), 0);
  EXPECT_EQ(1, retention.holds()->rowCount());
  EXPECT_EQ(language == QStringLiteral("ar") ? Qt::RightToLeft : Qt::LeftToRight,
            window.layoutDirection());
  window.retentionWidget()->holdsView()->selectRow(0);
  QTest::qWait(100);
  testing::keepPicture(
      window, QStringLiteral("client-retention-%1.png").arg(language).toUtf8().constData());
}

INSTANTIATE_TEST_SUITE_P(Languages, RetentionServerTest, ::testing::Values("en", "ro", "ar"));

}  // namespace
}  // namespace audientia::gui
