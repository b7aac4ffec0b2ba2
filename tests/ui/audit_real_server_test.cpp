// The Audit trail tab against the real audientia-server, logged in as an auditor through the
// real ApiClientService: the events of others (a prosecutor creating a hearing) with their
// usernames, page by page, the user and action filters, the object id filter (server-side), the
// verification of the chain; and the main window of an auditor, whose only tab is the audit
// trail, in English, Romanian and Arabic (right to left), pictured into docs/screenshots when
// AUDIENTIA_SCREENSHOT_DIR is set.

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
#include "viewmodels/audit_view_model.h"
#include "viewmodels/hearings_view_model.h"
#include "viewmodels/login_view_model.h"
#include "views/audit_widget.h"
#include "views/main_window.h"
#include "widget_pictures.h"

namespace audientia::gui {
namespace {

using audientia::gui::testing::waitUntil;
using audientia::testing::ServerProcess;

constexpr const char* kAuditPassword = "Copper-meadow-lantern-58";

class AuditServerTest : public ::testing::TestWithParam<const char*> {
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
    AUDIENTIA_TRY(auto prosecutor,
                  audientia::testing::seedOfficeAndUser(*server_, "Parchetul Cluj", "procuror.cluj",
                                                        v1::ROLE_PROSECUTOR, kAuditPassword));
    AUDIENTIA_TRY_STATUS(audientia::testing::seedOfficeAndUser(
        *server_, "Inspecția Judiciară", "auditor.ij", v1::ROLE_AUDITOR, kAuditPassword));
    for (const char* number : {"1234/P/2026", "77/P/2025"}) {
      v1::CreateHearingRequest request;
      request.set_office_id(prosecutor.office.id());
      request.set_case_number(number);
      request.set_title("Audierea martorului");
      request.set_kind(v1::HEARING_KIND_WITNESS);
      AUDIENTIA_TRY(auto hearing, prosecutor.api->createHearing(request));
      hearingIds_.push_back(hearing.id());
    }
    return ok();
  }

  static void loginAuditor(LoginViewModel& login) {
    QSignalSpy loggedIn(&login, &LoginViewModel::loggedIn);
    login.login({QString::fromStdString(server_->address()),
                 QString::fromStdString(server_->caFile().string()),
                 QStringLiteral("auditor.ij"),
                 QString::fromLatin1(kAuditPassword),
                 {},
                 {}});
    ASSERT_TRUE(loggedIn.wait(30000) || !loggedIn.isEmpty());
  }

  static bool loaded(AuditViewModel& audit) {
    return waitUntil([&] { return audit.state() != AuditState::kLoading; });
  }

  static QString cell(AuditViewModel& audit, int row, int column) {
    return audit.events()->index(row, column).data().toString();
  }

  // The rows whose action is `action`.
  static int rowsWithAction(AuditViewModel& audit, const QString& action) {
    int count = 0;
    for (int row = 0; row < audit.events()->rowCount(); ++row) {
      if (cell(audit, row, AuditEventModel::kActionColumn) == action) ++count;
    }
    return count;
  }

  static inline ServerProcess* server_ = nullptr;
  static inline std::string setupError_;
  static inline std::vector<std::string> hearingIds_;
};

TEST_F(AuditServerTest, AnAuditorReadsFiltersPagesAndVerifiesTheTrail) {
  ApiClientService api;
  LoginViewModel login(api);
  loginAuditor(login);
  AuditViewModel audit(api);
  QSignalSpy errors(&audit, &AuditViewModel::errorOccurred);
  EXPECT_EQ(AuditState::kIdle, audit.state());

  audit.apply();
  ASSERT_TRUE(loaded(audit));
  ASSERT_EQ(AuditState::kDone, audit.state()) << audit.statusText().toStdString();
  ASSERT_TRUE(errors.isEmpty());
  const int all = audit.events()->rowCount();
  ASSERT_GT(all, 2);
  EXPECT_EQ(2, rowsWithAction(audit, QStringLiteral("hearing.create")));
  // Oldest first, with the prosecutor's name and the outcome in words.
  int firstCreate = -1;
  for (int row = 0; row < all && firstCreate < 0; ++row) {
    if (cell(audit, row, AuditEventModel::kActionColumn) == QStringLiteral("hearing.create")) {
      firstCreate = row;
    }
  }
  ASSERT_GE(firstCreate, 0);
  EXPECT_EQ(QStringLiteral("procuror.cluj"),
            cell(audit, firstCreate, AuditEventModel::kUserColumn));
  EXPECT_EQ(QStringLiteral("Success"), cell(audit, firstCreate, AuditEventModel::kOutcomeColumn));
  EXPECT_EQ(QStringLiteral("hearing ") + QString::fromStdString(hearingIds_[0]),
            cell(audit, firstCreate, AuditEventModel::kObjectColumn));
  EXPECT_TRUE(audit.events()
                  ->index(firstCreate, 0)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("Hash: ")));
  EXPECT_LT(audit.events()->index(0, 0).data(AuditEventModel::SeqRole).toLongLong(),
            audit.events()->index(all - 1, 0).data(AuditEventModel::SeqRole).toLongLong());
  EXPECT_EQ(QStringLiteral("%1 events, oldest first.").arg(all), audit.statusText());

  // The action filter, then the user filter, on what is loaded: no new request.
  audit.setActionFilter(QStringLiteral("hearing.create"));
  EXPECT_EQ(2, audit.events()->rowCount());
  EXPECT_EQ(QStringLiteral("2 of %1 events loaded match the user and action filters.").arg(all),
            audit.statusText());
  audit.setUserFilter(QStringLiteral("AUDITOR"));
  EXPECT_EQ(0, audit.events()->rowCount());
  EXPECT_EQ(QStringLiteral("No event matches these filters."), audit.statusText());
  audit.setUserFilter(QStringLiteral("procuror"));
  EXPECT_EQ(2, audit.events()->rowCount());
  audit.setActionFilter({});
  audit.setUserFilter({});

  // The object id on the server: only the first hearing's events.
  audit.setObjectId(QString::fromStdString(hearingIds_[0]));
  audit.apply();
  ASSERT_TRUE(loaded(audit));
  ASSERT_GE(audit.events()->rowCount(), 1);
  EXPECT_EQ(1, rowsWithAction(audit, QStringLiteral("hearing.create")));
  for (int row = 0; row < audit.events()->rowCount(); ++row) {
    EXPECT_TRUE(cell(audit, row, AuditEventModel::kObjectColumn)
                    .endsWith(QString::fromStdString(hearingIds_[0])));
  }
  // A range that ended yesterday: nothing.
  audit.setObjectId({});
  audit.setDateRange({}, QDate::currentDate().addDays(-1));
  audit.apply();
  ASSERT_TRUE(loaded(audit));
  EXPECT_EQ(0, audit.events()->rowCount());
  audit.setDateRange(QDate::currentDate(), QDate::currentDate());

  // Page by page.
  audit.setPageSize(3);
  audit.apply();
  ASSERT_TRUE(loaded(audit));
  ASSERT_EQ(3, audit.events()->rowCount());
  ASSERT_TRUE(audit.canLoadMore());
  EXPECT_TRUE(audit.statusText().contains(QStringLiteral("More events")));
  audit.loadMore();
  ASSERT_TRUE(loaded(audit));
  EXPECT_EQ(6, audit.events()->rowCount());
  EXPECT_LT(audit.events()->index(2, 0).data(AuditEventModel::SeqRole).toLongLong(),
            audit.events()->index(3, 0).data(AuditEventModel::SeqRole).toLongLong());

  // The chain: intact, every event so far checked.
  audit.verify();
  EXPECT_EQ(VerifyState::kVerifying, audit.verifyState());
  ASSERT_TRUE(waitUntil([&] { return audit.verifyState() != VerifyState::kVerifying; }));
  ASSERT_EQ(VerifyState::kIntact, audit.verifyState()) << audit.verifyText().toStdString();
  const QString verdict = audit.verifyText();
  EXPECT_TRUE(verdict.startsWith(QStringLiteral("The trail is intact: "))) << verdict.toStdString();
  EXPECT_TRUE(verdict.contains(QStringLiteral(" events checked, last event #")))
      << verdict.toStdString();
  EXPECT_TRUE(errors.isEmpty());
}

TEST_P(AuditServerTest, TheMainWindowOfAnAuditorShowsTheAuditTrail) {
  const QString language = QString::fromLatin1(GetParam());
  installLanguage(*QCoreApplication::instance(), language);
  ApiClientService api;
  LoginViewModel login(api);
  loginAuditor(login);
  HearingsViewModel hearings(api, api);
  hearings.setSession(login.session());
  AccountViewModel account(api);
  AuditViewModel audit(api);
  MainWindow window(hearings, false, nullptr, nullptr, account,
                    MainWindow::ErrorDisplay::kStatusBarOnly, nullptr);
  window.addAuditTab(audit);
  window.resize(1400, 720);
  window.show();
  window.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  EXPECT_EQ(language == QStringLiteral("ar") ? Qt::RightToLeft : Qt::LeftToRight,
            window.layoutDirection());

  // The audit trail is the window's one tab: no note that the role has nothing to show.
  auto* tabs = window.findChild<QTabWidget*>();
  ASSERT_NE(nullptr, tabs);
  AuditWidget* widget = window.auditWidget();
  ASSERT_NE(nullptr, widget);
  EXPECT_EQ(1, tabs->count());
  EXPECT_EQ(widget, tabs->currentWidget());
  EXPECT_TRUE(window.showTab(MainWindow::Tab::kAudit));

  // Enter in the action box loads the events with it.
  widget->actionEdit()->setFocus();
  QTest::keyClicks(widget->actionEdit(), QStringLiteral("hearing.create"));
  QTest::keyClick(widget->actionEdit(), Qt::Key_Return);
  ASSERT_TRUE(waitUntil([&] { return audit.state() == AuditState::kDone; }));
  EXPECT_EQ(2, audit.events()->rowCount());

  // Ctrl+Shift+V verifies the chain; the result is shown under the table.
  QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
  ASSERT_TRUE(waitUntil([&] { return audit.verifyState() == VerifyState::kIntact; }))
      << audit.verifyText().toStdString();
  EXPECT_EQ(audit.verifyText(), widget->verifyLabel()->text());
  widget->eventsView()->selectRow(0);
  QTest::qWait(100);
  testing::keepPicture(window,
                       QStringLiteral("client-audit-%1.png").arg(language).toUtf8().constData());
}

INSTANTIATE_TEST_SUITE_P(Languages, AuditServerTest, ::testing::Values("en", "ro", "ar"));

}  // namespace
}  // namespace audientia::gui
